package cn.jgdj.jobs.coverage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.groups.GroupRates;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Coverage;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * indicators/coverage (per year and year to date at each quarter end), by dimension and group, from
 * work/member_periods.
 */
public final class CoverageJob {
    private CoverageJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.work(MemberPeriods.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(Coverage.NAME));
    public static final JobSpec SPEC = new JobSpec("coverage", INPUTS, OUTPUTS, CoverageJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    public static void run(JobIO io, JobParams params) {
        Dataset<Row> periods = io.read(Catalog.work(MemberPeriods.NAME));
        io.write(Catalog.indicator(Coverage.NAME), coverage(periods, params.minCellSize(), params.asOf()));
    }

    /** Coverage with every period complete (no as-of day). */
    public static Dataset<Row> coverage(Dataset<Row> memberPeriods, int minCellSize) {
        return coverage(memberPeriods, minCellSize, null);
    }

    /**
     * Coverage rows with exactly Indicators.Coverage.COLUMNS, sorted by period, dimension (report order), group;
     * partial for the year and year-to-date period still in progress on the as-of day.
     */
    public static Dataset<Row> coverage(Dataset<Row> memberPeriods, int minCellSize, LocalDate asOf) {
        Column hours = col(MemberPeriods.HOURS);
        Column eligible = col(Coverage.ELIGIBLE);
        Column attained = col(Coverage.ATTAINED);
        return GroupRates.of(memberPeriods)
                .aggregate(count(lit(1)).as(Coverage.ELIGIBLE),
                        sum(when(hours.gt(0), 1L).otherwise(0L)).as(Coverage.REACHED),
                        sum(when(hours.geq(col(MemberPeriods.REQUIREMENT)), 1L).otherwise(0L)).as(Coverage.ATTAINED))
                .rate(Coverage.REACH_RATE, Coverage.REACHED, Coverage.ELIGIBLE)
                .rate(Coverage.ATTAINMENT_RATE, Coverage.ATTAINED, Coverage.ELIGIBLE)
                .derive(Coverage.CI_LOW, WilsonColumns.low(attained, eligible))
                .derive(Coverage.CI_HIGH, WilsonColumns.high(attained, eligible))
                .table(Coverage.ELIGIBLE, minCellSize, asOf,
                        List.of(col(Indicators.PERIOD), DimensionGroups.reportOrder(), col(Indicators.GROUP)),
                        Coverage.COLUMNS);
    }
}
