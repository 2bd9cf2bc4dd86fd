package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.jobs.io.FooterDates;
import cn.jgdj.jobs.io.PartitionYears;
import cn.jgdj.schemas.Events;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The first and last day on which some event starts. From the Parquet footers of the events' first and last year
 * folder when they tell it for certain (the warehouse partitions events by the year of their start, so those two
 * folders hold the first and the last start; every file when the events are not in year folders): read on the
 * driver, no Spark job. Otherwise, e.g. for events made on the driver or filtered, a min/max aggregation
 * ({@link DataSpan#of}), which gives the same days.
 */
final class EventSpan {
    private EventSpan() {
    }

    static Optional<DataSpan> of(Dataset<Row> events) {
        Predicate<String> firstOrLastYear = PartitionYears.of(events, Events.YEAR)
                .<Predicate<String>>map(y -> f -> f.contains("/" + Events.YEAR + "=" + y.first() + "/")
                        || f.contains("/" + Events.YEAR + "=" + y.last() + "/"))
                .orElse(f -> true);
        Optional<FooterDates.Range> footers = FooterDates.of(events, Events.START_TIME, firstOrLastYear);
        if (footers.isPresent()) {
            return Optional.of(new DataSpan(footers.get().first(), footers.get().last()));
        }
        return DataSpan.of(events, col(Events.START_TIME));
    }
}
