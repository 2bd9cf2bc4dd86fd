package cn.jgdj.jobs.ingest;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The classified table, computed once and held as Spark's binary rows for ingest's several writes (curated rows,
 * quarantine, collapsed rows, source keys). {@code Dataset.persist} would hold it in Spark's columnar cache, whose
 * builder gathers statistics and tries dictionary and run-length encodings on every value of every column: on
 * attendance at 10,000 × 5 that cost more executor CPU than the key checks' window, for a table of which the
 * writes after the first read a small part. Binary rows are stored as they are, packed back to back in a few large
 * arrays per partition ({@link RowChunk}): a row is a copy of its bytes, not an object of its own, so the collector
 * does not copy and trace millions of small held arrays (3.8 M rows at 10,000 × 5), and a read points at the bytes.
 */
final class HeldRows implements AutoCloseable {
    private final JavaRDD<RowChunk> rows;
    private final Dataset<Row> table;

    private HeldRows(JavaRDD<RowChunk> rows, Dataset<Row> table) {
        this.rows = rows;
        this.table = table;
    }

    /** Holds the rows of {@code plan}, computed by the first action on {@link #table()}. */
    static HeldRows of(Dataset<Row> plan) {
        return of(plan, storageLevel(plan.sparkSession().sparkContext().conf()));
    }

    /** As {@link #of(Dataset)}, stored at {@code level}. */
    static HeldRows of(Dataset<Row> plan, StorageLevel level) {
        StructType schema = plan.schema();
        // The plan's iterator reuses one mutable row: each row's bytes are copied into the partition's chunks.
        JavaRDD<RowChunk> chunks = plan.queryExecution().toRdd().toJavaRDD()
                .mapPartitions(it -> RowChunk.pack(it, schema));
        chunks.persist(level);
        JavaRDD<InternalRow> rows = chunks.flatMap(RowChunk::rows);
        return new HeldRows(chunks, InternalRowTable.of(plan.sparkSession(), rows, schema));
    }

    /**
     * Off the collector's heap when Spark has off-heap memory (a local run's launcher gives it, see SparkSessions):
     * the chunks are then stored as bytes outside the heap, so the collector neither copies them from one
     * generation to the next nor counts them in the heap. Else (a cluster that did not configure it) in the heap.
     * Both spill to disk when memory runs short.
     */
    static StorageLevel storageLevel(SparkConf conf) {
        return conf.getBoolean("spark.memory.offHeap.enabled", false)
                && conf.getSizeAsBytes("spark.memory.offHeap.size", "0") > 0
                ? StorageLevel.OFF_HEAP() : StorageLevel.MEMORY_AND_DISK();
    }

    /** The held rows as a table with the plan's schema. */
    Dataset<Row> table() {
        return table;
    }

    @Override
    public void close() {
        rows.unpersist(false);
    }
}
