package cn.jgdj.schemas.raw;

/** How a raw cell is parsed and what curated type it becomes. */
public enum ValueType {
    /** Free text; ids are normalised (trimmed, full-width to half-width). */
    TEXT,
    /** An identifier: trimmed, full-width to half-width, inner spaces removed. */
    ID,
    /** A calendar date: ISO, 2025/3/1, 2025年3月1日, 20250301 or an Excel serial. */
    DATE,
    /** A local date-time without zone: a date with HH:mm[:ss], or an Excel serial with a fraction. */
    DATETIME,
    /** A decimal number (hours). */
    DECIMAL,
    /** A whole number (points, minutes). */
    INTEGER,
    /** A yes/no flag: 是/否, true/false, 1/0; blank is false. */
    BOOLEAN,
    /** One identifier of a {@link cn.jgdj.schemas.codes.CodeTable}. */
    CODE
}
