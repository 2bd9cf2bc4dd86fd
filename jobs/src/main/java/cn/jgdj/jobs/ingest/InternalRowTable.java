package cn.jgdj.jobs.ingest;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * Rows already in Spark's internal form as a table, without the external-row encoder (which would convert and
 * check every value again). Needs Spark's classic (in-process) session, which every batch job here runs on.
 */
final class InternalRowTable {
    private InternalRowTable() {
    }

    static Dataset<Row> of(SparkSession spark, JavaRDD<InternalRow> rows, StructType schema) {
        return ((org.apache.spark.sql.classic.SparkSession) spark).internalCreateDataFrame(rows.rdd(), schema, false);
    }
}
