package cn.jgdj.jobs.effectiveness;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums the group-time estimator needs, per branch: for every stratum, cohort g and event time e, the sum and
 * count of outcome changes of the cohort's members (treated) and of the members not yet treated (comparison).
 * The estimate is a function of these sums only, so the cluster bootstrap reweights branches instead of members.
 *
 * <p>Change for cell (g, e), period p = g + e: Y(p) − Y(g − 1) after treatment starts (e ≥ 0), Y(p) − Y(p − 1)
 * before it (e &lt; 0, the "varying" base period of Callaway &amp; Sant'Anna's did package). Comparison members:
 * never treated by the program in the year, or first treated after p, and not in cohort g. A member enters a cell
 * only when both months are observed. Cohorts treated in the panel's first month have no base month and are left
 * out.
 */
public final class CellSums {
    /** Values stored per cell: treated sum, treated count, comparison sum, comparison count. */
    static final int VALUES = 4;
    static final int T_SUM = 0;
    static final int T_N = 1;
    static final int C_SUM = 2;
    static final int C_N = 3;

    final int firstEventTime;
    final int eventTimes;
    final int strata;
    final int[] cohorts;
    /** Branch ids in sorted order: the bootstrap's clusters. */
    final String[] branches;
    /** Per branch, the cells it contributes to (ascending) and their VALUES values each. */
    final int[][] branchCells;
    final double[][] branchValues;
    /** Members counted per event time (treated in a usable cell; comparison in a usable cell, each once). */
    final long[] treatedAt;
    final long[] comparisonAt;
    /** Distinct members over the overall window's event times. */
    final long overallTreated;
    final long overallComparison;

    private CellSums(int firstEventTime, int eventTimes, int strata, int[] cohorts, String[] branches,
                     int[][] branchCells, double[][] branchValues, long[] treatedAt, long[] comparisonAt,
                     long overallTreated, long overallComparison) {
        this.firstEventTime = firstEventTime;
        this.eventTimes = eventTimes;
        this.strata = strata;
        this.cohorts = cohorts;
        this.branches = branches;
        this.branchCells = branchCells;
        this.branchValues = branchValues;
        this.treatedAt = treatedAt;
        this.comparisonAt = comparisonAt;
        this.overallTreated = overallTreated;
        this.overallComparison = overallComparison;
    }

    int cells() {
        return strata * cohorts.length * eventTimes;
    }

    int cell(int stratum, int cohort, int eventIndex) {
        return (stratum * cohorts.length + cohort) * eventTimes + eventIndex;
    }

