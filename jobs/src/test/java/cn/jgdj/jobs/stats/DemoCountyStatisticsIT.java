package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.coverage.CoverageJob;
import cn.jgdj.jobs.credit.CreditedHoursJob;
import cn.jgdj.jobs.events.BranchComplianceJob;
import cn.jgdj.jobs.events.ParticipationJob;
import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GenerationSummary;
import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.jobs.ingest.IngestJob;
import cn.jgdj.jobs.ingest.MemberKeys;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.MemberOutcomesJob;
import cn.jgdj.jobs.membership.MemberPeriodsJob;
import cn.jgdj.jobs.platform.PlatformEngagementJob;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.jobs.trends.TrendsJob;
import cn.jgdj.jobs.underserved.UnderServedJob;
import cn.jgdj.jobs.volunteer.VolunteerJob;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import cn.jgdj.schemas.raw.DatasetDef;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics jobs on their real producers: a generated county of 2,000 members over three years goes through
 * ingest and every job under_served and trends read, and the groups the generator deliberately under-served
 * must come out flagged.
 */
@Tag("integration")
@ExtendWith(SparkSessionExtension.class)
class DemoCountyStatisticsIT {
    private static final int LAST_YEAR = 2025;
    private static GenerationSummary summary;
    private static List<Row> underServed;
    private static List<Row> trends;
    private static List<String> underServedColumns;
    private static List<String> trendsColumns;

    @BeforeAll
    static void runPipeline(SparkSession spark, @TempDir Path dir) throws Exception {
        Path raw = dir.resolve("raw");
        summary = DemoCountyGenerator.generate(new GeneratorConfig(raw, 2000, 3, LAST_YEAR, 7L));
        String out = dir.resolve("out").toString();
        JobParams params = new JobParams(raw.toString(), null, JobParams.DEFAULT_MIN_CELL_SIZE,
                LocalDate.of(LAST_YEAR, 12, 31), null, MemberKeys.DEMO_SECRET.clone(), true);
        for (DatasetDef def : Datasets.ALL) {
            task(spark, out, "ingest_" + def.name(), params, (io, p) -> IngestJob.run(io, p, def.name()));
        }
        task(spark, out, "credited_hours", params, CreditedHoursJob::run);
        task(spark, out, "member_periods", params, MemberPeriodsJob::run);
        task(spark, out, "member_outcomes", params, MemberOutcomesJob::run);
        task(spark, out, "coverage", params, CoverageJob::run);
        task(spark, out, "participation", params, ParticipationJob::run);
        task(spark, out, "branch_compliance", params, BranchComplianceJob::run);
        task(spark, out, "platform_engagement", params, PlatformEngagementJob::run);
        task(spark, out, "volunteer", params, VolunteerJob::run);
        task(spark, out, "under_served", params, UnderServedJob::run);
        task(spark, out, "trends", params, TrendsJob::run);

        StagedJobIO io = new StagedJobIO(spark, out, out + "/_staging/read");
        underServedColumns = Arrays.asList(io.read(UnderServedJob.OUTPUTS.get(0)).columns());
        underServed = io.read(UnderServedJob.OUTPUTS.get(0)).collectAsList();
        trendsColumns = Arrays.asList(io.read(TrendsJob.OUTPUTS.get(0)).columns());
        trends = io.read(TrendsJob.OUTPUTS.get(0)).collectAsList();
    }

    private static void task(SparkSession spark, String out, String name, JobParams params,
                             BiConsumer<JobIO, JobParams> job) {
        StagedJobIO io = new StagedJobIO(spark, out, out + "/_staging/" + name);
        job.accept(io, params);
        io.commit();
    }

    @Test
    void plantedGroupsAreFlaggedInTheLastYear() {
        assertEquals(UnderServed.COLUMNS, underServedColumns);
        Set<String> planted = summary.underServed().stream()
                .flatMap(g -> g.indicators().stream().map(i -> i + "|" + g.dimension() + "|" + g.group()))
                .collect(Collectors.toSet());
        Set<String> flagged = underServed.stream()
                .filter(r -> r.<String>getAs(Indicators.PERIOD).equals(String.valueOf(LAST_YEAR)))
                .filter(r -> r.<Boolean>getAs(UnderServed.FLAGGED))
                .map(r -> r.getAs(Indicators.INDICATOR) + "|" + r.getAs(Indicators.DIMENSION) + "|"
                        + r.getAs(Indicators.GROUP))
                .collect(Collectors.toSet());
        for (String k : planted) {
            assertTrue(flagged.contains(k), "planted " + k + " not flagged; flagged: " + flagged);
        }
        // Some 190 tests a year at a 5 % false discovery rate: a chance flag or two among the rest is expected.
        Set<String> extra = flagged.stream().filter(k -> !planted.contains(k)).collect(Collectors.toSet());
        assertTrue(extra.size() <= 2, "unplanted groups flagged: " + extra);
    }

    @Test
    void underServedRowsAreConsistent() {
        for (Row r : underServed) {
            boolean suppressed = r.getAs(Indicators.SUPPRESSED);
            long members = r.getAs(UnderServed.MEMBERS);
            long rest = r.getAs(UnderServed.REST_MEMBERS);
            assertEquals(suppressed, members < 10 || rest < 10, r.toString());
            assertNotEquals(Dimensions.ALL, r.getAs(Indicators.DIMENSION));
            if (!suppressed) {
                double p = r.getAs(UnderServed.P_VALUE);
                double q = r.getAs(UnderServed.Q_VALUE);
                assertTrue(p >= 0 && p <= 1 && q >= p && q <= 1, r.toString());
            } else {
                assertNull(r.getAs(UnderServed.P_VALUE));
                assertFalse(r.<Boolean>getAs(UnderServed.FLAGGED));
            }
        }
    }

    @Test
    void everyHeadlineHasAnOverallSeriesWithStatistics() {
        assertEquals(Trends.COLUMNS, trendsColumns);
        for (String headline : Trends.HEADLINES) {
            List<Row> overall = trends.stream().filter(r -> r.getAs(Indicators.INDICATOR).equals(headline)
                    && r.getAs(Indicators.DIMENSION).equals(Dimensions.ALL)).toList();
            assertTrue(overall.size() >= 4, headline + " has " + overall.size() + " quarters");
            for (Row r : overall) {
                double v = r.getAs(Trends.VALUE);
                assertTrue(v >= 0 && v <= 1, headline + " value " + v);
                assertNotNull(r.getAs(Trends.SK_P), headline + " has no seasonal Kendall test");
                double slope = r.getAs(Trends.SLOPE);
                Double low = r.getAs(Trends.SLOPE_CI_LOW);
                Double high = r.getAs(Trends.SLOPE_CI_HIGH);
                assertTrue((low == null || low <= slope) && (high == null || slope <= high), r.toString());
            }
        }
    }
}
