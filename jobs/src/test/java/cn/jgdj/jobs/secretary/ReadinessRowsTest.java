package cn.jgdj.jobs.secretary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.secretary.ReadinessRows.SecretaryRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ReadinessRowsTest {

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void groupsEachYearByTheLastRowAndClampsTheWindowToTheMonthEnd() {
        List<SecretaryRow> rows = List.of(
                // a: appointed 1 March 2024 (window to 31 August 2024, trained on its last day); moves to U2,
                // whose type is unknown, on 1 July 2025, so 2025 counts under U2.
                new SecretaryRow("a", d("2024-03-01"), d("2025-06-30"), "U1", "agency"),
                new SecretaryRow("a", d("2025-07-01"), null, "U2", null),
                // b: appointed 31 August 2025: 31 August + 6 months is 28 February 2026, so the window ends on
                // 27 February; training on 28 February is too late, and the window is over by the as-of day.
                new SecretaryRow("b", d("2025-08-31"), null, "U1", "agency"),
                // c: served only before the years reported.
                new SecretaryRow("c", d("2020-01-01"), d("2023-12-31"), "U1", "agency"),
                // d: appointed before 2024, in a branch without a unit; trained in 2025.
                new SecretaryRow("d", d("2023-05-01"), null, null, null));
        Map<String, List<LocalDate>> training = Map.of("a", List.of(d("2024-08-31")),
                "b", List.of(d("2026-02-28")), "d", List.of(d("2025-01-10")), "x", List.of(d("2025-01-10")));
        List<String> table = ReadinessRows.rows(rows, training, 2024, 2025, d("2026-03-01"), 6, 2).stream()
                .map(ReadinessRowsTest::line).toList();
        assertEquals(List.of(
                // period|dimension|group|secretaries|trained|rate|new|in window|rate|overdue|rate|suppressed
                "2024|all|all|2|1|0.5|1|1|1.0|0|0.0|false",
                "2024|unit_type|agency|1|1|1.0|1|1|1.0|0|0.0|true",
                "2024|unit_type|unknown|1|0|0.0|0|0|null|0|null|true",
                "2024|unit|U1|1|1|1.0|1|1|1.0|0|0.0|true",
                "2024|unit|unknown|1|0|0.0|0|0|null|0|null|true",
                "2025|all|all|3|1|0.3333333333333333|1|0|0.0|1|1.0|false",
                "2025|unit_type|agency|1|0|0.0|1|0|0.0|1|1.0|true",
                "2025|unit_type|unknown|2|1|0.5|0|0|null|0|null|false",
                "2025|unit|U1|1|0|0.0|1|0|0.0|1|1.0|true",
                "2025|unit|U2|1|0|0.0|0|0|null|0|null|true",
                "2025|unit|unknown|1|1|1.0|0|0|null|0|null|true"), table);
    }

    @Test
    void windowStillOpenIsNotOverdueAndNoAsOfDayClosesEveryWindow() {
        List<SecretaryRow> rows = List.of(new SecretaryRow("b", d("2025-08-31"), null, "U1", "agency"));
        assertEquals("2025|all|all|1|0|0.0|1|0|0.0|0|0.0|true",
                line(ReadinessRows.rows(rows, Map.of(), 2025, 2025, d("2026-02-27"), 6, 2).get(0)));
        assertEquals("2025|all|all|1|0|0.0|1|0|0.0|1|1.0|true",
                line(ReadinessRows.rows(rows, Map.of(), 2025, 2025, null, 6, 2).get(0)));
        assertEquals(List.of(), ReadinessRows.rows(rows, Map.of(), 0, -1, null, 6, 2));
    }

    private static String line(Row r) {
        return r.mkString("|");
    }
}
