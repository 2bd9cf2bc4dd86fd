package cn.jgdj.jobs.io;

import cn.jgdj.schemas.raw.ColumnType;
import cn.jgdj.schemas.raw.CuratedColumn;
import cn.jgdj.schemas.raw.CuratedSchema;
import cn.jgdj.schemas.raw.DatasetDef;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark form of the schemas module's engine-neutral curated schemas. */
public final class SparkSchemas {
    private SparkSchemas() {
    }

    /** The curated Spark schema of a dataset, as written to the warehouse. */
    public static StructType curated(DatasetDef def) {
        return of(def.curated());
    }

    public static StructType of(CuratedSchema schema) {
        StructField[] fields = schema.columns().stream().map(SparkSchemas::field).toArray(StructField[]::new);
        return DataTypes.createStructType(fields);
    }

    static StructField field(CuratedColumn column) {
        return DataTypes.createStructField(column.name(), type(column.type()), column.nullable());
    }

    public static DataType type(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            // Local wall-clock time: exports carry no zone, and credit rules count calendar days.
            case TIMESTAMP -> DataTypes.TimestampNTZType;
            case DOUBLE -> DataTypes.DoubleType;
            case INT -> DataTypes.IntegerType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }
}
