package cn.jgdj.schemas;

import static cn.jgdj.schemas.Fields.*;
import static cn.jgdj.schemas.raw.RawColumn.*;

import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.ValueType;
import java.util.List;

/** 学习强国 / 灯塔 daily usage per member; used only as aggregate engagement, never to judge a person. */
public final class PlatformUsage {
    private PlatformUsage() {
    }

    public static final String NAME = "platform_usage";
    public static final String MEMBER_ID = "member_id";
    public static final String MEMBER_KEY = "member_key";
    public static final String PLATFORM = "platform";
    public static final String DATE = "date";
    public static final String POINTS = "points";
    public static final String MINUTES = "minutes";
    public static final String YEAR = "year";
    public static final String MONTH = "month";

    public static final DatasetDef DEF = new DatasetDef(NAME,
            List.of(required(MEMBER_ID, ValueType.ID, "党员编号", "人员编号"),
                    code(PLATFORM, true, Codes.PLATFORM, "平台"),
                    required(DATE, ValueType.DATE, "日期"),
                    required(POINTS, ValueType.INTEGER, "积分"),
                    required(MINUTES, ValueType.INTEGER, "时长（分钟）", "时长(分钟)", "学习时长")),
            List.of(MEMBER_ID, PLATFORM, DATE),
            Fields.schema(req(MEMBER_KEY, STRING), req(PLATFORM, STRING), req(DATE, Fields.DATE),
                    req(POINTS, INT), req(MINUTES, INT), req(YEAR, INT), req(MONTH, INT)),
            List.of(YEAR, MONTH));
}
