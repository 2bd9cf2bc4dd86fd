package cn.jgdj.schemas;

import static cn.jgdj.schemas.Fields.*;
import static cn.jgdj.schemas.raw.RawColumn.*;

import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.ValueType;
import java.util.List;

/** 单位: the county organs (agencies, institutions, mass organisations, enterprises). */
public final class Units {
    private Units() {
    }

    public static final String NAME = "units";
    public static final String UNIT_ID = "unit_id";
    public static final String UNIT_NAME = "unit_name";
    public static final String UNIT_TYPE = "unit_type";

    public static final DatasetDef DEF = new DatasetDef(NAME,
            List.of(required(UNIT_ID, ValueType.ID, "单位编号", "单位代码"),
                    required(UNIT_NAME, ValueType.TEXT, "单位名称"),
                    code(UNIT_TYPE, true, Codes.UNIT_TYPE, "单位类型", "单位性质")),
            List.of(UNIT_ID),
            schema(req(UNIT_ID, STRING), req(UNIT_NAME, STRING), req(UNIT_TYPE, STRING)),
            List.of());
}
