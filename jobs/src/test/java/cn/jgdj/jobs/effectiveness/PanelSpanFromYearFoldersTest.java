package cn.jgdj.jobs.effectiveness;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.membership.DataSpan;
import cn.jgdj.schemas.Events;
import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
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

/**
 * The analysis year's span from events read from year folders (only the first and last year's files are read)
 * matches the span of all events: 2023 starts on 10 Mar, 2024 is complete, 2025 ends on 20 Oct.
 */
@ExtendWith(SparkSessionExtension.class)
class PanelSpanFromYearFoldersTest {

    @Test
    void firstAndLastYearsGiveTheSpanOfAllEvents(SparkSession spark, @TempDir Path dir) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(Events.START_TIME, DataTypes.TimestampType, false),
                DataTypes.createStructField(Events.YEAR, DataTypes.IntegerType, false)));
        List<Row> rows = List.of(start("2023-03-10 09:00:00"), start("2023-11-02 09:00:00"),
                start("2024-01-01 08:00:00"), start("2024-12-31 15:00:00"), start("2025-02-14 09:00:00"),
                start("2025-10-20 14:30:00"));
        String path = dir.resolve("events").toString();
        spark.createDataFrame(rows, schema).write().partitionBy(Events.YEAR).parquet(path);
        Dataset<Row> events = spark.read().parquet(path);

        // Only 2023 and 2025 are read: four of the six events.
        assertEquals(4, EffectivenessJob.firstAndLastYears(events).count());
        // In memory (no year folders): all events.
        Dataset<Row> inMemory = spark.createDataFrame(rows, schema);
        assertEquals(6, EffectivenessJob.firstAndLastYears(inMemory).count());

        for (Dataset<Row> source : List.of(events, inMemory)) {
            PanelSpan latest = EffectivenessJob.panelSpan(source, null, null).orElseThrow();
            assertEquals(new PanelSpan(2025, YearMonth.of(2025, 1), YearMonth.of(2025, 10)), latest);
            // As of 30 Nov 2025 the year is not complete: the year before, all of it.
            PanelSpan complete = EffectivenessJob.panelSpan(source, null, LocalDate.of(2025, 11, 30)).orElseThrow();
            assertEquals(new PanelSpan(2024, YearMonth.of(2024, 1), YearMonth.of(2024, 12)), complete);
            // The first year starts with its first event's month.
            PanelSpan first = EffectivenessJob.panelSpan(source, 2023, null).orElseThrow();
            assertEquals(new PanelSpan(2023, YearMonth.of(2023, 3), YearMonth.of(2023, 12)), first);
        }
    }

    /**
     * Events with local date-times (the warehouse's TIMESTAMP_NTZ): the span comes from the first and last year
     * folder's footers (their statistics), the same as Spark's min and max; a filtered dataset or time-zone
     * timestamps are left to Spark.
     */
    @Test
    void footersOfTheFirstAndLastYearGiveTheSpan(SparkSession spark, @TempDir Path dir) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(Events.START_TIME, DataTypes.TimestampNTZType, false),
                DataTypes.createStructField(Events.YEAR, DataTypes.IntegerType, false)));
        List<Row> rows = List.of(local("2023-03-10T00:00:00"), local("2023-11-02T09:00:00"),
                local("2024-01-01T08:00:00"), local("2024-12-31T15:00:00"), local("2025-02-14T09:00:00"),
                local("2025-10-20T23:59:59.999999"));
        String path = dir.resolve("events").toString();
        // Two files in 2025 (two partitions), one of them holding the last day.
        spark.createDataFrame(rows, schema).repartition(2).write().partitionBy(Events.YEAR).parquet(path);
        Dataset<Row> events = spark.read().parquet(path);

        assertEquals(Optional.of(new DataSpan(LocalDate.of(2023, 3, 10), LocalDate.of(2025, 10, 20))),
                EffectivenessJob.footerSpan(events));
        assertEquals(new PanelSpan(2025, YearMonth.of(2025, 1), YearMonth.of(2025, 10)),
                EffectivenessJob.panelSpan(events, null, null).orElseThrow());
        assertEquals(new PanelSpan(2023, YearMonth.of(2023, 3), YearMonth.of(2023, 12)),
                EffectivenessJob.panelSpan(events, 2023, null).orElseThrow());

        assertEquals(Optional.empty(), EffectivenessJob.footerSpan(events.where(col(Events.YEAR).equalTo(2024))),
                "not all events: ask Spark");
        assertEquals(Optional.empty(), EffectivenessJob.footerSpan(spark.createDataFrame(rows, schema)),
                "made in memory");
    }

    private static Row local(String dateTime) {
        LocalDateTime t = LocalDateTime.parse(dateTime);
        return RowFactory.create(t, t.getYear());
    }

    private static Row start(String timestamp) {
        Timestamp t = Timestamp.valueOf(timestamp);
        return RowFactory.create(t, t.toLocalDateTime().getYear());
    }
}
