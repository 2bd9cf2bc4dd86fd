package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SeasonalKendallTest {
    private static final double NA = Double.NaN;

    /**
     * USEPA (2009) Unified Guidance, Example 14-10 (data of Example 14-8, reproduced by R's EnvStats
     * kendallSeasonalTrendTest): monthly concentrations 1983–1985, months as seasons. Published: tau = 0.9722
     * (S = 35 of 36 pairs), z = 5.1849514, p = 2.160712e-07, seasonal slope 0.06 per year with the 95% interval
     * 0.05786914 to 0.07213086.
     */
    static final double[][] EPA_2009_EXAMPLE_14_8 = {
            {1.99, 2.01, 2.15}, {2.10, 2.10, 2.17}, {2.12, 2.17, 2.27}, {2.12, 2.13, 2.23},
            {2.11, 2.13, 2.24}, {2.15, 2.18, 2.26}, {2.19, 2.25, 2.31}, {2.18, 2.24, 2.32},
            {2.16, 2.22, 2.28}, {2.08, 2.13, 2.22}, {2.05, 2.08, 2.19}, {2.08, 2.16, 2.22}};

    /** Hand-derived quarterly series with ties (in percentage points), 3 years. */
    static final double[][] RISING_WITH_TIES = {{2, 3, 3}, {4, 5, 6}, {6, 6, 7}, {9, 8, 10}};

    /** Hand-derived quarterly series with ties and a missing year (Q2 of year 1), 4 years. */
    static final double[][] FALLING_WITH_GAP = {{10, 8, 7, 5}, {12, NA, 9, 9}, {11, 10, 10, 6}, {14, 13, 12, 11}};

    @Test
    void publishedExampleEpa2009() {
        SeasonalKendall sk = SeasonalKendall.test(EPA_2009_EXAMPLE_14_8);
        // 11 months rise in all 3 pairs; February ties 2.10, 2.10: S = 33 + 2 = 35.
        // Var = 11·(3·2·11)/18 + (66 − 2·1·9)/18 = (726 + 48)/18 = 43.
        assertEquals(35, sk.s());
        assertEquals(43.0, sk.variance(), 1e-12);
        assertEquals(34 / Math.sqrt(43), sk.z(), 1e-12);
        assertEquals(5.1849514, sk.z(), 1e-7);
        assertEquals(2.160712e-07, sk.pValue(), 1e-13);
    }

    @Test
    void risingWithTiesByHand() {
        // Q1 2,3,3: +1 +1 0 = 2, ties {3,3}: Var (66 − 18)/18.  Q2 4,5,6: 3, Var 66/18.
        // Q3 6,6,7: 0 +1 +1 = 2, Var 48/18.  Q4 9,8,10: −1 +1 +1 = 1, Var 66/18.
        // S = 8, Var = 228/18, Z = 7/√(228/18) = 1.966830, p = 0.049203.
        SeasonalKendall sk = SeasonalKendall.test(RISING_WITH_TIES);
        assertEquals(8, sk.s());
        assertEquals(228.0 / 18, sk.variance(), 1e-12);
        assertEquals(7 / Math.sqrt(228.0 / 18), sk.z(), 1e-12);
        assertEquals(0.04920278917749036, sk.pValue(), 1e-12);
    }

    @Test
    void fallingWithGapByHand() {
        // Q1 10,8,7,5: −6, Var 156/18.  Q2 12,9,9 (year 1 missing): −1 −1 0 = −2, ties {9,9}: Var 48/18.
        // Q3 11,10,10,6: −1 −1 −1 0 −1 −1 = −5, ties {10,10}: Var (156 − 18)/18.  Q4 14,13,12,11: −6, Var 156/18.
        // S = −19, Var = 498/18, Z = (−19 + 1)/√(498/18) = −3.422111, p = 0.00062137.
        SeasonalKendall sk = SeasonalKendall.test(FALLING_WITH_GAP);
        assertEquals(-19, sk.s());
        assertEquals(498.0 / 18, sk.variance(), 1e-12);
        assertEquals(-18 / Math.sqrt(498.0 / 18), sk.z(), 1e-12);
        assertEquals(6.213695160083283e-4, sk.pValue(), 1e-15);
    }

    @Test
    void seasonalPatternWithoutTrendIsNoTrend() {
        // Every year climbs from Q1 to Q4 by the same steps: no season changes between years.
        SeasonalKendall sk = SeasonalKendall.test(new double[][] {{1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {4, 4, 4}});
        assertEquals(0, sk.s());
        assertEquals(0.0, sk.variance());
        assertEquals(0.0, sk.z());
        assertEquals(1.0, sk.pValue());
    }

    @Test
    void twoYearsCanNeverBeSignificant() {
        // Four seasons all up: S = 4, Var = 4·(2·1·9)/18 = 4, Z = 3/2 → p = 0.1336.
        SeasonalKendall sk = SeasonalKendall.test(new double[][] {{1, 2}, {1, 2}, {1, 2}, {1, 2}});
        assertEquals(4, sk.s());
        assertEquals(1.5, sk.z(), 1e-12);
        assertTrue(sk.pValue() > 0.13);
    }

    @Test
    void needsASeasonWithTwoYears() {
        double[][] oneYear = {{1}, {2}, {3}, {NA}};
        assertFalse(SeasonalKendall.hasPair(oneYear));
        assertThrows(IllegalArgumentException.class, () -> SeasonalKendall.test(oneYear));
        assertThrows(IllegalArgumentException.class,
                () -> SeasonalKendall.test(new double[][] {{1, Double.POSITIVE_INFINITY}}));
    }
}
