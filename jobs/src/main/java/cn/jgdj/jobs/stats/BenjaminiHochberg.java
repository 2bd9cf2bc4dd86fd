package cn.jgdj.jobs.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Benjamini–Hochberg q-values (false discovery rate adjusted p-values), as R's {@code p.adjust(p, "BH")}:
 * q(i) = min over j ≥ i of m·p(j)/j in ascending order of p, capped at 1, returned in the input order.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    public static double[] qValues(double[] pValues) {
        int m = pValues.length;
        for (int i = 0; i < m; i++) {
            double p = pValues[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p-value #" + i + " is not in [0, 1]: " + p);
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[m];
        double running = 1.0;
        // Step up from the largest p so that q is monotone in p.
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, pValues[i] * m / rank);
            q[i] = running;
        }
        return q;
    }

    public static double[] qValues(List<Double> pValues) {
        return qValues(pValues.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
