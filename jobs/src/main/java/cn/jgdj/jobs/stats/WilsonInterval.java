package cn.jgdj.jobs.stats;

/**
 * Wilson score interval for a proportion k of n: unlike the Wald interval it stays inside [0, 1] and keeps
 * close to its nominal coverage for small groups and rates near 0 or 1.
 *
 * @param low  lower bound, in [0, 1]
 * @param high upper bound, in [0, 1]
 */
public record WilsonInterval(double low, double high) {

    /** The usual 95% interval. */
    public static WilsonInterval of(long k, long n) {
        return of(k, n, 0.95);
    }

    /**
     * @param confidence two-sided confidence level in (0, 1), e.g. 0.95
     * @throws IllegalArgumentException when n ≤ 0 or k is outside [0, n]
     */
    public static WilsonInterval of(long k, long n, double confidence) {
        if (n <= 0) {
            throw new IllegalArgumentException("Wilson interval needs n > 0, got n=" + n);
        }
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("Wilson interval needs 0 <= k <= n, got k=" + k + ", n=" + n);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        double z = StandardNormal.quantile(1 - (1 - confidence) / 2);
        double nn = n;
        double p = k / nn;
        double z2 = z * z;
        double denominator = 1 + z2 / nn;
        double centre = (p + z2 / (2 * nn)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
        // Rounding can push the k = 0 and k = n bounds a hair outside [0, 1].
        return new WilsonInterval(Math.max(0.0, centre - half), Math.min(1.0, centre + half));
    }
}
