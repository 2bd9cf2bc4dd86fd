package cn.jgdj.jobs.dataquality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.rules.Rules;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The scorecard from tallies, on the driver: no Spark needed. */
class ScorecardRowsTest {

    @Test
    void buildsEveryCheckWithSharesOverTheCountedRowsOnly() {
        List<Tally> tallies = List.of(
                new Tally("2025Q1", "U1", ScorecardRows.ROW, true, 8),
                new Tally("2025Q1", "U1", "set_aside:UNKNOWN_MEMBER", true, 1),
                new Tally("2025Q1", "U1", "set_aside:BAD_DATE", true, 1),
                // The set-aside event's missing end time, and a collapsed copy: against the 10 rows, not in them.
                new Tally("2025Q1", "U1", "event_without_end_or_venue", false, 1),
                new Tally("2025Q1", "U1", "exact_duplicate", false, 1),
                // Copies whose place has no counted row: kept, with no share rather than dropped.
                new Tally("undated", "unknown", "exact_duplicate", false, 2));
        List<String> rows = ScorecardRows.of(tallies, Rules.DEFAULT_DATA_QUALITY_THRESHOLDS).stream()
                .map(ScorecardRowsTest::text).toList();
        assertEquals(List.of(
                "2025Q1|U1|set_aside|2|10|0.2|0.05|true|true",
                "2025Q1|U1|assumed_roster|0|10|0.0|0.02|false|true",
                "2025Q1|U1|event_without_end_or_venue|1|10|0.1|0.02|true|true",
                "2025Q1|U1|platform_after_validity|0|10|0.0|0.01|false|true",
                "2025Q1|U1|exact_duplicate|1|10|0.1|0.02|true|true",
                "2025Q1|U1|superseded|0|10|0.0|0.1|false|true",
                "2025Q1|U1|set_aside:BAD_DATE|1|10|0.1|0.05|true|true",
                "2025Q1|U1|set_aside:UNKNOWN_MEMBER|1|10|0.1|0.05|true|true",
                "undated|unknown|set_aside|0|0|null|0.05|false|false",
                "undated|unknown|assumed_roster|0|0|null|0.02|false|false",
                "undated|unknown|event_without_end_or_venue|0|0|null|0.02|false|false",
                "undated|unknown|platform_after_validity|0|0|null|0.01|false|false",
                "undated|unknown|exact_duplicate|2|0|null|0.02|false|false",
                "undated|unknown|superseded|0|0|null|0.1|false|false"), rows);
    }

    private static String text(Row r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            b.append(i == 0 ? "" : "|").append(r.get(i));
        }
        return b.toString();
    }
}