    /**
     * Sums of one program and outcome over {@code members}.
     *
     * @param program        index into each member's firstTreated
     * @param outcome        index into each member's outcomes
     * @param months         panel length
     * @param firstEventTime e.g. −3
     * @param lastEventTime  e.g. 6
     * @param overallFrom    first event time of the overall window (counts only)
     * @param overallTo      last event time of the overall window
     */
    public static CellSums of(List<PanelMember> members, int program, int outcome, int months, int firstEventTime,
                              int lastEventTime, int overallFrom, int overallTo) {
        int eventTimes = lastEventTime - firstEventTime + 1;
        Map<String, Integer> strata = new TreeMap<>();
        TreeMap<Integer, Integer> cohortIndex = new TreeMap<>();
        TreeMap<String, Integer> branchIndex = new TreeMap<>();
        for (PanelMember m : members) {
            strata.putIfAbsent(m.stratum(), 0);
            branchIndex.putIfAbsent(m.branch(), 0);
            int g = m.firstTreated()[program];
            if (g >= 1 && g < months) {
                cohortIndex.putIfAbsent(g, 0);
            }
        }
        renumber(strata);
        renumber(branchIndex);
        int[] cohorts = cohortIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < cohorts.length; i++) {
            cohortIndex.put(cohorts[i], i);
        }
        int nCells = strata.size() * cohorts.length * eventTimes;
        List<Map<Integer, double[]>> perBranch = new ArrayList<>();
        for (int b = 0; b < branchIndex.size(); b++) {
            perBranch.add(new HashMap<>());
        }
        double[] totals = new double[nCells * VALUES];
        Visitor sum = (m, cell, treated, change) -> {
            double[] v = perBranch.get(branchIndex.get(m.branch())).computeIfAbsent(cell, k -> new double[VALUES]);
            int off = treated ? T_SUM : C_SUM;
            v[off] += change;
            v[off + 1] += 1;
            totals[cell * VALUES + off] += change;
            totals[cell * VALUES + off + 1] += 1;
        };
        CellSums shape = new CellSums(firstEventTime, eventTimes, strata.size(), cohorts, null, null, null, null,
                null, 0, 0);
        for (PanelMember m : members) {
            visit(shape, m, strata.get(m.stratum()), program, outcome, months, sum);
        }
        // Second pass: count members in cells that are usable (treated and comparison both present).
        long[] treatedAt = new long[eventTimes];
        BitSet[] comparisonMembers = new BitSet[eventTimes];
        for (int e = 0; e < eventTimes; e++) {
            comparisonMembers[e] = new BitSet();
        }
        BitSet overallT = new BitSet();
        BitSet overallC = new BitSet();
        int[] memberNo = {0};
        int fromIndex = overallFrom - firstEventTime;
        int toIndex = overallTo - firstEventTime;
        Visitor count = (m, cell, treated, change) -> {
            if (totals[cell * VALUES + T_N] == 0 || totals[cell * VALUES + C_N] == 0) {
                return;
            }
            int e = cell % eventTimes;
            boolean inOverall = e >= fromIndex && e <= toIndex;
            if (treated) {
                treatedAt[e]++;
                if (inOverall) {
                    overallT.set(memberNo[0]);
                }
            } else {
                comparisonMembers[e].set(memberNo[0]);
                if (inOverall) {
                    overallC.set(memberNo[0]);
                }
            }
        };
        for (PanelMember m : members) {
            visit(shape, m, strata.get(m.stratum()), program, outcome, months, count);
            memberNo[0]++;
        }
        long[] comparisonAt = new long[eventTimes];
        for (int e = 0; e < eventTimes; e++) {
            comparisonAt[e] = comparisonMembers[e].cardinality();
        }
        int[][] cells = new int[perBranch.size()][];
        double[][] values = new double[perBranch.size()][];
        for (int b = 0; b < perBranch.size(); b++) {
            int[] keys = perBranch.get(b).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] v = new double[keys.length * VALUES];
            for (int k = 0; k < keys.length; k++) {
                System.arraycopy(perBranch.get(b).get(keys[k]), 0, v, k * VALUES, VALUES);
            }
            cells[b] = keys;
            values[b] = v;
        }
        return new CellSums(firstEventTime, eventTimes, strata.size(), cohorts,
                branchIndex.keySet().toArray(String[]::new), cells, values, treatedAt, comparisonAt,
                overallT.cardinality(), overallC.cardinality());
    }

    /** Sums over all branches, each branch counted {@code weights[b]} times (null: once). */
    double[] totals(int[] weights) {
        double[] t = new double[cells() * VALUES];
        for (int b = 0; b < branches.length; b++) {
            int w = weights == null ? 1 : weights[b];
            if (w == 0) {
                continue;
            }
            int[] c = branchCells[b];
            double[] v = branchValues[b];
            for (int k = 0; k < c.length; k++) {
                int base = c[k] * VALUES;
                int off = k * VALUES;
                t[base] += w * v[off];
                t[base + 1] += w * v[off + 1];
                t[base + 2] += w * v[off + 2];
                t[base + 3] += w * v[off + 3];
            }
        }
        return t;
    }

    private interface Visitor {
        void accept(PanelMember m, int cell, boolean treated, double change);
    }

    private static void visit(CellSums shape, PanelMember m, int stratum, int program, int outcome, int months,
                              Visitor visitor) {
        double[] y = m.outcomes()[outcome];
        int h = m.firstTreated()[program];
        for (int gi = 0; gi < shape.cohorts.length; gi++) {
            int g = shape.cohorts[gi];
            boolean treated = h == g;
            for (int ei = 0; ei < shape.eventTimes; ei++) {
                int e = shape.firstEventTime + ei;
                int p = g + e;
                int base = e < 0 ? p - 1 : g - 1;
                if (p >= months || base < 0 || p < 0) {
                    continue;
                }
                boolean comparison = !treated && (h == PanelMember.NEVER || h > p);
                if (!treated && !comparison) {
                    continue;
                }
                double change = y[p] - y[base];
                if (Double.isNaN(change)) {
                    continue;
                }
                visitor.accept(m, shape.cell(stratum, gi, ei), treated, change);
            }
        }
    }

    private static <K> void renumber(Map<K, Integer> index) {
        int i = 0;
        for (Map.Entry<K, Integer> e : index.entrySet()) {
            e.setValue(i++);
        }
    }
}
