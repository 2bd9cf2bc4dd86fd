package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ProportionComparisonTest {

    @Test
    void largeCountsUseTheZTest() {
        // Smallest expected count: min(100, 120)·min(105, 115)/220 = 47.7.
        ProportionComparison c = ProportionComparison.of(45, 100, 60, 120);
        assertEquals(ProportionComparison.Z, c.test());
        assertEquals(0.4597169000968615, c.pValue(), 1e-12);
    }

    @Test
    void smallExpectedCountUsesFisher() {
        // 2/10 vs 30/40: smallest expected count = 10·18/50 = 3.6 < 5.
        assertEquals(3.6, ProportionComparison.smallestExpectedCount(2, 10, 30, 40), 1e-12);
        ProportionComparison c = ProportionComparison.of(2, 10, 30, 40);
        assertEquals(ProportionComparison.FISHER, c.test());
        assertEquals(0.0022685879037093863, c.pValue(), 1e-14);
    }

    @Test
    void expectedCountOfExactlyFiveStaysWithZ() {
        // 10/20 vs 0/20: both expected yes-cells are 20·10/40 = 5, not below 5.
        assertEquals(5.0, ProportionComparison.smallestExpectedCount(10, 20, 0, 20), 1e-12);
        assertEquals(ProportionComparison.Z, ProportionComparison.of(10, 20, 0, 20).test());
    }
}
