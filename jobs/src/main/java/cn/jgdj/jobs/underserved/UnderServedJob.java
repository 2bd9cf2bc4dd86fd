package cn.jgdj.jobs.underserved;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import cn.jgdj.schemas.work.WorkTables.MemberOutcomes;
import com.google.auto.service.AutoService;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The under_served indicator: per year × outcome × dimension × group, the group's rate against every other
 * eligible member of that year, tested (z or Fisher), Benjamini–Hochberg adjusted over the year, and flagged
 * when significantly (q &lt; 0.05) and materially (≥ 5 points) behind.
 */
public final class UnderServedJob {
    public static final List<String> INPUTS = List.of(Catalog.work(MemberOutcomes.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(UnderServed.NAME));
    public static final JobSpec SPEC = new JobSpec("under_served", INPUTS, OUTPUTS, UnderServedJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private UnderServedJob() {
    }

    /** Rows in Indicators.UnderServed.COLUMNS order; groups or rests under minCellSize are suppressed. */
    public static Dataset<Row> underServed(Dataset<Row> memberOutcomes, int minCellSize) {
        if (minCellSize < 1) {
            throw new IllegalArgumentException("minCellSize must be at least 1, got " + minCellSize);
        }
        List<OutcomeCount> counts = GroupCounts.of(memberOutcomes);
        List<Row> rows = GroupComparisons.compare(counts, minCellSize).stream().map(GroupComparison::toRow).toList();
        return memberOutcomes.sparkSession().createDataFrame(rows, GroupComparison.SCHEMA);
    }

    public static void run(JobIO io, JobParams params) {
        Dataset<Row> outcomes = io.read(INPUTS.get(0));
        io.write(OUTPUTS.get(0), underServed(outcomes, params.minCellSize()));
    }
}
