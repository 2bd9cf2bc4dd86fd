package cn.jgdj.jobs.driverside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class SmallTablesTest {
    private static final StructType BRANCHES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("branch_id", DataTypes.StringType, true),
            DataTypes.createStructField("unit_id", DataTypes.StringType, true),
            DataTypes.createStructField("members", DataTypes.IntegerType, true)));
    private static final List<Row> ROWS = List.of(RowFactory.create("B1", "U1", 10),
            RowFactory.create("B2", null, 3), RowFactory.create(null, "U2", 7), RowFactory.create("B3", "U2", 1));

    @Test
    void textColumnsOfATableReadByTheDriver(SparkSession spark, @TempDir Path dir) {
        // Two Parquet files (two partitions written), read as a committed table is opened.
        String at = dir.resolve("branches").toString();
        spark.createDataFrame(ROWS, BRANCHES).repartition(2).write().parquet(at);
        Dataset<Row> table = spark.read().schema(BRANCHES).parquet(at);
        assertTrue(SmallTables.readable(table, new String[] {"branch_id", "unit_id"}));
        List<String[]> fromFiles = SmallTables.fromFiles(table, new String[] {"unit_id", "branch_id"});
        assertNotNull(fromFiles);
        assertEquals(List.of("U1|B1", "U2|B3", "U2|null", "null|B2"), lines(fromFiles));
        assertEquals(List.of("U1|B1", "U2|B3", "U2|null", "null|B2"),
                lines(SmallTables.strings(table, "unit_id", "branch_id")));
        // A number column, or a table with a filter on it, is left to Spark: the same values, as text.
        assertFalse(SmallTables.readable(table, new String[] {"members"}));
        assertEquals(List.of("1", "10", "3", "7"), lines(SmallTables.strings(table, "members")));
        Dataset<Row> filtered = table.where("members > 2");
        assertFalse(SmallTables.readable(filtered, new String[] {"branch_id"}));
        assertEquals(List.of("B1", "B2", "null"), lines(SmallTables.strings(filtered, "branch_id")));
    }

    @Test
    void aTableMadeOnTheDriverIsCollected(SparkSession spark) {
        Dataset<Row> local = spark.createDataFrame(ROWS, BRANCHES);
        assertFalse(SmallTables.readable(local, new String[] {"branch_id"}));
        assertEquals(List.of("B1|U1", "B2|null", "B3|U2", "null|U2"),
                lines(SmallTables.strings(local, "branch_id", "unit_id")));
    }

    /** Rows as text, sorted (the order of a read over several files is not defined). */
    private static List<String> lines(List<String[]> rows) {
        return rows.stream().map(r -> String.join("|", Arrays.stream(r).map(String::valueOf).toList()))
                .sorted().toList();
    }
}
