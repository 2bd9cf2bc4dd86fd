package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.testing.SparkSessionExtension;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Held rows are the plan's rows, every one distinct (the plan's iterator reuses one mutable row, so each held row
 * must be a copy), read as often as needed from one computation, and released on close.
 */
@ExtendWith(SparkSessionExtension.class)
class HeldRowsTest {

    @Test
    void everyRowKeepsItsOwnValuesAcrossSeveralReads(SparkSession spark) {
        // After a shuffle and a projection, as ingest's classified table: rows come from generated code.
        Dataset<Row> plan = spark.range(0, 300, 1, 3).repartition(4, col("id"))
                .selectExpr("id", "concat('row ', id) AS label", "id % 7 = 0 AS sevens");
        List<String> expected = new ArrayList<>();
        for (long i = 0; i < 300; i++) {
            expected.add(i + " row " + i + " " + (i % 7 == 0));
        }
        try (HeldRows held = HeldRows.of(plan)) {
            assertEquals(plan.schema(), held.table().schema());
            assertEquals(expected, text(held.table()));
            // A second and a filtered read see the same rows.
            assertEquals(expected, text(held.table()));
            assertEquals(43L, held.table().filter(col("sevens")).count());
        }
    }

    @Test
    void rowsStoredAsBytesComeBackTheSame(SparkSession spark) {
        // Off-heap storage keeps the chunks serialized; this test session has no off-heap memory, so Spark stores
        // them on disk, through the same serializer: every row must come back from its bytes.
        Dataset<Row> plan = spark.range(0, 300, 1, 3).repartition(4, col("id"))
                .selectExpr("id", "concat('row ', id) AS label", "id % 7 = 0 AS sevens");
        try (HeldRows held = HeldRows.of(plan, StorageLevel.OFF_HEAP())) {
            List<String> first = text(held.table());
            assertEquals(300, first.size());
            assertEquals("299 row 299 false", first.get(299));
            assertEquals("7 row 7 true", first.get(7));
            assertEquals(first, text(held.table()));
        }
    }

    @Test
    void heldOffTheHeapOnlyWhereSparkHasOffHeapMemory() {
        assertEquals(StorageLevel.MEMORY_AND_DISK(), HeldRows.storageLevel(new SparkConf(false)));
        assertEquals(StorageLevel.MEMORY_AND_DISK(), HeldRows.storageLevel(new SparkConf(false)
                .set("spark.memory.offHeap.enabled", "true")), "enabled without a size gives Spark none");
        assertEquals(StorageLevel.MEMORY_AND_DISK(), HeldRows.storageLevel(new SparkConf(false)
                .set("spark.memory.offHeap.enabled", "false").set("spark.memory.offHeap.size", "1g")));
        assertEquals(StorageLevel.OFF_HEAP(), HeldRows.storageLevel(new SparkConf(false)
                .set("spark.memory.offHeap.enabled", "true").set("spark.memory.offHeap.size", "1934m")));
    }

    @Test
    void closingReleasesTheRows(SparkSession spark) {
        Dataset<Row> plan = spark.range(0, 10, 1, 2).selectExpr("id");
        int before = persistedRdds(spark);
        HeldRows held = HeldRows.of(plan);
        assertEquals(10L, held.table().count());
        assertEquals(before + 1, persistedRdds(spark));
        held.close();
        assertEquals(before, persistedRdds(spark));
    }

    private static int persistedRdds(SparkSession spark) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).getPersistentRDDs().size();
    }

    private static List<String> text(Dataset<Row> table) {
        List<String> out = new ArrayList<>();
        for (Row r : table.orderBy("id").collectAsList()) {
            out.add(r.getLong(0) + " " + r.getString(1) + " " + r.getBoolean(2));
        }
        return out;
    }
}
