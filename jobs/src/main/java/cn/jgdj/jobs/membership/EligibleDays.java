package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Members;
import java.sql.Date;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Days a member is in the training population, per window: in the whole requirement span (the year) and in the
 * window itself (1 January to the as-of day). A handover day shared by two rows (DOMAIN, second edition) counts once.
 */
public final class EligibleDays {
    private EligibleDays() {
    }

    /** Eligible days of the requirement span (the member's eligible part of the year). */
    public static final String YEAR_DAYS = "eligible_year_days";
    /** Eligible days from the window's first day to its last (the as-of day). */
    public static final String ELAPSED_DAYS = "eligible_elapsed_days";

    private static final Date OPEN_END = Date.valueOf("9999-12-31");
    private static final String FROM = "_from";
    private static final String TO = "_to";
    private static final String PREVIOUS_TO = "_previous_to";

    /**
     * One row per member and window with an eligible day in the requirement span: member_key, period,
     * {@link #YEAR_DAYS}, {@link #ELAPSED_DAYS}.
     *
     * @param windows a table with {@link PeriodWindows#SCHEMA}
     */
    public static Dataset<Row> of(Dataset<Row> members, Dataset<Row> windows, Rules rules) {
        Column validUntil = coalesce(col(Members.VALID_TO), lit(OPEN_END));
        Dataset<Row> spans = PeriodWindows.joined(members, windows,
                        col(Members.VALID_FROM).leq(col(PeriodWindows.REQUIREMENT_END))
                                .and(validUntil.geq(col(PeriodWindows.REQUIREMENT_START))))
                .filter(Population.TRAINING.includes(rules, col(PeriodWindows.RULES_YEAR)))
                .withColumn(FROM, greatest(col(Members.VALID_FROM), col(PeriodWindows.REQUIREMENT_START)))
                .withColumn(TO, least(validUntil, col(PeriodWindows.REQUIREMENT_END)));
        // Rows of a member do not overlap after ingest except for a one-day handover touch: start each row after
        // the latest day an earlier row already counted.
        WindowSpec earlier = Window.partitionBy(col(Members.MEMBER_KEY), col(PeriodWindows.PERIOD))
                .orderBy(col(FROM), col(TO)).rowsBetween(Window.unboundedPreceding(), -1);
        Dataset<Row> counted = spans.withColumn(PREVIOUS_TO, max(col(TO)).over(earlier))
                .withColumn(FROM, greatest(col(FROM), coalesce(date_add(col(PREVIOUS_TO), 1), col(FROM))));
        Column elapsedTo = least(col(TO), col(PeriodWindows.WINDOW_END));
        return counted.groupBy(col(Members.MEMBER_KEY), col(PeriodWindows.PERIOD))
                .agg(sum(days(col(FROM), col(TO))).cast("int").as(YEAR_DAYS),
                        sum(days(col(FROM), elapsedTo)).cast("int").as(ELAPSED_DAYS));
    }

    /** Days from one date to another, both included; 0 when the span is empty. */
    private static Column days(Column from, Column to) {
        return greatest(lit(0), datediff(to, from).plus(1));
    }
}
