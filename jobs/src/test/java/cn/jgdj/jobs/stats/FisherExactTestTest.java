package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class FisherExactTestTest {

    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-8, () -> "expected " + expected + " got " + actual);
    }

    @Test
    void ladyTastingTea() {
        // Margins 4/4/4/4: P(a) = C(4,a)C(4,4−a)/C(8,4) = 1,16,36,16,1 /70; tables no more likely than a = 3:
        // a = 0, 1, 3, 4 → 34/70. The two tables with 16/70 tie exactly, so the tolerance must keep both.
        assertRelative(34.0 / 70, FisherExactTest.twoSidedP(3, 1, 1, 3));
    }

    @Test
    void asymmetricSmallTable() {
        // R: fisher.test(matrix(c(1, 11, 9, 3), 2))$p.value = 0.002759456
        assertRelative(0.0027594561852200836, FisherExactTest.twoSidedP(1, 9, 11, 3));
    }

    @Test
    void zeroCell() {
        // Margins row1 = 10, col1 = 25, N = 50: only a = 0 and a = 10 are as unlikely as a = 0.
        assertRelative(0.0006364235753557286, FisherExactTest.twoSidedP(0, 10, 25, 15));
    }

    @Test
    void largeTableThroughLogs() {
        // 4000 trials: the probabilities underflow if taken directly as ratios of factorials.
        assertRelative(0.0004526325820608687, FisherExactTest.twoSidedP(1500, 500, 1400, 600));
        assertRelative(0.0036351855558814402, FisherExactTest.twoSidedP(120, 80, 90, 110));
    }

    @Test
    void zeroMarginHasOneTable() {
        assertEquals(1.0, FisherExactTest.twoSidedP(0, 5, 0, 7));
        assertEquals(1.0, FisherExactTest.twoSidedP(5, 0, 7, 0));
    }

    @Test
    void rejectsNegativeCell() {
        assertThrows(IllegalArgumentException.class, () -> FisherExactTest.twoSidedP(-1, 2, 3, 4));
    }
}
