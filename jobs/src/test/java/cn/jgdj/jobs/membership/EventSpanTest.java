package cn.jgdj.jobs.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.schemas.Events;
import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Path;
import java.time.LocalDate;
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
class EventSpanTest {

    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Events.EVENT_ID, DataTypes.StringType, false),
            DataTypes.createStructField(Events.START_TIME, DataTypes.TimestampNTZType, false),
            DataTypes.createStructField(Events.YEAR, DataTypes.IntegerType, false)));

    /**
     * Starts in three year folders: the first day is 1 February 2022 (not the 30 June late-night start), the last
     * 15 July 2024; the middle year's 31 December 23:00 is neither.
     */
    private static Dataset<Row> events(SparkSession spark) {
        return spark.createDataFrame(List.of(
                event("e1", "2022-06-30T23:59:59"), event("e2", "2022-02-01T00:00:00"),
                event("e3", "2023-12-31T23:00:00"), event("e4", "2024-01-01T00:00:00"),
                event("e5", "2024-07-15T10:00:00")), SCHEMA);
    }

    private static Row event(String id, String start) {
        LocalDateTime at = LocalDateTime.parse(start);
        return RowFactory.create(id, at, at.getYear());
    }

    private static final Optional<DataSpan> SPAN =
            Optional.of(new DataSpan(LocalDate.of(2022, 2, 1), LocalDate.of(2024, 7, 15)));

    @Test
    void theSpanOfStoredEventsComesFromTheirFirstAndLastYearFolders(SparkSession spark, @TempDir Path dir) {
        String at = dir.resolve("events").toString();
        events(spark).repartition(2).write().partitionBy(Events.YEAR).parquet(at);
        assertEquals(SPAN, EventSpan.of(spark.read().parquet(at)));
    }

    @Test
    void eventsNotInYearFoldersOrMadeOnTheDriverGiveTheSameSpan(SparkSession spark, @TempDir Path dir) {
        String flat = dir.resolve("flat").toString();
        events(spark).repartition(2).write().parquet(flat);
        assertEquals(SPAN, EventSpan.of(spark.read().parquet(flat)));
        assertEquals(SPAN, EventSpan.of(events(spark)));
    }

    @Test
    void noEventsNoSpan(SparkSession spark) {
        assertEquals(Optional.empty(), EventSpan.of(spark.createDataFrame(List.of(), SCHEMA)));
    }
}
