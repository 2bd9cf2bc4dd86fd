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
        List<Subset> subsets = new ArrayList<>();
        subsets.add(new Subset(Dimensions.ALL, Dimensions.ALL, members));
        subsets.addAll(groups(members, Dimensions.UNIT_TYPE, PanelMember::unitType));
        subsets.addAll(groups(members, Dimensions.ROLE, PanelMember::role));
        List<Task> tasks = new ArrayList<>();
        for (int p = 0; p < Effectiveness.PROGRAMS.size(); p++) {
            for (int o = 0; o < Effectiveness.OUTCOMES.size(); o++) {
                for (Subset s : subsets) {
                    tasks.add(new Task(p, o, s));
                }
            }
        }
        // The estimates are independent and deterministic each: run them on every core, keep the order.
        List<List<EffectRow>> parts = IntStream.range(0, tasks.size()).parallel()
                .mapToObj(i -> estimate(tasks.get(i), months)).toList();
        List<EffectRow> rows = new ArrayList<>();
        parts.forEach(rows::addAll);
        return rows;
    }

    private record Subset(String dimension, String group, List<PanelMember> members) {
    }

    private record Task(int program, int outcome, Subset subset) {
    }

    private static List<Subset> groups(List<PanelMember> members, String dimension,
                                       Function<PanelMember, String> attribute) {
        List<Subset> out = new ArrayList<>();
        for (String g : new TreeSet<>(members.stream().map(attribute).toList())) {
            out.add(new Subset(dimension, g, members.stream().filter(m -> g.equals(attribute.apply(m))).toList()));
        }
        return out;
    }

    private List<EffectRow> estimate(Task task, int months) {
        String program = Effectiveness.PROGRAMS.get(task.program());
        String outcome = Effectiveness.OUTCOMES.get(task.outcome());
        Subset subset = task.subset();
        CellSums sums = CellSums.of(subset.members(), task.program(), task.outcome(), months,
                Effectiveness.FIRST_EVENT_TIME, Effectiveness.LAST_EVENT_TIME, Effectiveness.OVERALL_FROM,
                Effectiveness.OVERALL_TO);
        int k = sums.eventTimes;
        long[] treated = new long[k + 1];
        long[] comparison = new long[k + 1];
        System.arraycopy(sums.treatedAt, 0, treated, 0, k);
        System.arraycopy(sums.comparisonAt, 0, comparison, 0, k);
        treated[k] = sums.overallTreated;
        comparison[k] = sums.overallComparison;
        // Too few treated or comparison members over the overall window suppresses the whole program × outcome;
        // otherwise an event time with too few is suppressed alone.
        boolean programSuppressed = treated[k] < minCellSize || comparison[k] < minCellSize;
        boolean[] suppressed = new boolean[k + 1];
        boolean anyShown = false;
        for (int j = 0; j <= k; j++) {
            suppressed[j] = programSuppressed || treated[j] < minCellSize || comparison[j] < minCellSize;
            anyShown |= !suppressed[j];
        }
        double[] att = new double[k + 1];
        double[][] bounds = new double[2][k + 1];
        java.util.Arrays.fill(att, Double.NaN);
        java.util.Arrays.fill(bounds[0], Double.NaN);
        java.util.Arrays.fill(bounds[1], Double.NaN);
        if (anyShown) {
            att = GroupTimeEffects.eventStudy(sums, sums.totals(null), Effectiveness.OVERALL_FROM,
                    Effectiveness.OVERALL_TO);
            bounds = ClusterBootstrap.intervals(sums, draws, seed, Effectiveness.OVERALL_FROM,
                    Effectiveness.OVERALL_TO);
        }
        boolean pretrend = false;
        for (int j = 0; j < -Effectiveness.FIRST_EVENT_TIME && j < k; j++) {
            boolean excludesZero = bounds[0][j] > 0 || bounds[1][j] < 0;
            pretrend |= !suppressed[j] && excludesZero;
        }
        List<EffectRow> rows = new ArrayList<>();
        for (int j = 0; j <= k; j++) {
            String eventTime = j == k ? Effectiveness.OVERALL : Integer.toString(sums.firstEventTime + j);
            boolean hide = suppressed[j];
            rows.add(new EffectRow(program, outcome, subset.dimension(), subset.group(), eventTime,
                    hide ? null : finite(att[j]), hide ? null : finite(bounds[0][j]),
                    hide ? null : finite(bounds[1][j]), treated[j], comparison[j], pretrend, hide));
        }
        return rows;
    }

    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
