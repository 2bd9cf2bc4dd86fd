package cn.jgdj.jobs.platform;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.PeriodColumns;
import cn.jgdj.jobs.groups.GroupRates;
import cn.jgdj.jobs.groups.MemberPartitions;
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
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.indicators.Indicators;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
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
    public static final JobSpec SPEC = new JobSpec("platform_engagement", INPUTS, OUTPUTS, PlatformEngagementJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private static final String ACTIVE_DAYS = "_active_days";
    private static final String POINTS_PER_DAY = "_points_per_active_day";
    private static final String POINTS = "_points";
    private static final String QUARTER = "_quarter";
    private static final String PERIOD_ROW = "_period_row";
    private static final String DAY_MASK = "_day_mask";

    public static void run(JobIO io, JobParams params) {
        Rules rules = Rules.forParams(params);
        Dataset<Row> stored = io.read(Catalog.warehouse(PlatformUsage.NAME));
        Dataset<Row> usage = AsOf.through(stored, col(PlatformUsage.DATE), params.asOf());
        // Every month and quarter from the first usage date to the last (or the as-of day), those without usage
        // included (active = 0).
        List<PeriodWindow> windows = PeriodWindows.through(DataSpan.through(stored, PlatformUsage.DATE, params.asOf())
                .map(PlatformEngagementJob::monthsAndQuarters).orElse(List.of()), params.asOf());
        io.write(Catalog.indicator(PlatformEngagement.NAME), engagement(io.read(Catalog.warehouse(Members.NAME)),
                io.read(Catalog.warehouse(Branches.NAME)), io.read(Catalog.warehouse(Units.NAME)),
                PeriodWindows.toDataFrame(io.spark(), windows, rules), usage, rules, params.minCellSize(),
                params.asOf()));
    }

    private static List<PeriodWindow> monthsAndQuarters(DataSpan span) {
        List<PeriodWindow> windows = new ArrayList<>(PeriodWindows.months(span.first(), span.last()));
        PeriodWindows.yearsAndQuarters(span.first(), span.last()).stream()
                .filter(w -> Period.parse(w.period()).isQuarter()).forEach(windows::add);
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
        Dataset<Row> eligible = WindowMembers.of(MemberPartitions.spread(members), branches, units, windows, rules,
                Population.TRAINING);
        return GroupRates.of(eligible)
                .countMembers(PlatformEngagement.ELIGIBLE)
                .activity(activity(platformUsage), PlatformEngagement.PLATFORM, Codes.PLATFORM.ids())
                .activityCountAndMedian(PlatformEngagement.ACTIVE, PlatformEngagement.MEDIAN_POINTS,
                        col(POINTS_PER_DAY))
                .rate(PlatformEngagement.ACTIVE_RATE, PlatformEngagement.ACTIVE, PlatformEngagement.ELIGIBLE)
                .table(PlatformEngagement.ELIGIBLE, minCellSize, asOf,
                        List.of(col(Indicators.PERIOD), platformOrder(), DimensionGroups.reportOrder(),
                                col(Indicators.GROUP)),
                        PlatformEngagement.COLUMNS);
    }

    /**
     * One row per member, platform and period (month and quarter) with a day of points or minutes &gt; 0:
     * member_key, platform, period, the active days and the mean points per active day. Days are counted once
     * however many rows share them: per month as a bit mask of days OR-ed together, and a quarter adds up its
     * months. One aggregation per member, platform and quarter gives both (a mask and a point sum for each of the
     * quarter's three months), so the raw rows are shuffled once, already reduced; a month without a day has no mask
     * and no row. (Two aggregations, by month and then by quarter over the months, planned the monthly one twice.)
     */
    static Dataset<Row> activity(Dataset<Row> platformUsage) {
        Column date = col(PlatformUsage.DATE);
        Column monthInQuarter = month(date).minus(1).mod(3);
        List<Column> perMonth = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Column inMonth = monthInQuarter.equalTo(i);
            perMonth.add(bit_or(when(inMonth, call_function("shiftleft", lit(1L), dayofmonth(date))))
                    .as(DAY_MASK + i));
            perMonth.add(sum(when(inMonth, col(PlatformUsage.POINTS))).as(POINTS + i));
        }
        Dataset<Row> quarters = platformUsage
                .filter(col(PlatformUsage.POINTS).gt(0).or(col(PlatformUsage.MINUTES).gt(0)))
                .groupBy(col(PlatformUsage.MEMBER_KEY), col(PlatformUsage.PLATFORM), trunc(date, "quarter").as(QUARTER))
                .agg(perMonth.get(0), perMonth.subList(1, perMonth.size()).toArray(Column[]::new));
        Column quarter = col(QUARTER);
        List<Column> periods = new ArrayList<>();
        Column quarterDays = lit(0);
        Column quarterPoints = lit(0L);
        for (int i = 0; i < 3; i++) {
            Column days = bit_count(col(DAY_MASK + i));
            periods.add(struct(PeriodColumns.monthOf(add_months(quarter, i)).as(Indicators.PERIOD),
                    days.cast("long").as(ACTIVE_DAYS), col(POINTS + i).as(POINTS)));
            quarterDays = quarterDays.plus(coalesce(days, lit(0)));
            quarterPoints = quarterPoints.plus(coalesce(col(POINTS + i), lit(0L)));
        }
        periods.add(struct(PeriodColumns.quarterOf(quarter).as(Indicators.PERIOD),
                quarterDays.cast("long").as(ACTIVE_DAYS), quarterPoints.as(POINTS)));
        return quarters.select(col(PlatformUsage.MEMBER_KEY), col(PlatformUsage.PLATFORM),
                        explode(array(periods.toArray(Column[]::new))).as(PERIOD_ROW))
                .select(col(PlatformUsage.MEMBER_KEY), col(PlatformUsage.PLATFORM), col(PERIOD_ROW + ".*"))
                .filter(col(ACTIVE_DAYS).isNotNull())
                .withColumn(POINTS_PER_DAY, col(POINTS).divide(col(ACTIVE_DAYS)));
    }

    private static Column platformOrder() {
        return DimensionGroups.positionIn(Codes.PLATFORM.ids(), col(PlatformEngagement.PLATFORM));
    }
}
