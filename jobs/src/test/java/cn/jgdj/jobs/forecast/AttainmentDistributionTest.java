package cn.jgdj.jobs.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttainmentDistributionTest {
    @Test
    void sumsAndMixesBinomials() {
        // Bin(2, .5) + Bin(1, .5) = Bin(3, .5): 1/8 3/8 3/8 1/8
        AttainmentDistribution d = AttainmentDistribution.binomial(2, 0.5).plus(AttainmentDistribution.binomial(1, 0.5));
        assertEquals(0.375, d.probability(1), 1e-15);
        assertEquals(1.5, d.mean(), 1e-12);
        assertEquals(0, d.quantile(0.10));
        assertEquals(3, d.quantile(0.90));
        // mixed with "always 3": 1/16 3/16 3/16 9/16
        AttainmentDistribution m = AttainmentDistribution.mixture(List.of(d, AttainmentDistribution.binomial(3, 1)));
        assertEquals(9.0 / 16, m.probability(3), 1e-15);
        assertEquals(2, m.quantile(0.40));
        assertEquals(2.25, m.mean(), 1e-12);
    }

    @Test
    void largeGroupsStayExact() {
        AttainmentDistribution d = AttainmentDistribution.binomial(5000, 0.3)
                .plus(AttainmentDistribution.binomial(5000, 0.6));
        assertEquals(1500 + 3000, d.mean(), 1e-6);
    }
}
