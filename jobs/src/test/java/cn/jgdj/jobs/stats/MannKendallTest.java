package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class MannKendallTest {
    private static final double TOL = 1e-9;

    @Test
    void seriesWithTies() {
        // 45 pairs: 39 increasing, 1 decreasing (5 then 4), 5 tied → S = 38.
        // Ties: {2,2}, {3,3,3}, {6,6}: Var = (10·9·25 − 2·(2·1·9) − 3·2·11)/18 = 2148/18 = 119.3333.
        // Z = 37/√119.3333 = 3.387044.
        MannKendall mk = MannKendall.test(new double[] {1, 2, 2, 3, 3, 3, 5, 4, 6, 6});
        assertEquals(38, mk.s());
        assertEquals(2148.0 / 18, mk.variance(), 1e-12);
        assertEquals(3.387043997220312, mk.z(), TOL);
        assertEquals(0.0007065005675843672, mk.pValue(), 1e-12);
    }

    @Test
    void decreasingShortSeries() {
        // S = −10, ties {4,4,4}: Var = (6·5·17 − 3·2·11)/18 = 444/18; Z = −9/√24.6667.
        MannKendall mk = MannKendall.test(new double[] {5, 4, 4, 3, 4, 2});
        assertEquals(-10, mk.s());
        assertEquals(444.0 / 18, mk.variance(), 1e-12);
        assertEquals(-1.8121213490778656, mk.z(), TOL);
        assertEquals(0.06996744829844559, mk.pValue(), 1e-10);
    }

    @Test
    void constantSeriesIsNoTrend() {
        MannKendall mk = MannKendall.test(new double[] {1, 1, 1, 1});
        assertEquals(0, mk.s());
        assertEquals(0.0, mk.variance(), 0.0);
        assertEquals(0.0, mk.z());
        assertEquals(1.0, mk.pValue());
    }

    @Test
    void threePointsCanNeverBeSignificant() {
        // S = 3, Var = 3·2·11/18 = 11/3, Z = 2/√(11/3) = 1.044466.
        MannKendall mk = MannKendall.test(new double[] {1, 2, 3});
        assertEquals(3, mk.s());
        assertEquals(2 / Math.sqrt(11.0 / 3), mk.z(), 1e-12);
        assertTrue(mk.pValue() > 0.29);
    }

    @Test
    void rejectsShortOrInvalidSeries() {
        assertThrows(IllegalArgumentException.class, () -> MannKendall.test(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> MannKendall.test(new double[] {1, Double.NaN, 2}));
    }
}
