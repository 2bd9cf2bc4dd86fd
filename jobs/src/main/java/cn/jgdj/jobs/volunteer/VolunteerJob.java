package cn.jgdj.jobs.volunteer;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
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
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * indicators/volunteer: per year and quarter, dimension, group and theme (plus `all`), the members (eligible members,
 * candidates and activists), how many logged volunteer service, and the hours they logged.
 */
public final class VolunteerJob {
    private VolunteerJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Members.NAME),
            Catalog.warehouse(Branches.NAME), Catalog.warehouse(Units.NAME), Catalog.warehouse(VolunteerLogs.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(Volunteer.NAME));
    public static final JobSpec SPEC = new JobSpec("volunteer", INPUTS, OUTPUTS, VolunteerJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    /** Themes in table order: `all` first, then Codes.THEME. */
    public static final List<String> THEMES;

    static {
        List<String> t = new ArrayList<>();
        t.add(Volunteer.ALL_THEMES);
        t.addAll(Codes.THEME.ids());
        THEMES = List.copyOf(t);
    }

    private static final String LOG_HOURS = "_hours";

    public static void run(JobIO io, JobParams params) {
        Rules rules = Rules.forParams(params);
        Dataset<Row> stored = io.read(Catalog.warehouse(VolunteerLogs.NAME));
        Dataset<Row> logs = AsOf.through(stored, col(VolunteerLogs.DATE), params.asOf());
        List<PeriodWindow> windows = PeriodWindows.through(DataSpan.through(stored, VolunteerLogs.DATE, params.asOf())
                .map(s -> PeriodWindows.yearsAndQuarters(s.first(), s.last())).orElse(List.of()), params.asOf());
        io.write(Catalog.indicator(Volunteer.NAME), volunteer(io.read(Catalog.warehouse(Members.NAME)),
                io.read(Catalog.warehouse(Branches.NAME)), io.read(Catalog.warehouse(Units.NAME)),
                PeriodWindows.toDataFrame(io.spark(), windows, rules), logs, rules, params.minCellSize(),
                params.asOf()));
    }

    /**
     * Rows with exactly Volunteer.COLUMNS for each window (years and single quarters) × every theme. A member counts
     * once per window with the attributes of their last row in it (member_type candidate or activist for
     * pre-members); their logs dated in the window count, whoever organised them.
     */
    public static Dataset<Row> volunteer(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                         Dataset<Row> windows, Dataset<Row> logs, Rules rules, int minCellSize) {
        return volunteer(members, branches, units, windows, logs, rules, minCellSize, null);
    }

    /** As above; partial marks the year and quarter still in progress on the as-of day (null: none). */
    public static Dataset<Row> volunteer(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                         Dataset<Row> windows, Dataset<Row> logs, Rules rules, int minCellSize,
                                         LocalDate asOf) {
        Dataset<Row> population = WindowMembers.of(MemberPartitions.spread(members), branches, units, windows, rules,
                Population.VOLUNTEER);
        // Each log paired with the windows holding its date; windows made on the driver are paired as literals (no
        // broadcast job).
        Dataset<Row> dated = PeriodWindows.joined(logs, windows,
                col(VolunteerLogs.DATE).between(col(PeriodWindows.WINDOW_START), col(PeriodWindows.WINDOW_END)))
                .select(col(VolunteerLogs.MEMBER_KEY), col(PeriodWindows.PERIOD),
                        col(VolunteerLogs.THEME).as(Volunteer.THEME),
                        col(VolunteerLogs.HOURS).cast("decimal(18,4)").as(LOG_HOURS));
        // The logs go to the pass per period as they are: it counts a member once per theme and under `all`, and
        // sums every log's hours (no aggregation per member, period and theme before it: one exchange less).
        return GroupRates.of(population)
                .countMembers(Volunteer.MEMBERS)
                .activity(dated, Volunteer.THEME, THEMES)
                .activityRecordsCountAndSum(Volunteer.PARTICIPANTS, Volunteer.HOURS, col(LOG_HOURS),
                        Volunteer.ALL_THEMES)
                .rate(Volunteer.PARTICIPATION_RATE, Volunteer.PARTICIPANTS, Volunteer.MEMBERS)
                .table(Volunteer.MEMBERS, minCellSize, asOf,
                        List.of(col(Indicators.PERIOD), DimensionGroups.reportOrder(), col(Indicators.GROUP),
                                DimensionGroups.positionIn(THEMES, col(Volunteer.THEME))),
                        Volunteer.COLUMNS);
    }
}
