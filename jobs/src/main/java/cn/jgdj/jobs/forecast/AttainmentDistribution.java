package cn.jgdj.jobs.forecast;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * A probability distribution of the number of members attaining: pmf[k − offset] = P(K = k). Sums of independent
 * binomials (one per projection cell) and equal mixtures of those (one per earlier year replayed).
 */
public final class AttainmentDistribution {
    /** Tail mass below which the ends of a pmf are trimmed, so convolutions stay small for large groups. */
    private static final double NEGLIGIBLE = 1e-15;

    private final int offset;
    private final double[] pmf;

    private AttainmentDistribution(int offset, double[] pmf) {
        this.offset = offset;
        this.pmf = pmf;
    }

    /** No members: K = 0 for sure. */
    public static AttainmentDistribution none() {
        return new AttainmentDistribution(0, new double[]{1.0});
    }

    /** K ~ Binomial(n, p). */
    public static AttainmentDistribution binomial(int n, double p) {
        if (p <= 0 || n == 0) {
            return new AttainmentDistribution(0, new double[]{1.0});
        }
        if (p >= 1) {
            return new AttainmentDistribution(n, new double[]{1.0});
        }
        BinomialDistribution b = new BinomialDistribution(null, n, p);
        double[] full = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            full[k] = b.probability(k);
        }
        return trimmed(0, full);
    }

    /** The distribution of the sum of this and another independent count. */
    public AttainmentDistribution plus(AttainmentDistribution other) {
        double[] out = new double[pmf.length + other.pmf.length - 1];
        for (int i = 0; i < pmf.length; i++) {
            if (pmf[i] == 0) {
                continue;
            }
            for (int j = 0; j < other.pmf.length; j++) {
                out[i + j] += pmf[i] * other.pmf[j];
            }
        }
        return trimmed(offset + other.offset, out);
    }

    /** The equal mixture of several distributions (each earlier year equally likely to repeat). */
    public static AttainmentDistribution mixture(List<AttainmentDistribution> parts) {
        int low = parts.stream().mapToInt(d -> d.offset).min().orElseThrow();
        int high = parts.stream().mapToInt(d -> d.offset + d.pmf.length - 1).max().orElseThrow();
        double[] out = new double[high - low + 1];
        for (AttainmentDistribution d : parts) {
            for (int i = 0; i < d.pmf.length; i++) {
                out[d.offset - low + i] += d.pmf[i] / parts.size();
            }
        }
        return new AttainmentDistribution(low, out);
    }

    /** The expected count. */
    public double mean() {
        double m = 0;
        for (int i = 0; i < pmf.length; i++) {
            m += (offset + i) * pmf[i];
        }
        return m;
    }

    /** The smallest k with P(K ≤ k) ≥ level (a small tolerance absorbs rounding in the sums). */
    public int quantile(double level) {
        double cumulative = 0;
        for (int i = 0; i < pmf.length; i++) {
            cumulative += pmf[i];
            if (cumulative >= level - 1e-12) {
                return offset + i;
            }
        }
        return offset + pmf.length - 1;
    }

    /** P(K = k), for tests. */
    public double probability(int k) {
        int i = k - offset;
        return i < 0 || i >= pmf.length ? 0 : pmf[i];
    }

    private static AttainmentDistribution trimmed(int offset, double[] p) {
        int from = 0;
        double tail = 0;
        while (from < p.length - 1 && tail + p[from] < NEGLIGIBLE) {
            tail += p[from++];
        }
        int to = p.length - 1;
        tail = 0;
        while (to > from && tail + p[to] < NEGLIGIBLE) {
            tail += p[to--];
        }
        return new AttainmentDistribution(offset + from, Arrays.copyOfRange(p, from, to + 1));
    }
}
