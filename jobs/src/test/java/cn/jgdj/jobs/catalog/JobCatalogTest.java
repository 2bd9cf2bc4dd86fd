package cn.jgdj.jobs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.events.VenueUseJob;
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
}
