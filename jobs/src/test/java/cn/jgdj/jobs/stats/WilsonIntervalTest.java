package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
    private static final double TOL = 1e-9;

    @Test
    void eightyOneOf263() {
        // p = 0.30798, z = 1.959964: centre = (p + z²/2n)/(1 + z²/n) = 0.310749, half-width 0.055460.
        WilsonInterval ci = WilsonInterval.of(81, 263);
        assertEquals(0.2552885198782742, ci.low(), TOL);
        assertEquals(0.3662095769828000, ci.high(), TOL);
    }

    @Test
    void zeroSuccessesStartAtZero() {
        // k = 0: low = 0, high = (z²/n)/(1 + z²/n) = 0.384146/1.384146.
        WilsonInterval ci = WilsonInterval.of(0, 10);
        assertEquals(0.0, ci.low(), 0.0);
        assertEquals(0.2775327998628893, ci.high(), TOL);
    }

    @Test
    void otherConfidenceLevel() {
        // 99%: z = 2.575829, k = n = 10: low = 1/(1 + z²/n) = 1/1.663490.
        WilsonInterval ci = WilsonInterval.of(10, 10, 0.99);
        assertEquals(0.6011459066950919, ci.low(), TOL);
        assertEquals(1.0, ci.high(), 0.0);
    }

    @Test
    void rejectsBadCounts() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(11, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 10, 1.0));
    }
}
