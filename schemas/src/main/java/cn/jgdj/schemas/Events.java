package cn.jgdj.schemas;

import static cn.jgdj.schemas.Fields.*;
import static cn.jgdj.schemas.raw.RawColumn.*;

import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.ValueType;
import java.util.List;

/** 活动: meetings, study sessions, trainings and classes; partitioned by the year of start_time. */
public final class Events {
    private Events() {
    }

    public static final String NAME = "events";
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String TITLE = "title";
    public static final String ORGANIZER_UNIT_ID = "organizer_unit_id";
    public static final String BRANCH_ID = "branch_id";
    public static final String VENUE_ID = "venue_id";
    public static final String START_TIME = "start_time";
    public static final String END_TIME = "end_time";
    public static final String CREDIT_HOURS = "credit_hours";
    public static final String MODE = "mode";
    public static final String AUDIENCE = "audience";
    public static final String YEAR = "year";

    public static final DatasetDef DEF = new DatasetDef(NAME,
            List.of(required(EVENT_ID, ValueType.ID, "活动编号"),
                    code(EVENT_TYPE, true, Codes.EVENT_TYPE, "活动类型"),
                    required(TITLE, ValueType.TEXT, "活动名称", "主题"),
                    required(ORGANIZER_UNIT_ID, ValueType.ID, "组织单位编号", "主办单位编号"),
                    optional(BRANCH_ID, ValueType.ID, "支部编号"),
                    optional(VENUE_ID, ValueType.ID, "场地编号", "教学点编号"),
                    required(START_TIME, ValueType.DATETIME, "开始时间"),
                    required(END_TIME, ValueType.DATETIME, "结束时间"),
                    optional(CREDIT_HOURS, ValueType.DECIMAL, "学时"),
                    code(MODE, true, Codes.MODE, "形式", "方式"),
                    code(AUDIENCE, true, Codes.AUDIENCE, "参加范围", "对象范围")),
            List.of(EVENT_ID),
            schema(req(EVENT_ID, STRING), req(EVENT_TYPE, STRING), req(TITLE, STRING),
                    req(ORGANIZER_UNIT_ID, STRING), opt(BRANCH_ID, STRING), opt(VENUE_ID, STRING),
                    req(START_TIME, TIMESTAMP), req(END_TIME, TIMESTAMP), opt(CREDIT_HOURS, DOUBLE),
                    req(MODE, STRING), req(AUDIENCE, STRING), req(YEAR, INT)),
            List.of(YEAR));
}
