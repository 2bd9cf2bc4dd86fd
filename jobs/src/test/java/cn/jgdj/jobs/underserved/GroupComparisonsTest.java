package cn.jgdj.jobs.underserved;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupComparisonsTest {
    private static final String A = UnderServed.ATTAINMENT;

    private static OutcomeCount total(String period, long n, long k) {
        return new OutcomeCount(period, A, Dimensions.ALL, Dimensions.ALL, n, k);
    }

    private static OutcomeCount unit(String period, String unit, long n, long k) {
        return new OutcomeCount(period, A, Dimensions.UNIT, unit, n, k);
    }

    private static GroupComparison find(List<GroupComparison> rows, String period, String group) {
        return rows.stream().filter(r -> r.period().equals(period) && r.group().equals(group)).findFirst()
                .orElseThrow();
    }

    @Test
    void gapOfExactlyFivePointsIsFlagged() {
        // 4500/10000 vs 5000/10000: gap exactly −5.0, z = −7.08. One more attained member: −4.99, not flagged.
        List<GroupComparison> rows = GroupComparisons.compare(List.of(
                total("2024", 20000, 9500), unit("2024", "U1", 10000, 4500), unit("2024", "U2", 10000, 5000),
                total("2025", 20000, 9501), unit("2025", "U1", 10000, 4501), unit("2025", "U2", 10000, 5000)), 10);
        GroupComparison atBoundary = find(rows, "2024", "U1");
        assertEquals(-5.0, atBoundary.gapPp(), 0.0);
        assertTrue(atBoundary.qValue() < 1e-10);
        assertTrue(atBoundary.flagged());
        GroupComparison justInside = find(rows, "2025", "U1");
        assertEquals(-4.99, justInside.gapPp(), 1e-12);
        assertFalse(justInside.flagged());
        assertFalse(find(rows, "2024", "U2").flagged(), "a group ahead of the rest is never flagged");
    }

    @Test
    void shortfallIsDecidedWithoutRounding() {
        // 2/10 − 5/20 is exactly −5 points, but (0.2 − 0.25)·100 is −4.999999999999999 in doubles.
        assertTrue((2.0 / 10 - 5.0 / 20) * 100 > -5);
        assertTrue(GroupComparisons.shortfallAtLeast(2, 10, 5, 20, 5));
        assertFalse(GroupComparisons.shortfallAtLeast(3, 10, 5, 20, 5));
    }

    @Test
    void qValuesAreAdjustedWithinEachYear() {
        // 2025: U1 90/200 vs U2 112/200, z = −0.11/√(0.505·0.495·0.01) = −2.2001, p = 0.027799 for both
        // (each is the other's rest): q = p, so U1 (gap −11) is flagged.
        // 2024: two p-values of 0.617; pooled with them, U1's q would be 4·0.027799/2 = 0.0556: not flagged.
        List<GroupComparison> rows = GroupComparisons.compare(List.of(
                total("2025", 400, 202), unit("2025", "U1", 200, 90), unit("2025", "U2", 200, 112),
                total("2024", 400, 205), unit("2024", "U1", 200, 100), unit("2024", "U2", 200, 105)), 10);
        GroupComparison u1 = find(rows, "2025", "U1");
        assertEquals("z", u1.test());
        assertEquals(0.02779909097560631, u1.pValue(), 1e-12);
        assertEquals(u1.pValue(), u1.qValue(), 1e-15);
        assertTrue(u1.flagged());
        GroupComparison old = find(rows, "2024", "U1");
        assertEquals(old.pValue(), old.qValue(), 1e-15);
        assertEquals(List.of("2024", "2024", "2025", "2025"), rows.stream().map(GroupComparison::period).toList());
    }

    @Test
    void smallRestIsSuppressed() {
        // U1 has 40 of the 49 members: its rest (9) is under the cell size, so neither side of U1 is tested.
        List<GroupComparison> rows = GroupComparisons.compare(List.of(
                total("2025", 49, 19), unit("2025", "U1", 40, 10), unit("2025", "U2", 9, 9)), 10);
        GroupComparison u1 = find(rows, "2025", "U1");
        assertTrue(u1.suppressed());
        assertNull(u1.test());
        assertNull(u1.pValue());
        assertNull(u1.qValue());
        assertEquals(1.0, u1.restRate(), 0.0);
        assertEquals(-75.0, u1.gapPp(), 1e-12);
        assertFalse(u1.flagged());
        assertTrue(find(rows, "2025", "U2").suppressed());
    }

    @Test
    void reportOrderPutsAgeBandsByAge() {
        List<OutcomeCount> counts = new ArrayList<>();
        counts.add(total("2025", 100, 50));
        for (String band : List.of(">=56", "<=35", "46-55", "36-45")) {
            counts.add(new OutcomeCount("2025", A, Dimensions.AGE_BAND, band, 25, 12));
        }
        assertEquals(Dimensions.AGE_BANDS,
                GroupComparisons.compare(counts, 10).stream().map(GroupComparison::group).toList());
    }

    @Test
    void reportOrderIsTotalWhateverOrderTheCountsArriveIn() {
        // Undeclared outcomes and dimensions share a rank; their names break the tie, as unit ids do for units.
        List<OutcomeCount> counts = new ArrayList<>();
        for (String indicator : List.of(A, "zz_outcome", "aa_outcome")) {
            counts.add(new OutcomeCount("2025", indicator, Dimensions.ALL, Dimensions.ALL, 100, 50));
            counts.add(new OutcomeCount("2025", indicator, "zz_dimension", "g", 40, 20));
            counts.add(new OutcomeCount("2025", indicator, "aa_dimension", "g", 40, 20));
            counts.add(new OutcomeCount("2025", indicator, Dimensions.UNIT, "U10", 40, 20));
            counts.add(new OutcomeCount("2025", indicator, Dimensions.UNIT, "U02", 40, 20));
        }
        List<String> expected = new ArrayList<>();
        for (String indicator : List.of(A, "aa_outcome", "zz_outcome")) {
            for (String dg : List.of("unit U02", "unit U10", "aa_dimension g", "zz_dimension g")) {
                expected.add(indicator + " " + dg);
            }
        }
        java.util.Random random = new java.util.Random(7);
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            java.util.Collections.shuffle(counts, random);
            assertEquals(expected, GroupComparisons.compare(counts, 10).stream()
                    .map(r -> r.indicator() + " " + r.dimension() + " " + r.group()).toList(), "shuffle " + shuffle);
        }
    }

    @Test
    void countsThatDoNotAddUpAreAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupComparisons.compare(List.of(total("2025", 49, 20), unit("2025", "U1", 40, 10)), 10));
        assertEquals("counts of unit=U1 in 2025 do not fit the year's attainment total: group 10/40, total 20/49",
                e.getMessage());
    }

    @Test
    void groupWithoutTotalIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupComparisons.compare(List.of(unit("2025", "U1", 10, 5)), 10));
        assertEquals("no `all` total for period 2025, attainment", e.getMessage());
    }
}
