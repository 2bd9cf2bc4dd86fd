package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.testing.SparkSessionExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-made county of {@link IngestEdgeCasesTest} ingested with two records per task and no rows held, so that
 * attendance (21 records), platform usage (4) and volunteer logs (3) take {@link SpreadIngest}'s two parses: the
 * verdicts worked out by hand there (superseded statuses, identical copies collapsed, two conflicts, unknown events
 * and members, future dates) hold here too, and the collapsed rows are counted where they belong.
 */
@ExtendWith(SparkSessionExtension.class)
class SpreadIngestTest {
    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path out;
    static final Map<String, IngestCounts> counts = new LinkedHashMap<>();
    static final Map<String, String> labelOfKey = new HashMap<>();

    @BeforeAll
    static void ingest(SparkSession session) throws IOException {
        spark = session;
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (String f : IngestEdgeCasesTest.FILES) {
            try (InputStream s = SpreadIngestTest.class.getResourceAsStream("/ingest/edge/" + f + ".csv")) {
                Files.copy(s, in.resolve(f + ".csv"));
            }
        }
        for (int i = 1; i <= 9; i++) {
            labelOfKey.put(MemberKeys.key(CountyFixture.SECRET, "M0" + i), "M0" + i);
        }
        out = tmp.resolve("out");
        JobParams params = new JobParams(in.toString(), null, JobParams.DEFAULT_MIN_CELL_SIZE,
                IngestEdgeCasesTest.RUN_DATE, null, CountyFixture.SECRET, false);
        IngestOptions twoPerTask = new IngestOptions(Map.of(), 2, 0);
        for (DatasetDef d : Datasets.ALL) {
            StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/" + d.name()).toString());
            counts.put(d.name(), IngestJob.run(io, params, d.name(), twoPerTask));
            io.commit();
        }
    }

    @Test
    void onlyBigSpreadFilesWithoutOverlapOrSourceKeyChecksTakeTwoParses() {
        IngestLayout spread = IngestLayout.of(21, 2);
        assertTrue(SpreadIngest.suits(Datasets.byName(Attendance.NAME), spread, 21, 20));
        assertTrue(SpreadIngest.suits(Datasets.byName(PlatformUsage.NAME), spread, 21, 0));
        // No more records than ingest holds: held, not parsed twice.
        assertFalse(SpreadIngest.suits(Datasets.byName(Attendance.NAME), spread, 21, 21));
        assertFalse(SpreadIngest.suits(Datasets.byName(Members.NAME), spread, 21, 0));
        assertFalse(SpreadIngest.suits(Datasets.byName(Events.NAME), spread, 21, 0));
        assertFalse(SpreadIngest.suits(Datasets.byName(Attendance.NAME), IngestLayout.of(21, 250_000), 21, 0));
    }

    @Test
    void theStrongestRowStandsCopiesCollapseAndConflictsGoToQuarantine() {
        // Rows 2 (E01 M01 absent), 4 and 6 (E01 M03 excused, observer) and 18 (E06 M03 absent) are superseded;
        // 10 (copy of 9, E02 M01 makeup) and 19 (copy of 17, E06 M03 makeup 1) collapse; 7, 8 (E02 M04 present
        // with credit 1 and 2) and 20, 21 (E06 M04 absent without and with credit) conflict.
        assertEquals(List.of("E01|M01|makeup|-", "E01|M03|present|-", "E02|M01|makeup|-", "E02|M02|present|-",
                "E06|M03|makeup|1.0", "E06|M06|present|-"),
                warehouse(Attendance.NAME, "event_id", "member_key", "status", "credit_hours"));
        assertEquals(List.of("7 DUPLICATE_CONFLICT", "8 DUPLICATE_CONFLICT", "12 UNKNOWN_EVENT", "13 UNKNOWN_EVENT",
                "14 UNKNOWN_EVENT", "15 UNKNOWN_MEMBER", "20 DUPLICATE_CONFLICT", "21 DUPLICATE_CONFLICT",
                "22 UNKNOWN_EVENT"), quarantine(Attendance.NAME));
        // read, written, collapsed, superseded, quarantined, kept referring to members whose rows are all in
        // quarantine (row 11, E02 M02, and row 16, E06 M06).
        assertEquals(List.of(21L, 6L, 2L, 4L, 9L, 2L), accounting(Attendance.NAME));
        assertEquals("主键重复且内容冲突: attendance.csv row 21: key event_id, member_id 'E06, M04' appears in rows "
                + "20, 21 with different values", reason(Attendance.NAME, 21));
        // The quarantined row keeps its raw cells (a conflict is found after the first parse's key checks).
        Row conflict = quarantineRow(Attendance.NAME, 8);
        assertEquals(List.of("E02", "M04", "present", "2"), List.of(conflict.getAs("event_id"),
                conflict.getAs("member_id"), conflict.getAs("status"), conflict.getAs("credit_hours")));
        // By event: E01 3 superseded; E02 1 collapsed; E06 1 collapsed and 1 superseded.
        assertEquals(List.of("E01|0|3", "E02|1|0", "E06|1|1"),
                lines(table(CollapsedRows.name(Attendance.NAME)).selectExpr("event_id", "collapsed", "superseded")));
    }

