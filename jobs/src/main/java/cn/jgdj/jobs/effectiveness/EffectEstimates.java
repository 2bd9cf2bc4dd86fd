package cn.jgdj.jobs.effectiveness;

import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Every program × outcome × (dimension, group) estimate of a panel: the event study −3 … +6 and the overall
 * effect, with bootstrap intervals, suppression and the pre-trend warning. Dimensions: `all`, then `unit_type`
 * and `role` (each group estimated on its own members, still stratified by unit type × role).
 *
 * @param draws       bootstrap draws (at least 499)
 * @param seed        bootstrap seed (the same for every estimate, recorded in the table)
 * @param minCellSize fewer treated or comparison members than this: suppressed, not estimated
 */
public record EffectEstimates(int draws, long seed, int minCellSize) {
    public static final int MIN_DRAWS = 499;

    public EffectEstimates {
        if (draws < MIN_DRAWS) {
            throw new IllegalArgumentException("bootstrap draws must be at least " + MIN_DRAWS + ", got " + draws);
        }
    }

    /** The rows for a panel of {@code months} months, in table order (program, outcome, dimension, group). */
    public List<EffectRow> rows(List<PanelMember> members, int months) {
        return rows(members, months, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #rows(List, int)}, on {@code threads} threads. Each estimate is computed by one thread with the same
     * arithmetic in the same order whatever the thread count, so the rows are identical for any count.
     */
    List<EffectRow> rows(List<PanelMember> members, int months, int threads) {
        List<Subset> subsets = new ArrayList<>();
        subsets.add(new Subset(Dimensions.ALL, Dimensions.ALL, members));
        subsets.addAll(groups(members, Dimensions.UNIT_TYPE, PanelMember::unitType));
        subsets.addAll(groups(members, Dimensions.ROLE, PanelMember::role));
        int programs = Effectiveness.PROGRAMS.size();
        // One task per program and group, all outcomes together: they share the member × cell walk and the draws.
        List<Task> tasks = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            for (Subset s : subsets) {
                tasks.add(new Task(p, s, months));
            }
        }
        List<List<List<EffectRow>>> done = LargestFirst.map(tasks, t -> t.subset().members().size(), this::estimate,
                threads);
        List<EffectRow> rows = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            for (int o = 0; o < Effectiveness.OUTCOMES.size(); o++) {
                for (int s = 0; s < subsets.size(); s++) {
                    rows.addAll(done.get(p * subsets.size() + s).get(o));
                }
            }
        }
        return rows;
    }

    private record Subset(String dimension, String group, List<PanelMember> members) {
    }

    private record Task(int program, Subset subset, int months) {
    }

    private static List<Subset> groups(List<PanelMember> members, String dimension,
                                       Function<PanelMember, String> attribute) {
        List<Subset> out = new ArrayList<>();
        for (String g : new TreeSet<>(members.stream().map(attribute).toList())) {
            out.add(new Subset(dimension, g, members.stream().filter(m -> g.equals(attribute.apply(m))).toList()));
        }
        return out;
    }

    /** Per outcome (Effectiveness.OUTCOMES order), the rows of one program and group. */
    private List<List<EffectRow>> estimate(Task task) {
        String program = Effectiveness.PROGRAMS.get(task.program());
        Subset subset = task.subset();
        int nO = Effectiveness.OUTCOMES.size();
        int[] outcomes = IntStream.range(0, nO).toArray();
        CellSums[] all = CellSums.of(subset.members(), task.program(), outcomes, task.months(),
                Effectiveness.FIRST_EVENT_TIME, Effectiveness.LAST_EVENT_TIME, Effectiveness.OVERALL_FROM,
                Effectiveness.OVERALL_TO);
        int k = all[0].eventTimes;
        long[][] treated = new long[nO][k + 1];
        long[][] comparison = new long[nO][k + 1];
        boolean[][] suppressed = new boolean[nO][k + 1];
        List<Integer> shown = new ArrayList<>();
        for (int o = 0; o < nO; o++) {
            CellSums sums = all[o];
            System.arraycopy(sums.treatedAt, 0, treated[o], 0, k);
            System.arraycopy(sums.comparisonAt, 0, comparison[o], 0, k);
            treated[o][k] = sums.overallTreated;
            comparison[o][k] = sums.overallComparison;
            // Too few treated or comparison members over the overall window suppresses the whole program × outcome;
            // otherwise an event time with too few is suppressed alone.
            boolean programSuppressed = treated[o][k] < minCellSize || comparison[o][k] < minCellSize;
            boolean anyShown = false;
            for (int j = 0; j <= k; j++) {
                suppressed[o][j] = programSuppressed || treated[o][j] < minCellSize
                        || comparison[o][j] < minCellSize;
                anyShown |= !suppressed[o][j];
            }
            if (anyShown) {
                shown.add(o);
            }
        }
        // The estimated outcomes' intervals from one sequence of draws (the seed's, as each would draw alone).
        double[][][] intervals = shown.isEmpty() ? new double[0][][] : ClusterBootstrap.intervals(
                shown.stream().map(o -> all[o]).toArray(CellSums[]::new), draws, seed, Effectiveness.OVERALL_FROM,
                Effectiveness.OVERALL_TO);
        List<List<EffectRow>> out = new ArrayList<>();
        for (int o = 0; o < nO; o++) {
            CellSums sums = all[o];
            double[] att = new double[k + 1];
            double[][] bounds = new double[2][k + 1];
            java.util.Arrays.fill(att, Double.NaN);
            java.util.Arrays.fill(bounds[0], Double.NaN);
            java.util.Arrays.fill(bounds[1], Double.NaN);
            int at = shown.indexOf(o);
            if (at >= 0) {
                att = GroupTimeEffects.eventStudy(sums, sums.totals(null), Effectiveness.OVERALL_FROM,
                        Effectiveness.OVERALL_TO);
                bounds = intervals[at];
            }
            boolean pretrend = false;
            for (int j = 0; j < -Effectiveness.FIRST_EVENT_TIME && j < k; j++) {
                boolean excludesZero = bounds[0][j] > 0 || bounds[1][j] < 0;
                pretrend |= !suppressed[o][j] && excludesZero;
            }
            String outcome = Effectiveness.OUTCOMES.get(o);
            List<EffectRow> rows = new ArrayList<>();
            for (int j = 0; j <= k; j++) {
                String eventTime = j == k ? Effectiveness.OVERALL : Integer.toString(sums.firstEventTime + j);
                boolean hide = suppressed[o][j];
                rows.add(new EffectRow(program, outcome, subset.dimension(), subset.group(), eventTime,
                        hide ? null : finite(att[j]), hide ? null : finite(bounds[0][j]),
                        hide ? null : finite(bounds[1][j]), treated[o][j], comparison[o][j], pretrend, hide));
            }
            out.add(rows);
        }
        return out;
    }

    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
