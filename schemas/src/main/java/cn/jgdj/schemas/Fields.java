package cn.jgdj.schemas;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Short helpers for declaring curated Spark schemas. */
final class Fields {
    private Fields() {
    }

    static StructField req(String name, DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    static StructField opt(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    static final DataType STRING = DataTypes.StringType;
    static final DataType DATE = DataTypes.DateType;
    /** Local wall-clock time without a zone: exports carry none, and credit rules count calendar days. */
    static final DataType TIMESTAMP = DataTypes.TimestampNTZType;
    static final DataType DOUBLE = DataTypes.DoubleType;
    static final DataType INT = DataTypes.IntegerType;
    static final DataType BOOLEAN = DataTypes.BooleanType;
}
