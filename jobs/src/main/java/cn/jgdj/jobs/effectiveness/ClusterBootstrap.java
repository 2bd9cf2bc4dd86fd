package cn.jgdj.jobs.effectiveness;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile intervals by resampling branches with replacement (the cluster bootstrap): each draw takes as many
 * branches as there are, counts how often each was drawn, and recomputes the estimate from the branch sums.
 * The same seed gives the same draws, so a run is reproducible from the seed it records.
 */
public final class ClusterBootstrap {
    private ClusterBootstrap() {
    }

    /**
     * Draws summed together: each branch's values are placed once per block, and a block's totals (16 × 4 values
     * per cell: under 1 MB at 1,760 cells) stay in the core's cache.
     */
    static final int BLOCK = 16;

    /**
     * Lower and upper 95 % bounds for each element of the estimate: bounds[0][k], bounds[1][k]; NaN when fewer
     * than half of the draws could estimate element k (a sparse cell's interval would mean nothing).
     */
    static double[][] intervals(CellSums s, int draws, long seed, int overallFrom, int overallTo) {
        return intervals(new CellSums[] {s}, draws, seed, overallFrom, overallTo)[0];
    }

    /**
     * {@link #intervals(CellSums, int, long, int, int)} of several sums over the same branches (the outcomes of one
     * program and group), from one sequence of draws: each gets exactly the draws and bounds it would get alone.
     */
    static double[][][] intervals(CellSums[] sums, int draws, long seed, int overallFrom, int overallTo) {
        int nb = sums[0].branches.length;
        for (CellSums s : sums) {
            if (s.branches.length != nb) {
                throw new IllegalArgumentException("sums over different branches cannot share draws");
            }
        }
        double[][][] samples = new double[sums.length][][];
        for (int o = 0; o < sums.length; o++) {
            samples[o] = new double[sums[o].eventTimes + 1][draws];
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int first = 0; first < draws; first += BLOCK) {
            int[][] weights = new int[Math.min(BLOCK, draws - first)][nb];
            for (int[] w : weights) {
                for (int i = 0; i < nb; i++) {
                    w[random.nextInt(nb)]++;
                }
            }
            for (int o = 0; o < sums.length; o++) {
                double[][] totals = sums[o].drawTotals(weights);
                for (int d = 0; d < weights.length; d++) {
                    double[] est = GroupTimeEffects.eventStudy(sums[o], totals[d], overallFrom, overallTo);
                    for (int j = 0; j < est.length; j++) {
                        samples[o][j][first + d] = est[j];
                    }
                }
            }
        }
        double[][][] bounds = new double[sums.length][][];
        for (int o = 0; o < sums.length; o++) {
            bounds[o] = bounds(samples[o], draws);
        }
        return bounds;
    }

    private static double[][] bounds(double[][] samples, int draws) {
        int k = samples.length;
        double[][] bounds = new double[2][k];
        for (int j = 0; j < k; j++) {
            double[] finite = Arrays.stream(samples[j]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            boolean enough = finite.length * 2 >= draws && finite.length > 0;
            bounds[0][j] = enough ? quantile(finite, 0.025) : Double.NaN;
            bounds[1][j] = enough ? quantile(finite, 0.975) : Double.NaN;
        }
        return bounds;
    }

    /** Linear interpolation between order statistics (R's type 7, numpy's default). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
