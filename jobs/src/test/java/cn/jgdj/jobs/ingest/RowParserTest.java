package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The row-level checks without Spark; cells are given in the dataset's raw column order. */
class RowParserTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final byte[] SECRET = "test-secret".getBytes(StandardCharsets.UTF_8);

    private static RowParser parser(DatasetDef def, String file) {
        int n = def.rawColumns().size();
        return new RowParser(def.name(), file, IntStream.range(0, n).toArray(), n, AS_OF, SECRET);
    }

    private static ParsedRow parse(DatasetDef def, String file, long row, String... cells) {
        return parser(def, file).parse(RawRecord.of(row, cells));
    }

    /** A good members row; tests change one cell. */
    private static String[] member() {
        return new String[] {"DY-0001", "张三", "110101198001011234", "男", "1980-01-01", "本科", "预备党员", "普通党员",
            "B01", "2005-07-01", "2020-01-01", "", "否", "是", ""};
    }

    private static String[] member(int column, String value) {
        String[] m = member();
        m[column] = value;
        return m;
    }

    private static void assertRejected(ReasonCode code, String column, String value, String message, ParsedRow p) {
        assertEquals(new Rejection(code, column, value, message), p.rejection());
    }

    @Test
    void aGoodMemberRowIsTypedAndKeyedWithoutPersonalCells() {
        ParsedRow p = parse(Members.DEF, "members.csv", 2, member());
        assertFalse(p.rejected());
        assertArrayEquals(new Object[] {"DY-0001", "张三", "110101198001011234", "M", LocalDate.of(1980, 1, 1),
            "bachelor", "probationary", "ordinary", "B01", LocalDate.of(2005, 7, 1), LocalDate.of(2020, 1, 1),
            null, false, true, false}, p.values());
        assertEquals("7f81c24f930fd60774c5e45c9269826b011ad452232a997ebbf76e5e5c865d97", p.memberKey());
        assertNull(p.rawCells()[1]);
        assertNull(p.rawCells()[2]);
        assertEquals("男", p.rawCells()[3]);
    }

    @Test
    void codeWordsBecomeIdentifiers() {
        ParsedRow a = parse(Attendance.DEF, "attendance.csv", 2, "E01", "DY-0001", "出 席", "");
        assertEquals("present", a.values()[2]);
        ParsedRow e = parse(Events.DEF, "events.csv", 2, "E01", "支部党员大会", "t", "U01", "", "",
                "2025-03-01 09:00", "2025-03-01 11:00", "", "线上线下", "指定人员");
        assertArrayEquals(new Object[] {"E01", "branch_general_meeting", "t", "U01", null, null,
            LocalDateTime.of(2025, 3, 1, 9, 0), LocalDateTime.of(2025, 3, 1, 11, 0), null, "hybrid", "invited"},
                e.values());
    }

    @Test
    void aMalformedMembersRowKeepsNoCellWhateverItsShape() {
        // "DY-0001,,,张三,1101...": two extra cells move the id number under gender and the name under id_number.
        String[] shifted = {"DY-0001", "", "", "张三", "110101198001011234", "男", "1980-01-01", "本科", "预备党员",
            "普通党员", "B01", "2005-07-01", "2020-01-01", "", "否"};
        ParsedRow p = parser(Members.DEF, "members.csv").parse(new RawRecord(7, shifted, 17));
        assertRejected(ReasonCode.MALFORMED_ROW, "", "", "members.csv row 7: the row has 17 cells, the header has 15",
                p);
        assertArrayEquals(new String[15], p.rawCells());
    }

    @Test
    void aMembersCellRunningOverLinesIsAMalformedRow() {
        // An unclosed quote in the last cell swallows the next rows, names and id numbers included.
        ParsedRow p = parse(Members.DEF, "members.csv", 9,
                member(14, "否\nDY-0002,李四,110101199001011234,女,1990-01-01,..."));
        assertRejected(ReasonCode.MALFORMED_ROW, "", "",
                "members.csv row 9: the row is not valid CSV (a cell runs over several lines; check its quotes)", p);
        assertArrayEquals(new String[15], p.rawCells());
        ParsedRow status = parse(Attendance.DEF, "attendance.csv", 3, "E01", "DY-0001", "出席\n", "");
        assertFalse(status.rejected(), "only datasets with personal columns: elsewhere the line break is trimmed");
    }

    @Test
    void malformedRowsNameTheCellCounts() {
        RowParser p = parser(Attendance.DEF, "attendance.csv");
        assertRejected(ReasonCode.MALFORMED_ROW, "", "", "attendance.csv row 15: the row has 2 cells, the header has 4",
                p.parse(new RawRecord(15, new String[] {"E01", "DY-0001", null, null}, 2)));
        assertRejected(ReasonCode.MALFORMED_ROW, "", "", "attendance.csv row 3: the row is not valid CSV (check its quotes)",
                p.parse(new RawRecord(3, new String[] {"E01", "DY-0001", "x", ""}, 4)));
    }

    @Test
    void missingValuesComeBeforeParseErrors() {
        assertRejected(ReasonCode.MISSING_VALUE, "education", "", "members.csv row 7: education is blank",
                parse(Members.DEF, "members.csv", 7, withBadBirthDate(member(5, " "))));
    }

    private static String[] withBadBirthDate(String[] m) {
        m[4] = "1985-13-02";
        return m;
    }

    @Test
    void parseErrorsNameFileRowColumnAndValue() {
        assertRejected(ReasonCode.BAD_DATE, "birth_date", "1985-13-02",
                "members.csv row 812: birth_date '1985-13-02' is not a date",
                parse(Members.DEF, "members.csv", 812, member(4, " 1985-13-02 ")));
        assertRejected(ReasonCode.UNKNOWN_CODE, "gender", "X", "members.csv row 4: gender 'X' is not one of M, F",
                parse(Members.DEF, "members.csv", 4, withBadBirthDate(member(3, "X"))));
        assertRejected(ReasonCode.UNKNOWN_CODE, "exempt", "maybe",
                "members.csv row 5: exempt 'maybe' is not one of 是/否, true/false, 1/0",
                parse(Members.DEF, "members.csv", 5, member(12, "maybe")));
        assertRejected(ReasonCode.BAD_NUMBER, "minutes", "十分钟",
                "platform_usage.csv row 9: minutes '十分钟' is not a whole number",
                parse(PlatformUsage.DEF, "platform_usage.csv", 9, "DY-0001", "xuexi", "2025-03-01", "3", "十分钟"));
        assertRejected(ReasonCode.BAD_DATE, "start_time", "2025-03-01 25:00",
                "events.csv row 2: start_time '2025-03-01 25:00' is not a date-time",
                parse(Events.DEF, "events.csv", 2, "E01", "党课", "t", "U01", "", "", "2025-03-01 25:00",
                        "2025-03-01 11:00", "", "线下", "本支部"));
    }

    @Test
    void personalValuesNeverAppearInRejections() {
        ParsedRow p = parse(Members.DEF, "members.csv", 13, member(1, ""));
        assertRejected(ReasonCode.MISSING_VALUE, "name", "", "members.csv row 13: name is blank", p);
    }

    @Test
    void rangeChecksInReasonCodeOrder() {
        // valid_to before valid_from and valid_from in the future: the period check comes first.
        String[] m = member();
        m[10] = "2026-03-01";
        m[11] = "2026-01-01";
        assertRejected(ReasonCode.END_BEFORE_START, "valid_to", "2026-01-01",
                "members.csv row 3: valid_to '2026-01-01' is before valid_from '2026-03-01'",
                parse(Members.DEF, "members.csv", 3, m));
        assertRejected(ReasonCode.FUTURE_DATE, "joined_date", "2026年1月1日",
                "members.csv row 3: joined_date '2026年1月1日' is after the day of the run, 2025-12-31",
                parse(Members.DEF, "members.csv", 3, member(9, "2026年1月1日")));
        assertRejected(ReasonCode.NEGATIVE_VALUE, "credit_hours", "-0.5",
                "attendance.csv row 6: credit_hours '-0.5' is negative",
                parse(Attendance.DEF, "attendance.csv", 6, "E01", "DY-0001", "出席", "-0.5"));
    }

    @Test
    void onlyFactsDatedAfterTheDayOfTheRunAreFuture() {
        // The parser runs on 2025-12-31. A planned end and the end of an event in progress may lie ahead.
        assertFalse(parse(Members.DEF, "members.csv", 2, member(11, "2026-06-30")).rejected(), "planned valid_to");
        String[] inProgress = {"E02", "集中轮训", "t", "U01", "", "", "2025-12-30 09:00", "2026-01-02 17:00", "",
            "线下", "本单位"};
        assertFalse(parse(Events.DEF, "events.csv", 3, inProgress).rejected(), "event in progress");
        assertFalse(parse(Members.DEF, "members.csv", 2, member(10, "2025-12-31")).rejected(), "valid_from today");
        assertRejected(ReasonCode.FUTURE_DATE, "valid_from", "2026-01-01",
                "members.csv row 2: valid_from '2026-01-01' is after the day of the run, 2025-12-31",
                parse(Members.DEF, "members.csv", 2, member(10, "2026-01-01")));
        assertRejected(ReasonCode.FUTURE_DATE, "birth_date", "2026-01-01",
                "members.csv row 2: birth_date '2026-01-01' is after the day of the run, 2025-12-31",
                parse(Members.DEF, "members.csv", 2, member(4, "2026-01-01")));
        String[] future = {"E05", "党课", "t", "U01", "B01", "", "2026-01-02 09:00", "2026-01-02 11:00", "", "线下",
            "本支部"};
        assertRejected(ReasonCode.FUTURE_DATE, "start_time", "2026-01-02 09:00",
                "events.csv row 4: start_time '2026-01-02 09:00' is after the day of the run, 2025-12-31",
                parse(Events.DEF, "events.csv", 4, future));
        assertRejected(ReasonCode.FUTURE_DATE, "date", "2026-01-01",
                "platform_usage.csv row 5: date '2026-01-01' is after the day of the run, 2025-12-31",
                parse(PlatformUsage.DEF, "platform_usage.csv", 5, "DY-1", "xuexi", "2026-01-01", "1", "1"));
        assertRejected(ReasonCode.FUTURE_DATE, "date", "2026-01-01",
                "volunteer_logs.csv row 6: date '2026-01-01' is after the day of the run, 2025-12-31",
                parse(VolunteerLogs.DEF, "volunteer_logs.csv", 6, "L1", "DY-1", "2026-01-01", "双报到", "2", "U01"));
        // A fact after the as-of day but not after the run's clock is kept: a run as of 30 June made on 31 December.
        RowParser runOnNewYearsEve = new RowParser(PlatformUsage.NAME, "platform_usage.csv",
                IntStream.range(0, 5).toArray(), 5, LocalDate.of(2025, 12, 31), SECRET);
        assertFalse(runOnNewYearsEve.parse(RawRecord.of(2, "DY-1", "xuexi", "2025-09-01", "1", "1")).rejected());
    }

    @Test
    void quarantinedRowsKeepTheirKeyIdsAndMemberKey() {
        // The known-member rule needs the member_key of a member row set aside for another reason.
        ParsedRow badBirth = parse(Members.DEF, "members.csv", 6, member(4, "1985-13-02"));
        assertTrue(badBirth.rejected());
        assertEquals(MemberKeys.key(SECRET, "DY-0001"), badBirth.memberKey());
        ParsedRow noStatus = parse(Attendance.DEF, "attendance.csv", 7, " Ｅ０１", "DY-0001", "", "");
        assertEquals(ReasonCode.MISSING_VALUE, noStatus.rejection().code());
        assertEquals("E01", noStatus.values()[0]);
    }

    @Test
    void dailyCaps() {
        // Three calendar days: 72 hours is the most an event can credit.
        String[] event = {"E03", "集中轮训", "t", "U02", "", "", "2025-01-06 23:00", "2025-01-08 01:00", "72", "线下", "本单位"};
        assertFalse(parse(Events.DEF, "events.csv", 4, event).rejected());
        event[8] = "72.5";
        assertRejected(ReasonCode.ABSURD_HOURS, "credit_hours", "72.5",
                "events.csv row 4: credit_hours '72.5' is more than 24 hours for each of the 3 day(s) the event touches",
                parse(Events.DEF, "events.csv", 4, event));
        assertRejected(ReasonCode.ABSURD_HOURS, "hours", "24.5",
                "volunteer_logs.csv row 2: hours '24.5' is more than 24 hours in a day",
                parse(VolunteerLogs.DEF, "volunteer_logs.csv", 2, "L1", "DY-1", "2025-05-01", "双报到", "24.5", "U01"));
        assertFalse(parse(VolunteerLogs.DEF, "volunteer_logs.csv", 2, "L1", "DY-1", "2025-05-01", "双报到", "24", "U01")
                .rejected());
        assertRejected(ReasonCode.ABSURD_HOURS, "minutes", "1441",
                "platform_usage.csv row 2: minutes '1441' is more than 1440 minutes in a day",
                parse(PlatformUsage.DEF, "platform_usage.csv", 2, "DY-1", "学习强国", "2025-03-01", "1", "1441"));
    }

    @Test
    void blankRowsAreNeitherDataNorErrors() {
        ParsedRow p = parse(Attendance.DEF, "attendance.csv", 9, "", " ", null, "\u3000");
        assertTrue(p.blank());
        assertFalse(p.rejected());
    }

    @Test
    void blankFlagsAreFalseAndOptionalCellsNull() {
        ParsedRow p = parse(Members.DEF, "members.csv", 2, member(13, ""));
        assertEquals(false, p.values()[13]);
        assertNull(p.values()[11]);
    }
}
