package cn.jgdj.jobs.driverside;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.testing.SparkSessionExtension;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class PartitionTotalsTest {
    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("year", DataTypes.StringType, true),
            DataTypes.createStructField("unit", DataTypes.StringType, true),
            DataTypes.createStructField("n", DataTypes.IntegerType, true),
            DataTypes.createStructField("hours", DataTypes.DoubleType, true)));

    private static final List<Row> ROWS = List.of(
            RowFactory.create("2025", "U1", 1, 2.0),
            RowFactory.create("2025", "U2", 0, null),
            RowFactory.create("2025", "U1", 1, 0.5),
            RowFactory.create("2024", "U1", null, 1.5),
            RowFactory.create(null, "U1", 3, null),
            RowFactory.create("2025", "U1", 0, 4.0),
            RowFactory.create(null, "U1", 2, null));

    @Test
    void keysTotalledAcrossPartitionsAsSparkGroupsThem(SparkSession spark) {
        // Hashed by n into three partitions: the rows of 2025/U1 (n 1, 1, 0) fall in two of them.
        Dataset<Row> rows = spark.createDataFrame(ROWS, SCHEMA).repartition(3, col("n"));
        assertEquals(2L, rows.where("year = '2025' and unit = 'U1'")
                .select(org.apache.spark.sql.functions.spark_partition_id()).distinct().count());
        List<String> totals = lines(PartitionTotals.of(rows, List.of(col("year"), col("unit")), List.of(col("n")),
                List.of(col("hours"))));
        // 2025/U1: 3 rows, n 1 + 1 + 0, hours 2.0 + 0.5 + 4.0; 2025/U2: no hours, so null (Spark's sum); 2024/U1:
        // a null n counts 0; the null year is a key of its own.
        assertEquals(List.of("2024|U1|1|0|1.5", "2025|U1|3|2|6.5", "2025|U2|1|0|null", "null|U1|2|5|null"), totals);
        // The same as Spark's own aggregation (count, sum), nulls of n aside (Spark: null, here 0).
        List<String> spark2 = lines(rows.groupBy(col("year"), col("unit"))
                .agg(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)),
                        org.apache.spark.sql.functions.coalesce(org.apache.spark.sql.functions.sum(col("n")),
                                org.apache.spark.sql.functions.lit(0L)),
                        org.apache.spark.sql.functions.sum(col("hours")))
                .collectAsList());
        assertEquals(spark2, totals);
    }

    @Test
    void noRowsNoTotals(SparkSession spark) {
        Dataset<Row> none = spark.createDataFrame(List.of(), SCHEMA);
        assertEquals(List.of(), PartitionTotals.of(none, List.of(col("year")), List.of(col("n")), List.of()));
    }

    /**
     * Two groupings of different shapes in one Spark job: (year, unit) with n and hours over three slices of the rows
     * (2025/U1 in each), and n (an int key) with hours over the rows in one partition. Each gives the rows {@link
     * PartitionTotals#of} gives it alone, in the same order.
     */
    @Test
    void eachGroupingAsAloneFromOneSparkJob(SparkSession spark) {
        Dataset<Row> hashed = spark.createDataFrame(
                JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(ROWS, 3), SCHEMA);
        Dataset<Row> single = spark.createDataFrame(ROWS, SCHEMA).coalesce(1);
        PartitionTotals.Grouping byUnit = new PartitionTotals.Grouping(hashed, List.of(col("year"), col("unit")),
                List.of(col("n")), List.of(col("hours")));
        PartitionTotals.Grouping byN = new PartitionTotals.Grouping(single, List.of(col("n")), List.of(),
                List.of(col("hours")));

        String group = "partition-totals-each";
        spark.sparkContext().setJobGroup(group, group, false);
        List<List<Row>> each;
        try {
            each = PartitionTotals.ofEach(List.of(byUnit, byN));
        } finally {
            spark.sparkContext().clearJobGroup();
        }

        assertEquals(1, spark.sparkContext().statusTracker().getJobIdsForGroup(group).length);
        assertEquals(List.of("2024|U1|1|0|1.5", "2025|U1|3|2|6.5", "2025|U2|1|0|null", "null|U1|2|5|null"),
                lines(each.get(0)));
        assertEquals(unsorted(PartitionTotals.of(hashed, byUnit.keys(), byUnit.longs(), byUnit.doubles())),
                unsorted(each.get(0)));
        // n 1: 2 rows, 2.0 + 0.5; n 0: 2 rows, 4.0 (the null hours left out); n null: 1.5; n 3 and 2: no hours.
        assertEquals(List.of("1|2|2.5", "0|2|4.0", "null|1|1.5", "3|1|null", "2|1|null"), unsorted(each.get(1)));
        assertEquals(unsorted(PartitionTotals.of(single, byN.keys(), byN.longs(), byN.doubles())),
                unsorted(each.get(1)));
    }

    @Test
    void noGroupingsNoTotals(SparkSession spark) {
        assertEquals(List.of(), PartitionTotals.ofEach(List.of()));
    }

    /** The rows as text, in the order they came. */
    private static List<String> unsorted(List<Row> rows) {
        return rows.stream().map(r -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                b.append(i == 0 ? "" : "|").append(Objects.toString(r.get(i)));
            }
            return b.toString();
        }).toList();
    }

    /** The rows as text, sorted (the totals come in the order their keys were met). */
    private static List<String> lines(List<Row> rows) {
        return unsorted(rows).stream().sorted(Comparator.naturalOrder()).toList();
    }
}
