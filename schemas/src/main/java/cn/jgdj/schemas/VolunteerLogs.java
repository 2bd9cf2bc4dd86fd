package cn.jgdj.schemas;

import static cn.jgdj.schemas.Fields.*;
import static cn.jgdj.schemas.raw.RawColumn.*;

import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.ValueType;
import java.util.List;

/** 志愿服务 logs; partitioned by year. */
public final class VolunteerLogs {
    private VolunteerLogs() {
    }

    public static final String NAME = "volunteer_logs";
    public static final String LOG_ID = "log_id";
    public static final String MEMBER_ID = "member_id";
    public static final String MEMBER_KEY = "member_key";
    public static final String DATE = "date";
    public static final String THEME = "theme";
    public static final String HOURS = "hours";
    public static final String ORGANIZER_UNIT_ID = "organizer_unit_id";
    public static final String YEAR = "year";

    public static final DatasetDef DEF = new DatasetDef(NAME,
            List.of(required(LOG_ID, ValueType.ID, "记录编号"),
                    required(MEMBER_ID, ValueType.ID, "党员编号", "人员编号"),
                    required(DATE, ValueType.DATE, "服务日期", "日期"),
                    code(THEME, true, Codes.THEME, "服务主题", "主题"),
                    required(HOURS, ValueType.DECIMAL, "服务时长", "时长（小时）", "时长(小时)"),
                    required(ORGANIZER_UNIT_ID, ValueType.ID, "组织单位编号")),
            List.of(LOG_ID),
            Fields.schema(req(LOG_ID, STRING), req(MEMBER_KEY, STRING), req(DATE, Fields.DATE),
                    req(THEME, STRING), req(HOURS, DOUBLE), req(ORGANIZER_UNIT_ID, STRING), req(YEAR, INT)),
            List.of(YEAR));
}
