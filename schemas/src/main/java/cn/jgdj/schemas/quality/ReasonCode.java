package cn.jgdj.schemas.quality;

/**
 * Why a raw row was set aside in quarantine. Each quarantined row carries exactly one code
 * (the first problem found, in the order checks run: row shape, required, parse, range, references, keys).
 */
public enum ReasonCode {
    /** The row has more or fewer cells than the header. */
    MALFORMED_ROW("行格式错误", "Malformed row"),
    /** A required column is blank. */
    MISSING_VALUE("必填项为空", "Required value missing"),
    /** A date or date-time cell cannot be read as one. */
    BAD_DATE("日期格式错误", "Unreadable date"),
    /** A numeric cell (hours, points, minutes) is not a number. */
    BAD_NUMBER("数值格式错误", "Not a number"),
    /** A code cell (gender, status, type, ...) is not in its code table. */
    UNKNOWN_CODE("代码不在代码表中", "Code not in its code table"),
    /** An event ends before it starts, or a validity period ends before it begins. */
    END_BEFORE_START("结束早于开始", "Ends before it starts"),
    /** Hours, points or minutes below zero. */
    NEGATIVE_VALUE("数值为负", "Negative value"),
    /** More than 24 hours in a day (volunteer hours, credit per event day, platform minutes over 1440). */
    ABSURD_HOURS("时长超出合理范围", "Implausible duration"),
    /** A date after the day the run is made (not valid_to, a planned end, nor the end of an event in progress). */
    FUTURE_DATE("日期晚于当前日期", "Date in the future"),
    /**
     * Same key as another row but different values (for attendance: two rows of the same, strongest status with
     * different credit overrides): every such row of that key is set aside.
     */
    DUPLICATE_CONFLICT("主键重复且内容冲突", "Duplicate key with conflicting values"),
    /** A member_id absent from the members file (a member whose rows are all in quarantine is known). */
    UNKNOWN_MEMBER("党员编号不存在", "Unknown member id"),
    /** An attendance row whose event_id no curated event has: unknown, or in quarantine (the message says which). */
    UNKNOWN_EVENT("活动编号不存在", "Unknown event id"),
    /** A unit, branch or venue id that its dataset does not define. */
    UNKNOWN_REFERENCE("关联编号不存在", "Unknown unit, branch or venue id"),
    /** Validity rows of one member share days other than a handover day (…–X then X–); only those rows. */
    OVERLAPPING_VALIDITY("有效期重叠", "Overlapping validity periods");

    private final String chinese;
    private final String english;

    ReasonCode(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The Chinese description shown in quarantine files and reports. */
    public String chinese() {
        return chinese;
    }

    /** The same description in English, for the English packs. */
    public String english() {
        return english;
    }
}
