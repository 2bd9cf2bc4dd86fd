package cn.jgdj.jobs.truth;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.credit.CreditedHoursJob;
import cn.jgdj.jobs.effectiveness.EffectivenessJob;
import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.jobs.ingest.IngestJob;
import cn.jgdj.jobs.ingest.MemberKeys;
import cn.jgdj.jobs.ingest.QuarantineColumns;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.MemberOutcomesJob;
import cn.jgdj.jobs.membership.MemberPeriodsJob;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.jobs.underserved.UnderServedJob;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3 acceptance: on a generated demo county, the real jobs (ingest → credited hours → member periods →
 * member outcomes → under_served) flag every under-served group planted in truth.json, flag few others, and
 * ingest quarantines exactly the planted dirty rows.
 *
 * <p>Size: 2,000 members over 2 years is the smallest county on which every planted effect was flagged for each
 * of 12 seeds (recounted from the raw files): at 1,500 members one seed in 12 misses the reach gap of the
 * mobility-impaired, a group of about 60 members; at 1,000, five gaps in 12 seeds are missed. The whole chain costs
 * about 3.5 CPU-minutes (ingest most of it: Spark's fixed cost per job dominates data this small).
 */
@ExtendWith(SparkSessionExtension.class)
class PlantedTruthRecoveryTest {
    static final int MEMBERS = 2_000;
    static final int YEARS = 2;
    static final int LAST_YEAR = 2025;
    static final long SEED = GeneratorConfig.DEFAULT_SEED;
    /**
     * Unplanted flags tolerated in the latest year. About 190 groups are tested a year and the flag keeps the false
     * discovery rate at 5 %: with ~20 planted discoveries that is about one false one on average. The rest of the
     * margin is for groups that overlap a planted one, e.g. the unit type of a planted unit that is most of its
     * type. Over 12 seeds at this size the count was 0 to 2.
     */
    static final int MAX_UNPLANTED_FLAGS = 3;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path out;
    static Truth truth;
    static Map<String, IngestCounts> ingested = new LinkedHashMap<>();
    static List<Row> underServed;
    static List<Row> effectiveness;

    @BeforeAll
    static void runTheJobsOnAGeneratedCounty(SparkSession session) throws Exception {
        spark = session;
        Path input = tmp.resolve("input");
        out = tmp.resolve("out");
        DemoCountyGenerator.generate(new GeneratorConfig(input, MEMBERS, YEARS, LAST_YEAR, SEED));
        truth = Truth.read(input.resolve("truth.json"));
        JobParams params = new JobParams(input.toString(), null, JobParams.DEFAULT_MIN_CELL_SIZE,
                LocalDate.of(LAST_YEAR, 12, 31), null, MemberKeys.DEMO_SECRET, true);
        for (DatasetDef d : Datasets.ALL) {
            task("ingest_" + d.name(), params, (io, p) -> ingested.put(d.name(), IngestJob.run(io, p, d.name())));
        }
        task("credited_hours", params, CreditedHoursJob::run);
        task("member_periods", params, MemberPeriodsJob::run);
        task("member_outcomes", params, MemberOutcomesJob::run);
        task("under_served", params, UnderServedJob::run);
        long started = System.nanoTime();
        task("effectiveness", params, EffectivenessJob::run);
        System.out.printf("effectiveness task: %.1f s wall (%d members)%n", (System.nanoTime() - started) / 1e9,
                MEMBERS);
        effectiveness = spark.read().parquet(out.resolve(Catalog.indicator(Indicators.Effectiveness.NAME)).toString())
                .collectAsList();
        underServed = spark.read().parquet(out.resolve(Catalog.indicator(UnderServed.NAME)).toString())
                .filter(col(Indicators.PERIOD).equalTo(String.valueOf(LAST_YEAR))).collectAsList();
        // For the log: what was flagged, planted or not.
        underServed.stream().filter(r -> r.<Boolean>getAs(UnderServed.FLAGGED)).forEach(r -> System.out.println(
                (truth.underServed().contains(finding(r)) ? "planted   " : "unplanted ") + describe(r)));
    }

    /** Runs one job as the pipeline would: through its own staging, committed when it returns. */
    private static void task(String name, JobParams params, BiConsumer<JobIO, JobParams> job) {
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out + "/_staging/" + name);
        job.accept(io, params);
        io.commit();
    }

    private static Truth.Finding finding(Row r) {
        return new Truth.Finding(r.getAs(Indicators.INDICATOR), r.getAs(Indicators.DIMENSION),
                r.getAs(Indicators.GROUP));
    }

    private static String describe(Row r) {
        return String.format("%s n=%d rate=%.3f rest=%.3f gap=%.1f q=%.3g%s", finding(r),
                r.<Long>getAs(UnderServed.MEMBERS), r.<Double>getAs(UnderServed.RATE),
                r.<Double>getAs(UnderServed.REST_RATE), r.<Double>getAs(UnderServed.GAP_PP),
                r.<Double>getAs(UnderServed.Q_VALUE), r.<Boolean>getAs(UnderServed.FLAGGED) ? " FLAGGED" : "");
    }

    /** Issue #13: the planted training effect inside its interval; the program planted without one covers zero. */
    @Test
    void plantedTrainingEffectsAreRecovered() throws IOException {
        System.out.print(PlantedTrainingEffects.check(PlantedTrainingEffects.read(tmp.resolve("input/truth.json"),
                LAST_YEAR),
                effectiveness));
    }

    @Test
    void everyPlantedGroupIsFlaggedInTheLatestYear() {
        Map<Truth.Finding, Row> rows = new LinkedHashMap<>();
        underServed.forEach(r -> rows.put(finding(r), r));
        List<String> missed = new ArrayList<>();
        for (Truth.Finding planted : truth.underServed()) {
            Row r = rows.get(planted);
            if (r == null) {
                missed.add(planted + ": no row");
            } else if (!r.<Boolean>getAs(UnderServed.FLAGGED)) {
                missed.add(describe(r));
            }
        }
        assertTrue(missed.isEmpty(), LAST_YEAR + ": planted but not flagged: " + missed);
    }

    @Test
    void fewUnplantedGroupsAreFlagged() {
        List<String> extra = underServed.stream()
                .filter(r -> r.<Boolean>getAs(UnderServed.FLAGGED) && !truth.underServed().contains(finding(r)))
                .map(PlantedTruthRecoveryTest::describe).toList();
        assertTrue(extra.size() <= MAX_UNPLANTED_FLAGS, LAST_YEAR + ": " + extra.size()
                + " unplanted groups flagged: " + extra);
    }

    @Test
    void theTableTestsEveryGroupOfTheLatestYearExactlyOnce() {
        // A guard on the other two tests: the flags they read come from one row per group, tested, not suppressed.
        Set<Truth.Finding> distinct = underServed.stream().map(PlantedTruthRecoveryTest::finding)
                .collect(Collectors.toSet());
        assertEquals(underServed.size(), distinct.size());
        for (Truth.Finding planted : truth.underServed()) {
            Row r = underServed.stream().filter(x -> finding(x).equals(planted)).findFirst().orElseThrow();
            assertTrue(!r.<Boolean>getAs(Indicators.SUPPRESSED) && r.getAs(UnderServed.Q_VALUE) != null,
                    "planted group tested: " + describe(r));
        }
        assertTrue(truth.years().contains(LAST_YEAR) && truth.lastYear() == LAST_YEAR);
    }

    @Test
    void ingestQuarantinesExactlyThePlantedDirtyRows() {
        Map<ReasonCode, Long> byReason = new EnumMap<>(ReasonCode.class);
        long collapsed = 0;
        for (IngestCounts c : ingested.values()) {
            c.quarantined().forEach((code, n) -> byReason.merge(code, n, Long::sum));
            collapsed += c.rowsCollapsed();
        }
        assertEquals(truth.dirtyRows(), byReason, "quarantined rows per reason");
        assertEquals(truth.exactDuplicates(), collapsed, "exact duplicates collapsed");
    }

    @Test
    void eachDatasetQuarantinesItsOwnPlantedRows() {
        for (DatasetDef d : Datasets.ALL) {
            String name = d.name();
            // What the committed outputs say, not what the job returned: the quality JSON and the quarantine table.
            IngestCounts counts = IngestCounts.fromJson(readText(Catalog.ingestCounts(name)));
            Map<ReasonCode, Long> inTable = new EnumMap<>(ReasonCode.class);
            for (ReasonCode c : ReasonCode.values()) {
                inTable.put(c, 0L);
            }
            spark.read().parquet(out.resolve(Catalog.quarantine(name)).toString())
                    .groupBy(QuarantineColumns.REASON_CODE).count().collectAsList()
                    .forEach(r -> inTable.put(ReasonCode.valueOf(r.getString(0)), r.getLong(1)));
            Map<ReasonCode, Long> planted = truth.dirtyRowsByDataset().getOrDefault(name, zeros());
            assertEquals(planted, counts.quarantined(), name + ": quality/ingest counts per reason");
            assertEquals(planted, inTable, name + ": quarantine table rows per reason");
            assertEquals(truth.exactDuplicatesByDataset().getOrDefault(name, 0L), counts.rowsCollapsed(),
                    name + ": exact duplicates collapsed");
        }
    }

    private static Map<ReasonCode, Long> zeros() {
        Map<ReasonCode, Long> m = new EnumMap<>(ReasonCode.class);
        for (ReasonCode c : ReasonCode.values()) {
            m.put(c, 0L);
        }
        return m;
    }

    private static String readText(String name) {
        try {
            return Files.readString(out.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
