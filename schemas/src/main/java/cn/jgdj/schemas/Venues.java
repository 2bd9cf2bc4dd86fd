package cn.jgdj.schemas;

import static cn.jgdj.schemas.Fields.*;
import static cn.jgdj.schemas.raw.RawColumn.*;

import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.ValueType;
import java.util.List;

/** 教学场地: red education bases (no owner) and units' own on-site teaching sites. */
public final class Venues {
    private Venues() {
    }

    public static final String NAME = "venues";
    public static final String VENUE_ID = "venue_id";
    public static final String VENUE_NAME = "venue_name";
    public static final String OWNER_UNIT_ID = "owner_unit_id";
    public static final String KIND = "kind";

    public static final DatasetDef DEF = new DatasetDef(NAME,
            List.of(required(VENUE_ID, ValueType.ID, "场地编号", "教学点编号"),
                    required(VENUE_NAME, ValueType.TEXT, "场地名称", "教学点名称"),
                    optional(OWNER_UNIT_ID, ValueType.ID, "所属单位编号"),
                    code(KIND, true, Codes.VENUE_KIND, "场地类型", "类别")),
            List.of(VENUE_ID),
            schema(req(VENUE_ID, STRING), req(VENUE_NAME, STRING), opt(OWNER_UNIT_ID, STRING), req(KIND, STRING)),
            List.of());
}
