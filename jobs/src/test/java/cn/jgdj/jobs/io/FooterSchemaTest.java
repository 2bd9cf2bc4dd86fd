package cn.jgdj.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.Catalog;
import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
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
class FooterSchemaTest {

    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("n", DataTypes.IntegerType, true),
            DataTypes.createStructField("x", DataTypes.DoubleType, true),
            DataTypes.createStructField("day", DataTypes.DateType, true),
            DataTypes.createStructField("at", DataTypes.TimestampNTZType, true),
            DataTypes.createStructField("ok", DataTypes.BooleanType, true),
            DataTypes.createStructField("year", DataTypes.IntegerType, true)));

    private static Dataset<Row> rows(SparkSession spark) {
        return spark.createDataFrame(List.of(
                RowFactory.create("a", 1, 0.5, Date.valueOf("2024-03-01"), LocalDateTime.of(2024, 3, 1, 9, 30), true,
                        2024),
                RowFactory.create("b", null, null, null, null, null, 2025)), SCHEMA);
    }

    @Test
    void theSchemaSparkWroteComesBackFromTheFooter(SparkSession spark, @TempDir Path dir) throws Exception {
        String at = dir.resolve("t").toString();
        rows(spark).repartition(2).write().parquet(at);
        Optional<StructType> schema = FooterSchema.of(new org.apache.hadoop.fs.Path(at),
                spark.sparkContext().hadoopConfiguration());
        assertTrue(schema.isPresent());
        // Names, order and types are the data's; every column nullable, as Spark infers a file source's schema.
        assertEquals(SCHEMA.asNullable(), schema.get());
        assertEquals(spark.read().parquet(at).schema(), schema.get());
    }

    @Test
    void aPartitionedDatasetGetsItsPartitionColumnsAsSparkInfersThem(SparkSession spark, @TempDir Path dir)
            throws Exception {
        String at = dir.resolve("p").toString();
        rows(spark).write().partitionBy("year").parquet(at);
        Optional<StructType> schema = FooterSchema.of(new org.apache.hadoop.fs.Path(at),
                spark.sparkContext().hadoopConfiguration());
        // year moves last, as an int: the files hold the other columns.
        assertEquals(List.of("id", "n", "x", "day", "at", "ok", "year"), List.of(schema.orElseThrow().fieldNames()));
        assertEquals(DataTypes.IntegerType, schema.get().apply("year").dataType());
        assertEquals(spark.read().parquet(at).schema(), schema.get());
    }

    @Test
    void twoPartitionLevelsComeInFolderOrder(SparkSession spark, @TempDir Path dir) throws Exception {
        String at = dir.resolve("p2").toString();
        rows(spark).withColumn("month", org.apache.spark.sql.functions.lit(3)).write().partitionBy("year", "month")
                .parquet(at);
        Optional<StructType> schema = FooterSchema.of(new org.apache.hadoop.fs.Path(at),
                spark.sparkContext().hadoopConfiguration());
        assertEquals(List.of("id", "n", "x", "day", "at", "ok", "year", "month"),
                List.of(schema.orElseThrow().fieldNames()));
        assertEquals(spark.read().parquet(at).schema(), schema.get());
    }

    @Test
    void partitionValuesThatAreNotShortDigitRunsAreLeftToSparksInference(SparkSession spark, @TempDir Path dir)
            throws Exception {
        String text = dir.resolve("text").toString();
        rows(spark).withColumn("unit", org.apache.spark.sql.functions.lit("U01")).write().partitionBy("unit")
                .parquet(text);
        assertEquals(Optional.empty(), FooterSchema.of(new org.apache.hadoop.fs.Path(text),
                spark.sparkContext().hadoopConfiguration()));
        String big = dir.resolve("big").toString();
        rows(spark).withColumn("k", org.apache.spark.sql.functions.lit(20240301000L)).write().partitionBy("k")
                .parquet(big);
        assertEquals(Optional.empty(), FooterSchema.of(new org.apache.hadoop.fs.Path(big),
                spark.sparkContext().hadoopConfiguration()));
    }

    @Test
    void filesBesidePartitionFoldersAreLeftToSparksInference(SparkSession spark, @TempDir Path dir) throws Exception {
        String at = dir.resolve("mixed").toString();
        rows(spark).write().partitionBy("year").parquet(at);
        rows(spark).drop("year").write().mode("append").parquet(at);
        assertEquals(Optional.empty(), FooterSchema.of(new org.apache.hadoop.fs.Path(at),
                spark.sparkContext().hadoopConfiguration()));
    }

    @Test
    void aFolderWithoutPartFilesHasNoSchema(SparkSession spark, @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("none"));
        Files.writeString(dir.resolve("none/_SUCCESS"), "");
        assertEquals(Optional.empty(), FooterSchema.of(new org.apache.hadoop.fs.Path(dir.resolve("none").toString()),
                spark.sparkContext().hadoopConfiguration()));
    }

    @Test
    void stagedReadsGiveTheSameRowsWithTheFooterSchema(SparkSession spark, @TempDir Path out) {
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/s").toString());
        io.write(Catalog.work("footer"), rows(spark));
        io.commit();
        Dataset<Row> back = io.read(Catalog.work("footer"));
        assertEquals(SCHEMA.asNullable(), back.schema());
        assertEquals(List.of("a|1|0.5|2024-03-01|2024-03-01T09:30|true|2024", "b|null|null|null|null|null|2025"),
                back.orderBy("id").collectAsList().stream().map(r -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 0; i < r.size(); i++) {
                        s.append(i == 0 ? "" : "|").append(r.get(i));
                    }
                    return s.toString();
                }).toList());
    }
}
