package cn.jgdj.schemas;

import static cn.jgdj.schemas.Fields.*;
import static cn.jgdj.schemas.raw.RawColumn.*;

import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.ValueType;
import java.util.List;

/** 考勤: one row per event and member; partitioned by the year of the event's start. */
public final class Attendance {
    private Attendance() {
    }

    public static final String NAME = "attendance";
    public static final String EVENT_ID = "event_id";
    public static final String MEMBER_ID = "member_id";
    public static final String MEMBER_KEY = "member_key";
    public static final String STATUS = "status";
    public static final String CREDIT_HOURS = "credit_hours";
    public static final String YEAR = "year";

    public static final DatasetDef DEF = new DatasetDef(NAME,
            List.of(required(EVENT_ID, ValueType.ID, "活动编号"),
                    required(MEMBER_ID, ValueType.ID, "党员编号", "人员编号"),
                    code(STATUS, true, Codes.STATUS, "出勤状态", "状态", "参加情况"),
                    optional(CREDIT_HOURS, ValueType.DECIMAL, "认定学时", "学时")),
            List.of(EVENT_ID, MEMBER_ID),
            schema(req(EVENT_ID, STRING), req(MEMBER_KEY, STRING), req(STATUS, STRING),
                    opt(CREDIT_HOURS, DOUBLE), req(YEAR, INT)),
            List.of(YEAR));
}
