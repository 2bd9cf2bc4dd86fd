package cn.jgdj.jobs.effectiveness;

/**
 * Callaway &amp; Sant'Anna group-time effects from {@link CellSums} totals, and their aggregation.
 *
 * <p>Within a stratum, ATT(g, e) = mean change of cohort g − mean change of its comparison members. Strata are
 * combined weighted by their treated counts; a stratum without treated or without comparison members in the cell
 * is left out of it. The event-study effect at e averages ATT(g, e) over cohorts weighted by their treated counts
 * (the did package's "dynamic" aggregation); the overall effect is the mean of the event-study effects over the
 * overall window. NaN where nothing can be estimated.
 */
public final class GroupTimeEffects {
    private GroupTimeEffects() {
    }

    /**
     * ATT(g, e) per cohort index and event-time index (NaN when no stratum is usable), and in the second half
     * of the result the treated weight of each cell: result[0][g][e] = att, result[1][g][e] = weight.
     */
    static double[][][] groupTime(CellSums s, double[] totals) {
        int nG = s.cohorts.length;
        double[][] att = new double[nG][s.eventTimes];
        double[][] weight = new double[nG][s.eventTimes];
        for (int g = 0; g < nG; g++) {
            for (int e = 0; e < s.eventTimes; e++) {
                double num = 0;
                double den = 0;
                for (int st = 0; st < s.strata; st++) {
                    int c = s.cell(st, g, e) * CellSums.VALUES;
                    double tN = totals[c + CellSums.T_N];
                    double cN = totals[c + CellSums.C_N];
                    if (tN > 0 && cN > 0) {
                        double effect = totals[c + CellSums.T_SUM] / tN - totals[c + CellSums.C_SUM] / cN;
                        num += tN * effect;
                        den += tN;
                    }
                }
                att[g][e] = den > 0 ? num / den : Double.NaN;
                weight[g][e] = den;
            }
        }
        return new double[][][] {att, weight};
    }

    /** Event-study effects per event-time index, followed by the overall effect as the last element. */
    static double[] eventStudy(CellSums s, double[] totals, int overallFrom, int overallTo) {
        double[][][] gt = groupTime(s, totals);
        double[] out = new double[s.eventTimes + 1];
        for (int e = 0; e < s.eventTimes; e++) {
            double num = 0;
            double den = 0;
            for (int g = 0; g < s.cohorts.length; g++) {
                if (gt[1][g][e] > 0) {
                    num += gt[1][g][e] * gt[0][g][e];
                    den += gt[1][g][e];
                }
            }
            out[e] = den > 0 ? num / den : Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (int e = overallFrom - s.firstEventTime; e <= overallTo - s.firstEventTime; e++) {
            if (e >= 0 && e < s.eventTimes && !Double.isNaN(out[e])) {
                sum += out[e];
                n++;
            }
        }
        out[s.eventTimes] = n > 0 ? sum / n : Double.NaN;
        return out;
    }
}
