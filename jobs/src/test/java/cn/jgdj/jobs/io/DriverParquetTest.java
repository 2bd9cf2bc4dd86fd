package cn.jgdj.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.Catalog;
import cn.jgdj.testing.SparkSessionExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Rows made on the driver written by the driver: the file Spark would write, and no Spark job. */
@ExtendWith(SparkSessionExtension.class)
class DriverParquetTest {
    private static final StructType SCHEMA = new StructType()
            .add("period", DataTypes.StringType, false)
            .add("group", DataTypes.StringType, true)
            .add("members", DataTypes.LongType, false)
            .add("weeks", DataTypes.IntegerType, true)
            .add("rate", DataTypes.DoubleType, true)
            .add("suppressed", DataTypes.BooleanType, false)
            .add("day", DataTypes.DateType, true)
            .add("at", DataTypes.TimestampNTZType, true);

    private static List<Row> rows() {
        List<Row> out = new ArrayList<>();
        out.add(RowFactory.create("2024", "第一支部", 12L, 3, 0.75, false, LocalDate.of(2024, 3, 1),
                LocalDateTime.of(2024, 3, 1, 9, 30, 15)));
        out.add(RowFactory.create("2024", null, 0L, null, null, true, null, null));
        out.add(RowFactory.create("2025", "=SUM(A1)", Long.MAX_VALUE, -7, Double.NaN, false,
                LocalDate.of(1582, 10, 10), LocalDateTime.of(9999, 12, 31, 23, 59, 59)));
        out.add(RowFactory.create("2025", "b", 1L, 0, -0.0, false, LocalDate.of(2000, 2, 29), null));
        for (int i = 0; i < 40; i++) {
            out.add(RowFactory.create("2026", "g" + (39 - i), (long) i, i, i / 7.0, i % 2 == 0, null, null));
        }
        return out;
    }

    @Test
    void theDriverWritesTheFileSparkWouldWriteWithoutASparkJob(SparkSession spark, @TempDir Path out)
            throws IOException {
        Dataset<Row> table = spark.createDataFrame(rows(), SCHEMA).coalesce(1);
        assertTrue(DriverParquet.localRows(table).isPresent(), "rows made on the driver");

        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/t").toString());
        String group = "driver-parquet-" + System.nanoTime();
        spark.sparkContext().setJobGroup(group, group, false);
        try {
            io.write(Catalog.indicator("driver_table"), table);
        } finally {
            spark.sparkContext().clearJobGroup();
        }
        io.commit();
        assertEquals(0, spark.sparkContext().statusTracker().getJobIdsForGroup(group).length,
                "the Parquet file and its CSV copy written without a Spark job");

        Path bySpark = out.resolve("by-spark");
        table.write().parquet(bySpark.toString());
        Path byDriver = out.resolve("indicators/driver_table");
        assertEquals(1, partFiles(byDriver).size());
        assertTrue(Files.exists(byDriver.resolve("_SUCCESS")), "committed as Spark commits (RowCounter checks it)");

        // Same rows in the same order, same Spark schema, same Parquet schema and Spark metadata in the footer.
        assertEquals(spark.read().parquet(bySpark.toString()).collectAsList(),
                spark.read().parquet(byDriver.toString()).collectAsList());
        assertEquals(spark.read().parquet(bySpark.toString()).schema(),
                spark.read().parquet(byDriver.toString()).schema());
        ParquetMetadata expected = footer(partFiles(bySpark).get(0));
        ParquetMetadata actual = footer(partFiles(byDriver).get(0));
        assertEquals(expected.getFileMetaData().getSchema(), actual.getFileMetaData().getSchema());
        Map<String, String> expectedMeta = expected.getFileMetaData().getKeyValueMetaData();
        assertEquals(expectedMeta, actual.getFileMetaData().getKeyValueMetaData());
        assertTrue(expectedMeta.containsKey("org.apache.spark.sql.parquet.row.metadata"));
        assertEquals(expected.getBlocks().get(0).getRowCount(), actual.getBlocks().get(0).getRowCount());
        assertEquals(expected.getBlocks().get(0).getColumns().get(0).getCodec(),
                actual.getBlocks().get(0).getColumns().get(0).getCodec(), "Spark's compression");

        List<String> csv = Files.readAllLines(out.resolve("indicators/driver_table.csv"));
        assertEquals("period,group,members,weeks,rate,suppressed,day,at", csv.get(0));
        assertEquals(rows().size() + 1, csv.size());
    }

    @Test
    void anEmptyTableIsOneFileWithItsSchema(SparkSession spark, @TempDir Path out) throws IOException {
        Dataset<Row> empty = spark.createDataFrame(List.of(), SCHEMA);
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/e").toString());
        io.write(Catalog.work("empty_table"), empty);
        io.commit();
        Path dir = out.resolve("work/empty_table");
        assertEquals(1, partFiles(dir).size());
        Dataset<Row> read = spark.read().parquet(dir.toString());
        assertEquals(SCHEMA.fieldNames().length, read.schema().fields().length);
        assertEquals(SCHEMA.apply("at").dataType(), read.schema().apply("at").dataType());
        assertEquals(0, read.count());
    }

    @Test
    void listsAreWrittenAsSparkWritesThem(SparkSession spark, @TempDir Path out) throws IOException {
        StructType schema = new StructType().add("key", DataTypes.StringType, false)
                .add("rows", DataTypes.createArrayType(DataTypes.LongType, false), true);
        Dataset<Row> table = spark.createDataFrame(List.of(RowFactory.create("a", new long[] {3L, 5L}),
                RowFactory.create("b", null), RowFactory.create("c", new long[0])), schema);
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/l").toString());
        io.write(Catalog.work("lists"), table);
        io.commit();
        Path bySpark = out.resolve("by-spark");
        table.coalesce(1).write().parquet(bySpark.toString());
        assertEquals(spark.read().parquet(bySpark.toString()).collectAsList(),
                spark.read().parquet(out.resolve("work/lists").toString()).collectAsList());
        assertEquals(footer(partFiles(bySpark).get(0)).getFileMetaData().getSchema(),
                footer(partFiles(out.resolve("work/lists")).get(0)).getFileMetaData().getSchema());
    }

    @Test
    void rowsSparkMustComputeAreLeftToSpark(SparkSession spark, @TempDir Path out) {
        assertFalse(DriverParquet.localRows(spark.range(5).toDF()).isPresent());
        Dataset<Row> table = spark.createDataFrame(rows(), SCHEMA);
        assertFalse(DriverParquet.localRows(table.groupBy("period").count()).isPresent(), "an aggregation");
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/p").toString());
        String group = "driver-parquet-spark-" + System.nanoTime();
        spark.sparkContext().setJobGroup(group, group, false);
        try {
            io.write(Catalog.indicator("by_spark"), spark.range(3).toDF("n"));
        } finally {
            spark.sparkContext().clearJobGroup();
        }
        assertTrue(spark.sparkContext().statusTracker().getJobIdsForGroup(group).length > 0);
    }

    private static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
    }

    private static ParquetMetadata footer(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            return reader.getFooter();
        }
    }
}
