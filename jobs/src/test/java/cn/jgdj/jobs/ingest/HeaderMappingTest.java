package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.PlatformUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderMappingTest {

    @Test
    void chineseAndEnglishHeadersInAnyOrderWithExtrasIgnored() {
        HeaderMapping m = HeaderMapping.of(Attendance.DEF, "attendance.csv",
                List.of("\uFEFF出勤状态", "备注", "EVENT_ID", " 党员编号 ", ""));
        // event_id, member_id, status, credit_hours
        assertArrayEquals(new int[] {2, 3, 0, -1}, m.positions());
        assertEquals(5, m.width());
        assertEquals(List.of("备注"), m.ignoredColumns());
    }

    @Test
    void fullWidthPunctuationInHeadersMatchesTheAlias() {
        HeaderMapping m = HeaderMapping.of(PlatformUsage.DEF, "platform_usage.csv",
                List.of("党员编号", "平台", "日期", "积分", "时长（分钟）"));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, m.positions());
    }

    @Test
    void aMissingRequiredColumnNamesFileColumnAndAcceptedWords() {
        IngestException e = assertThrows(IngestException.class, () -> HeaderMapping.of(Attendance.DEF,
                "attendance.csv", List.of("活动编号", "认定学时")));
        assertEquals("attendance.csv: missing required column member_id (accepted header words: member_id, 党员编号, "
                + "人员编号); missing required column status (accepted header words: status, 出勤状态, 状态, 参加情况)",
                e.getMessage());
    }

    @Test
    void aColumnGivenTwiceIsAnError() {
        IngestException e = assertThrows(IngestException.class, () -> HeaderMapping.of(Attendance.DEF,
                "attendance.csv", List.of("event_id", "member_id", "党员编号", "status")));
        assertEquals("attendance.csv: header cells 2 ('member_id') and 3 ('党员编号') both mean column member_id; "
                + "keep one", e.getMessage());
    }
}
