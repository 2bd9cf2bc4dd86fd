package cn.jgdj.jobs.underserved;

import cn.jgdj.jobs.stats.BenjaminiHochberg;
import cn.jgdj.jobs.stats.ProportionComparison;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Driver-side half of the under_served job: compares each group's outcome rate with the rest of that year's
 * members, adjusts the p-values of each year with Benjamini–Hochberg and flags the groups significantly and
 * materially behind. Works on the small table of per-group counts, never on member rows.
 */
public final class GroupComparisons {
    /** A group is flagged only when its false discovery rate is below this. */
    public static final double MAX_Q = UnderServed.FLAG_MAX_Q;
    /** ... and it trails the rest by at least this many percentage points (a negative gap). */
    public static final int MIN_SHORTFALL_PP = UnderServed.FLAG_MIN_SHORTFALL_PP;

    private GroupComparisons() {
    }

    /**
     * @param counts      per period × indicator × dimension × group counts, including the `all`/`all` totals of
     *                    every period and indicator
     * @param minCellSize groups or rests with fewer members are suppressed and not tested
     * @return one row per non-`all` count, ordered by period, indicator (OUTCOMES order), dimension
     *         (Dimensions.ORDER), group
     */
    public static List<GroupComparison> compare(List<OutcomeCount> counts, int minCellSize) {
        Map<String, OutcomeCount> totals = new HashMap<>();
        Map<String, List<OutcomeCount>> groupsByPeriod = new TreeMap<>();
        for (OutcomeCount c : counts) {
            if (Dimensions.ALL.equals(c.dimension())) {
                if (totals.put(c.period() + "|" + c.indicator(), c) != null) {
                    throw new IllegalArgumentException("two totals for period " + c.period() + ", " + c.indicator());
                }
            } else {
                groupsByPeriod.computeIfAbsent(c.period(), p -> new ArrayList<>()).add(c);
            }
        }
        List<GroupComparison> rows = new ArrayList<>();
        for (List<OutcomeCount> groups : groupsByPeriod.values()) {
            groups.sort(ORDER);
            rows.addAll(comparePeriod(groups, totals, minCellSize));
        }
        return rows;
    }

    private static List<GroupComparison> comparePeriod(List<OutcomeCount> groups, Map<String, OutcomeCount> totals,
                                                      int minCellSize) {
        // First pass: the tests; the q-values need every p-value of the year before any row is final.
        ProportionComparison[] tests = new ProportionComparison[groups.size()];
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            OutcomeCount g = groups.get(i);
            OutcomeCount total = totalOf(g, totals);
            long restMembers = total.members() - g.members();
            if (g.members() >= minCellSize && restMembers >= minCellSize) {
                tests[i] = ProportionComparison.of(g.successes(), g.members(),
                        total.successes() - g.successes(), restMembers);
                tested.add(i);
            }
        }
        double[] q = BenjaminiHochberg.qValues(tested.stream().mapToDouble(i -> tests[i].pValue()).toArray());
        Double[] qByGroup = new Double[groups.size()];
        for (int j = 0; j < tested.size(); j++) {
            qByGroup[tested.get(j)] = q[j];
        }
        List<GroupComparison> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            OutcomeCount g = groups.get(i);
            rows.add(row(g, totalOf(g, totals), tests[i], qByGroup[i]));
        }
        return rows;
    }

    private static GroupComparison row(OutcomeCount g, OutcomeCount total, ProportionComparison test, Double q) {
        long n1 = g.members();
        long k1 = g.successes();
        long n2 = total.members() - n1;
        long k2 = total.successes() - k1;
        double rate = (double) k1 / n1;
        Double restRate = n2 > 0 ? (double) k2 / n2 : null;
        // One rounding from exact integers, so a gap of exactly 5 points reads as 5.0.
        Double gapPp = n2 > 0 ? 100.0 * (k1 * n2 - k2 * n1) / ((double) n1 * n2) : null;
        boolean tested = test != null;
        boolean flagged = tested && q < MAX_Q && shortfallAtLeast(k1, n1, k2, n2, MIN_SHORTFALL_PP);
        return new GroupComparison(g.period(), g.indicator(), g.dimension(), g.group(), n1, rate, n2, restRate,
                gapPp, tested ? test.test() : null, tested ? test.pValue() : null, q, flagged, !tested);
    }

    /** Whether k1/n1 − k2/n2 ≤ −points/100, decided in integers so that no rounding moves the boundary. */
    static boolean shortfallAtLeast(long k1, long n1, long k2, long n2, int points) {
        return 100 * (k1 * n2 - k2 * n1) <= -(long) points * n1 * n2;
    }

    private static OutcomeCount totalOf(OutcomeCount g, Map<String, OutcomeCount> totals) {
        OutcomeCount total = totals.get(g.period() + "|" + g.indicator());
        if (total == null) {
            throw new IllegalArgumentException("no `all` total for period " + g.period() + ", " + g.indicator());
        }
        long restMembers = total.members() - g.members();
        long restSuccesses = total.successes() - g.successes();
        if (g.successes() > g.members() || restMembers < 0 || restSuccesses < 0 || restSuccesses > restMembers) {
            throw new IllegalArgumentException("counts of " + g.dimension() + "=" + g.group() + " in " + g.period()
                    + " do not fit the year's " + g.indicator() + " total: group " + g.successes() + "/"
                    + g.members() + ", total " + total.successes() + "/" + total.members());
        }
        return total;
    }

    private static int rankIn(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    /**
     * Report order: outcomes and dimensions in their declared order (undeclared ones after them, by name), age
     * bands by age, other groups by name. Total over (period, indicator, dimension, group), so the rows' order
     * never depends on the order Spark returned the counts in.
     */
    static final Comparator<OutcomeCount> ORDER = Comparator
            .comparing((OutcomeCount c) -> c.period())
            .thenComparingInt(c -> rankIn(UnderServed.OUTCOMES, c.indicator()))
            .thenComparing(OutcomeCount::indicator)
            .thenComparingInt(c -> rankIn(Dimensions.ORDER, c.dimension()))
            .thenComparing(OutcomeCount::dimension)
            .thenComparingInt(c -> rankIn(Dimensions.AGE_BANDS, c.group()))
            .thenComparing(OutcomeCount::group);
}
