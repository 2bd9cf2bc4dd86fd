package cn.jgdj.jobs.coverage;

import static org.apache.spark.sql.functions.udf;

import cn.jgdj.jobs.stats.WilsonInterval;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/** The 95% Wilson score interval of the statistics library as Spark columns (null when n is 0). */
public final class WilsonColumns {
    private WilsonColumns() {
    }

    // At k = n the upper bound is exactly 1 (and at k = 0 the lower bound exactly 0), but the library's floating
    // point can land one ulp short (0.9999999999999999), which would leave a rate of 1.0 outside its own interval.
    private static final UserDefinedFunction LOW = udf((UDF2<Long, Long, Double>) (k, n) ->
            n == null || k == null || n == 0 ? null : k == 0 ? 0.0 : WilsonInterval.of(k, n).low(),
            DataTypes.DoubleType);
    private static final UserDefinedFunction HIGH = udf((UDF2<Long, Long, Double>) (k, n) ->
            n == null || k == null || n == 0 ? null : k.equals(n) ? 1.0 : WilsonInterval.of(k, n).high(),
            DataTypes.DoubleType);

    public static Column low(Column successes, Column trials) {
        return LOW.apply(successes.cast("long"), trials.cast("long"));
    }

    public static Column high(Column successes, Column trials) {
        return HIGH.apply(successes.cast("long"), trials.cast("long"));
    }
}
