package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.io.FooterDates;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The first and last date a dataset covers: the windows a job reports on come from it.
 *
 * @param first earliest date
 * @param last  latest date
 */
public record DataSpan(LocalDate first, LocalDate last) {

    /**
     * The span of a DATE column over the rows dated on or before {@code asOf} (every row when null), or empty when
     * there are none. From the Parquet footers when they tell it for certain (a plain Parquet read whose last date is
     * not after the as-of day, so the as-of cut leaves every row: no Spark job); else {@link #of} over the cut rows.
     */
    public static Optional<DataSpan> through(Dataset<Row> rows, String dateColumn, LocalDate asOf) {
        Optional<FooterDates.Range> footers = FooterDates.of(rows, dateColumn);
        if (footers.isPresent() && (asOf == null || !footers.get().last().isAfter(asOf))) {
            return Optional.of(new DataSpan(footers.get().first(), footers.get().last()));
        }
        return of(AsOf.through(rows, col(dateColumn), asOf), col(dateColumn));
    }

    /** The span of a date column, or empty when the dataset has no rows. One small aggregate action. */
    public static Optional<DataSpan> of(Dataset<Row> rows, Column date) {
        Row r = rows.agg(min(date.cast("date")), max(date.cast("date"))).first();
        if (r.isNullAt(0)) {
            return Optional.empty();
        }
        return Optional.of(new DataSpan(r.getDate(0).toLocalDate(), r.getDate(1).toLocalDate()));
    }
}
