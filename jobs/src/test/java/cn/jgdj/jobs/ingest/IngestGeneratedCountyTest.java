package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.jobs.testing.IngestedCounty;
import cn.jgdj.jobs.membership.PeriodWindow;
import cn.jgdj.jobs.membership.PeriodWindows;
import cn.jgdj.jobs.membership.Population;
import cn.jgdj.jobs.membership.WindowMembers;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ingests a generated demo county (500 members, 2 years) and checks every count against its truth.json, including
 * the shapes of DOMAIN.md's second edition.
 */
@ExtendWith(SparkSessionExtension.class)
class IngestGeneratedCountyTest {
    static final int MEMBERS = 500;

    @Test
    void quarantineAndCollapsedCountsMatchWhatTheGeneratorPlanted(SparkSession spark) throws Exception {
        // The county PlantedWarningsRecoveryTest runs its jobs on: generated and ingested once per test JVM.
        IngestedCounty county = IngestedCounty.of(spark, MEMBERS, 2, 2025, GeneratorConfig.DEFAULT_SEED);
        JsonNode truth = new ObjectMapper().readTree(Files.readString(county.input().resolve("truth.json")));
        Path out = county.out();
        JobParams params = county.params();
        Map<String, IngestCounts> counts = county.counts();
        for (DatasetDef d : Datasets.ALL) {
            IngestCounts c = counts.get(d.name());
            Map<ReasonCode, Long> planted = new EnumMap<>(ReasonCode.class);
            for (ReasonCode code : ReasonCode.values()) {
                planted.put(code, truth.path("dirty_rows_by_dataset").path(d.name()).path(code.name()).asLong(0));
            }
            assertEquals(planted, c.quarantined(), d.name() + " quarantined per reason");
            assertEquals(truth.path("exact_duplicates_by_dataset").path(d.name()).asLong(0), c.rowsCollapsed(),
                    d.name() + " exact duplicates collapsed");
            assertEquals(truth.path("rows").path(c.sourceFile()).asLong(-1), c.rowsRead(), d.name() + " rows read");
            assertTrue(c.balanced(), d.name());
            assertEquals(0, c.blankRows(), d.name());
            assertEquals(0, c.ignoredColumns().size(), d.name());
        }
        assertEquals(truth.path("dirty_rows").path("UNKNOWN_MEMBER").asLong(),
                counts.values().stream().mapToLong(c -> c.quarantined().get(ReasonCode.UNKNOWN_MEMBER)).sum());
        secondEditionShapesAreHandledAsDomainSays(spark, out, truth.path("second_edition"), counts,
                params.asOf());
    }

    /**
     * Each shape the generator planted for DOMAIN.md's second edition, counted in truth.json, handled as the rules
     * say: handover rows and planned ends written (and each such member counted once in the year), absences
     * superseded by their make-up, unit-wide events and the event in progress kept, the event without a place
     * quarantined with its attendance.
     */
    private static void secondEditionShapesAreHandledAsDomainSays(SparkSession spark, Path out, JsonNode planted,
                                                                  Map<String, IngestCounts> counts, LocalDate asOf) {
        Dataset<Row> members = spark.read().parquet(out.resolve(Catalog.warehouse(Members.NAME)).toString());
        Dataset<Row> next = members.select(col(Members.MEMBER_KEY).as("k"), col(Members.VALID_FROM).as("from"));
        long touches = members.join(next, col(Members.MEMBER_KEY).equalTo(col("k"))
                .and(col(Members.VALID_TO).equalTo(col("from")))).count();
        assertEquals(planted.path("handover_touches").asLong(), touches, "handover touches written");
        Dataset<Row> plannedEnds = members.filter(col(Members.VALID_TO).gt(lit(java.sql.Date.valueOf(asOf))));
        assertEquals(planted.path("planned_future_ends").asLong(), plannedEnds.count(), "planned ends written");
        assertEquals(planted.path("absence_makeup_pairs").asLong(), counts.get(Attendance.NAME).rowsSuperseded(),
                "absences superseded by their make-up");

        Dataset<Row> events = spark.read().parquet(out.resolve(Catalog.warehouse(Events.NAME)).toString());
        assertEquals(planted.path("unit_wide_events").asLong(), events.filter(col(Events.BRANCH_ID).isNull()
                .and(col(Events.AUDIENCE).equalTo(Codes.AUDIENCE_UNIT))
                .and(col(Events.EVENT_TYPE).isin(Codes.PARTY_LECTURE, Codes.THEME_PARTY_DAY))).count());
        assertEquals(planted.path("events_in_progress").asLong(), events.filter(
                to_date(col(Events.END_TIME)).gt(lit(java.sql.Date.valueOf(asOf)))).count(), "event in progress");
        Dataset<Row> heldEvents = spark.read().parquet(out.resolve(Catalog.quarantine(Events.NAME)).toString())
                .filter(col(QuarantineColumns.REASON).contains("audience is 'branch'"));
        assertEquals(planted.path("invalid_events").asLong(), heldEvents.count(), "events without a place");
        Dataset<Row> heldAttendance = spark.read().parquet(out.resolve(Catalog.quarantine(Attendance.NAME))
                .toString()).filter(col(QuarantineColumns.REASON).contains("refers to an event in quarantine"));
        assertEquals(planted.path("invalid_event_attendance").asLong(), heldAttendance.count(),
                "attendance of the event without a place");

        Dataset<Row> year = PeriodWindows.toDataFrame(spark, List.of(PeriodWindow.year(asOf.getYear())),
                Rules.defaults());
        Dataset<Row> counted = WindowMembers.of(members,
                spark.read().parquet(out.resolve(Catalog.warehouse(Branches.NAME)).toString()),
                spark.read().parquet(out.resolve(Catalog.warehouse(Units.NAME)).toString()), year, Rules.defaults(),
                Population.TRAINING);
        assertEquals(counted.count(), counted.select(Members.MEMBER_KEY).distinct().count(), "each member once");
        assertEquals(planted.path("planned_future_ends").asLong(), counted.join(
                plannedEnds.select(Members.MEMBER_KEY), Members.MEMBER_KEY).count(),
                "members with a planned end are counted in the year");
    }
}
