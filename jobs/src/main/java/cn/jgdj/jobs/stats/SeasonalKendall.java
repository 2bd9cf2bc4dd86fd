package cn.jgdj.jobs.stats;

/**
 * The seasonal Kendall test for a monotone trend (Hirsch, Slack &amp; Smith 1982): the Mann–Kendall statistic
 * S_g = Σ_{i&lt;j} sign(x_j − x_i) of each season over its years, S = Σ S_g, Var(S) = Σ Var(S_g) with each
 * season's correction for tied values, Z = (S − sign S)/√Var(S) (continuity correction) and the two-sided p-value
 * from the standard normal distribution. Seasons are compared only with themselves, so a seasonal pattern (year-to-
 * date attainment climbing every year) is no trend.
 * <p>
 * Input: {@code seasons[g][k]} is season g's value in year k (years consecutive from 0); NaN marks a missing
 * value, which is left out. Values count as tied only when exactly equal. Serial correlation between seasons is
 * not corrected (Hirsch &amp; Slack 1984): with a handful of years the correction is unreliable.
 *
 * @param s        S, the sum of the seasons' Mann–Kendall statistics
 * @param variance Var(S) with the tie correction
 * @param z        (S − 1)/√Var for S &gt; 0, (S + 1)/√Var for S &lt; 0, 0 for S = 0 or Var = 0
 * @param pValue   two-sided p-value; 1 when z = 0
 */
public record SeasonalKendall(long s, double variance, double z, double pValue) {

    /** @throws IllegalArgumentException when no season has two values, or a value is infinite */
    public static SeasonalKendall test(double[][] seasons) {
        requirePair(seasons);
        long s = 0;
        double variance = 0;
        for (double[] season : seasons) {
            double[] x = present(season);
            s += score(x);
            variance += variance(x);
        }
        double z = s == 0 || variance <= 0 ? 0.0 : (s - Long.signum(s)) / Math.sqrt(variance);
        return new SeasonalKendall(s, variance, z, z == 0.0 ? 1.0 : StandardNormal.twoSidedP(z));
    }

    /** Whether some season has at least two values, the least the test (and a slope) needs. */
    public static boolean hasPair(double[][] seasons) {
        for (double[] season : seasons) {
            if (present(season).length >= 2) {
                return true;
            }
        }
        return false;
    }

    static void requirePair(double[][] seasons) {
        for (double[] season : seasons) {
            for (double v : season) {
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("a seasonal value is not finite: " + v);
                }
            }
        }
        if (!hasPair(seasons)) {
            throw new IllegalArgumentException("the seasonal Kendall test needs a season with at least two years");
        }
    }

    /** The season's values in year order, missing years left out. */
    static double[] present(double[] season) {
        return java.util.Arrays.stream(season).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static long score(double[] x) {
        long s = 0;
        for (int i = 0; i < x.length - 1; i++) {
            for (int j = i + 1; j < x.length; j++) {
                s += (long) Math.signum(x[j] - x[i]);
            }
        }
        return s;
    }

    /** [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over the groups of t tied values. */
    private static double variance(double[] x) {
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        double ties = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                ties += term(i - start);
                start = i;
            }
        }
        return (term(x.length) - ties) / 18.0;
    }

    private static double term(long t) {
        return (double) t * (t - 1) * (2 * t + 5);
    }
}
