package cn.jgdj.jobs.dataquality;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.trim;

import cn.jgdj.jobs.PeriodColumns;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import org.apache.spark.sql.Column;

/** The quarter a row belongs to, written 2025Q2. */
final class Quarters {
    private Quarters() {
    }

    /** The quarter of a date or timestamp column. */
    static Column of(Column date) {
        return PeriodColumns.quarterOf(date);
    }

    /**
     * The quarter of a raw date cell as exported (the common forms; Excel serials and Chinese dates are not
     * re-parsed here), or {@link DataQuality#UNDATED} when it cannot be read: a set-aside row is never dropped.
     */
    static Column ofRaw(Column rawDate) {
        Column t = trim(rawDate);
        Column parsed = coalesce(try_to_timestamp(t, lit("yyyy-MM-dd HH:mm:ss")),
                try_to_timestamp(t, lit("yyyy-MM-dd HH:mm")), try_to_timestamp(t, lit("yyyy-MM-dd")),
                try_to_timestamp(t, lit("yyyy/M/d H:mm")), try_to_timestamp(t, lit("yyyy/M/d")));
        return coalesce(of(parsed), lit(DataQuality.UNDATED));
    }
}
