package cn.jgdj.generator;

import java.util.SplittableRandom;

/**
 * Quasi-random attribute draws, balanced within each stratum: the k-th person of a unit gets the k-th point of
 * an R_d low-discrepancy sequence (Roberts' generalised golden ratio), shifted by a random offset per unit and
 * dimension. Gender, education, age, mobility and the other attributes then come out in nearly exact
 * proportions in every unit and jointly, so chance imbalances (say, more old members among men) do not make
 * an unplanted group look under-served.
 */
final class BalancedDraws {
    private final double[] alpha;
    private final double[][] offset;
    private final int[] next;

    BalancedDraws(int strata, int dims, SplittableRandom r) {
        double g = phi(dims);
        alpha = new double[dims];
        for (int j = 0; j < dims; j++) {
            alpha[j] = frac(1 / Math.pow(g, j + 1));
        }
        offset = new double[strata][dims];
        for (int s = 0; s < strata; s++) {
            for (int j = 0; j < dims; j++) {
                offset[s][j] = r.nextDouble();
            }
        }
        next = new int[strata];
    }

    /** The next point of the stratum's sequence: one value in [0, 1) per dimension. */
    double[] next(int stratum) {
        long k = next[stratum]++;
        double[] u = new double[alpha.length];
        for (int j = 0; j < alpha.length; j++) {
            u[j] = frac(offset[stratum][j] + k * alpha[j]);
        }
        return u;
    }

    /** The positive root of x^(d+1) = x + 1 (Newton's method). */
    static double phi(int d) {
        double x = 2.0;
        for (int i = 0; i < 60; i++) {
            x = x - (Math.pow(x, d + 1) - x - 1) / ((d + 1) * Math.pow(x, d) - 1);
        }
        return x;
    }

    private static double frac(double x) {
        return x - Math.floor(x);
    }
}
