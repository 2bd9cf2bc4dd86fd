package cn.jgdj.jobs.effectiveness;

import java.util.ArrayList;
import java.util.BitSet;
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
    /** Per branch, its VALUES values in the cells it contributes to, as runs the bootstrap adds up vectorised. */
    final BranchRuns[] branchRuns;
    /** Members counted per event time (treated in a usable cell; comparison in a usable cell, each once). */
    final long[] treatedAt;
    final long[] comparisonAt;
    /** Distinct members over the overall window's event times. */
    final long overallTreated;
    final long overallComparison;

    private CellSums(int firstEventTime, int eventTimes, int strata, int[] cohorts, String[] branches,
                     BranchRuns[] branchRuns, long[] treatedAt, long[] comparisonAt,
                     long overallTreated, long overallComparison) {
        this.firstEventTime = firstEventTime;
        this.eventTimes = eventTimes;
        this.strata = strata;
        this.cohorts = cohorts;
        this.branches = branches;
        this.branchRuns = branchRuns;
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
        CellSums shape = new CellSums(firstEventTime, eventTimes, strata.size(), cohorts, null, null, null, null,
                0, 0);
        int n = members.size();
        int[] branchOf = new int[n];
        int[] stratumOf = new int[n];
        for (int i = 0; i < n; i++) {
            branchOf[i] = branchIndex.get(members.get(i).branch());
            stratumOf[i] = strata.get(members.get(i).stratum());
        }
        // Members branch by branch, so each branch's sums collect in one dense scratch array (no maps per cell).
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> branchOf[i]));
        double[] totals = new double[nCells * VALUES];
        double[] scratch = new double[nCells * VALUES];
        boolean[] touched = new boolean[nCells];
        int[] touchedCells = new int[nCells];
        int[] touchedCount = {0};
        BranchRuns[] runs = new BranchRuns[branchIndex.size()];
        Visitor sum = (i, cell, treated, change) -> {
            int off = cell * VALUES + (treated ? T_SUM : C_SUM);
            scratch[off] += change;
            scratch[off + 1] += 1;
            totals[off] += change;
            totals[off + 1] += 1;
            if (!touched[cell]) {
                touched[cell] = true;
                touchedCells[touchedCount[0]++] = cell;
            }
        };
        int k = 0;
        for (int b = 0; b < branchIndex.size(); b++) {
            while (k < n && branchOf[order[k]] == b) {
                int i = order[k++];
                visit(shape, members.get(i), i, stratumOf[i], program, outcome, months, sum);
            }
            int[] keys = java.util.Arrays.copyOf(touchedCells, touchedCount[0]);
            java.util.Arrays.sort(keys);
            runs[b] = BranchRuns.pack(scratch, keys, VALUES, BranchRuns.GAP_CELLS);
            for (int c : keys) {
                java.util.Arrays.fill(scratch, c * VALUES, c * VALUES + VALUES, 0);
                touched[c] = false;
            }
            touchedCount[0] = 0;
        }
        // Second pass: count members in cells that are usable (treated and comparison both present).
        long[] treatedAt = new long[eventTimes];
        BitSet[] comparisonMembers = new BitSet[eventTimes];
        for (int e = 0; e < eventTimes; e++) {
            comparisonMembers[e] = new BitSet();
        }
        BitSet overallT = new BitSet();
        BitSet overallC = new BitSet();
        int fromIndex = overallFrom - firstEventTime;
        int toIndex = overallTo - firstEventTime;
        Visitor count = (member, cell, treated, change) -> {
            if (totals[cell * VALUES + T_N] == 0 || totals[cell * VALUES + C_N] == 0) {
                return;
            }
            int e = cell % eventTimes;
            boolean inOverall = e >= fromIndex && e <= toIndex;
            if (treated) {
                treatedAt[e]++;
                if (inOverall) {
                    overallT.set(member);
                }
            } else {
                comparisonMembers[e].set(member);
                if (inOverall) {
                    overallC.set(member);
                }
            }
        };
        for (int i = 0; i < n; i++) {
            visit(shape, members.get(i), i, stratumOf[i], program, outcome, months, count);
        }
        long[] comparisonAt = new long[eventTimes];
        for (int e = 0; e < eventTimes; e++) {
            comparisonAt[e] = comparisonMembers[e].cardinality();
        }
        return new CellSums(firstEventTime, eventTimes, strata.size(), cohorts,
                branchIndex.keySet().toArray(String[]::new), runs, treatedAt, comparisonAt,
                overallT.cardinality(), overallC.cardinality());
    }

    /** Sums over all branches, each branch counted {@code weights[b]} times (null: once). */
    double[] totals(int[] weights) {
        if (weights == null) {
            weights = new int[branches.length];
            java.util.Arrays.fill(weights, 1);
        }
        return drawTotals(new int[][] {weights})[0];
    }

    /**
     * {@link #totals(int[])} for several draws at once (weights[d][b]: draw d counts branch b that often): each
     * branch's values are placed once for all the draws. Every total is added up branch by branch in branch order,
     * so each draw's sums are exactly those of {@code totals(weights[d])}, whatever the blocking.
     */
    double[][] drawTotals(int[][] weights) {
        double[][] t = new double[weights.length][cells() * VALUES];
        double[] run = new double[cells() * VALUES];
        for (int b = 0; b < branches.length; b++) {
            BranchRuns r = branchRuns[b];
            r.placeIn(run);
            for (int d = 0; d < weights.length; d++) {
                if (weights[d][b] != 0) {
                    r.addTo(t[d], run, weights[d][b]);
                }
            }
        }
        return t;
    }

    private interface Visitor {
        void accept(int member, int cell, boolean treated, double change);
    }

    private static void visit(CellSums shape, PanelMember m, int member, int stratum, int program, int outcome,
                              int months, Visitor visitor) {
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
                visitor.accept(member, shape.cell(stratum, gi, ei), treated, change);
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
