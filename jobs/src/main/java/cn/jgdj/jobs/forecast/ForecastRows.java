package cn.jgdj.jobs.forecast;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Forecast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The forecast from the counts, in plain Java. For a year Y at the end of quarter q, each earlier complete year Y'
 * is replayed: a member of Y in role r and projection bin b attains with the share of Y' members of the same
 * quarter, role and bin who attained (the share over all roles when Y' had nobody in that role and bin; the
 * projection's own verdict when it had nobody in the bin at all). The group's attaining count is then a sum of
 * binomials per year replayed; the forecast distribution is the equal mixture over the years replayed, its mean
 * the projected rate and its 10th and 90th percentiles the 80 % interval. Fewer than two earlier years: no forecast.
 */
public final class ForecastRows {
    private ForecastRows() {
    }

    private static final double LOW = (1 - Forecast.INTERVAL_LEVEL) / 2;
    private static final double HIGH = 1 - LOW;

    /**
     * A group's cells by role and bin (one aggregated count each; a missing role and "unknown" may both be there,
     * so then by size: cells equal in all three are interchangeable).
     */
    private static final Comparator<GroupCell> CELL_ORDER =
            Comparator.comparing(GroupCell::role, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                    .thenComparingInt(GroupCell::bin).thenComparingLong(GroupCell::members);

    private record Slot(int year, int quarter) {
    }

    private record GroupKey(int year, int quarter, String dimension, String group) {
    }

    private record ActualKey(int year, String dimension, String group) {
    }

    /**
     * @param completeYears years whose year-end outcome is known (complete as of the run)
     */
    public static List<GroupForecast> build(List<ProjectionCell> cells, List<GroupCell> groups,
                                          List<YearActual> actuals, Set<Integer> completeYears, int minCellSize) {
        Map<Slot, Map<String, ProjectionCell>> experience = new HashMap<>();
        for (ProjectionCell c : cells) {
            experience.computeIfAbsent(new Slot(c.year(), c.quarter()), k -> new HashMap<>())
                    .put(c.role() + "|" + c.bin(), c);
        }
        Map<ActualKey, YearActual> actualByKey = new HashMap<>();
        actuals.forEach(a -> actualByKey.put(new ActualKey(a.year(), a.dimension(), a.group()), a));
        Map<GroupKey, List<GroupCell>> byGroup = new LinkedHashMap<>();
        for (GroupCell g : groups) {
            byGroup.computeIfAbsent(new GroupKey(g.year(), g.quarter(), g.dimension(), g.group()),
                    k -> new ArrayList<>()).add(g);
        }
        List<GroupForecast> rows = new ArrayList<>();
        for (Map.Entry<GroupKey, List<GroupCell>> e : byGroup.entrySet()) {
            // Convolved in one fixed order: the last bits of a sum of products depend on the order of its terms,
            // and Spark hands a group's cells out in an order that depends on the plan (partitions, AQE).
            e.getValue().sort(CELL_ORDER);
            GroupKey k = e.getKey();
            List<Integer> earlier = new TreeSet<>(completeYears).stream()
                    .filter(y -> y < k.year() && experience.containsKey(new Slot(y, k.quarter()))).toList();
            YearActual actual = completeYears.contains(k.year())
                    ? actualByKey.get(new ActualKey(k.year(), k.dimension(), k.group())) : null;
            rows.add(row(k, e.getValue(), earlier, experience, actual, minCellSize));
        }
        rows.sort(Comparator.comparing(GroupForecast::period).thenComparing(GroupForecast::asOf)
                .thenComparingInt(r -> Dimensions.ORDER.indexOf(r.dimension())).thenComparing(GroupForecast::group));
        return withBacktest(rows);
    }

    private static GroupForecast row(GroupKey k, List<GroupCell> cells, List<Integer> earlier,
                                   Map<Slot, Map<String, ProjectionCell>> experience, YearActual actual,
                                   int minCellSize) {
        long n = cells.stream().mapToLong(GroupCell::members).sum();
        long behind = cells.stream().filter(c -> !ProjectionBin.onTrack(c.bin())).mapToLong(GroupCell::members).sum();
        Double projected = null;
        Double low = null;
        Double high = null;
        String status = Forecast.STATUS_INSUFFICIENT_HISTORY;
        if (earlier.size() >= 2) {
            List<AttainmentDistribution> replays = new ArrayList<>();
            for (int y : earlier) {
                Map<String, ProjectionCell> past = experience.get(new Slot(y, k.quarter()));
                AttainmentDistribution d = AttainmentDistribution.none();
                for (GroupCell c : cells) {
                    d = d.plus(AttainmentDistribution.binomial(Math.toIntExact(c.members()),
                            attainShare(past, c.role(), c.bin())));
                }
                replays.add(d);
            }
            AttainmentDistribution forecast = AttainmentDistribution.mixture(replays);
            projected = forecast.mean() / n;
            low = (double) forecast.quantile(LOW) / n;
            high = (double) forecast.quantile(HIGH) / n;
            status = Forecast.STATUS_OK;
        }
        Double actualRate = actual == null || actual.eligible() == 0 ? null
                : (double) actual.attained() / actual.eligible();
        Double error = projected == null || actualRate == null ? null : projected - actualRate;
        Boolean covered = projected == null || actualRate == null ? null
                : low <= actualRate + 1e-12 && actualRate <= high + 1e-12;
        return new GroupForecast(Period.year(k.year()).toString(), Period.quarter(k.year(), k.quarter()).toString(),
                k.dimension(), k.group(), n, behind, (double) (n - behind) / n, projected, low, high, earlier.size(), actualRate, error,
                covered, 0, null, null, status, n < minCellSize);
    }

    /** The share of an earlier year's members in this role and bin who attained, with the fallbacks above. */
    static double attainShare(Map<String, ProjectionCell> past, String role, int bin) {
        ProjectionCell same = past.get(role + "|" + bin);
        if (same != null && same.members() > 0) {
            return (double) same.attained() / same.members();
        }
        long members = 0;
        long attained = 0;
        for (ProjectionCell c : past.values()) {
            if (c.bin() == bin) {
                members += c.members();
                attained += c.attained();
            }
        }
        if (members > 0) {
            return (double) attained / members;
        }
        return ProjectionBin.onTrack(bin) ? 1.0 : 0.0;
    }

    /**
     * Each row gets the backtest of its quarter and group over the earlier years (unsuppressed, with an actual).
     * Rows are bucketed by quarter and group first (one pass, each label parsed once): comparing every row with
     * every other grew with the square of the rows (18,375 at 100,000 members: most of the task's time). Within a
     * bucket the rows keep their order, so each mean adds the same errors in the same order as before.
     */
    static List<GroupForecast> withBacktest(List<GroupForecast> rows) {
        Map<BacktestKey, List<GroupForecast>> byQuarterAndGroup = new HashMap<>();
        List<BacktestKey> keys = new ArrayList<>(rows.size());
        for (GroupForecast r : rows) {
            BacktestKey key = new BacktestKey(Period.parse(r.asOf()).index(), r.dimension(), r.group());
            keys.add(key);
            byQuarterAndGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<GroupForecast> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            GroupForecast r = rows.get(i);
            int years = 0;
            int hits = 0;
            double absError = 0;
            for (GroupForecast past : byQuarterAndGroup.get(keys.get(i))) {
                if (past.period().compareTo(r.period()) < 0 && past.covered() != null && !past.suppressed()) {
                    years++;
                    hits += past.covered() ? 1 : 0;
                    absError += Math.abs(past.error());
                }
            }
            out.add(years == 0 ? r : r.withBacktest(years, (double) hits / years, absError / years));
        }
        return out;
    }

    /** The rows one row's backtest looks at: the same quarter of the year and the same group. */
    private record BacktestKey(int quarter, String dimension, String group) {
    }
}
