package cn.jgdj.jobs.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.jgdj.testing.SparkSessionExtension;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class PublishedOrderTest {

    @Test
    void rowsComeInOnePartitionInTheOrderWithoutARangeShuffle(SparkSession spark) {
        Dataset<Row> rows = spark.createDataFrame(List.of(
                        RowFactory.create("2025", "U2", 3L), RowFactory.create("2024", "U9", 1L),
                        RowFactory.create("2025", "U1", 7L), RowFactory.create("2024", "U10", 2L),
                        RowFactory.create("2024", "U1", 5L)),
                DataTypes.createStructType(List.of(
                        DataTypes.createStructField("period", DataTypes.StringType, false),
                        DataTypes.createStructField("unit_id", DataTypes.StringType, false),
                        DataTypes.createStructField("n", DataTypes.LongType, false))))
                .repartition(3);
        Dataset<Row> sorted = PublishedOrder.sorted(rows, col("period"), col("unit_id").desc());
        assertEquals(1, sorted.rdd().getNumPartitions());
        // Strings compare by their characters: U9 > U10 > U1 in descending order.
        assertEquals(List.of("2024 U9 1", "2024 U10 2", "2024 U1 5", "2025 U2 3", "2025 U1 7"),
                sorted.collectAsList().stream()
                        .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getLong(2)).toList());
        String plan = sorted.queryExecution().executedPlan().toString().toLowerCase(java.util.Locale.ROOT);
        assertFalse(plan.contains("rangepartitioning"), plan);
    }

    @Test
    void anAggregationsGroupsComeSortedInItsOwnStageWithNoGatheringShuffle(SparkSession spark) {
        Dataset<Row> rows = spark.createDataFrame(List.of(
                        RowFactory.create("2025", "U2", 3L), RowFactory.create("2024", "U9", 1L),
                        RowFactory.create("2025", "U2", 4L), RowFactory.create("2024", "U10", 2L),
                        RowFactory.create("2024", "U9", 5L)),
                DataTypes.createStructType(List.of(
                        DataTypes.createStructField("period", DataTypes.StringType, false),
                        DataTypes.createStructField("unit_id", DataTypes.StringType, false),
                        DataTypes.createStructField("n", DataTypes.LongType, false))))
                .repartition(3);
        Dataset<Row> sums = rows.groupBy(col("period"), col("unit_id")).agg(sum(col("n")).as("n"));
        Dataset<Row> sorted = PublishedOrder.sortedInLastStage(sums, col("period"), col("unit_id").desc());
        assertEquals(1, sorted.rdd().getNumPartitions());
        // 2024 U9: 1 + 5; 2025 U2: 3 + 4.
        assertEquals(List.of("2024 U9 6", "2024 U10 2", "2025 U2 7"), sorted.collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getLong(2)).toList());
        // One shuffle: the aggregation's (the source's repartition aside); none to gather the groups.
        String plan = sorted.queryExecution().executedPlan().toString().toLowerCase(java.util.Locale.ROOT);
        assertFalse(plan.contains("singlepartition"), plan);
        assertFalse(plan.contains("rangepartitioning"), plan);
    }
}
