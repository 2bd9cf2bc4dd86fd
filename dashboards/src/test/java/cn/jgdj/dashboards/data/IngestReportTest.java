package cn.jgdj.dashboards.data;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestReportTest {
    @Test
    void readsFixtureReportInIngestOrder() {
        IngestReport r = IngestReport.load(Fixture.root());
        assertTrue(r.present());
        assertEquals(List.of("members", "events", "attendance"), List.copyOf(r.quarantined().keySet()));
        assertEquals(Map.of("members", 3L, "events", 0L, "attendance", 12L), r.quarantined());
        assertEquals(Map.of("members", 120L, "events", 80L, "attendance", 900L), r.read());
        assertEquals(15, r.totalQuarantined());
    }

    @Test
    void toleratesOtherLayouts() {
        IngestReport list = IngestReport.fromJson("r", "[{\"dataset\":\"units\",\"rows_quarantined\":2},"
                + "{\"name\":\"venues\",\"quarantined\":{\"BAD_DATE\":1,\"UNKNOWN_CODE\":4}}]");
        assertEquals(Map.of("units", 2L, "venues", 5L), list.quarantined());
        IngestReport flat = IngestReport.fromJson("r", "{\"quarantined\":{\"members\":7,\"events\":1}}");
        assertEquals(8, flat.totalQuarantined());
    }

    @Test
    void absentWhenNoFile(@TempDir Path out) {
        assertFalse(IngestReport.load(out).present());
    }

    @Test
    void badJsonNamesTheFile() {
        IndicatorFileException e = assertThrows(IndicatorFileException.class,
                () -> IngestReport.fromJson("ingest_report.json", "{\"members\": }"));
        assertTrue(e.getMessage().startsWith("ingest_report.json: not valid JSON"), e.getMessage());
    }

    @Test
    void runRecordKeepsTopLevelPlainFields() {
        RunRecord r = RunRecord.load(Fixture.root(), "R20260105");
        assertTrue(r.present());
        assertEquals(Map.of("run_id", "R20260105", "status", "succeeded", "started_at", "2026-01-05T08:00:00",
                "demo_key", "true"), r.fields());
        assertFalse(RunRecord.load(Fixture.root(), "nope").present());
        assertFalse(RunRecord.load(Fixture.root(), null).present());
    }

    @Test
    void jsonEscapesAndNumbers() {
        assertEquals(Map.of("a", List.of(1.5, -2.0, "x\"\u4e2d"), "b", Boolean.TRUE),
                Json.parse("t", "{\"a\": [1.5, -2e0, \"x\\\"\\u4e2d\"], \"b\": true}"));
    }
}
