package cn.jgdj.jobs.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The seasonal Sen slope (Hirsch, Slack &amp; Smith 1982): the median of every within-season slope
 * (x_j − x_i)/(j − i) over pairs of years i &lt; j of the same season, so in units per year when the seasons are the
 * quarters or months of a year; and its confidence interval by Gilbert's (1987) rank method: with N ordered
 * slopes and C = z_{1−α/2}·√Var(S) (Var(S) of the seasonal Kendall test, ties corrected), the bounds are the
 * slopes of rank (N − C)/2 and (N + C)/2 + 1 (1-based), interpolated linearly between neighbouring ranks as
 * USEPA (2009) and R's EnvStats do. A bound whose rank falls outside 1..N is null: too few slopes for that
 * confidence.
 *
 * @param slope  median within-season slope per year
 * @param ciLow  lower bound, or null
 * @param ciHigh upper bound, or null
 * @param pairs  N, the number of within-season slopes
 */
public record SeasonalSenSlope(double slope, Double ciLow, Double ciHigh, int pairs) {

    /** With a 95% interval; {@code seasons} as for {@link SeasonalKendall#test}. */
    public static SeasonalSenSlope estimate(double[][] seasons) {
        return estimate(seasons, SeasonalKendall.test(seasons).variance(), 0.95);
    }

    /**
     * @param varianceOfS Var(S) of the seasonal Kendall test on the same seasons
     * @param confidence  two-sided confidence level in (0, 1)
     */
    public static SeasonalSenSlope estimate(double[][] seasons, double varianceOfS, double confidence) {
        SeasonalKendall.requirePair(seasons);
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        double[] slopes = slopes(seasons);
        Arrays.sort(slopes);
        int n = slopes.length;
        double c = StandardNormal.quantile(1 - (1 - confidence) / 2) * Math.sqrt(varianceOfS);
        return new SeasonalSenSlope(median(slopes), rank(slopes, (n - c) / 2), rank(slopes, (n + c) / 2 + 1), n);
    }

    private static double[] slopes(double[][] seasons) {
        List<Double> out = new ArrayList<>();
        for (double[] season : seasons) {
            for (int i = 0; i < season.length - 1; i++) {
                for (int j = i + 1; j < season.length; j++) {
                    if (!Double.isNaN(season[i]) && !Double.isNaN(season[j])) {
                        out.add((season[j] - season[i]) / (j - i));
                    }
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The value at 1-based rank r, interpolated; null outside 1..n. */
    private static Double rank(double[] sorted, double r) {
        if (r < 1 || r > sorted.length) {
            return null;
        }
        int lo = (int) Math.floor(r);
        double f = r - lo;
        return f == 0 ? sorted[lo - 1] : sorted[lo - 1] + f * (sorted[lo] - sorted[lo - 1]);
    }
}
