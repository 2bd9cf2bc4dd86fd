package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SeasonalSenSlopeTest {

    @Test
    void publishedExampleEpa2009() {
        // USEPA (2009) Example 14-10: slope 0.06 per year, 95% interval 0.05786914 to 0.07213086 (36 slopes,
        // C = 1.959964·√43 = 12.85234: ranks 11.574 and 25.426, interpolated).
        SeasonalSenSlope sen = SeasonalSenSlope.estimate(SeasonalKendallTest.EPA_2009_EXAMPLE_14_8);
        assertEquals(36, sen.pairs());
        assertEquals(0.06, sen.slope(), 1e-12);
        assertEquals(0.05786914, sen.ciLow(), 1e-8);
        assertEquals(0.07213086, sen.ciHigh(), 1e-8);
    }

    @Test
    void risingWithTiesByHand() {
        // Slopes per year: Q1 1, 0.5, 0; Q2 1, 1, 1; Q3 0, 0.5, 1; Q4 −1, 0.5, 2.
        // Sorted: −1, 0, 0, 0.5, 0.5, 0.5, 1, 1, 1, 1, 1, 2: median (0.5 + 1)/2 = 0.75.
        // C = 1.959964·√(228/18) = 6.975550: ranks 2.512 (0 to 0) and 10.488 (1 to 1).
        SeasonalSenSlope sen = SeasonalSenSlope.estimate(SeasonalKendallTest.RISING_WITH_TIES);
        assertEquals(12, sen.pairs());
        assertEquals(0.75, sen.slope(), 0.0);
        assertEquals(0.0, sen.ciLow(), 0.0);
        assertEquals(1.0, sen.ciHigh(), 0.0);
    }

    @Test
    void gapCountsTheYearsBetween() {
        // Q2 12, –, 9, 9: slopes (9 − 12)/2, (9 − 12)/3, 0 — divided by the years apart, not by the positions.
        // All 21 slopes sorted: −4, −2 ×3, −5/3 ×2, −1.5 ×3, −1 ×9, −0.5, 0 ×2: median (11th) −1.
        // C = 1.959964·√(498/18) = 10.30923: ranks 5.345 (−5/3 to −5/3) and 16.655 (−1 to −1).
        SeasonalSenSlope sen = SeasonalSenSlope.estimate(SeasonalKendallTest.FALLING_WITH_GAP);
        assertEquals(21, sen.pairs());
        assertEquals(-1.0, sen.slope(), 0.0);
        assertEquals(-5.0 / 3, sen.ciLow(), 1e-15);
        assertEquals(-1.0, sen.ciHigh(), 0.0);
    }

    @Test
    void interpolatesBetweenRanks() {
        // One season 0, 1, 3 over 3 years: slopes 1, 1.5, 2 (sorted), Var = 66/18.
        // At 50% confidence C = 0.6744898·√(66/18) = 1.291551: ranks 0.854 (below 1: no bound) and 3.146 (> 3).
        // At 20%: C = 0.2533471·1.914854 = 0.485123: ranks 1.257438 → 1 + 0.257438·0.5, 2.742562 → 1.5 + 0.742562·0.5.
        double[][] one = {{0, 1, 3}};
        SeasonalSenSlope wide = SeasonalSenSlope.estimate(one, 66.0 / 18, 0.5);
        assertEquals(1.5, wide.slope(), 0.0);
        assertNull(wide.ciLow());
        assertNull(wide.ciHigh());
        SeasonalSenSlope narrow = SeasonalSenSlope.estimate(one, 66.0 / 18, 0.2);
        double c = StandardNormal.quantile(0.6) * Math.sqrt(66.0 / 18);
        assertEquals(1 + ((3 - c) / 2 - 1) * 0.5, narrow.ciLow(), 1e-12);
        assertEquals(1.5 + ((3 + c) / 2 + 1 - 2) * 0.5, narrow.ciHigh(), 1e-12);
        assertEquals(1.128719, narrow.ciLow(), 1e-6);
        assertEquals(1.871281, narrow.ciHigh(), 1e-6);
    }
}
