package cn.jgdj.jobs.stats;

import java.util.Arrays;

/**
 * Mann–Kendall test for a monotone trend in a series taken in time order: S = Σ_{i<j} sign(y_j − y_i), its
 * variance under no trend with the correction for tied values, the continuity-corrected Z and the two-sided
 * p-value from the normal approximation.
 * <p>
 * Small series: the normal approximation is rough below about 10 points, and with 3 or 4 points even a
 * perfectly monotone series cannot reach p &lt; 0.05 (n = 3: p ≥ 0.296; n = 4: p ≥ 0.090), so short series
 * come out not significant rather than over-claimed. Fewer than {@link #MIN_POINTS} points are rejected.
 * Values count as tied only when exactly equal.
 *
 * @param s        the Mann–Kendall statistic S
 * @param variance Var(S) with the tie correction
 * @param z        (S − 1)/√Var for S &gt; 0, (S + 1)/√Var for S &lt; 0, 0 for S = 0
 * @param pValue   two-sided p-value
 */
public record MannKendall(long s, double variance, double z, double pValue) {
    public static final int MIN_POINTS = 3;

    public static MannKendall test(double[] y) {
        int n = y.length;
        if (n < MIN_POINTS) {
            throw new IllegalArgumentException("the Mann-Kendall test needs at least " + MIN_POINTS
                    + " points, got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("value #" + i + " of the series is not finite: " + y[i]);
            }
        }
        long s = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += (long) Math.signum(y[j] - y[i]);
            }
        }
        double variance = (tieTerm(n) - tiesCorrection(y)) / 18.0;
        double z;
        if (s == 0 || variance <= 0) {
            z = 0.0;
        } else {
            z = (s > 0 ? s - 1 : s + 1) / Math.sqrt(variance);
        }
        return new MannKendall(s, variance, z, z == 0.0 ? 1.0 : StandardNormal.twoSidedP(z));
    }

    /** t(t − 1)(2t + 5), the variance term of a group of t values. */
    private static double tieTerm(long t) {
        return (double) t * (t - 1) * (2 * t + 5);
    }

    private static double tiesCorrection(double[] y) {
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                sum += tieTerm(i - start);
                start = i;
            }
        }
        return sum;
    }
}
