package cn.jgdj.jobs.followup;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.PartitionYears;
import cn.jgdj.jobs.io.PublishedOrder;
import cn.jgdj.jobs.membership.DataSpan;
import cn.jgdj.jobs.membership.EligibleDays;
import cn.jgdj.jobs.membership.PeriodWindow;
import cn.jgdj.jobs.membership.PeriodWindows;
import cn.jgdj.jobs.membership.WindowMembers;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Followup;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * restricted/followup: eligible members behind pace in the review year, for branch secretaries to follow up.
 * A list, never a ranking: it is ordered by unit and member_key only, and never enters a pack. Its members and hours
 * come from the step work/member_periods uses ({@link WindowMembers#trainingWithHours}) over its own window (1
 * January to the pace day); it is a list of members, so it has no group counts, rates or suppression
 * ({@link cn.jgdj.jobs.groups} says why).
 */
public final class FollowupJob {
    private FollowupJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Members.NAME),
            Catalog.warehouse(Branches.NAME), Catalog.warehouse(Units.NAME), Catalog.warehouse(Events.NAME),
            Catalog.work(CreditedHours.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.restricted(Followup.NAME));
    public static final JobSpec SPEC = new JobSpec("followup", INPUTS, OUTPUTS, FollowupJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    public static void run(JobIO io, JobParams params) {
        Rules rules = Rules.forParams(params);
        Dataset<Row> events = io.read(Catalog.warehouse(Events.NAME));
        List<PeriodWindow> window = paceDay(events, params.reviewYear(), params.asOf())
                .map(day -> List.of(PeriodWindow.yearUntil(day))).orElse(List.of());
        Dataset<Row> windows = PeriodWindows.toDataFrame(io.spark(), window, rules);
        Dataset<Row> members = io.read(Catalog.warehouse(Members.NAME));
        io.write(Catalog.restricted(Followup.NAME), followup(members, io.read(Catalog.warehouse(Branches.NAME)),
                io.read(Catalog.warehouse(Units.NAME)), windows, io.read(Catalog.work(CreditedHours.NAME)),
                EligibleDays.of(members, windows, rules), rules));
    }

    /**
     * The day pace is measured to: the as-of day, or the last day of the review year when the as-of day is later.
     * The review year defaults to that of the as-of day, or of the last event start when the data ends earlier.
     */
    public static Optional<LocalDate> paceDay(Dataset<Row> events, Integer reviewYear, LocalDate asOf) {
        Integer year = reviewYear;
        if (year == null) {
            // The year of the earlier of the as-of day and the last event start, which only needs the last year:
            // from the events' year folders (no Spark job), else from a min/max (a table made on the driver).
            Optional<Integer> lastYear = PartitionYears.of(events, Events.YEAR).map(PartitionYears.YearRange::last)
                    .or(() -> DataSpan.of(events, col(Events.START_TIME)).map(s -> s.last().getYear()));
            if (lastYear.isEmpty()) {
                return Optional.empty();
            }
            year = asOf == null ? lastYear.get() : Math.min(asOf.getYear(), lastYear.get());
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (asOf == null || !asOf.isBefore(yearEnd)) {
            return Optional.of(yearEnd);
        }
        return asOf.getYear() == year ? Optional.of(asOf) : Optional.empty();
    }

    /**
     * Rows with exactly Followup.COLUMNS for a window from 1 January to the pace day (PeriodWindow.yearUntil):
     * members behind pace by elapsed days ({@link YearPace}); once the year is complete that is "not attained".
     * A member who joined in March is paced over their eligible days, not blamed for the days before.
     * projected_hours = hours so far / elapsed share, rounded to 2 decimals.
     *
     * @param eligibleDays {@link EligibleDays#of} the same window
     */
    public static Dataset<Row> followup(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                        Dataset<Row> window, Dataset<Row> credited, Dataset<Row> eligibleDays,
                                        Rules rules) {
        Dataset<Row> eligible = WindowMembers.trainingWithHours(members, branches, units, window, credited, rules);
        // Sorted in the stage that makes the rows (no gathering shuffle, one Spark job less): after the members'
        // shuffle that stage is one pass over a member row or two each, with the hours and eligible days broadcast.
        return PublishedOrder.sortedInLastStage(YearPace.withPace(eligible, eligibleDays, rules)
                .filter(YearPace.behind())
                .withColumn(Followup.HOURS_SO_FAR, col(MemberPeriods.HOURS))
                .withColumn(Followup.PROJECTED_HOURS, YearPace.projectedRounded())
                .withColumn(Indicators.UNIT_ID, col(Dimensions.UNIT)),
                col(Indicators.UNIT_ID), col(Followup.MEMBER_KEY))
                .select(Followup.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }
}
