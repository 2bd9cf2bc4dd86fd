package cn.jgdj.schemas;

import cn.jgdj.schemas.raw.ColumnType;
import cn.jgdj.schemas.raw.CuratedColumn;
import cn.jgdj.schemas.raw.CuratedSchema;

/** Short helpers for declaring curated schemas (engine-neutral; jobs turns them into Spark types). */
final class Fields {
    private Fields() {
    }

    static CuratedColumn req(String name, ColumnType type) {
        return new CuratedColumn(name, type, false);
    }

    static CuratedColumn opt(String name, ColumnType type) {
        return new CuratedColumn(name, type, true);
    }

    static CuratedSchema schema(CuratedColumn... columns) {
        return CuratedSchema.of(columns);
    }

    static final ColumnType STRING = ColumnType.STRING;
    static final ColumnType DATE = ColumnType.DATE;
    static final ColumnType TIMESTAMP = ColumnType.TIMESTAMP;
    static final ColumnType DOUBLE = ColumnType.DOUBLE;
    static final ColumnType INT = ColumnType.INT;
    static final ColumnType BOOLEAN = ColumnType.BOOLEAN;
}
