package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import com.google.auto.service.AutoService;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * work/member_periods: each eligible member once per coverage window (years, year-to-date at each quarter end,
 * cut at the run's as-of day), with group attributes, pro-rated requirement and credited hours.
 */
public final class MemberPeriodsJob {
    private MemberPeriodsJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Members.NAME),
            Catalog.warehouse(Branches.NAME), Catalog.warehouse(Units.NAME), Catalog.warehouse(Events.NAME),
            Catalog.work(CreditedHours.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.work(MemberPeriods.NAME));
    public static final JobSpec SPEC = new JobSpec("member_periods", INPUTS, OUTPUTS, MemberPeriodsJob::run);

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
        // The windows follow the activity data, from the first event start to the last one or the as-of day.
        List<PeriodWindow> windows = PeriodWindows.through(EventSpan.of(events)
                .map(s -> PeriodWindows.coverage(s.first(), s.last())).orElse(List.of()), params.asOf());
        io.write(Catalog.work(MemberPeriods.NAME), memberPeriods(io.read(Catalog.warehouse(Members.NAME)),
                io.read(Catalog.warehouse(Branches.NAME)), io.read(Catalog.warehouse(Units.NAME)),
                PeriodWindows.toDataFrame(io.spark(), windows, rules), io.read(Catalog.work(CreditedHours.NAME)),
                rules));
    }

    /** The member_periods rows for the given windows (a table with PeriodWindows.SCHEMA). */
    public static Dataset<Row> memberPeriods(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                             Dataset<Row> windows, Dataset<Row> credited, Rules rules) {
        return WindowMembers.trainingWithHours(members, branches, units, windows, credited, rules)
                .select(MemberPeriods.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }
}
