package cn.jgdj.dashboards.data;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTotalsTest {
    @Test
    void readsFixtureReportInIngestOrder() {
        IngestTotals r = IngestTotals.load(Fixture.root());
        assertTrue(r.present());
        assertEquals(List.of("members", "events", "attendance"), List.copyOf(r.quarantined().keySet()));
        assertEquals(Map.of("members", 3L, "events", 0L, "attendance", 12L), r.quarantined());
        assertEquals(Map.of("members", 120L, "events", 80L, "attendance", 900L), r.read());
        assertEquals(15, r.totalQuarantined());
    }

    @Test
    void anotherLayoutIsAnErrorNamingTheFileNotAGuess() {
        // The reader no longer guesses keys: a document without the job's 'datasets' list is refused.
        IndicatorFileException flat = assertThrows(IndicatorFileException.class,
                () -> IngestTotals.fromJson("r.json", "{\"quarantined\":{\"members\":7,\"events\":1}}"));
        assertEquals("r.json: an ingest report has a 'datasets' list (one entry per dataset, as the ingest job "
                + "writes it)", flat.getMessage());
        IndicatorFileException unknown = assertThrows(IndicatorFileException.class,
                () -> IngestTotals.fromJson("r.json", "{\"datasets\":[{\"dataset\":\"people\",\"rows_read\":2}]}"));
        assertTrue(unknown.getMessage().startsWith("r.json: 'people' is not a raw dataset"), unknown.getMessage());
        IndicatorFileException notCount = assertThrows(IndicatorFileException.class,
                () -> IngestTotals.fromJson("r.json", "{\"datasets\":[{\"dataset\":\"units\",\"rows_read\":\"12\"}]}"));
        assertEquals("r.json: datasets[units].rows_read '12' is not a whole number", notCount.getMessage());
    }

    @Test
    void readsTheLayoutTheIngestJobWrites() {
        // jobs' cn.jgdj.jobs.ingest.IngestReport: a list of per-dataset counts plus totals by reason code.
        String json = "{\"datasets\":[{\"dataset\":\"units\",\"source_file\":\"units.csv\",\"encoding\":\"UTF-8\","
                + "\"rows_read\":12,\"rows_written\":10,\"rows_collapsed\":0,\"rows_quarantined\":2,"
                + "\"quarantined\":{\"MISSING_VALUE\":2,\"BAD_DATE\":0},\"blank_rows\":0,\"ignored_columns\":[]},"
                + "{\"dataset\":\"members\",\"rows_read\":100,\"rows_written\":95,\"rows_collapsed\":1,"
                + "\"rows_quarantined\":4,\"quarantined\":{\"BAD_DATE\":3,\"UNKNOWN_CODE\":1}}],"
                + "\"missing\":[\"venues\"],\"totals\":{\"rows_read\":112,\"rows_quarantined\":6,"
                + "\"quarantined\":{\"MISSING_VALUE\":2,\"BAD_DATE\":3,\"UNKNOWN_CODE\":1}}}";
        IngestTotals r = IngestTotals.fromJson("ingest_report.json", json);
        assertEquals(Map.of("units", 2L, "members", 4L), r.quarantined());
        assertEquals(Map.of("units", 12L, "members", 100L), r.read());
        assertEquals(6, r.totalQuarantined());
    }

    @Test
    void readsSupersededRowsAndIgnoresRowsKeptForQuarantinedMembers() {
        // Second edition: read = written + collapsed + superseded + quarantined; rows referring to quarantined
        // members are written rows and must not be taken for quarantined ones.
        String json = "{\"datasets\":[{\"dataset\":\"attendance\",\"rows_read\":21,\"rows_written\":6,"
                + "\"rows_collapsed\":2,\"rows_superseded\":4,\"rows_quarantined\":9,"
                + "\"quarantined\":{\"UNKNOWN_EVENT\":4,\"DUPLICATE_CONFLICT\":4,\"UNKNOWN_MEMBER\":1},"
                + "\"rows_referring_to_quarantined_members\":2}],\"missing\":[]}";
        IngestTotals r = IngestTotals.fromJson("ingest_report.json", json);
        assertEquals(Map.of("attendance", 9L), r.quarantined());
        assertEquals(Map.of("attendance", 21L), r.read());
        assertEquals(Map.of("attendance", 4L), r.superseded());
        assertEquals(4, r.totalSuperseded());
    }

    @Test
    void absentWhenNoFile(@TempDir Path out) {
        assertFalse(IngestTotals.load(out).present());
    }

    @Test
    void badJsonNamesTheFile() {
        IndicatorFileException e = assertThrows(IndicatorFileException.class,
                () -> IngestTotals.fromJson("ingest_report.json", "{\"members\": }"));
        assertTrue(e.getMessage().startsWith("ingest_report.json: not valid JSON"), e.getMessage());
    }

    @Test
    void runRecordGivesWhatThePackShows() {
        RunFacts r = RunFacts.load(Fixture.root(), "R20260105");
        assertEquals(new RunFacts("R20260105", true, "2026-01-05T08:00:00Z", "/data/county-2025",
                "demo key (not secret)", "built-in", 10), r);
        assertTrue(r.demoKey());
        assertEquals(Optional.of(10), r.minCellSizeUsed());
        assertEquals(Optional.empty(), RunFacts.fromJson("R1", "R1.json", "{\"run_id\": \"R1\"}").minCellSizeUsed());
        IndicatorFileException e = assertThrows(IndicatorFileException.class, () -> RunFacts.fromJson("R1", "R1.json",
                "{\"settings\": {\"min_cell_size\": \"ten\"}}"));
        assertEquals("R1.json: settings.min_cell_size 'ten' is not a whole number", e.getMessage());
        assertFalse(RunFacts.load(Fixture.root(), "nope").present());
        assertFalse(RunFacts.load(Fixture.root(), null).present());
        IndicatorFileException broken = assertThrows(IndicatorFileException.class,
                () -> RunFacts.fromJson("R1", "R1.json", "{\"run_id\": "));
        assertTrue(broken.getMessage().startsWith("R1.json: not a run record at line 1"), broken.getMessage());
    }
}
