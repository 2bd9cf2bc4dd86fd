package cn.jgdj.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.PartitionYears.YearRange;
import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Path;
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
class PartitionYearsTest {

    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("year", DataTypes.IntegerType, false)));

    /** Rows in 2023, 2021 and 2023 again: two year folders, 2021 the first and 2023 the last (no 2022 rows). */
    private static Dataset<Row> rows(SparkSession spark) {
        return spark.createDataFrame(List.of(RowFactory.create("a", 2023), RowFactory.create("b", 2021),
                RowFactory.create("c", 2023)), SCHEMA);
    }

    @Test
    void theYearsComeFromTheFoldersOfAPartitionedDataset(SparkSession spark, @TempDir Path dir) {
        String at = dir.resolve("events").toString();
        rows(spark).repartition(3).write().partitionBy("year").parquet(at);
        assertEquals(Optional.of(new YearRange(2021, 2023)), PartitionYears.of(spark.read().parquet(at), "year"));
    }

    @Test
    void aDatasetNotReadFromYearFoldersGivesNoAnswer(SparkSession spark, @TempDir Path dir) {
        // Made on the driver (no files), and written without partitions (no year folders): the caller asks Spark.
        assertEquals(Optional.empty(), PartitionYears.of(rows(spark), "year"));
        String at = dir.resolve("flat").toString();
        rows(spark).write().parquet(at);
        assertEquals(Optional.empty(), PartitionYears.of(spark.read().parquet(at), "year"));
    }

    @Test
    void everyFileMustSitInAFolderOfTheColumn() {
        String in2024 = "file:/w/events/year=2024/part-0.parquet";
        assertEquals(Optional.of(new YearRange(2019, 2024)), PartitionYears.of(new String[] {in2024,
                "file:/w/events/year=2019/part-1.parquet", "file:/w/events/year=2020/part-2.parquet"}, "year"));
        assertEquals(Optional.empty(), PartitionYears.of(new String[] {in2024, "file:/w/events/part-3.parquet"},
                "year"));
        // Another column's folder (academic_year=...) is not the year's.
        assertEquals(Optional.empty(), PartitionYears.of(new String[] {"file:/w/x/academic_year=2024/p.parquet"},
                "year"));
        assertEquals(Optional.empty(), PartitionYears.of(new String[0], "year"));
    }
}
