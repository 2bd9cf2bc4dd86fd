package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

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

    /** The span of a date column, or empty when the dataset has no rows. One small aggregate action. */
    public static Optional<DataSpan> of(Dataset<Row> rows, Column date) {
        Row r = rows.agg(min(date.cast("date")), max(date.cast("date"))).first();
        if (r.isNullAt(0)) {
            return Optional.empty();
        }
        return Optional.of(new DataSpan(r.getDate(0).toLocalDate(), r.getDate(1).toLocalDate()));
    }
}
