package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.raw.DatasetDef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edge cases of DOMAIN.md's second edition on a hand-made county (test resources ingest/edge), run on
 * 2025-12-31: handover touches, real overlaps, known members, future dates, attendance precedence and events that
 * cannot be placed. Every count below was worked out by hand from the files (see the comments).
 */
@ExtendWith(SparkSessionExtension.class)
class IngestEdgeCasesTest {
    static final String[] FILES = {"units", "branches", "venues", "members", "events", "attendance",
        "platform_usage", "volunteer_logs"};
    static final LocalDate RUN_DATE = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path out;
    static final Map<String, IngestCounts> counts = new LinkedHashMap<>();
    static final Map<String, String> labelOfKey = new HashMap<>();
    /** Spark jobs started while each dataset was ingested (job group JOB_GROUP + dataset). */
    static final Map<String, Integer> sparkJobs = new ConcurrentHashMap<>();
    private static final String JOB_GROUP = "IngestEdgeCasesTest ";

    @BeforeAll
    static void ingest(SparkSession session) throws IOException, TimeoutException {
        spark = session;
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (String f : FILES) {
            try (InputStream s = IngestEdgeCasesTest.class.getResourceAsStream("/ingest/edge/" + f + ".csv")) {
                Files.copy(s, in.resolve(f + ".csv"));
            }
        }
        for (int i = 1; i <= 9; i++) {
            labelOfKey.put(MemberKeys.key(CountyFixture.SECRET, "M0" + i), "M0" + i);
        }
        out = tmp.resolve("out");
        JobParams params = new JobParams(in.toString(), null, JobParams.DEFAULT_MIN_CELL_SIZE, RUN_DATE, null,
                CountyFixture.SECRET, false);
        SparkListener jobCounter = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart job) {
                String group = job.properties() == null ? null : job.properties().getProperty("spark.jobGroup.id");
                if (group != null && group.startsWith(JOB_GROUP)) {
                    sparkJobs.merge(group.substring(JOB_GROUP.length()), 1, Integer::sum);
                }
            }
        };
        spark.sparkContext().addSparkListener(jobCounter);
        try {
            for (DatasetDef d : Datasets.ALL) {
                StagedJobIO io = new StagedJobIO(spark, out.toString(),
                        out.resolve("_staging/" + d.name()).toString());
                spark.sparkContext().setJobGroup(JOB_GROUP + d.name(), "ingest " + d.name(), false);
                counts.put(d.name(), IngestJob.run(io, params, d.name()));
                io.commit();
            }
            spark.sparkContext().listenerBus().waitUntilEmpty(60_000);
        } finally {
            spark.sparkContext().clearJobGroup();
            spark.sparkContext().removeSparkListener(jobCounter);
        }
    }

    static List<String> lines(Dataset<Row> rows) {
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

    static List<String> warehouse(String dataset, String... columns) {
        return lines(spark.read().parquet(out.resolve(Catalog.warehouse(dataset)).toString())
                .selectExpr(columns));
    }

    /** "ROW REASON_CODE" per quarantined row, in file order. */
    static List<String> quarantine(String dataset) {
        return spark.read().parquet(out.resolve(Catalog.quarantine(dataset)).toString())
                .orderBy(QuarantineColumns.SOURCE_ROW).collectAsList().stream()
                .map(r -> r.getAs(QuarantineColumns.SOURCE_ROW) + " " + r.getAs(QuarantineColumns.REASON_CODE))
                .toList();
    }

    static String reason(String dataset, long row) {
        return spark.read().parquet(out.resolve(Catalog.quarantine(dataset)).toString())
                .filter(QuarantineColumns.SOURCE_ROW + " = " + row).first().getAs(QuarantineColumns.REASON);
    }

    /** read, written, collapsed, superseded, quarantined, kept referring to quarantined members. */
    static List<Long> accounting(String dataset) {
        IngestCounts c = counts.get(dataset);
        assertTrue(c.balanced(), dataset);
        return List.of(c.rowsRead(), c.rowsWritten(), c.rowsCollapsed(), c.rowsSuperseded(), c.rowsQuarantined(),
                c.rowsReferringToQuarantinedMembers());
    }

    @Test
    void aHandoverTouchIsKeptAndARealOverlapQuarantinesOnlyItsRows() {
        // M01: …–2025-03-01 then 2025-03-01–, a handover: both rows written. M02 shares 1 and 2 March: both rows
        // quarantined. M03: its 2020–2022 row stays; the 2023 row and the row from 2023-06-01 overlap.
        assertEquals(List.of("M01|2020-01-01|2025-03-01", "M01|2025-03-01|-", "M03|2020-01-01|2022-12-31",
                "M04|2020-01-01|2026-06-30", "M07|2025-12-31|-"),
                warehouse("members", "member_key", "valid_from", "valid_to"));
        assertEquals(List.of("4 OVERLAPPING_VALIDITY", "5 OVERLAPPING_VALIDITY", "7 OVERLAPPING_VALIDITY",
                "8 OVERLAPPING_VALIDITY", "10 FUTURE_DATE", "11 BAD_DATE"), quarantine("members"));
        assertEquals("有效期重叠: members.csv row 8: member_id 'M03' has validity periods that overlap (rows 7, 8)",
                reason("members", 8));
        assertEquals(List.of(11L, 5L, 0L, 0L, 6L, 0L), accounting("members"));
    }

    @Test
    void knownMembersKeepTheirRowsAndOnlyAbsentIdsAreUnknown() {
        // M02 (overlap), M05 (future joined_date) and M06 (bad birth date) have every row in quarantine but are
        // in the members file; M09 is not.
        assertEquals(List.of("M01|2025-12-31", "M02|2025-06-01"), warehouse("platform_usage", "member_key", "date"));
        assertEquals(List.of("3 FUTURE_DATE", "5 UNKNOWN_MEMBER"), quarantine("platform_usage"));
        assertEquals(List.of(4L, 2L, 0L, 0L, 2L, 1L), accounting("platform_usage"));
        assertEquals(List.of("L1|M06", "L3|M05"), warehouse("volunteer_logs", "log_id", "member_key"));
        assertEquals(List.of("3 FUTURE_DATE"), quarantine("volunteer_logs"));
        assertEquals(List.of(3L, 2L, 0L, 0L, 1L, 2L), accounting("volunteer_logs"));
        assertEquals("党员编号不存在: attendance.csv row 15: member_id 'M09' is not in members",
                reason("attendance", 15));
    }

    @Test
    void thePlannedEndAndTheEventInProgressAreNotFuture() {
        // Run on 2025-12-31: M04's valid_to 2026-06-30 and E02 ending 2026-01-02 are fine; E05 starting
        // 2026-01-02, M05 joining 2026-02-01 and dates in 2026 are future. M07 starting on the run day is not.
        assertEquals(List.of("E01|2025", "E02|2025", "E06|2025"), warehouse("events", "event_id", "year"));
        assertEquals(List.of("4 MISSING_VALUE", "5 UNKNOWN_REFERENCE", "6 FUTURE_DATE", "8 UNKNOWN_REFERENCE"),
                quarantine("events"));
        assertEquals("日期晚于当前日期: events.csv row 6: start_time '2026-01-02 09:00' is after the day of the run, "
                + "2025-12-31", reason("events", 6));
        assertEquals("日期晚于当前日期: members.csv row 10: joined_date '2026-02-01' is after the day of the run, "
                + "2025-12-31", reason("members", 10));
        assertEquals(List.of(7L, 3L, 0L, 0L, 4L, 0L), accounting("events"));
    }

    @Test
    void theStrongestAttendanceRowStandsAndOthersAreSuperseded() {
        // E01 M01 absent+makeup; E01 M03 excused+present+observer; E06 M03 makeup(1)+absent+makeup(1): the
        // strongest stands, 4 rows superseded, 2 identical copies collapsed (E02 M01, E06 M03). E02 M04 present
        // with credit 1 and 2, E06 M04 absent with and without credit: same status, different credit → conflict.
        assertEquals(List.of("E01|M01|makeup|-", "E01|M03|present|-", "E02|M01|makeup|-", "E02|M02|present|-",
                "E06|M03|makeup|1.0", "E06|M06|present|-"),
                warehouse("attendance", "event_id", "member_key", "status", "credit_hours"));
        assertEquals(List.of("7 DUPLICATE_CONFLICT", "8 DUPLICATE_CONFLICT", "12 UNKNOWN_EVENT", "13 UNKNOWN_EVENT",
                "14 UNKNOWN_EVENT", "15 UNKNOWN_MEMBER", "20 DUPLICATE_CONFLICT", "21 DUPLICATE_CONFLICT",
                "22 UNKNOWN_EVENT"), quarantine("attendance"));
        assertEquals(List.of(21L, 6L, 2L, 4L, 9L, 2L), accounting("attendance"));
        assertEquals("主键重复且内容冲突: attendance.csv row 21: key event_id, member_id 'E06, M04' appears in rows "
                + "20, 21 with different values", reason("attendance", 21));
    }

    @Test
    void anEventThatCannotBePlacedGoesToQuarantineWithItsAttendance() {
        assertEquals("必填项为空: events.csv row 4: branch_id is blank but audience is 'branch': the event cannot say "
                + "which members were expected", reason("events", 4));
        assertEquals("关联编号不存在: events.csv row 8: organizer_unit_id 'U09' is not in units", reason("events", 8));
        assertEquals("活动编号不存在: attendance.csv row 12: event_id 'E03' refers to an event in quarantine "
                + "(events.csv row 4: MISSING_VALUE); the row goes to quarantine with it", reason("attendance", 12));
        assertEquals("活动编号不存在: attendance.csv row 13: event_id 'E04' refers to an event in quarantine "
                + "(events.csv row 5: UNKNOWN_REFERENCE); the row goes to quarantine with it",
                reason("attendance", 13));
        assertEquals("活动编号不存在: attendance.csv row 14: event_id 'E99' is not in events", reason("attendance", 14));
    }

    @Test
    void theReportCountsSupersededRowsAndRowsOfQuarantinedMembers() {
        IngestReport report = new IngestReport(new ArrayList<>(counts.values()), List.of());
        assertEquals(4, report.rowsSuperseded());
        assertEquals(5, report.rowsReferringToQuarantinedMembers());
        assertEquals(report, IngestReport.fromJson(report.toJson()));
        String text = report.summaryText();
        assertTrue(text.contains("Kept in attendance, referring to members whose rows are all in quarantine: 2"),
                text);
    }

    @Test
    void anEmptyQuarantineHasTheColumnsOfAFullOne() {
        Dataset<Row> empty = spark.read().parquet(out.resolve(Catalog.quarantine("units")).toString());
        Dataset<Row> full = spark.read().parquet(out.resolve(Catalog.quarantine("volunteer_logs")).toString());
        assertEquals(0, empty.count());
        assertEquals(1, accounting("volunteer_logs").get(4), "volunteer_logs quarantines one row here");
        for (String c : QuarantineColumns.FIXED) {
            assertEquals(full.schema().apply(c), empty.schema().apply(c), c);
        }
    }

    @Test
    void eachFileIsIngestedWithOneSparkJobPerWrite() {
        // Every file here is checked in one task. The references are looked up, not joined (no broadcast job); the
        // curated write is one job, the quarantine one (its Parquet; the driver copies that file to CSV, DriverCsv),
        // and the source keys and collapsed rows one each (aggregated without a shuffle). A file with nothing to
        // quarantine (units, branches, venues here) gets its empty quarantine table from the driver: no job.
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("units", 1);
        expected.put("branches", 1);
        expected.put("venues", 1);
        expected.put("members", 3);
        expected.put("events", 4);
        expected.put("attendance", 3);
        expected.put("platform_usage", 3);
        expected.put("volunteer_logs", 2);
        assertEquals(new TreeMap<>(expected), new TreeMap<>(sparkJobs));
    }
}
