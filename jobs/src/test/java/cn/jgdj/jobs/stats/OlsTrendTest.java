package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class OlsTrendTest {
    private static final double TOL = 1e-9;

    @Test
    void eightQuarters() {
        // Sxx = 42, Sxy = 0.66 → slope 0.0157143; SSE = 0.000690, s.e. = sqrt(SSE/6/42) = 0.00165472,
        // t(0.975, 6) = 2.446912.
        OlsTrend t = OlsTrend.fit(new double[] {0, 1, 2, 3, 4, 5, 6, 7},
                new double[] {0.61, 0.63, 0.62, 0.66, 0.65, 0.69, 0.70, 0.72});
        assertEquals(0.01571428571428571, t.slope(), 1e-12);
        assertEquals(0.011277351078959608, t.ciLow(), TOL);
        assertEquals(0.02015122034961181, t.ciHigh(), TOL);
    }

    @Test
    void gapInTheSeriesKeepsTimePositions() {
        OlsTrend t = OlsTrend.fit(new double[] {0, 1, 2, 4, 5}, new double[] {0.5, 0.52, 0.55, 0.54, 0.60});
        assertEquals(0.016046511627906972, t.slope(), 1e-12);
        assertEquals(0.00037564031945545515, t.ciLow(), TOL);
        assertEquals(0.03171738293635849, t.ciHigh(), TOL);
    }

    @Test
    void perfectLineHasZeroWidthInterval() {
        OlsTrend t = OlsTrend.fit(new double[] {0, 1, 2}, new double[] {0.2, 0.3, 0.4});
        assertEquals(0.1, t.slope(), 1e-12);
        assertEquals(0.1, t.ciLow(), 1e-9);
        assertEquals(0.1, t.ciHigh(), 1e-9);
    }

    @Test
    void needsThreePoints() {
        assertThrows(IllegalArgumentException.class, () -> OlsTrend.fit(new double[] {0, 1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> OlsTrend.fit(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
    }
}
