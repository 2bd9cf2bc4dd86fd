package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.PeriodColumns;
import cn.jgdj.schemas.Events;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Dates and period labels of events: an event belongs to the day, quarter and year of its start
 * (the curated {@code year} partition is the same year, but the start time is the single source).
 */
final class EventCalendar {
    private EventCalendar() {
    }

    /** Working column names; they never reach an output table. */
    static final String DATE = "_event_date";
    static final String YEAR = "_year";
    static final String QUARTER = "_quarter";

    /** The event's calendar date (local time, no zone). */
    static Column date() {
        return to_date(col(Events.START_TIME));
    }

    /** `2025`. */
    static Column yearLabel(Column year) {
        return PeriodColumns.year(year);
    }

    /** `2025Q2`. */
    static Column quarterLabel(Column year, Column quarter) {
        return PeriodColumns.quarter(year, quarter);
    }

    /** The distinct years in which some event starts, as column {@link #YEAR}: the years a table reports on. */
    static Dataset<Row> years(Dataset<Row> events) {
        return events.select(year(date()).as(YEAR)).distinct();
    }

    /** Adds {@link #DATE}, {@link #YEAR} and {@link #QUARTER} of the event's start. */
    static Dataset<Row> withCalendar(Dataset<Row> events) {
        return events.withColumn(DATE, date())
                .withColumn(YEAR, year(col(DATE)))
                .withColumn(QUARTER, quarter(col(DATE)));
    }

    /** The named columns, for a select in an indicator's column order. */
    static Column[] columns(List<String> names) {
        return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}
