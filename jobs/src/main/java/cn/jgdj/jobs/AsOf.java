package cn.jgdj.jobs;

import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The as-of rules (DOMAIN.md, second edition) on period labels (2025, 2025Q2, 2025-04) and dated facts: a period
 * is complete when its last day is on or before the as-of day and partial otherwise; facts dated after the as-of
 * day fall outside every period reported (PeriodWindows.through drops the periods not yet begun). A null as-of
 * day (tests that predate it) reports every period as complete.
 */
public final class AsOf {
    private AsOf() {
    }

    /**
     * A run's as-of day: the one given, else the earlier of today and the last day of the period the run was asked
     * for (a run for 2025 made in March 2026 is as of 31 December 2025; one made on 1 July 2025 as of that day).
     *
     * @param requestedPeriodEnd last day of the requested period, or null when none was asked for (then today)
     */
    public static LocalDate forRun(LocalDate given, LocalDate today, LocalDate requestedPeriodEnd) {
        if (given != null) {
            return given;
        }
        return requestedPeriodEnd != null && requestedPeriodEnd.isBefore(today) ? requestedPeriodEnd : today;
    }

    /** Whether the period is still in progress on the as-of day (its last day is later). */
    public static Column partial(Column period, LocalDate asOf) {
        return asOf == null ? lit(false) : PeriodColumns.lastDay(period).gt(lit(asOf));
    }

    /** The facts dated on or before the as-of day (date: a date or timestamp column). */
    public static Dataset<Row> through(Dataset<Row> facts, Column date, LocalDate asOf) {
        return asOf == null ? facts : facts.where(date.cast("date").leq(lit(asOf)));
    }
}
