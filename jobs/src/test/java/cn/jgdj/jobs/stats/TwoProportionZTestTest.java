package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TwoProportionZTestTest {

    @Test
    void moderateDifference() {
        // 45/100 vs 60/120: pooled 105/220, se = sqrt(0.477273·0.522727·(1/100 + 1/120)) = 0.067631,
        // z = (0.45 − 0.5)/0.067631 = −0.739313; same p as chi-square without continuity correction.
        TwoProportionZTest t = TwoProportionZTest.of(45, 100, 60, 120);
        assertEquals(-0.7393130939809445, t.z(), 1e-12);
        assertEquals(0.4597169000968615, t.pValue(), 1e-12);
    }

    @Test
    void tinyPValueKeepsItsDigits() {
        TwoProportionZTest t = TwoProportionZTest.of(10, 50, 300, 400);
        assertEquals(-7.9202534521657695, t.z(), 1e-10);
        assertEquals(2.370269258811124e-15, t.pValue(), 2.370269258811124e-15 * 1e-6);
    }

    @Test
    void identicalDegenerateSamples() {
        TwoProportionZTest t = TwoProportionZTest.of(0, 20, 0, 30);
        assertEquals(0.0, t.z());
        assertEquals(1.0, t.pValue());
    }

    @Test
    void symmetricInTheSamples() {
        assertEquals(TwoProportionZTest.of(45, 100, 60, 120).pValue(),
                TwoProportionZTest.of(60, 120, 45, 100).pValue(), 1e-15);
    }

    @Test
    void rejectsEmptySample() {
        assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.of(0, 0, 1, 2));
    }
}
