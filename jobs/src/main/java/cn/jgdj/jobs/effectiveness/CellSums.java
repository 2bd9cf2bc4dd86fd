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
        return of(members, program, new int[] {outcome}, months, firstEventTime, lastEventTime, overallFrom,
                overallTo)[0];
    }

    /**
     * The sums of one program for several outcomes at once, one element per outcome, each exactly what
     * {@link #of(List, int, int, int, int, int, int, int)} gives for it: the outcomes share the strata, cohorts,
     * branches and the member × cell walk (which member is treated or compared where depends on the program
     * only), and each outcome's sums receive the same additions in the same order as on their own.
     */
    static CellSums[] of(List<PanelMember> members, int program, int[] outcomes, int months, int firstEventTime,
                         int lastEventTime, int overallFrom, int overallTo) {
        int eventTimes = lastEventTime - firstEventTime + 1;
        Map<String, Integer> strata = new TreeMap<>();
        java.util.TreeSet<Integer> cohortSet = new java.util.TreeSet<>();
        TreeMap<String, Integer> branchIndex = new TreeMap<>();
        for (PanelMember m : members) {
            strata.putIfAbsent(m.stratum(), 0);
            branchIndex.putIfAbsent(m.branch(), 0);
            int g = m.firstTreated()[program];
            if (g >= 1 && g < months) {
                cohortSet.add(g);
            }
        }
        renumber(strata);
        renumber(branchIndex);
        int[] cohorts = cohortSet.stream().mapToInt(Integer::intValue).toArray();
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
        int nO = outcomes.length;
        double[][] totals = new double[nO][nCells * VALUES];
        double[][] scratch = new double[nO][nCells * VALUES];
        boolean[][] touched = new boolean[nO][nCells];
        int[][] touchedCells = new int[nO][nCells];
        int[] touchedCount = new int[nO];
        BranchRuns[][] runs = new BranchRuns[nO][branchIndex.size()];
        Visitor sum = (o, i, cell, treated, change) -> {
            int off = cell * VALUES + (treated ? T_SUM : C_SUM);
            scratch[o][off] += change;
            scratch[o][off + 1] += 1;
            totals[o][off] += change;
            totals[o][off + 1] += 1;
            if (!touched[o][cell]) {
                touched[o][cell] = true;
                touchedCells[o][touchedCount[o]++] = cell;
            }
        };
        int k = 0;
        for (int b = 0; b < branchIndex.size(); b++) {
            while (k < n && branchOf[order[k]] == b) {
                int i = order[k++];
                visit(shape, members.get(i), i, stratumOf[i], program, outcomes, months, sum);
            }
            for (int o = 0; o < nO; o++) {
                int[] keys = java.util.Arrays.copyOf(touchedCells[o], touchedCount[o]);
                java.util.Arrays.sort(keys);
                runs[o][b] = BranchRuns.pack(scratch[o], keys, VALUES, BranchRuns.GAP_CELLS);
                for (int c : keys) {
                    java.util.Arrays.fill(scratch[o], c * VALUES, c * VALUES + VALUES, 0);
                    touched[o][c] = false;
                }
                touchedCount[o] = 0;
            }
        }
        // Second pass: count members in cells that are usable (treated and comparison both present).
        long[][] treatedAt = new long[nO][eventTimes];
        BitSet[][] comparisonMembers = new BitSet[nO][eventTimes];
        BitSet[] overallT = new BitSet[nO];
        BitSet[] overallC = new BitSet[nO];
        for (int o = 0; o < nO; o++) {
            for (int e = 0; e < eventTimes; e++) {
                comparisonMembers[o][e] = new BitSet();
            }
            overallT[o] = new BitSet();
            overallC[o] = new BitSet();
        }
        int fromIndex = overallFrom - firstEventTime;
        int toIndex = overallTo - firstEventTime;
        Visitor count = (o, member, cell, treated, change) -> {
            if (totals[o][cell * VALUES + T_N] == 0 || totals[o][cell * VALUES + C_N] == 0) {
                return;
            }
            int e = cell % eventTimes;
            boolean inOverall = e >= fromIndex && e <= toIndex;
            if (treated) {
                treatedAt[o][e]++;
                if (inOverall) {
                    overallT[o].set(member);
                }
            } else {
                comparisonMembers[o][e].set(member);
                if (inOverall) {
                    overallC[o].set(member);
                }
            }
        };
        for (int i = 0; i < n; i++) {
            visit(shape, members.get(i), i, stratumOf[i], program, outcomes, months, count);
        }
        String[] branches = branchIndex.keySet().toArray(String[]::new);
        CellSums[] out = new CellSums[nO];
        for (int o = 0; o < nO; o++) {
            long[] comparisonAt = new long[eventTimes];
            for (int e = 0; e < eventTimes; e++) {
                comparisonAt[e] = comparisonMembers[o][e].cardinality();
            }
            out[o] = new CellSums(firstEventTime, eventTimes, strata.size(), cohorts, branches, runs[o],
                    treatedAt[o], comparisonAt, overallT[o].cardinality(), overallC[o].cardinality());
        }
        return out;
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
        /** {@code outcome}: the position in the outcomes being summed. */
        void accept(int outcome, int member, int cell, boolean treated, double change);
    }

    private static void visit(CellSums shape, PanelMember m, int member, int stratum, int program, int[] outcomes,
                              int months, Visitor visitor) {
        double[][] ys = m.outcomes();
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
                int cell = shape.cell(stratum, gi, ei);
                for (int o = 0; o < outcomes.length; o++) {
                    double[] y = ys[outcomes[o]];
                    double change = y[p] - y[base];
                    if (!Double.isNaN(change)) {
                        visitor.accept(o, member, cell, treated, change);
                    }
                }
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
