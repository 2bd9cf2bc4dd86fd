package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.quality.ReasonCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class IngestReportTest {

    /** Text files only: all the report merge touches. */
    private static final class TextOnlyIO implements JobIO {
        final Map<String, String> texts = new HashMap<>();

        @Override
        public SparkSession spark() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Dataset<Row> read(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean exists(String name) {
            return texts.containsKey(name);
        }

        @Override
        public void write(String name, Dataset<Row> rows) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void writeText(String name, String content) {
            texts.put(name, content);
        }

        @Override
        public String readText(String name) {
            return texts.get(name);
        }

        @Override
        public String location(String name) {
            return "mem:" + name;
        }
    }

    private static final IngestCounts UNITS = new IngestCounts("units", "units.csv", "UTF-8", 7, 4, 1,
            Map.of(ReasonCode.MISSING_VALUE, 1L, ReasonCode.UNKNOWN_CODE, 1L), 0, List.of());
    private static final IngestCounts MEMBERS = new IngestCounts("members", "members.xlsx", "xlsx", 14, 5, 1,
            Map.of(ReasonCode.MISSING_VALUE, 1L, ReasonCode.OVERLAPPING_VALIDITY, 2L, ReasonCode.BAD_DATE, 5L), 2,
            List.of("备注"));

    @Test
    void countsRoundTripThroughJson() {
        assertEquals(MEMBERS, IngestCounts.fromJson(MEMBERS.toJson()));
        assertEquals(8L, MEMBERS.rowsQuarantined());
        assertEquals(0L, MEMBERS.quarantined().get(ReasonCode.UNKNOWN_EVENT));
    }

    @Test
    void mergeWritesTheReportWithTotalsAndMissingDatasets() {
        TextOnlyIO io = new TextOnlyIO();
        io.writeText(Catalog.ingestCounts("units"), UNITS.toJson());
        io.writeText(Catalog.ingestCounts("members"), MEMBERS.toJson());
        IngestReport report = IngestReport.merge(io);
        assertEquals(List.of(UNITS, MEMBERS), report.datasets());
        assertEquals(List.of("branches", "venues", "events", "attendance", "platform_usage", "volunteer_logs"),
                report.missing());
        assertEquals(21, report.rowsRead());
        assertEquals(9, report.rowsWritten());
        assertEquals(2, report.rowsCollapsed());
        assertEquals(10, report.rowsQuarantined());
        assertEquals(2L, report.quarantined().get(ReasonCode.MISSING_VALUE));
        assertEquals(report, IngestReport.fromJson(io.readText(Catalog.INGEST_REPORT)));
    }

    @Test
    void summaryText() {
        IngestReport report = new IngestReport(List.of(UNITS, MEMBERS), List.of("events"));
        assertEquals("""
                Ingest report
                dataset          source file                 read   written  collapsed  superseded  quarantined
                units            units.csv                      7         4          1           0            2
                members          members.xlsx                  14         5          1           0            8
                total                                          21         9          2           0           10
                Quarantined rows by reason:
                  MISSING_VALUE              2  必填项为空 (units 1, members 1)
                  BAD_DATE                   5  日期格式错误 (members 5)
                  UNKNOWN_CODE               1  代码不在代码表中 (units 1)
                  OVERLAPPING_VALIDITY       2  有效期重叠 (members 2)
                Ignored columns in members.xlsx: 备注
                Blank rows skipped in members.xlsx: 2
                Not ingested yet: events
                """, report.summaryText());
    }

    @Test
    void aHeaderOnlyExportIsWarnedInTheSummary() {
        IngestCounts venues = new IngestCounts("venues", "venues.csv", "UTF-8", 0, 0, 0, Map.of(), 0, List.of());
        IngestReport report = new IngestReport(List.of(UNITS, venues), List.of());
        assertTrue(report.summaryText().contains("Warning: venues.csv has no data rows (header only)\n"),
                report.summaryText());
        assertFalse(new IngestReport(List.of(UNITS), List.of()).summaryText().contains("Warning"));
    }

    @Test
    void inconsistentCountsAreRejected() {
        String json = UNITS.toJson().replace("\"rows_quarantined\" : 2", "\"rows_quarantined\" : 3");
        assertThrows(IllegalArgumentException.class, () -> IngestCounts.fromJson(json));
    }
}
