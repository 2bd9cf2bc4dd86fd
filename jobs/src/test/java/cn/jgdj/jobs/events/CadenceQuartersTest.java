package cn.jgdj.jobs.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class CadenceQuartersTest {
    private static final String BGM = "branch_general_meeting";
    private static final String BCM = "branch_committee_meeting";
    private static final String GM = "group_meeting";
    private static final String PL = "party_lecture";
    private static final String TPD = "theme_party_day";

    /** Bits of the months given (1–12). */
    private static int months(int... m) {
        int mask = 0;
        for (int i : m) {
            mask |= 1 << i;
        }
        return mask;
    }

    private static Row held(int year, int quarter, String branch, String unit, String type, long n, int mask) {
        return RowFactory.create(year, quarter, branch, unit, type, n, mask);
    }

    @Test
    void ownAndUnitWideMeetingsOnEveryBranchInEveryQuarter() {
        // B4's branch has no unit; B9 is not in the branches file.
        List<Row> branches = List.of(RowFactory.create("B3", "U2"), RowFactory.create("B1", "U1"),
                RowFactory.create("B4", null), RowFactory.create("B2", "U1"));
        List<Row> held = List.of(
                held(2024, 4, null, null, null, 2, months(11)),          // no cadence: only makes 2024 a year
                held(2025, 1, "B1", null, BGM, 1, months(1)),
                held(2025, 1, "B1", null, PL, 1, months(2)),
                held(2025, 1, "B1", null, BCM, 3, months(1, 2, 3)),
                held(2025, 1, "B1", null, GM, 4, months(1, 2, 3)),
                held(2025, 1, "B1", null, TPD, 2, months(1, 2)),         // March comes from U1's unit-wide day
                held(2025, 1, null, "U1", TPD, 1, months(3)),            // for B1 and B2
                held(2025, 1, "B9", null, BGM, 1, months(1)),            // unknown branch: nowhere
                held(2025, 1, null, "U3", PL, 1, months(2)),             // a unit without branches: nowhere
                held(2025, 1, null, null, PL, 1, months(2)),             // no organiser: nowhere
                held(2025, 2, "B3", null, BGM, 1, months(4)));
        List<String> rows = CadenceQuarters.rows(branches, held, LocalDate.of(2025, 4, 15)).stream()
                .map(r -> r.mkString("|")).toList();
        List<String> expected = new ArrayList<>();
        // period|branch|unit|branch_general_meeting|branch_committee_meeting|group_meeting|party_lecture|
        // theme_party_day|compliant|partial: 2024 has a row per branch and quarter, nothing held.
        for (int q = 1; q <= 4; q++) {
            for (String b : List.of("B1|U1", "B2|U1", "B3|U2", "B4|null")) {
                expected.add("2024Q" + q + "|" + b + "|0|0|0|0|0|false|false");
            }
        }
        expected.addAll(List.of(
                "2025Q1|B1|U1|1|3|4|1|3|true|false",
                "2025Q1|B2|U1|0|0|0|0|1|false|false",
                "2025Q1|B3|U2|0|0|0|0|0|false|false",
                "2025Q1|B4|null|0|0|0|0|0|false|false",
                // As of 15 April: Q2 is in progress (compliance left empty), Q3 and Q4 have not begun.
                "2025Q2|B1|U1|0|0|0|0|0|null|true",
                "2025Q2|B2|U1|0|0|0|0|0|null|true",
                "2025Q2|B3|U2|1|0|0|0|0|null|true",
                "2025Q2|B4|null|0|0|0|0|0|null|true"));
        assertEquals(expected, rows);
    }

    @Test
    void aMonthlyTypeHeldTwiceInOneMonthStillMissesTheOthers() {
        List<Row> branches = List.<Row>of(RowFactory.create("B1", "U1"));
        List<Row> held = List.of(
                held(2025, 3, "B1", null, BGM, 1, months(7)),
                held(2025, 3, "B1", null, PL, 1, months(7)),
                held(2025, 3, "B1", null, BCM, 3, months(7, 8, 9)),
                held(2025, 3, "B1", null, GM, 3, months(7, 9)),
                held(2025, 3, "B1", null, TPD, 3, months(7, 8, 9)));
        List<String> rows = CadenceQuarters.rows(branches, held, null).stream().map(r -> r.mkString("|")).toList();
        assertEquals(List.of("2025Q1|B1|U1|0|0|0|0|0|false|false", "2025Q2|B1|U1|0|0|0|0|0|false|false",
                "2025Q3|B1|U1|1|3|3|1|3|false|false", "2025Q4|B1|U1|0|0|0|0|0|false|false"), rows);
    }
}
