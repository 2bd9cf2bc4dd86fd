package cn.jgdj.jobs.stats;

/**
 * Compares the proportion k1/n1 of a group with k2/n2 of the rest: the pooled z-test, or Fisher's exact test
 * when an expected cell count of the 2×2 table is below {@link #MIN_EXPECTED}, where the normal approximation fails.
 *
 * @param test   {@link #Z} or {@link #FISHER}
 * @param pValue two-sided p-value
 */
public record ProportionComparison(String test, double pValue) {
    public static final String Z = "z";
    public static final String FISHER = "fisher";
    /** Cochran's rule of thumb for the chi-square / z approximation. */
    public static final double MIN_EXPECTED = 5.0;

    public static ProportionComparison of(long k1, long n1, long k2, long n2) {
        Counts.check(k1, n1, "first");
        Counts.check(k2, n2, "second");
        if (smallestExpectedCount(k1, n1, k2, n2) < MIN_EXPECTED) {
            return new ProportionComparison(FISHER, FisherExactTest.twoSidedP(k1, n1 - k1, k2, n2 - k2));
        }
        return new ProportionComparison(Z, TwoProportionZTest.of(k1, n1, k2, n2).pValue());
    }

    /** The smallest of the four expected counts (row total × column total / grand total) under independence. */
    static double smallestExpectedCount(long k1, long n1, long k2, long n2) {
        long yes = k1 + k2;
        long no = n1 + n2 - yes;
        return (double) Math.min(n1, n2) * Math.min(yes, no) / (n1 + n2);
    }
}
