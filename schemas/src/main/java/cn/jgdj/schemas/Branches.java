package cn.jgdj.schemas;

import static cn.jgdj.schemas.Fields.*;
import static cn.jgdj.schemas.raw.RawColumn.*;

import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.ValueType;
import java.util.List;

/** 党支部: party branches, each inside one unit. */
public final class Branches {
    private Branches() {
    }

    public static final String NAME = "branches";
    public static final String BRANCH_ID = "branch_id";
    public static final String BRANCH_NAME = "branch_name";
    public static final String UNIT_ID = "unit_id";

    public static final DatasetDef DEF = new DatasetDef(NAME,
            List.of(required(BRANCH_ID, ValueType.ID, "支部编号", "党支部编号"),
                    required(BRANCH_NAME, ValueType.TEXT, "支部名称", "党支部名称"),
                    required(UNIT_ID, ValueType.ID, "单位编号", "所属单位编号")),
            List.of(BRANCH_ID),
            schema(req(BRANCH_ID, STRING), req(BRANCH_NAME, STRING), req(UNIT_ID, STRING)),
            List.of());
}
