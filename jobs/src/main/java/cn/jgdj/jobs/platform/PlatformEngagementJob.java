package cn.jgdj.jobs.platform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.membership.DataSpan;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.jobs.membership.PeriodWindow;
import cn.jgdj.jobs.membership.PeriodWindows;
import cn.jgdj.jobs.membership.Population;
import cn.jgdj.jobs.membership.WindowMembers;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.work.WorkTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * indicators/platform_engagement: per month, platform, dimension and group, how many eligible members were active
 * on the platform and the median points per active day. Aggregates only: platform figures never judge a person.
 */
public final class PlatformEngagementJob {
    private PlatformEngagementJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Members.NAME),
            Catalog.warehouse(Branches.NAME), Catalog.warehouse(Units.NAME), Catalog.warehouse(PlatformUsage.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(PlatformEngagement.NAME));

    private static final String ACTIVE_DAYS = "_active_days";
    private static final String POINTS_PER_DAY = "_points_per_active_day";

    public static void run(JobIO io, JobParams params) {
        Rules rules = Rules.forParams(params);
        Dataset<Row> usage = AsOf.through(io.read(Catalog.warehouse(PlatformUsage.NAME)), col(PlatformUsage.DATE),
                params.asOf());
        // Every month and quarter from the first usage date to the last (or the as-of day), those without usage
        // included (active = 0).
        List<PeriodWindow> windows = PeriodWindows.through(DataSpan.of(usage, col(PlatformUsage.DATE))
                .map(PlatformEngagementJob::monthsAndQuarters).orElse(List.of()), params.asOf());
        io.write(Catalog.indicator(PlatformEngagement.NAME), engagement(io.read(Catalog.warehouse(Members.NAME)),
                io.read(Catalog.warehouse(Branches.NAME)), io.read(Catalog.warehouse(Units.NAME)),
                PeriodWindows.toDataFrame(io.spark(), windows, rules), usage, rules, params.minCellSize(),
                params.asOf()));
    }

    private static List<PeriodWindow> monthsAndQuarters(DataSpan span) {
        List<PeriodWindow> windows = new ArrayList<>(PeriodWindows.months(span.first(), span.last()));
        PeriodWindows.yearsAndQuarters(span.first(), span.last()).stream()
                .filter(w -> w.period().contains("Q")).forEach(windows::add);
        return windows;
    }

    /** As below, every period complete (no as-of day). */
    public static Dataset<Row> engagement(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                          Dataset<Row> windows, Dataset<Row> platformUsage, Rules rules,
                                          int minCellSize) {
        return engagement(members, branches, units, windows, platformUsage, rules, minCellSize, null);
    }

    /**
     * Rows with exactly PlatformEngagement.COLUMNS for each window (months 2025-04 and quarters 2025Q2) × every
     * platform in Codes.PLATFORM. eligible: members eligible in the window, with their attributes as of its end;
     * active: those with a day of points or minutes &gt; 0 on the platform in the window (so a quarter's active
     * rate is the share active on at least one day of the quarter, not a mean of monthly rates); the median is taken
     * over the active members of each member's mean points per active day (the mean of the two middle values for
     * an even count; null when nobody was active), so every member weighs the same however often they logged in.
     */
    public static Dataset<Row> engagement(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                          Dataset<Row> windows, Dataset<Row> platformUsage, Rules rules,
                                          int minCellSize, LocalDate asOf) {
        Dataset<Row> eligible = WindowMembers.of(members, branches, units, windows, rules, Population.TRAINING);
        Dataset<Row> platforms = eligible.sparkSession()
                .createDataset(Codes.PLATFORM.ids(), Encoders.STRING())
                .toDF(PlatformEngagement.PLATFORM);
        Dataset<Row> activity = platformUsage
                .filter(col(PlatformUsage.POINTS).gt(0).or(col(PlatformUsage.MINUTES).gt(0)))
                // Each active day counts in its month and in its quarter.
                .withColumn(Indicators.PERIOD, explode(array(date_format(col(PlatformUsage.DATE), "yyyy-MM"),
                        concat(year(col(PlatformUsage.DATE)).cast("string"), lit("Q"),
                                quarter(col(PlatformUsage.DATE)).cast("string")))))
                .groupBy(col(PlatformUsage.MEMBER_KEY), col(PlatformUsage.PLATFORM), col(Indicators.PERIOD))
                .agg(count_distinct(col(PlatformUsage.DATE)).as(ACTIVE_DAYS),
                        sum(col(PlatformUsage.POINTS)).as("_points"))
                .withColumn(POINTS_PER_DAY, col("_points").divide(col(ACTIVE_DAYS)));
        Dataset<Row> perMember = eligible.crossJoin(platforms)
                .join(activity, new String[] {WorkTables.MEMBER_KEY, PlatformEngagement.PLATFORM, Indicators.PERIOD},
                        "left");
        Column eligibleCount = col(PlatformEngagement.ELIGIBLE);
        return DimensionGroups.explodeByDimension(perMember)
                .groupBy(col(Indicators.PERIOD), col(PlatformEngagement.PLATFORM), col(Indicators.DIMENSION),
                        col(Indicators.GROUP))
                .agg(count(lit(1)).as(PlatformEngagement.ELIGIBLE),
                        count(col(ACTIVE_DAYS)).as(PlatformEngagement.ACTIVE),
                        percentile(col(POINTS_PER_DAY), lit(0.5)).as(PlatformEngagement.MEDIAN_POINTS))
                .withColumn(PlatformEngagement.ACTIVE_RATE, col(PlatformEngagement.ACTIVE).divide(eligibleCount))
                .withColumn(Indicators.SUPPRESSED, eligibleCount.lt(minCellSize))
                .withColumn(Indicators.PARTIAL, AsOf.partial(col(Indicators.PERIOD), asOf))
                .orderBy(col(Indicators.PERIOD), platformOrder(), DimensionGroups.reportOrder(),
                        col(Indicators.GROUP))
                .select(PlatformEngagement.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    private static Column platformOrder() {
        return DimensionGroups.positionIn(Codes.PLATFORM.ids(), col(PlatformEngagement.PLATFORM));
    }
}
