package cn.jgdj.schemas.quality;

/**
 * Why a raw row was set aside in quarantine. Each quarantined row carries exactly one code
 * (the first problem found, in the order checks run: row shape, required, parse, range, references, keys).
 */
public enum ReasonCode {
    /** The row has more or fewer cells than the header. */
    MALFORMED_ROW("行格式错误"),
    /** A required column is blank. */
    MISSING_VALUE("必填项为空"),
    /** A date or date-time cell cannot be read as one. */
    BAD_DATE("日期格式错误"),
    /** A numeric cell (hours, points, minutes) is not a number. */
    BAD_NUMBER("数值格式错误"),
    /** A code cell (gender, status, type, ...) is not in its code table. */
    UNKNOWN_CODE("代码不在代码表中"),
    /** An event ends before it starts, or a validity period ends before it begins. */
    END_BEFORE_START("结束早于开始"),
    /** Hours, points or minutes below zero. */
    NEGATIVE_VALUE("数值为负"),
    /** More than 24 hours in a day (volunteer hours, credit per event day, platform minutes over 1440). */
    ABSURD_HOURS("时长超出合理范围"),
    /** A date after the day the run is made (not valid_to, a planned end, nor the end of an event in progress). */
    FUTURE_DATE("日期晚于当前日期"),
    /**
     * Same key as another row but different values (for attendance: two rows of the same, strongest status with
     * different credit overrides): every such row of that key is set aside.
     */
    DUPLICATE_CONFLICT("主键重复且内容冲突"),
    /** A member_id absent from the members file (a member whose rows are all in quarantine is known). */
    UNKNOWN_MEMBER("党员编号不存在"),
    /** An attendance row whose event_id no curated event has: unknown, or in quarantine (the message says which). */
    UNKNOWN_EVENT("活动编号不存在"),
    /** A unit, branch or venue id that its dataset does not define. */
    UNKNOWN_REFERENCE("关联编号不存在"),
    /** Validity rows of one member share days other than a handover day (…–X then X–); only those rows. */
    OVERLAPPING_VALIDITY("有效期重叠");

    private final String chinese;

    ReasonCode(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese description shown in quarantine files and reports. */
    public String chinese() {
        return chinese;
    }
}
