package cn.jgdj.schemas.quality;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestReportJsonTest {
    private static final IngestCounts UNITS = new IngestCounts("units", "units.csv", "UTF-8", 7, 4, 1,
            Map.of(ReasonCode.MISSING_VALUE, 1L, ReasonCode.UNKNOWN_CODE, 1L), 0, List.of());
    private static final IngestCounts ATTENDANCE = new IngestCounts("attendance", "attendance.csv", "GB18030", 21,
            6, 2, 4, Map.of(ReasonCode.UNKNOWN_EVENT, 4L, ReasonCode.DUPLICATE_CONFLICT, 4L,
            ReasonCode.UNKNOWN_MEMBER, 1L), 3, List.of("备注"), 2);
    private static final IngestSummary REPORT = new IngestSummary(List.of(UNITS, ATTENDANCE), List.of("members"));

    private static String fixture() throws IOException {
        try (InputStream in = IngestReportJsonTest.class.getResourceAsStream("/ingest_report.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheHandWrittenReportByteForByte() throws IOException {
        assertEquals(fixture(), IngestReportJson.write(REPORT));
    }

    @Test
    void readsTheHandWrittenReportAndRoundTrips() throws IOException {
        IngestSummary read = IngestReportJson.readSummary(fixture());
        assertEquals(REPORT, read);
        assertEquals(28, read.rowsRead());
        assertEquals(11, read.rowsQuarantined());
        assertEquals(4, read.rowsSuperseded());
        assertEquals(4L, read.quarantined().get(ReasonCode.UNKNOWN_EVENT));
        assertEquals(ATTENDANCE, IngestReportJson.readCounts(IngestReportJson.write(ATTENDANCE)));
        assertTrue(ATTENDANCE.balanced());
    }

    @Test
    void aLeftOutCountReadsAsZeroAsInOlderReports() {
        IngestCounts c = IngestReportJson.readCounts("{\"dataset\":\"units\",\"rows_read\":3,\"rows_written\":3}");
        assertEquals(new IngestCounts("units", null, null, 3, 3, 0, Map.of(), 0, List.of()), c);
    }

    @Test
    void badDocumentsAreRefusedNamingEntryAndKey() {
        assertEquals("an ingest report has a 'datasets' list (one entry per dataset, as the ingest job writes it)",
                error("{\"quarantined\":{\"members\":7}}"));
        assertTrue(error("{\"datasets\":[{\"dataset\":\"people\"}]}").startsWith("'people' is not a raw dataset"));
        assertEquals("datasets[units].rows_read '12' is not a whole number",
                error("{\"datasets\":[{\"dataset\":\"units\",\"rows_read\":\"12\"}]}"));
        assertEquals("datasets[units].quarantined: 'TYPO' is not a reason code",
                error("{\"datasets\":[{\"dataset\":\"units\",\"quarantined\":{\"TYPO\":1}}]}"));
        assertEquals("datasets[units]: rows_quarantined disagrees with the per-reason counts",
                error("{\"datasets\":[{\"dataset\":\"units\",\"rows_quarantined\":3,\"quarantined\":{\"BAD_DATE\":2}}]}"));
        assertEquals("ingest report totals disagree with its datasets",
                error("{\"datasets\":[{\"dataset\":\"units\",\"rows_read\":3}],\"totals\":{\"rows_read\":4}}"));
        assertTrue(error("{\"datasets\": }").startsWith("not valid JSON at line 1"));
    }

    private static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> IngestReportJson.readSummary(json)).getMessage();
    }
}
