package cn.jgdj.schemas.raw;

import java.util.List;

/** The columns of a curated table, in the order they are written. */
public record CuratedSchema(List<CuratedColumn> columns) {

    public CuratedSchema {
        columns = List.copyOf(columns);
    }

    public static CuratedSchema of(CuratedColumn... columns) {
        return new CuratedSchema(List.of(columns));
    }

    /** Column names in schema order. */
    public List<String> names() {
        return columns.stream().map(CuratedColumn::name).toList();
    }
}
