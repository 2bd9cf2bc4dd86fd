package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;

/**
 * The periods whose window holds a day, read from a literal array indexed by the day's distance from the first
 * window's start, for windows made on the driver ({@link PeriodWindows#toDataFrame}): what the equi-join with a
 * (day, period) bridge gave, without the bridge's broadcast (a Spark job of its own, even for a table made on the
 * driver). The array has one element per day the windows span (a few years at most); the look-up is one index, not
 * a search (Spark searches a map literal key by key).
 */
final class WindowDays {
    private WindowDays() {
    }

    /**
     * The periods (array of strings, in the windows' order; empty for a day no window holds) of the windows from
     * window_start to window_end holding the date in {@code day}; null outside all windows or for a null day. Empty
     * when the windows are not made on the driver (they are then joined as before).
     *
     * @param windows a table with {@link PeriodWindows#SCHEMA}
     */
    static Optional<Column> periodsOf(Dataset<Row> windows, Column day) {
        if (!(windows.queryExecution().analyzed() instanceof LocalRelation)) {
            return Optional.empty();
        }
        List<Row> rows = windows.select(PeriodWindows.PERIOD, PeriodWindows.WINDOW_START, PeriodWindows.WINDOW_END)
                .collectAsList();
        LocalDate first = null;
        LocalDate last = null;
        for (Row w : rows) {
            LocalDate start = w.getDate(1).toLocalDate();
            LocalDate end = w.getDate(2).toLocalDate();
            first = first == null || start.isBefore(first) ? start : first;
            last = last == null || end.isAfter(last) ? end : last;
        }
        if (first == null || last.isBefore(first)) {
            return Optional.of(lit(null).cast("array<string>"));
        }
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        List<List<String>> byDay = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            byDay.add(new ArrayList<>());
        }
        for (Row w : rows) {
            LocalDate start = w.getDate(1).toLocalDate();
            LocalDate end = w.getDate(2).toLocalDate();
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                byDay.get((int) ChronoUnit.DAYS.between(first, d)).add(w.getString(0));
            }
        }
        String[][] periods = byDay.stream().map(p -> p.toArray(String[]::new)).toArray(String[][]::new);
        Column from = lit(Date.valueOf(first));
        return Optional.of(when(day.between(from, lit(Date.valueOf(last))),
                element_at(lit(periods), datediff(day, from).plus(1))));
    }
}