    @Test
    void theSkippedRowsAreTheCandidatesTheKeyChecksDidNotWrite() {
        Dataset<Row> held = spark.createDataFrame(List.of(
                        held(2, null, false, true), held(7, "DUPLICATE_CONFLICT", false, false),
                        held(10, null, true, false), held(12, "UNKNOWN_EVENT", false, false),
                        held(23, null, false, false)),
                new org.apache.spark.sql.types.StructType()
                        .add(ParsedTable.ROW, "long").add(ParsedTable.REASON, "string")
                        .add(KeyChecks.COLLAPSED, "boolean").add(KeyChecks.SUPERSEDED, "boolean"));
        // Row 12 was rejected before the key checks and row 23 is blank: neither is a candidate the second parse
        // would write, so neither needs skipping.
        assertArrayEquals(new long[] {2, 7, 10}, SpreadIngest.notWrittenCandidates(held));
    }

    @Test
    void platformUsageAndVolunteerLogsKeepTheirVerdicts() {
        assertEquals(List.of("M01|2025-12-31", "M02|2025-06-01"), warehouse(PlatformUsage.NAME, "member_key", "date"));
        assertEquals(List.of("3 FUTURE_DATE", "5 UNKNOWN_MEMBER"), quarantine(PlatformUsage.NAME));
        assertEquals(List.of(4L, 2L, 0L, 0L, 2L, 1L), accounting(PlatformUsage.NAME));
        assertEquals(List.of(), lines(table(CollapsedRows.name(PlatformUsage.NAME))));
        assertEquals(List.of("L1|M06", "L3|M05"), warehouse("volunteer_logs", "log_id", "member_key"));
        assertEquals(List.of("3 FUTURE_DATE"), quarantine("volunteer_logs"));
        assertEquals(List.of(3L, 2L, 0L, 0L, 1L, 2L), accounting("volunteer_logs"));
    }

    private static Row held(long row, String reason, boolean collapsed, boolean superseded) {
        return org.apache.spark.sql.RowFactory.create(row, reason, collapsed, superseded);
    }

    private static Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    private static List<String> lines(Dataset<Row> rows) {
        List<String> list = new ArrayList<>();
        for (Row r : rows.collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                String s = r.get(i) == null ? "-" : r.get(i).toString();
                cells.add(labelOfKey.getOrDefault(s, s));
            }
            list.add(String.join("|", cells));
        }
        list.sort(null);
        return list;
    }

    private static List<String> warehouse(String dataset, String... columns) {
        return lines(table(Catalog.warehouse(dataset)).selectExpr(columns));
    }

    private static List<String> quarantine(String dataset) {
        return table(Catalog.quarantine(dataset)).orderBy(QuarantineColumns.SOURCE_ROW).collectAsList().stream()
                .map(r -> r.getAs(QuarantineColumns.SOURCE_ROW) + " " + r.getAs(QuarantineColumns.REASON_CODE))
                .toList();
    }

    private static Row quarantineRow(String dataset, long row) {
        return table(Catalog.quarantine(dataset)).filter(QuarantineColumns.SOURCE_ROW + " = " + row).first();
    }

    private static String reason(String dataset, long row) {
        return quarantineRow(dataset, row).getAs(QuarantineColumns.REASON);
    }

    private static List<Long> accounting(String dataset) {
        IngestCounts c = counts.get(dataset);
        assertTrue(c.balanced(), dataset);
        return List.of(c.rowsRead(), c.rowsWritten(), c.rowsCollapsed(), c.rowsSuperseded(), c.rowsQuarantined(),
                c.rowsReferringToQuarantinedMembers());
    }
}
