package cn.jgdj.jobs.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.schemas.Events;
import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Path;
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

/** FollowupJob.paceDay from stored events (their year folders) and from a table made on the driver: same days. */
@ExtendWith(SparkSessionExtension.class)
class PaceDayTest {
    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Events.START_TIME, DataTypes.TimestampType, false),
            DataTypes.createStructField(Events.YEAR, DataTypes.IntegerType, false)));

    /** Events on 2024-03-01 and 2025-06-01: the last event start is in 2025. */
    private static Dataset<Row> events(SparkSession spark) {
        return spark.createDataFrame(List.of(RowFactory.create(Timestamp.valueOf("2024-03-01 09:00:00"), 2024),
                RowFactory.create(Timestamp.valueOf("2025-06-01 09:00:00"), 2025)), SCHEMA);
    }

    @Test
    void theReviewYearIsThatOfTheEarlierOfTheAsOfDayAndTheLastEvent(SparkSession spark, @TempDir Path dir) {
        String at = dir.resolve("events").toString();
        events(spark).write().partitionBy(Events.YEAR).parquet(at);
        for (Dataset<Row> events : List.of(spark.read().parquet(at), events(spark))) {
            // No as-of day, or one after the data: the data's last year, complete.
            assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), FollowupJob.paceDay(events, null, null));
            assertEquals(Optional.of(LocalDate.of(2025, 12, 31)),
                    FollowupJob.paceDay(events, null, LocalDate.of(2026, 1, 10)));
            // As of a day before the last event (same year, then an earlier year): that day.
            assertEquals(Optional.of(LocalDate.of(2025, 3, 1)),
                    FollowupJob.paceDay(events, null, LocalDate.of(2025, 3, 1)));
            assertEquals(Optional.of(LocalDate.of(2024, 8, 31)),
                    FollowupJob.paceDay(events, null, LocalDate.of(2024, 8, 31)));
            // A review year given: the events are not read.
            assertEquals(Optional.of(LocalDate.of(2023, 12, 31)),
                    FollowupJob.paceDay(events, 2023, LocalDate.of(2025, 3, 1)));
        }
        assertEquals(Optional.empty(), FollowupJob.paceDay(events(spark).limit(0), null, null));
    }
}
