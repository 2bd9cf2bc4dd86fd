package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.schemas.work.WorkTables.MemberOutcomes;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import com.google.auto.service.AutoService;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * work/member_outcomes: for each year's eligible members (as in coverage), whether each attained, was reached,
 * volunteered and was active on a learning platform; the under_served tests treat each member as one trial.
 */
public final class MemberOutcomesJob {
    private MemberOutcomesJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.work(MemberPeriods.NAME),
            Catalog.warehouse(VolunteerLogs.NAME), Catalog.warehouse(PlatformUsage.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.work(MemberOutcomes.NAME));
    public static final JobSpec SPEC = new JobSpec("member_outcomes", INPUTS, OUTPUTS, MemberOutcomesJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private static final String KEY = "_key";
    private static final String YEAR = "_year";
    private static final String FLAG = "_flag";

    public static void run(JobIO io, JobParams params) {
        io.write(Catalog.work(MemberOutcomes.NAME), memberOutcomes(io.read(Catalog.work(MemberPeriods.NAME)),
                io.read(Catalog.warehouse(VolunteerLogs.NAME)), io.read(Catalog.warehouse(PlatformUsage.NAME))));
    }

    /** One row per year window row of member_periods, with exactly MemberOutcomes.COLUMNS. */
    public static Dataset<Row> memberOutcomes(Dataset<Row> memberPeriods, Dataset<Row> volunteerLogs,
                                              Dataset<Row> platformUsage) {
        Dataset<Row> years = memberPeriods.filter(PeriodWindows.isYear(col(MemberPeriods.PERIOD)));
        Dataset<Row> volunteered = memberYears(volunteerLogs, VolunteerLogs.MEMBER_KEY, VolunteerLogs.DATE);
        Dataset<Row> active = memberYears(platformUsage.filter(col(PlatformUsage.POINTS).gt(0)
                .or(col(PlatformUsage.MINUTES).gt(0))), PlatformUsage.MEMBER_KEY, PlatformUsage.DATE);
        Column hours = col(MemberPeriods.HOURS);
        return flag(flag(years, volunteered, MemberOutcomes.VOLUNTEERED), active, MemberOutcomes.PLATFORM_ACTIVE)
                .withColumn(MemberOutcomes.ATTAINED, hours.geq(col(MemberPeriods.REQUIREMENT)))
                .withColumn(MemberOutcomes.REACHED, hours.gt(0))
                .select(MemberOutcomes.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    /** The distinct (member, year) pairs of a dated table. */
    private static Dataset<Row> memberYears(Dataset<Row> rows, String memberKey, String date) {
        return rows.select(col(memberKey).as(KEY), year(col(date)).as(YEAR)).distinct();
    }

    private static Dataset<Row> flag(Dataset<Row> years, Dataset<Row> memberYears, String name) {
        Dataset<Row> flagged = memberYears.withColumn(FLAG, lit(true));
        return years.join(flagged, col(WorkTables.MEMBER_KEY).equalTo(col(KEY))
                        .and(col(MemberPeriods.PERIOD).cast("int").equalTo(col(YEAR))), "left")
                .withColumn(name, col(FLAG).isNotNull())
                .drop(KEY, YEAR, FLAG);
    }
}
