package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Columns of a Parquet dataset Spark wrote (partitioned by year, as the warehouse is), read on the driver: every
 * row of every partition folder, the values in Spark's internal form (days for dates, microseconds for local
 * date-times), nulls kept, Spark's _SUCCESS marker and .crc checksums skipped.
 */
@ExtendWith(SparkSessionExtension.class)
class ParquetOnDriverTest {
    @TempDir
    static Path tmp;
    static Configuration conf;
    static String table;

    @BeforeAll
    static void write(SparkSession spark) {
        conf = spark.sparkContext().hadoopConfiguration();
        table = tmp.resolve("events").toString();
        spark.sql("SELECT * FROM VALUES "
                        + "('E1', true, 7L, TIMESTAMP_NTZ'1970-01-01 00:00:01', DATE'1970-01-11', 2024), "
                        + "('E2', false, NULL, TIMESTAMP_NTZ'2024-03-01 08:30:00', NULL, 2024), "
                        + "('事件3', NULL, -1L, NULL, DATE'1969-12-31', 2025) "
                        + "AS t(k, flag, n, t, d, year)")
                .repartition(2).write().partitionBy("year").parquet(table);
    }

    @Test
    void readsEveryPartitionFolderWithValuesInSparksInternalForm() {
        StructType columns = new StructType().add("k", DataTypes.StringType).add("flag", DataTypes.BooleanType)
                .add("n", DataTypes.LongType).add("t", DataTypes.TimestampNTZType).add("d", DataTypes.DateType);
        List<String> rows = new ArrayList<>();
        for (Object[] r : ParquetOnDriver.read(conf, table, columns)) {
            rows.add(Arrays.toString(r));
        }
        rows.sort(null);
        // 2024-03-01 08:30 is 19,783 days and 30,600 s after the epoch; 1970-01-11 is day 10, 1969-12-31 day -1.
        assertEquals(List.of(
                "[E1, true, 7, 1000000, 10]",
                "[E2, false, null, 1709281800000000, null]",
                "[事件3, null, -1, null, -1]"), rows);
    }

    @Test
    void readsOnlyTheColumnsAskedForInTheirOrder() {
        StructType columns = new StructType().add("n", DataTypes.LongType).add("k", DataTypes.StringType);
        List<String> rows = new ArrayList<>();
        for (Object[] r : ParquetOnDriver.read(conf, table, columns)) {
            rows.add(Arrays.toString(r));
        }
        rows.sort(null);
        assertEquals(List.of("[-1, 事件3]", "[7, E1]", "[null, E2]"), rows);
    }

    @Test
    void skipsWhatSparksFileIndexSkips() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of(table))) {
            // The folder does hold files the reader must not open as Parquet.
            assertTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".crc")));
        }
        assertTrue(ParquetOnDriver.hidden("/_SUCCESS"));
        assertTrue(ParquetOnDriver.hidden("/year=2024/.part-00000.snappy.parquet.crc"));
        assertTrue(ParquetOnDriver.hidden("/_temporary/0/part-00000.parquet"));
        assertFalse(ParquetOnDriver.hidden("/year=2024/part-00000.snappy.parquet"));
    }

    @Test
    void aColumnOfAnotherTypeOrMissingFailsNamingIt() {
        IllegalStateException wrongType = assertThrows(IllegalStateException.class, () -> ParquetOnDriver.read(conf,
                table, new StructType().add("k", DataTypes.LongType)));
        assertTrue(wrongType.getMessage().contains("column k of "), wrongType.getMessage());
        assertTrue(wrongType.getMessage().contains("not Spark's bigint"), wrongType.getMessage());
        IllegalStateException absent = assertThrows(IllegalStateException.class, () -> ParquetOnDriver.read(conf,
                table, new StructType().add("year", DataTypes.IntegerType)));
        assertTrue(absent.getMessage().endsWith(" has no column year"), absent.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> ParquetOnDriver.read(conf,
                tmp.resolve("nothing").toString(), new StructType().add("k", DataTypes.StringType)));
        assertTrue(missing.getMessage().contains("is missing"), missing.getMessage());
    }
}
