package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.io.SparkSchemas;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the hand-made mini county (see test resources ingest/county and {@link CountyFixture}) once. */
@ExtendWith(SparkSessionExtension.class)
class IngestCountyTest {
    private static final List<String> MEMBER_IDS = List.of("DY-0001", "DY-0002", "DY-0003", "DY-0004", "DY-0005",
            "DY-0006", "DY-0007", "DY-0008", "DY-0009", "DY-0010", "DY-0011", "DY-9999", "ＤＹ－０００３", "ＤＹ－０００２");
    private static final List<String> NAMES = List.of("张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十",
            "郑十一", "冯", "十二");
    private static final String ID_NUMBER = "110101198001011234";

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path input;
    static Path out;
    static Map<String, IngestCounts> counts;
    static Map<String, String> labelOfKey = new HashMap<>();

    @BeforeAll
    static void ingestTheCounty(SparkSession session) {
        spark = session;
        input = CountyFixture.write(tmp.resolve("in"));
        out = tmp.resolve("out");
        counts = CountyFixture.ingestAll(spark, input, out);
        for (String id : MEMBER_IDS) {
            labelOfKey.put(MemberKeys.key(CountyFixture.SECRET, id), "key(" + Normalize.id(id) + ")");
        }
    }

    /** A dataset's rows as sorted text lines, member keys shown as key(MEMBER_ID). */
    static List<String> lines(Dataset<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows.collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.get(i);
                String s = v == null ? "-" : v.toString();
                cells.add(labelOfKey.getOrDefault(s, s));
            }
            out.add(String.join("|", cells));
        }
        out.sort(null);
        return out;
    }

    static List<String> warehouse(Path root, String dataset) {
        DatasetDef def = Datasets.byName(dataset);
        Dataset<Row> rows = spark.read().parquet(root.resolve("warehouse/" + dataset).toString());
        return lines(rows.selectExpr(def.curatedColumns().toArray(String[]::new)));
    }

    /** "ROW REASON_CODE" per quarantined row, in file order. */
    static List<String> quarantine(Path root, String dataset) {
        return spark.read().parquet(root.resolve("quarantine/" + dataset).toString())
                .orderBy(QuarantineColumns.SOURCE_ROW).collectAsList().stream()
                .map(r -> r.getAs(QuarantineColumns.SOURCE_ROW) + " " + r.getAs(QuarantineColumns.REASON_CODE))
                .toList();
    }

    static String reasonOfRow(String dataset, long row) {
        return spark.read().parquet(out.resolve("quarantine/" + dataset).toString())
                .filter(QuarantineColumns.SOURCE_ROW + " = " + row).first().getAs(QuarantineColumns.REASON);
    }

    @Test
    void curatedRowsAreExactlyTheGoodRows() {
        assertEquals(List.of("U01|县委办公室|agency", "U02|县教育局|agency", "U03|县医院|institution",
                "U06|县国资公司|enterprise"), warehouse(out, "units"));
        assertEquals(List.of("B01|县委办第一支部|U01", "B02|县委办第二支部|U01", "B03|教育局支部|U02",
                "B04|医院支部|U03"), warehouse(out, "branches"));
        assertEquals(List.of("V01|县革命纪念馆|-|red_base", "V02|医院现场教学点|U03|unit_site"),
                warehouse(out, "venues"));
        assertEquals(List.of(
                "key(DY-0001)|M|1980-01-01|bachelor|full|ordinary|B01|2005-07-01|2020-01-01|2024-03-31|false|false|false",
                "key(DY-0001)|M|1980-01-01|bachelor|full|secretary|B02|2005-07-01|2024-04-01|-|false|false|false",
                "key(DY-0002)|F|1990-05-06|college|probationary|ordinary|B03|2024-07-01|2024-07-01|-|false|true|false",
                "key(DY-0003)|F|1990-05-07|postgraduate|full|leader|B04|2010-07-01|2020-01-01|-|true|false|false",
                "key(DY-0011)|M|1980-01-01|bachelor|full|secretary|B01|2001-01-01|2020-01-01|-|false|false|true"),
                warehouse(out, "members"));
        assertEquals(List.of(
                "E01|branch_general_meeting|一季度党员大会|U01|B01|-|2025-03-01T09:00|2025-03-01T11:00|2.0|offline|branch|2025",
                "E02|party_lecture|书记讲党课|U01|B02|V01|2025-03-15T14:00|2025-03-15T16:30|-|offline|branch|2025",
                "E03|rotation_training|冬春季轮训|U02|-|V02|2025-01-06T09:00|2025-01-08T17:00|20.0|offline|unit|2025",
                "E10|group_meeting|四月党小组会|U03|B04|-|2025-04-01T09:00|2025-04-01T11:00|1.0|offline|branch|2025"),
                warehouse(out, "events"));
        // E01 DY-0003: present (credit 2) stands over absent; DY-0005's rows are all in quarantine (overlap) but
        // the members file names it: a known member, so its attendance is kept.
        assertEquals(List.of("E01|key(DY-0001)|present|-|2025", "E01|key(DY-0002)|excused|-|2025",
                "E01|key(DY-0003)|present|2.0|2025", "E01|key(DY-0005)|present|-|2025",
                "E02|key(DY-0001)|present|1.5|2025", "E03|key(DY-0003)|present|-|2025",
                "E10|key(DY-0002)|makeup|-|2025"), warehouse(out, "attendance"));
        assertEquals(List.of("key(DY-0001)|dengta|2025-03-01|10|20|2025|3",
                "key(DY-0001)|xuexi|2025-03-01|30|45|2025|3",
                "key(DY-0003)|xuexi|2025-03-03|12|10|2025|3"), warehouse(out, "platform_usage"));
        assertEquals(List.of("L01|key(DY-0001)|2025-05-01|theory_outreach|2.5|U01|2025",
                "L05|key(DY-0011)|2025-05-05|community_report|2.0|U01|2025"), warehouse(out, "volunteer_logs"));
    }

    @Test
    void eachBadRowIsQuarantinedWithItsFirstProblem() {
        assertEquals(List.of("5 MISSING_VALUE", "6 UNKNOWN_CODE"), quarantine(out, "units"));
        assertEquals(List.of("6 UNKNOWN_REFERENCE", "7 DUPLICATE_CONFLICT", "8 DUPLICATE_CONFLICT"),
                quarantine(out, "branches"));
        assertEquals(List.of("4 UNKNOWN_REFERENCE", "5 UNKNOWN_CODE"), quarantine(out, "venues"));
        assertEquals(List.of("6 BAD_DATE", "7 OVERLAPPING_VALIDITY", "8 OVERLAPPING_VALIDITY", "9 UNKNOWN_REFERENCE",
                "10 END_BEFORE_START", "11 FUTURE_DATE", "13 MISSING_VALUE", "14 UNKNOWN_REFERENCE"),
                quarantine(out, "members"));
        assertEquals(List.of("5 END_BEFORE_START", "6 NEGATIVE_VALUE", "7 ABSURD_HOURS", "8 FUTURE_DATE",
                "9 UNKNOWN_REFERENCE", "10 UNKNOWN_CODE", "12 BAD_NUMBER", "13 BAD_DATE"), quarantine(out, "events"));
        assertEquals(List.of("7 ABSURD_HOURS", "8 UNKNOWN_EVENT", "12 UNKNOWN_CODE", "13 NEGATIVE_VALUE",
                "15 MALFORMED_ROW"), quarantine(out, "attendance"));
        assertEquals(List.of("4 ABSURD_HOURS", "5 NEGATIVE_VALUE", "6 BAD_NUMBER", "7 UNKNOWN_MEMBER"),
                quarantine(out, "platform_usage"));
        assertEquals(List.of("3 ABSURD_HOURS", "4 UNKNOWN_REFERENCE", "5 NEGATIVE_VALUE"),
                quarantine(out, "volunteer_logs"));
    }

    @Test
    void everyReasonCodeIsTriggeredAndDuplicatesAreCollapsed() {
        Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
        counts.values().forEach(c -> c.quarantined().forEach((code, n) -> {
            if (n > 0) {
                seen.add(code);
            }
        }));
        assertEquals(EnumSet.allOf(ReasonCode.class), seen);
        assertEquals(1, counts.get("units").rowsCollapsed());
        assertEquals(1, counts.get("members").rowsCollapsed());
        assertEquals(1, counts.get("attendance").rowsCollapsed());
    }

    @Test
    void messagesNameFileRowColumnAndValue() {
        assertEquals("日期格式错误: members.csv row 6: birth_date '1985-13-02' is not a date",
                reasonOfRow("members", 6));
        assertEquals("有效期重叠: members.csv row 8: member_id 'DY-0005' has validity periods that overlap (rows 7, 8)",
                reasonOfRow("members", 8));
        assertEquals("关联编号不存在: members.csv row 14: branch_id 'B05' is not in branches",
                reasonOfRow("members", 14));
        assertEquals("主键重复且内容冲突: branches.csv row 8: key branch_id 'B05' appears in rows 7, 8 with "
                + "different values", reasonOfRow("branches", 8));
        assertEquals("时长超出合理范围: attendance.csv row 7: credit_hours '100' is more than 24 hours for each of "
                + "the 3 day(s) the event touches", reasonOfRow("attendance", 7));
        assertEquals("党员编号不存在: platform_usage.csv row 7: member_id 'DY-9999' is not in members",
                reasonOfRow("platform_usage", 7));
        assertEquals("活动编号不存在: attendance.csv row 8: event_id 'E99' is not in events",
                reasonOfRow("attendance", 8));
        assertEquals("行格式错误: attendance.csv row 15: the row has 2 cells, the header has 4",
                reasonOfRow("attendance", 15));
        assertEquals("时长超出合理范围: volunteer_logs.xlsx row 3: hours '30' is more than 24 hours in a day",
                reasonOfRow("volunteer_logs", 3));
    }

    @Test
    void countsBalanceAndSayHowEachFileWasRead() {
        counts.values().forEach(c -> assertTrue(c.balanced(), c.dataset()));
        IngestCounts members = counts.get("members");
        assertEquals(List.of(14L, 5L, 1L, 8L), List.of(members.rowsRead(), members.rowsWritten(),
                members.rowsCollapsed(), members.rowsQuarantined()));
        IngestCounts attendance = counts.get("attendance");
        assertEquals(List.of(14L, 7L, 1L, 1L, 5L, 1L), List.of(attendance.rowsRead(), attendance.rowsWritten(),
                attendance.rowsCollapsed(), attendance.rowsSuperseded(), attendance.rowsQuarantined(),
                attendance.rowsReferringToQuarantinedMembers()));
        Map<String, String> encodings = new LinkedHashMap<>();
        counts.forEach((d, c) -> encodings.put(d, c.sourceFile() + " " + c.encoding()));
        assertEquals(Map.of("units", "units.csv UTF-8", "branches", "branches.csv GB18030",
                "venues", "venues.csv UTF-8", "members", "members.csv UTF-8 with BOM", "events", "events.csv UTF-8",
                "attendance", "attendance.csv GB18030", "platform_usage", "platform_usage.csv UTF-8",
                "volunteer_logs", "volunteer_logs.xlsx xlsx"), encodings);
        assertEquals(List.of("备注"), members.ignoredColumns());
        assertEquals(List.of("备注"), counts.get("venues").ignoredColumns());
        for (DatasetDef d : Datasets.ALL) {
            String json = readString(out.resolve("quality/ingest/" + d.name() + ".json"));
            assertEquals(counts.get(d.name()), IngestCounts.fromJson(json));
        }
    }

    @Test
    void curatedParquetHasTheDeclaredSchemaAndNoNullsInRequiredColumns() {
        for (DatasetDef d : Datasets.ALL) {
            Dataset<Row> rows = spark.read().parquet(out.resolve("warehouse/" + d.name()).toString());
            List<String> actual = new ArrayList<>();
            for (StructField f : rows.schema().fields()) {
                actual.add(f.name() + ":" + f.dataType().simpleString());
            }
            List<String> declared = new ArrayList<>();
            for (StructField f : SparkSchemas.curated(d).fields()) {
                declared.add(f.name() + ":" + f.dataType().simpleString());
                if (!f.nullable()) {
                    assertEquals(0, rows.filter(rows.col(f.name()).isNull()).count(), d.name() + "." + f.name());
                }
            }
            assertEquals(declared, actual, d.name());
        }
        assertTrue(Files.isDirectory(out.resolve("warehouse/platform_usage/year=2025/month=3")));
    }

    @Test
    void noMemberIdNameOrIdNumberAnywhereInTheWarehouse() throws Exception {
        List<String> secrets = new ArrayList<>(MEMBER_IDS);
        secrets.addAll(NAMES);
        secrets.add(ID_NUMBER);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out.resolve("warehouse"))) {
            files = walk.toList();
        }
        for (Path f : files) {
            String path = out.relativize(f).toString();
            byte[] bytes = Files.isRegularFile(f) ? Files.readAllBytes(f) : new byte[0];
            String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
            String asLatin1 = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String s : secrets) {
                assertFalse(path.contains(s) || asUtf8.contains(s)
                        || asLatin1.contains(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
                        s + " found in " + path);
            }
        }
        for (DatasetDef d : Datasets.ALL) {
            Dataset<Row> rows = spark.read().parquet(out.resolve("warehouse/" + d.name()).toString());
            assertFalse(List.of(rows.columns()).contains("member_id"), d.name());
            assertFalse(List.of(rows.columns()).contains("name"), d.name());
            assertFalse(List.of(rows.columns()).contains("id_number"), d.name());
            for (Row r : rows.collectAsList()) {
                String line = r.mkString("|");
                for (String s : secrets) {
                    assertFalse(line.contains(s), s + " found in warehouse/" + d.name() + ": " + line);
                }
            }
        }
    }

    @Test
    void quarantineKeepsRawCellsButNeverNamesOrIdNumbers() throws Exception {
        Dataset<Row> q = spark.read().parquet(out.resolve("quarantine/members").toString());
        assertEquals(0, q.filter("name is not null or id_number is not null").count());
        assertEquals(List.of("DY-0004|1985-13-02"), lines(q.filter("source_row = 6").select("member_id", "birth_date")));
        String csv = readString(out.resolve("quarantine/members.csv"));
        for (String name : NAMES) {
            assertFalse(csv.contains(name), name);
        }
        assertFalse(csv.contains(ID_NUMBER));
        assertTrue(csv.startsWith("source_file,source_row,reason_code,reason,column,value,member_id,name,id_number,"),
                csv.lines().findFirst().orElse(""));
        List<String> rowsInCsv = csv.lines().skip(1).map(l -> l.split(",")[1]).collect(Collectors.toList());
        assertEquals(List.of("6", "7", "8", "9", "10", "11", "13", "14"), rowsInCsv);
    }

    @Test
    void rerunningOverTheSameInputsGivesIdenticalOutputs() {
        Map<String, List<String>> before = snapshot(out);
        CountyFixture.ingestAll(spark, input, out);
        assertEquals(before, snapshot(out));
    }

    private static Map<String, List<String>> snapshot(Path root) {
        Map<String, List<String>> s = new LinkedHashMap<>();
        for (DatasetDef d : Datasets.ALL) {
            s.put("warehouse/" + d.name(), warehouse(root, d.name()));
            s.put("quarantine/" + d.name(), spark.read().parquet(root.resolve("quarantine/" + d.name()).toString())
                    .collectAsList().stream().map(Row::toString).toList());
            s.put("quarantine/" + d.name() + ".csv", List.of(readString(root.resolve("quarantine/" + d.name() + ".csv"))));
            s.put("quality/ingest/" + d.name() + ".json",
                    List.of(readString(root.resolve("quality/ingest/" + d.name() + ".json"))));
        }
        return s;
    }

    static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
