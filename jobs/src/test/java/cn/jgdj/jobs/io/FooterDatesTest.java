package cn.jgdj.jobs.io;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.FooterDates.Range;
import cn.jgdj.jobs.membership.DataSpan;
import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
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
class FooterDatesTest {

    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("date", DataTypes.DateType, true),
            DataTypes.createStructField("at", DataTypes.TimestampType, true),
            DataTypes.createStructField("year", DataTypes.IntegerType, false)));

    /** Dates 2023-05-02, 2021-11-30, none, 2023-01-15 over two year folders: 2021-11-30 to 2023-05-02. */
    private static String written(SparkSession spark, Path dir) {
        String at = dir.resolve("logs").toString();
        spark.createDataFrame(List.of(row("a", "2023-05-02", 2023), row("b", "2021-11-30", 2021),
                        row("c", null, 2023), row("d", "2023-01-15", 2023)), SCHEMA)
                .repartition(2).write().partitionBy("year").parquet(at);
        return at;
    }

    private static Row row(String id, String date, int year) {
        return RowFactory.create(id, date == null ? null : Date.valueOf(date),
                date == null ? null : Timestamp.valueOf(date + " 12:00:00"), year);
    }

    @Test
    void theRangeComesFromTheFootersOfEveryFile(SparkSession spark, @TempDir Path dir) {
        String at = written(spark, dir);
        assertEquals(Optional.of(new Range(LocalDate.of(2021, 11, 30), LocalDate.of(2023, 5, 2))),
                FooterDates.of(spark.read().parquet(at), "date"));
    }

    @Test
    void noAnswerWhenTheFootersCannotTellForCertain(SparkSession spark, @TempDir Path dir) {
        String at = written(spark, dir);
        Dataset<Row> stored = spark.read().parquet(at);
        // A filter keeps fewer rows than the files hold; a timestamp is not a date; a table made on the driver has
        // no files; a column no file has.
        assertEquals(Optional.empty(), FooterDates.of(stored.filter(col("id").equalTo("a")), "date"));
        assertEquals(Optional.empty(), FooterDates.of(stored, "at"));
        assertEquals(Optional.empty(), FooterDates.of(spark.createDataFrame(List.of(row("a", "2023-05-02", 2023)),
                SCHEMA), "date"));
        assertEquals(Optional.empty(), FooterDates.of(stored, "missing"));
        // Only nulls in the column: no value to give.
        String nulls = dir.resolve("nulls").toString();
        spark.createDataFrame(List.of(row("c", null, 2023)), SCHEMA).write().parquet(nulls);
        assertEquals(Optional.empty(), FooterDates.of(spark.read().parquet(nulls), "date"));
    }

    /** The as-of cut: footers when it leaves every row, Spark over the cut rows otherwise; the same span both ways. */
    @Test
    void dataSpanThroughAnAsOfDay(SparkSession spark, @TempDir Path dir) {
        Dataset<Row> stored = spark.read().parquet(written(spark, dir));
        LocalDate first = LocalDate.of(2021, 11, 30);
        assertEquals(Optional.of(new DataSpan(first, LocalDate.of(2023, 5, 2))),
                DataSpan.through(stored, "date", null));
        assertEquals(Optional.of(new DataSpan(first, LocalDate.of(2023, 5, 2))),
                DataSpan.through(stored, "date", LocalDate.of(2023, 5, 2)));
        assertEquals(Optional.of(new DataSpan(first, LocalDate.of(2023, 1, 15))),
                DataSpan.through(stored, "date", LocalDate.of(2023, 5, 1)));
        assertEquals(Optional.empty(), DataSpan.through(stored, "date", LocalDate.of(2021, 11, 29)));
    }
}
