package cn.jgdj.jobs.truth;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.dataquality.DataQualityJob;
import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.secretary.SecretaryReadinessJob;
import cn.jgdj.jobs.testing.IngestedCounty;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import cn.jgdj.schemas.indicators.Indicators.SecretaryReadiness;
import cn.jgdj.testing.SparkSessionExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #14 acceptance: on a small generated county (500 members, the one IngestGeneratedCountyTest checks ingest
 * on), the real jobs (ingest → secretary_readiness, data_quality) find exactly what the generator planted in truth.json: the newly appointed and overdue secretaries per year
 * (county row, as of 31 December of the last year), and the units whose quarter of branch events without
 * attendance rows puts them under review — those units and no others.
 */
@ExtendWith(SparkSessionExtension.class)
class PlantedWarningsRecoveryTest {
    /** The county IngestGeneratedCountyTest checks ingest on: generated and ingested once per test JVM. */
    static final int MEMBERS = 500;
    static final int YEARS = 2;
    static final int LAST_YEAR = 2025;

    static SparkSession spark;
    static Path out;
    static JsonNode truth;
    static List<Row> readiness;
    static List<Row> dataQuality;

    @BeforeAll
    static void runTheJobsOnAGeneratedCounty(SparkSession session) throws Exception {
        spark = session;
        IngestedCounty county = IngestedCounty.of(spark, MEMBERS, YEARS, LAST_YEAR, GeneratorConfig.DEFAULT_SEED);
        out = county.out();
        truth = new ObjectMapper().readTree(county.input().resolve("truth.json").toFile());
        JobParams params = county.params();
        task("secretary_readiness", params, SecretaryReadinessJob::run);
        task("data_quality", params, DataQualityJob::run);
        readiness = spark.read().parquet(out.resolve(Catalog.indicator(SecretaryReadiness.NAME)).toString())
                .filter(col(Indicators.DIMENSION).equalTo(Dimensions.ALL)).collectAsList();
        dataQuality = spark.read().parquet(out.resolve(Catalog.indicator(DataQuality.NAME)).toString())
                .collectAsList();
    }

    private static void task(String name, JobParams params, BiConsumer<JobIO, JobParams> job) {
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out + "/_staging/" + name);
        job.accept(io, params);
        io.commit();
    }

    @Test
    void overdueSecretariesAreExactlyThePlantedLateOnes() {
        JsonNode planted = truth.get("late_trained_secretaries");
        Map<String, Long> overdue = new TreeMap<>();
        Map<String, Long> appointed = new TreeMap<>();
        for (Row r : readiness) {
            overdue.put(r.getAs(Indicators.PERIOD), r.<Long>getAs(SecretaryReadiness.OVERDUE));
            appointed.put(r.getAs(Indicators.PERIOD), r.<Long>getAs(SecretaryReadiness.NEWLY_APPOINTED));
        }
        assertEquals(counts(planted.get("overdue_by_year")), overdue, "overdue secretaries per year (county)");
        assertEquals(counts(planted.get("newly_appointed_by_year")), appointed, "newly appointed per year");
        long late = overdue.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(late > 0, "the county has planted late secretaries to find: " + planted);
    }

    @Test
    void unitsWithReportingGapsAreExactlyTheOnesUnderReviewForThem() {
        Set<String> planted = new TreeSet<>();
        for (JsonNode g : truth.get("reporting_gaps")) {
            planted.add(g.get("unit_id").asText() + " " + g.get("period").asText());
            assertTrue(g.get("events_without_attendance").asInt() > 0, "a gap with events: " + g);
        }
        Set<String> found = new TreeSet<>();
        Set<String> reviewed = new TreeSet<>();
        for (Row r : dataQuality) {
            String place = r.getAs(Indicators.UNIT_ID) + " " + r.getAs(Indicators.PERIOD);
            if (r.<String>getAs(DataQuality.CHECK).equals(DataQuality.ASSUMED_ROSTER)
                    && r.<Boolean>getAs(DataQuality.EXCEEDS)) {
                found.add(place);
            }
            if (r.<Boolean>getAs(DataQuality.NEEDS_REVIEW)) {
                reviewed.add(place);
            }
        }
        assertTrue(planted.size() >= 2, "planted gaps: " + planted);
        assertEquals(planted, found, "unit quarters whose share of events without attendance rows is over");
        assertTrue(reviewed.containsAll(planted), "each planted gap puts its unit under review: " + reviewed);
    }

    private static Map<String, Long> counts(JsonNode byYear) {
        Map<String, Long> m = new TreeMap<>();
        byYear.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asLong()));
        return m;
    }
}
