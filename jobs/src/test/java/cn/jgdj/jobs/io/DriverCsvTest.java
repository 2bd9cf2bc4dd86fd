package cn.jgdj.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.Catalog;
import cn.jgdj.testing.SparkSessionExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV copy written on the driver ({@link DriverCsv}) against hand-worked bytes, and byte for byte against the
 * CSV Spark's own writer makes of the same rows (StagedJobIO's Spark path, forced with a row limit of -1).
 */
@ExtendWith(SparkSessionExtension.class)
class DriverCsvTest {

    private static final StructType MIXED = new StructType()
            .add("name", DataTypes.StringType).add("n", DataTypes.LongType).add("x", DataTypes.DoubleType)
            .add("ok", DataTypes.BooleanType).add("d", DataTypes.DateType).add("t", DataTypes.TimestampNTZType);

    private static List<Row> mixedRows() {
        List<Row> rows = new ArrayList<>();
        rows.add(RowFactory.create("a,b", 1L, 0.1, true, LocalDate.of(2024, 2, 29),
                LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000)));
        rows.add(RowFactory.create("say \"hi\"", -2L, -0.0, false, LocalDate.of(1999, 12, 31),
                LocalDateTime.of(1970, 1, 1, 0, 0)));
        rows.add(RowFactory.create("two\nlines", 0L, 1.0e-5, null, null, null));
        rows.add(RowFactory.create("=1+2", 3L, 1.0e10, null, null, null));
        rows.add(RowFactory.create("-5\n", 4L, Double.NaN, null, null, null));
        rows.add(RowFactory.create("-5.25", 5L, Double.NEGATIVE_INFINITY, null, null, null));
        rows.add(RowFactory.create("", 6L, 123456789.125, null, null, null));
        rows.add(RowFactory.create(null, null, null, null, null, null));
        return rows;
    }

    @Test
    void trickyCellsAreWrittenAsWorkedOutByHand(SparkSession spark, @TempDir Path out) throws Exception {
        String csv = write(spark, out, "mixed", spark.createDataFrame(mixedRows(), MIXED).coalesce(1),
                DriverCsv.MAX_ROWS);
        assertEquals("name,n,x,ok,d,t\n"
                // a comma quotes the cell; microseconds are dropped by the pattern (not rounded)
                + "\"a,b\",1,0.1,true,2024-02-29,2024-02-29T23:59:59\n"
                // a quote is doubled inside a quoted cell; -0.0 keeps its sign (Java's Double.toString)
                + "\"say \"\"hi\"\"\",-2,-0.0,false,1999-12-31,1970-01-01T00:00:00\n"
                + "\"two\nlines\",0,1.0E-5,,,\n"
                // a formula gets the apostrophe
                + "'=1+2,3,1.0E10,,,\n"
                // rlike's $ matches before a final line end, so "-5\n" reads as a plain number: not guarded
                + "\"-5\n\",4,NaN,,,\n"
                + "-5.25,5,-Infinity,,,\n"
                // an empty text and a null are both written as nothing
                + ",6,1.23456789125E8,,,\n"
                + ",,,,,\n", csv);
    }

    @Test
    void theDriverWritesTheBytesSparksCsvWriterWrites(SparkSession spark, @TempDir Path out) throws Exception {
        StructType schema = new StructType().add("s", DataTypes.StringType).add("i", DataTypes.IntegerType)
                .add("f", DataTypes.FloatType).add("d", DataTypes.DoubleType).add("b", DataTypes.ShortType)
                .add("y", DataTypes.ByteType);
        String[] texts = {" lead", "trail ", " both ", "\"", "a\"b", ",", "#hash", "\rCR", "\tTAB", "'quoted",
            "+1", "+1e5", "1.5e3", "@SUM(A1)", "-", "=", "县 委", "emoji \uD83D\uDE00", "back\\slash", "semi;colon",
            "cr\r\nlf", "\n", "x\n", "'", "''", "-2+3", ""};
        List<Row> rows = new ArrayList<>();
        double[] doubles = {Double.MIN_VALUE, Double.MAX_VALUE, 1e21, 1e-3, 1e7, 9999999.0, 0.30000000000000004,
            Double.POSITIVE_INFINITY, -1.5};
        for (int k = 0; k < texts.length; k++) {
            rows.add(RowFactory.create(texts[k], k - 13, (float) (k / 3.0), doubles[k % doubles.length],
                    (short) (-k), (byte) k));
        }
        rows.add(RowFactory.create(null, Integer.MIN_VALUE, Float.NaN, null, Short.MIN_VALUE, Byte.MIN_VALUE));
        Dataset<Row> data = spark.createDataFrame(rows, schema).coalesce(1);

        String driver = write(spark, out.resolve("driver"), "tricky", data, DriverCsv.MAX_ROWS);
        String sparks = write(spark, out.resolve("spark"), "tricky", data, -1);
        assertEquals(sparks, driver);
        assertEquals(texts.length + 2, driver.chars().filter(c -> c == '\n').count() - 3,
                "header, rows, and the three line ends inside quoted cells");

        String mixedDriver = write(spark, out.resolve("mixed-driver"), "mixed",
                spark.createDataFrame(mixedRows(), MIXED).coalesce(1), DriverCsv.MAX_ROWS);
        String mixedSpark = write(spark, out.resolve("mixed-spark"), "mixed",
                spark.createDataFrame(mixedRows(), MIXED).coalesce(1), -1);
        assertEquals(mixedSpark, mixedDriver);
    }

    @Test
    void manyPartitionsKeepTheirOrderAndAnEmptyTableIsItsHeader(SparkSession spark, @TempDir Path out)
            throws Exception {
        Dataset<Row> rows = spark.range(0, 50, 1, 5).selectExpr("id", "cast(id * 0.5 as double) as half");
        String driver = write(spark, out.resolve("d"), "ranged", rows, DriverCsv.MAX_ROWS);
        StringBuilder expected = new StringBuilder("id,half\n");
        for (int i = 0; i < 50; i++) {
            expected.append(i).append(',').append(i * 0.5).append('\n');
        }
        assertEquals(expected.toString(), driver);

        Dataset<Row> none = spark.createDataFrame(List.of(), MIXED);
        assertEquals("name,n,x,ok,d,t\n", write(spark, out.resolve("e"), "none", none, DriverCsv.MAX_ROWS));
    }

    @Test
    void aDateOutsideTheDriversYearsIsLeftToSpark(SparkSession spark, @TempDir Path out) throws Exception {
        assertNull(DriverCsv.date(LocalDate.of(999, 1, 1)));
        assertEquals("1000-01-01", DriverCsv.date(LocalDate.of(1000, 1, 1)));
        assertNull(DriverCsv.timestampNtz(LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(
                java.time.ZoneOffset.UTC) * 1_000_000L));
        assertEquals("1969-12-31T23:59:59", DriverCsv.timestampNtz(-1));
        StructType schema = new StructType().add("d", DataTypes.DateType);
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create(LocalDate.of(2020, 1, 1)),
                RowFactory.create(LocalDate.of(10000, 1, 1))), schema).coalesce(1);
        String csv = write(spark, out, "old", rows, DriverCsv.MAX_ROWS);
        assertTrue(csv.startsWith("d\n2020-01-01\n"), csv);
        assertEquals(write(spark, out.resolve("s"), "old", rows, -1), csv);
    }

    @Test
    void theDriverPathRunsAtMostTheParquetWrite(SparkSession spark, @TempDir Path out) throws Exception {
        Dataset<Row> rows = spark.createDataFrame(mixedRows(), MIXED);
        assertTrue(StagedJobIO.onePartition(rows), "rows made on the driver");
        assertFalse(StagedJobIO.onePartition(spark.range(0, 10, 1, 3).toDF()));
        assertTrue(StagedJobIO.onePartition(PublishedOrder.sorted(spark.range(0, 10, 1, 3).toDF(),
                org.apache.spark.sql.functions.col("id"))));

        // Rows made on the driver: the driver writes the Parquet file too (DriverParquet).
        assertEquals(0, jobs(spark, () -> write(spark, out.resolve("d"), "jobs", rows, DriverCsv.MAX_ROWS)),
                "no Spark job");
        assertEquals(1, jobs(spark, () -> write(spark, out.resolve("s"), "jobs", rows, -1)),
                "Spark's CSV write alone");
        Dataset<Row> computed = spark.range(0, 10, 1, 1).toDF();
        assertEquals(1, jobs(spark, () -> write(spark, out.resolve("r"), "computed", computed,
                DriverCsv.MAX_ROWS)), "rows Spark computes: the Parquet write alone");
        assertEquals(mixedRows().size(), spark.read().parquet(out.resolve("d/indicators/jobs").toString()).count());
    }

    /** Writes rows as the published table indicators/NAME under root, committed; returns the CSV copy's text. */
    private static String write(SparkSession spark, Path root, String name, Dataset<Row> rows, long driverRows)
            throws Exception {
        StagedJobIO io = new StagedJobIO(spark, root.toString(), root.resolve("_staging/t").toString());
        io.write(Catalog.indicator(name), rows, driverRows);
        assertEquals(List.of(Catalog.indicator(name), Catalog.indicator(name) + ".csv"), io.stagedNames());
        io.commit();
        return Files.readString(root.resolve("indicators/" + name + ".csv"), StandardCharsets.UTF_8);
    }

    private interface Action {
        void run() throws Exception;
    }

    private static int jobs(SparkSession spark, Action action) throws Exception {
        AtomicInteger started = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                started.incrementAndGet();
            }
        };
        spark.sparkContext().listenerBus().waitUntilEmpty(60_000);
        spark.sparkContext().addSparkListener(listener);
        try {
            action.run();
            spark.sparkContext().listenerBus().waitUntilEmpty(60_000);
            return started.get();
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
    }
}
