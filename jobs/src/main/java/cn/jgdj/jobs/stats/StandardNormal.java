package cn.jgdj.jobs.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Standard normal quantile and two-sided tail probability, shared by the tests in this package. */
final class StandardNormal {
    // No random generator: the distribution is only evaluated, never sampled.
    private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1,
            NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

    private StandardNormal() {
    }

    static double quantile(double probability) {
        return N01.inverseCumulativeProbability(probability);
    }

    /** P(|Z| ≥ |z|), computed from the lower tail so that tiny p-values keep their precision. */
    static double twoSidedP(double z) {
        return Math.min(1.0, 2 * N01.cumulativeProbability(-Math.abs(z)));
    }
}
