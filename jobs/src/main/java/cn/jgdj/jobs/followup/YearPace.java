package cn.jgdj.jobs.followup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.dayofyear;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.membership.EligibleDays;
import cn.jgdj.jobs.membership.PeriodWindows;
import cn.jgdj.jobs.rules.RuleSet;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A member's pace through the year by elapsed days (DOMAIN, second edition): elapsed share = days from 1 January to
 * the as-of day / days in the year, counting only the member's eligible days when the requirement is pro-rated.
 * Behind pace when hours so far &lt; requirement × elapsed share; projected year-end hours = hours / elapsed share.
 * The follow-up list and the year-end forecast both use this projection.
 */
public final class YearPace {
    private YearPace() {
    }

    /** Days counted as elapsed (numerator of the elapsed share). */
    public static final String ELAPSED_DAYS = "pace_elapsed_days";
    /** Days of the year the requirement is spread over (denominator of the elapsed share). */
    public static final String YEAR_DAYS = "pace_year_days";
    /** Hours so far / elapsed share, unrounded. */
    public static final String PROJECTED = "pace_projected_hours";

    /**
     * Adds {@link #ELAPSED_DAYS}, {@link #YEAR_DAYS} and {@link #PROJECTED} to member rows of year-to-date windows
     * (member_key, period, window_start, window_end, requirement, hours, rules_year), joining
     * {@link EligibleDays#of} of the same windows. A member with no eligible day elapsed has no pace and is dropped.
     */
    public static Dataset<Row> withPace(Dataset<Row> memberWindows, Dataset<Row> eligibleDays, Rules rules) {
        Column prorated = rules.byYear(col(PeriodWindows.RULES_YEAR), RuleSet::prorateByMonth);
        Column windowStart = col(MemberPeriods.WINDOW_START);
        Column calendarElapsed = datediff(col(MemberPeriods.WINDOW_END), windowStart).plus(1);
        Column calendarYear = dayofyear(make_date(year(windowStart), lit(12), lit(31)));
        return memberWindows.join(eligibleDays, new String[]{Members.MEMBER_KEY, PeriodWindows.PERIOD})
                .withColumn(ELAPSED_DAYS, when(prorated, col(EligibleDays.ELAPSED_DAYS)).otherwise(calendarElapsed))
                .withColumn(YEAR_DAYS, when(prorated, col(EligibleDays.YEAR_DAYS)).otherwise(calendarYear))
                .drop(EligibleDays.ELAPSED_DAYS, EligibleDays.YEAR_DAYS)
                .filter(col(ELAPSED_DAYS).gt(0))
                .withColumn(PROJECTED, col(MemberPeriods.HOURS).multiply(col(YEAR_DAYS)).divide(col(ELAPSED_DAYS)));
    }

    /** Hours so far &lt; requirement × elapsed share, multiplied out so no division rounds the comparison. */
    public static Column behind() {
        return col(MemberPeriods.HOURS).multiply(col(YEAR_DAYS))
                .lt(col(MemberPeriods.REQUIREMENT).multiply(col(ELAPSED_DAYS)));
    }

    /** Projected year-end hours rounded to 2 decimals, as published. */
    public static Column projectedRounded() {
        return round(col(PROJECTED), 2);
    }
}
