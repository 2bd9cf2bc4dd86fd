package cn.jgdj.jobs.followup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.membership.DataSpan;
import cn.jgdj.jobs.membership.PeriodWindow;
import cn.jgdj.jobs.membership.PeriodWindows;
import cn.jgdj.jobs.membership.Population;
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
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * restricted/followup: eligible members behind pace in the review year, for branch secretaries to follow up.
 * A list, never a ranking: it is ordered by unit and member_key only, and never enters a pack.
 */
public final class FollowupJob {
    private FollowupJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Members.NAME),
            Catalog.warehouse(Branches.NAME), Catalog.warehouse(Units.NAME), Catalog.warehouse(Events.NAME),
            Catalog.work(CreditedHours.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.restricted(Followup.NAME));

    public static void run(JobIO io, JobParams params) {
        Rules rules = Rules.forParams(params);
        Dataset<Row> events = io.read(Catalog.warehouse(Events.NAME));
        List<PeriodWindow> window = lastDataDay(events, params.reviewYear())
                .map(last -> List.of(PeriodWindow.yearUntil(last))).orElse(List.of());
        io.write(Catalog.restricted(Followup.NAME), followup(io.read(Catalog.warehouse(Members.NAME)),
                io.read(Catalog.warehouse(Branches.NAME)), io.read(Catalog.warehouse(Units.NAME)),
                PeriodWindows.toDataFrame(io.spark(), window, rules), io.read(Catalog.work(CreditedHours.NAME)),
                rules));
    }

    /** The last event start date of the review year (the latest year with events when none is given). */
    public static Optional<java.time.LocalDate> lastDataDay(Dataset<Row> events, Integer reviewYear) {
        Column start = col(Events.START_TIME);
        Dataset<Row> inYear = reviewYear == null ? events : events.filter(year(start).equalTo(reviewYear));
        return DataSpan.of(inYear, start).map(DataSpan::last);
    }

    /**
     * Rows with exactly Followup.COLUMNS for a window from 1 January to the last day with data (PeriodWindow.yearUntil).
     * Pace: requirement × (months of the window with an eligible day) / (months of the year with one). For a member
     * eligible all year that is requirement × elapsed months / 12, the month of the last data day counting as
     * elapsed; a member who joined in March is paced over the months since joining, not blamed for the months
     * before. Behind pace: hours so far &lt; pace; once the year is complete that is "not attained". projected_hours =
     * hours so far scaled up to the member's eligible months of the year (hours × 12 / elapsed months when eligible
     * all year), rounded to 2 decimals.
     */
    public static Dataset<Row> followup(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                        Dataset<Row> window, Dataset<Row> credited, Rules rules) {
        Dataset<Row> eligible = WindowMembers.withHours(
                WindowMembers.of(members, branches, units, window, rules, Population.TRAINING), window, credited);
        Column hours = col(MemberPeriods.HOURS);
        Column yearMonths = col(WindowMembers.REQUIREMENT_MONTHS);
        Column elapsedMonths = col(WindowMembers.WINDOW_MONTHS);
        // hours < requirement × elapsed / year months, multiplied out so no division rounds the comparison
        Column behindPace = hours.multiply(yearMonths).lt(col(MemberPeriods.REQUIREMENT).multiply(elapsedMonths));
        return eligible.filter(behindPace)
                .withColumn(Followup.HOURS_SO_FAR, hours)
                .withColumn(Followup.PROJECTED_HOURS, round(hours.multiply(yearMonths).divide(elapsedMonths), 2))
                .withColumn(Indicators.UNIT_ID, col(Dimensions.UNIT))
                .orderBy(col(Indicators.UNIT_ID), col(Followup.MEMBER_KEY))
                .select(Followup.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }
}
