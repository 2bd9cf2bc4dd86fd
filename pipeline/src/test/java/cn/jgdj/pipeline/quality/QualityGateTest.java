package cn.jgdj.pipeline.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.ingest.IngestReport;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.quality.ReasonCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityGateTest {

    private static IngestCounts counts(String dataset, long read, Map<ReasonCode, Long> quarantined) {
        long q = quarantined.values().stream().mapToLong(Long::longValue).sum();
        return new IngestCounts(dataset, dataset + ".csv", "UTF-8", read, read - q, 0, quarantined, 0, List.of());
    }

    private static TextOnlyIO ioWith(IngestCounts... datasets) {
        TextOnlyIO io = new TextOnlyIO();
        io.writeText(Catalog.INGEST_REPORT, new IngestReport(List.of(datasets), List.of()).toJson());
        return io;
    }

    @Test
    void aSourceOverTheShareFailsTheRunNamingItsTopReasons() {
        TextOnlyIO io = ioWith(
                counts("units", 8, Map.of()),
                counts("members", 1000, Map.of(ReasonCode.UNKNOWN_CODE, 30L, ReasonCode.BAD_DATE, 20L,
                        ReasonCode.MISSING_VALUE, 7L, ReasonCode.FUTURE_DATE, 3L)),
                counts("events", 2000, Map.of(ReasonCode.END_BEFORE_START, 40L)));

        QualityGateException e = assertThrows(QualityGateException.class,
                () -> new QualityGate(0.05).run(io, null));

        assertEquals("""
                quality gate: a source has more than 5.0% of its rows in quarantine
                  members (members.csv): 60 of 1,000 rows (6.0%); top reasons: UNKNOWN_CODE 30 (代码不在代码表中), \
                BAD_DATE 20 (日期格式错误), MISSING_VALUE 7 (必填项为空); rows in quarantine/members.csv
                Correct the exports and run again, or, once the quarantined rows are understood, allow more with \
                --max-quarantine-share.""", e.getMessage());
    }

    @Test
    void exactlyTheShareStillPassesAndTheVerdictSaysSo() throws IOException {
        TextOnlyIO io = ioWith(counts("members", 1000, Map.of(ReasonCode.BAD_DATE, 50L)),
                counts("events", 0, Map.of()));

        new QualityGate(0.05).run(io, null);

        JsonNode verdict = new ObjectMapper().readTree(io.readText(QualityGate.VERDICT));
        assertTrue(verdict.get("passed").asBoolean());
        assertEquals(0.05, verdict.get("max_quarantine_share").asDouble());
        assertEquals(50, verdict.get("datasets").get("members").get("rows_quarantined").asLong());
        assertEquals(0.05, verdict.get("datasets").get("members").get("share").asDouble());
        assertEquals(0.0, verdict.get("datasets").get("events").get("share").asDouble(), "an empty file has share 0");
    }

    @Test
    void aStricterGateFailsSeveralSources() {
        TextOnlyIO io = ioWith(counts("members", 1000, Map.of(ReasonCode.BAD_DATE, 50L)),
                counts("events", 100, Map.of(ReasonCode.END_BEFORE_START, 2L, ReasonCode.FUTURE_DATE, 2L)));

        QualityGateException e = assertThrows(QualityGateException.class, () -> new QualityGate(0.01).run(io, null));

        assertTrue(e.getMessage().startsWith("quality gate: 2 sources have more than 1.0% of their rows in quarantine"), e.getMessage());
        // Ties between reasons keep the reason codes' order.
        assertTrue(e.getMessage().contains("events (events.csv): 4 of 100 rows (4.0%); top reasons: "
                + "END_BEFORE_START 2 (结束早于开始), FUTURE_DATE 2 (日期晚于当前日期)"), e.getMessage());
    }

    @Test
    void aDatasetMissingFromTheReportFailsTheGate() {
        TextOnlyIO io = new TextOnlyIO();
        io.writeText(Catalog.INGEST_REPORT, new IngestReport(List.of(counts("units", 8, Map.of())),
                List.of("venues")).toJson());

        QualityGateException e = assertThrows(QualityGateException.class, () -> new QualityGate(0.05).run(io, null));
        assertEquals("quality gate: not ingested: venues", e.getMessage());
    }

    @Test
    void aHeaderOnlyMembersOrAttendanceFileFailsTheGate() throws IOException {
        TextOnlyIO io = ioWith(counts("units", 8, Map.of()), counts("members", 0, Map.of()),
                counts("events", 0, Map.of()), counts("attendance", 0, Map.of()));

        QualityGateException e = assertThrows(QualityGateException.class, () -> new QualityGate(0.05).run(io, null));

        assertEquals("quality gate: members.csv (members), attendance.csv (attendance) have no data rows, only a "
                + "header: the indicators need members and attendance; check the export", e.getMessage());
        assertEquals(false, new ObjectMapper().readTree(io.readText(QualityGate.VERDICT)).get("passed").asBoolean());
    }

    @Test
    void theShareMustBeAFraction() {
        assertThrows(IllegalArgumentException.class, () -> new QualityGate(1.5));
        assertThrows(IllegalArgumentException.class, () -> new QualityGate(Double.NaN));
    }

    @Test
    void failsWhenADatasetsRowsAreNotAllAccountedFor() throws Exception {
        // 10 read = 6 written + 1 collapsed + 2 superseded + 1 quarantined balances; one written row fewer does not.
        IngestCounts attendance = new IngestCounts("attendance", "attendance.csv", "UTF-8", 10, 6, 1, 2,
                Map.of(ReasonCode.UNKNOWN_EVENT, 1L), 0, List.of(), 3);
        new QualityGate(0.5).run(ioWith(attendance), null);
        IngestCounts lost = new IngestCounts("attendance", "attendance.csv", "UTF-8", 10, 5, 1, 2,
                Map.of(ReasonCode.UNKNOWN_EVENT, 1L), 0, List.of(), 3);
        TextOnlyIO io = ioWith(lost);
        QualityGateException e = assertThrows(QualityGateException.class, () -> new QualityGate(0.5).run(io, null));
        assertEquals("quality gate: ingest lost track of rows (read = written + collapsed + superseded + "
                + "quarantined does not hold): attendance: 10 read, 5 written, 1 collapsed, 2 superseded, "
                + "1 quarantined", e.getMessage());
        JsonNode verdict = new ObjectMapper().readTree(io.readText(QualityGate.VERDICT));
        assertEquals(2, verdict.get("datasets").get("attendance").get("rows_superseded").asInt());
        assertEquals(3, verdict.get("datasets").get("attendance").get("rows_referring_to_quarantined_members")
                .asInt());
    }
}
