package cn.jgdj.jobs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.events.VenueUseJob;
import cn.jgdj.jobs.ingest.IngestOptions;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.indicators.Indicators;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobCatalogTest {

    @Test
    void listsEveryJobOnceInTheDagOrder() {
        assertEquals(List.of("credited_hours", "member_periods", "coverage", "member_outcomes",
                        "platform_engagement", "volunteer", "followup", "participation", "branch_compliance",
                        "observation_coverage", "venue_use", "unit_directory", "under_served", "trends",
                        "effectiveness", "forecast", "secretary_readiness", "data_quality", "report_questions"),
                JobCatalog.ALL.stream().map(JobSpec::name).toList());
    }

    @Test
    void everyPublishedTableIsWrittenByExactlyOneJob() {
        for (String table : Indicators.PUBLIC_TABLES) {
            String output = Catalog.indicator(table);
            List<String> writers = JobCatalog.ALL.stream().filter(s -> s.outputs().contains(output))
                    .map(JobSpec::name).toList();
            assertEquals(1, writers.size(), table + " is written by " + writers);
        }
    }

    @Test
    void aSpecIsTheJobClassOwnDeclaration() {
        JobSpec venueUse = VenueUseJob.SPEC;
        assertEquals(VenueUseJob.INPUTS, venueUse.inputs());
        assertEquals(List.of(Catalog.indicator(Indicators.VenueUse.NAME)), venueUse.outputs());
        assertTrue(JobCatalog.ALL.contains(venueUse));
    }

    @Test
    void aSpecWithoutOutputIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JobSpec("nothing", List.of("warehouse/members"), List.of(), (io, params) -> { }));
        assertEquals("job 'nothing' declares no output", e.getMessage());
    }

    @Test
    void ingestIsDeclaredLikeTheJobsOneSpecPerDatasetThenTheReport() {
        List<JobSpec> ingest = JobCatalog.ingest(IngestOptions.DEFAULT);
        assertEquals(List.of("ingest_units", "ingest_branches", "ingest_venues", "ingest_members", "ingest_events",
                "ingest_attendance", "ingest_platform_usage", "ingest_volunteer_logs", "ingest_report"),
                ingest.stream().map(JobSpec::name).toList());
        JobSpec events = ingest.get(4);
        assertEquals(List.of("raw/events", "warehouse/units", "warehouse/branches", "warehouse/venues"),
                events.inputs());
        assertTrue(events.outputs().containsAll(List.of("warehouse/events", "quarantine/events",
                "quality/ingest/events.json")), events.outputs().toString());
        JobSpec report = ingest.get(8);
        assertEquals(8, report.inputs().size());
        assertEquals("quality/ingest/units.json", report.inputs().get(0));
        assertEquals(List.of(Catalog.INGEST_REPORT), report.outputs());
    }
}
