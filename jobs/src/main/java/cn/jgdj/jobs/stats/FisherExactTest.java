package cn.jgdj.jobs.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test on a 2×2 table [[a, b], [c, d]], two-sided as in R's {@code fisher.test}: the sum of
 * the probabilities of every table with the same margins that is no more likely than the observed one.
 */
public final class FisherExactTest {
    /**
     * Tables whose probability is within this relative distance of the observed one count as equally likely:
     * exact ties (symmetric margins) must not be lost to rounding. R uses the same 1e-7.
     */
    static final double RELATIVE_TOLERANCE = 1e-7;

    private FisherExactTest() {
    }

    /** Two-sided p-value for the table [[a, b], [c, d]] (rows: the two samples; columns: outcome yes/no). */
    public static double twoSidedP(long a, long b, long c, long d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException(
                    "Fisher's test needs non-negative cells, got [[" + a + ", " + b + "], [" + c + ", " + d + "]]");
        }
        long total = a + b + c + d;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Fisher's test table too large: " + total);
        }
        int row1 = (int) (a + b);
        int col1 = (int) (a + c);
        if (total == 0 || row1 == 0 || col1 == 0 || row1 == total || col1 == total) {
            return 1.0; // a zero margin admits a single table
        }
        // The count in the top-left cell given the margins is hypergeometric.
        HypergeometricDistribution h = new HypergeometricDistribution(null, (int) total, col1, row1);
        int lo = h.getSupportLowerBound();
        int hi = h.getSupportUpperBound();
        double[] logP = new double[hi - lo + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int x = lo; x <= hi; x++) {
            logP[x - lo] = h.logProbability(x);
            max = Math.max(max, logP[x - lo]);
        }
        // Work relative to the most likely table, so large tables neither underflow nor lose digits.
        double observed = Math.exp(logP[(int) a - lo] - max);
        double threshold = observed * (1 + RELATIVE_TOLERANCE);
        double sum = 0;
        double tail = 0;
        for (double lp : logP) {
            double rel = Math.exp(lp - max);
            sum += rel;
            if (rel <= threshold) {
                tail += rel;
            }
        }
        return Math.min(1.0, tail / sum);
    }
}
