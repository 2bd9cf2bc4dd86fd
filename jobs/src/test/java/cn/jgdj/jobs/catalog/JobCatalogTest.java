package cn.jgdj.jobs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.events.VenueUseJob;
import cn.jgdj.jobs.ingest.IngestOptions;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.indicators.Indicators;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class JobCatalogTest {

    @Test
    void listsEveryRegisteredJobOnceSortedByTaskName() {
        assertEquals(List.of("branch_compliance", "coverage", "credited_hours", "data_quality", "effectiveness",
                        "followup", "forecast", "member_outcomes", "member_periods", "observation_coverage",
                        "participation", "platform_engagement", "report_questions", "secretary_readiness", "trends",
                        "under_served", "unit_directory", "venue_use", "volunteer"),
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
    void everyJobClassWithASpecIsRegisteredOrIngest() {
        assertEquals(List.of(), JobClasses.specsOutside(JobCatalog.ALL));
    }

    @Test
    void aJobThatForgetsItsRegistrationIsFound() {
        List<JobSpec> withoutVenueUse = JobCatalog.ALL.stream().filter(s -> !s.name().equals("venue_use")).toList();
        assertEquals(List.of(VenueUseJob.class.getName()), JobClasses.specsOutside(withoutVenueUse));
    }

    @Test
    void eachRegistrationIsNestedInItsJobAndReturnsThatJobsSpec() throws ReflectiveOperationException {
        List<ServiceLoader.Provider<IndicatorJob>> providers = ServiceLoader.load(IndicatorJob.class).stream().toList();
        assertEquals(JobCatalog.ALL.size(), providers.size());
        for (ServiceLoader.Provider<IndicatorJob> p : providers) {
            Class<?> job = p.type().getEnclosingClass();
            assertEquals("Registration", p.type().getSimpleName(), p.type().getName());
            assertSame(job.getField("SPEC").get(null), p.get().spec(), p.type().getName());
        }
    }

    @Test
    void aSpecIsTheJobClassOwnDeclaration() {
        JobSpec venueUse = VenueUseJob.SPEC;
        assertEquals(VenueUseJob.INPUTS, venueUse.inputs());
        assertEquals(List.of(Catalog.indicator(Indicators.VenueUse.NAME)), venueUse.outputs());
        assertSame(venueUse, new VenueUseJob.Registration().spec());
        assertTrue(JobCatalog.ALL.contains(venueUse));
    }

    @Test
    void twoRegisteredJobsWithOneNameFailNamingBothClasses() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JobCatalog.checked(List.of(
                new First(spec("coverage", "indicators/coverage")), new Second(spec("coverage", "indicators/other")))));
        assertEquals("two registered jobs are named 'coverage': " + First.class.getName() + " and "
                + Second.class.getName(), e.getMessage());
    }

    @Test
    void twoRegisteredJobsWithOneOutputFailNamingBothClasses() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JobCatalog.checked(List.of(
                new First(spec("coverage", "indicators/coverage")), new Second(spec("trends", "indicators/coverage")))));
        assertEquals("'indicators/coverage' is written by two registered jobs: 'coverage' (" + First.class.getName()
                + ") and 'trends' (" + Second.class.getName() + ")", e.getMessage());
    }

    @Test
    void noRegisteredJobFailsInsteadOfRunningIngestAlone() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JobCatalog.checked(List.of()));
        assertTrue(e.getMessage().startsWith("no job is registered: META-INF/services/cn.jgdj.jobs.IndicatorJob "
                + "is missing from the classpath"), e.getMessage());
    }

    @Test
    void registrationsAreSortedByTaskNameWhateverOrderTheyAreFoundIn() {
        JobSpec b = spec("b_job", "indicators/b");
        JobSpec a = spec("a_job", "indicators/a");
        assertEquals(List.of(a, b), JobCatalog.checked(List.of(new First(b), new Second(a))));
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

    private static JobSpec spec(String name, String output) {
        return new JobSpec(name, List.of("warehouse/members"), List.of(output), (io, params) -> { });
    }

    /** Two registration classes, so the errors can name both. */
    private record First(JobSpec spec) implements IndicatorJob {
    }

    private record Second(JobSpec spec) implements IndicatorJob {
    }
}
