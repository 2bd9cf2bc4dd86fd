package cn.jgdj.schemas.raw;

/**
 * The type of a curated column, independent of any engine: the jobs module maps each to a Spark type
 * ({@code cn.jgdj.jobs.io.SparkSchemas}), so schemas stays readable by modules without Spark.
 */
public enum ColumnType {
    STRING,
    DATE,
    /** Local wall-clock time without a zone: exports carry none, and credit rules count calendar days. */
    TIMESTAMP,
    DOUBLE,
    INT,
    BOOLEAN
}
