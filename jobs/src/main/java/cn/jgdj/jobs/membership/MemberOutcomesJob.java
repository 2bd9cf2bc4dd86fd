package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
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
    private static final String VOLUNTEER = "_volunteer";
    private static final String PLATFORM = "_platform";

    public static void run(JobIO io, JobParams params) {
        io.write(Catalog.work(MemberOutcomes.NAME), memberOutcomes(io.read(Catalog.work(MemberPeriods.NAME)),
                io.read(Catalog.warehouse(VolunteerLogs.NAME)), io.read(Catalog.warehouse(PlatformUsage.NAME))));
    }

    /**
     * One row per year window row of member_periods, with exactly MemberOutcomes.COLUMNS. The volunteer logs and the
     * active platform days are reduced together to one row per member and year with both flags (one aggregation,
     * one join), where a distinct and a join per source took twice the shuffles.
     */
    public static Dataset<Row> memberOutcomes(Dataset<Row> memberPeriods, Dataset<Row> volunteerLogs,
                                              Dataset<Row> platformUsage) {
        Dataset<Row> years = memberPeriods.filter(PeriodWindows.isYear(col(MemberPeriods.PERIOD)));
        Dataset<Row> volunteered = memberYears(volunteerLogs, VolunteerLogs.MEMBER_KEY, VolunteerLogs.DATE, true);
        Dataset<Row> active = memberYears(platformUsage.filter(col(PlatformUsage.POINTS).gt(0)
                .or(col(PlatformUsage.MINUTES).gt(0))), PlatformUsage.MEMBER_KEY, PlatformUsage.DATE, false);
        Dataset<Row> flags = volunteered.unionByName(active).groupBy(col(KEY), col(YEAR))
                .agg(max(col(VOLUNTEER)).as(VOLUNTEER), max(col(PLATFORM)).as(PLATFORM));
        Column hours = col(MemberPeriods.HOURS);
        return years.join(flags, col(WorkTables.MEMBER_KEY).equalTo(col(KEY))
                        .and(col(MemberPeriods.PERIOD).cast("int").equalTo(col(YEAR))), "left")
                .withColumn(MemberOutcomes.VOLUNTEERED, coalesce(col(VOLUNTEER), lit(false)))
                .withColumn(MemberOutcomes.PLATFORM_ACTIVE, coalesce(col(PLATFORM), lit(false)))
                .withColumn(MemberOutcomes.ATTAINED, hours.geq(col(MemberPeriods.REQUIREMENT)))
                .withColumn(MemberOutcomes.REACHED, hours.gt(0))
                .select(MemberOutcomes.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    /** The (member, year) of each row of a dated table, flagged as a volunteer log or as an active platform day. */
    private static Dataset<Row> memberYears(Dataset<Row> rows, String memberKey, String date, boolean volunteer) {
        return rows.select(col(memberKey).as(KEY), year(col(date)).as(YEAR), lit(volunteer).as(VOLUNTEER),
                lit(!volunteer).as(PLATFORM));
    }
}
