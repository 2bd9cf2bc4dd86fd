package cn.jgdj.schemas.raw;

/** One column of a curated table: its name, neutral type and whether it may be null. */
public record CuratedColumn(String name, ColumnType type, boolean nullable) {
}
