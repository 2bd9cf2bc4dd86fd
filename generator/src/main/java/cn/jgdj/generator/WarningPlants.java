package cn.jgdj.generator;

import cn.jgdj.schemas.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What is planted for secretary readiness and the data-quality scorecard (issue #14), and written to
 * truth.json. Late-trained secretaries: of the newly appointed secretaries (first member row starts in the
 * period), those whose engagement that year allows no training, plus about a third drawn at random, attend no
 * rotation training or training class within the window ({@link #WINDOW_MONTHS}); every other one attends an
 * induction class in the month of appointment. Reporting gaps: a few units (drawn from those with the smaller
 * branches, never the work committee) send no attendance rows for any branch- or unit-audience event in one
 * quarter (Q2 or Q3) of the first year, away from the last year, where the under-served groups are checked.
 */
final class WarningPlants {
    /** secretary_training_window_months of the built-in rules. */
    static final int WINDOW_MONTHS = 6;
    static final double LATE_SHARE = 0.3;

    private final GeneratorConfig config;
    private final County county;
    /** Per person: epoch day of appointment as a new secretary, or -1. */
    private final int[] appointed;
    private final boolean[] late;
    /** Unit index → quarter (1–4) of the gap year in which it reports no attendance. */
    private final java.util.Map<Integer, Integer> gapQuarter = new java.util.LinkedHashMap<>();
    private final java.util.Map<Integer, Integer> eventsUnreported = new java.util.HashMap<>();
    private final int gapYear;

    WarningPlants(GeneratorConfig config, County county, CountyPeople pop, Engagement eng) {
        this.config = config;
        this.county = county;
        SplittableRandom r = Rng.of(config.seed(), Rng.WARNINGS);
        appointed = new int[pop.persons];
        late = new boolean[pop.persons];
        int first = (int) LocalDate.of(config.firstYear(), 1, 1).toEpochDay();
        int last = (int) LocalDate.of(config.lastYear(), 12, 31).toEpochDay();
        for (int p = 0; p < pop.persons; p++) {
            int from = pop.segFrom[pop.firstSeg[p]];
            appointed[p] = -1;
            if (p < pop.memberPersons && pop.role[p] == CountyPeople.SECRETARY && from >= first && from <= last) {
                appointed[p] = from;
                byte state = eng.state[eng.at(p, LocalDate.ofEpochDay(from).getYear())];
                boolean drawn = r.nextDouble() < LATE_SHARE;
                late[p] = drawn || state == Engagement.NONE || state == Engagement.OUTSIDE
                        || state == Engagement.MISSED;
            }
        }
        gapYear = config.years() >= 2 ? config.firstYear() : config.lastYear();
        List<County.Unit> candidates = new ArrayList<>();
        for (County.Unit u : county.units) {
            if (u.index() != County.WORK_COMMITTEE && u.branches().length > 0) {
                candidates.add(u);
            }
        }
        // Smaller branches hold as many meetings for fewer rows: their gap stands out in the unit's share.
        candidates.sort(java.util.Comparator.comparingDouble(u -> rowsPerBranch(pop, u)));
        List<County.Unit> pool = new ArrayList<>(candidates.subList(0, (candidates.size() + 1) / 2));
        int n = Math.min(pool.size(), county.units.size() < 12 ? 2 : 3);
        for (int i = 0; i < n; i++) {
            County.Unit u = pool.remove(r.nextInt(pool.size()));
            gapQuarter.put(u.index(), 2 + r.nextInt(2));
        }
    }

    private static double rowsPerBranch(CountyPeople pop, County.Unit u) {
        double rows = 0;
        for (int b : u.branches()) {
            rows += pop.segsByBranch[b].length;
        }
        return rows / u.branches().length;
    }

    /** Whether the unit sends no attendance rows for its events on that day; counts the events so left. */
    boolean unreported(int unit, int day) {
        Integer q = gapQuarter.get(unit);
        LocalDate d = LocalDate.ofEpochDay(day);
        if (q == null || d.getYear() != gapYear || (d.getMonthValue() - 1) / 3 + 1 != q) {
            return false;
        }
        eventsUnreported.merge(unit, 1, Integer::sum);
        return true;
    }

    /** Whether the person is a secretary planted as late and the day is inside their training window. */
    boolean untrainedOn(int p, int day) {
        return p < late.length && late[p] && day >= appointed[p] && day <= deadline(p);
    }

    /** Newly appointed secretaries not planted as late, appointed in that month. */
    List<Integer> onTimeAppointedIn(int year, int month) {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < appointed.length; p++) {
            if (appointed[p] >= 0 && !late[p]) {
                LocalDate d = LocalDate.ofEpochDay(appointed[p]);
                if (d.getYear() == year && d.getMonthValue() == month) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The last day of the window: the day before appointment + WINDOW_MONTHS months. */
    private int deadline(int p) {
        return (int) LocalDate.ofEpochDay(appointed[p]).plusMonths(WINDOW_MONTHS).minusDays(1).toEpochDay();
    }

    /**
     * The truth.json fragment: per year, the newly appointed secretaries and those overdue as of 31 December of
     * the last year (late, window over by then), plus the late ones whose window was still open; and the units
     * with a reporting gap, their quarter and how many events were left without attendance rows (a planted
     * event defect may set one or two of them aside).
     */
    String truthJson() {
        int last = (int) LocalDate.of(config.lastYear(), 12, 31).toEpochDay();
        java.util.Map<Integer, Integer> appointedByYear = new java.util.TreeMap<>();
        java.util.Map<Integer, Integer> overdueByYear = new java.util.TreeMap<>();
        for (int y = config.firstYear(); y <= config.lastYear(); y++) {
            appointedByYear.put(y, 0);
            overdueByYear.put(y, 0);
        }
        int stillOpen = 0;
        for (int p = 0; p < appointed.length; p++) {
            if (appointed[p] < 0) {
                continue;
            }
            int y = LocalDate.ofEpochDay(appointed[p]).getYear();
            appointedByYear.merge(y, 1, Integer::sum);
            if (late[p] && deadline(p) < last) {
                overdueByYear.merge(y, 1, Integer::sum);
            } else if (late[p]) {
                stillOpen++;
            }
        }
        StringBuilder b = new StringBuilder("  \"late_trained_secretaries\": {\"window_months\": ")
                .append(WINDOW_MONTHS).append(", \"as_of\": ")
                .append(TruthJson.str(LocalDate.ofEpochDay(last).toString()))
                .append(", \"newly_appointed_by_year\": ").append(yearMap(appointedByYear))
                .append(", \"overdue_by_year\": ").append(yearMap(overdueByYear))
                .append(", \"late_window_still_open\": ").append(stillOpen).append("},\n");
        b.append("  \"reporting_gaps\": [");
        boolean firstGap = true;
        for (java.util.Map.Entry<Integer, Integer> e : gapQuarter.entrySet()) {
            b.append(firstGap ? "\n" : ",\n").append("    {\"unit_id\": ")
                    .append(TruthJson.str(county.units.get(e.getKey()).id())).append(", \"period\": ")
                    .append(TruthJson.str(Period.quarter(gapYear, e.getValue()).toString()))
                    .append(", \"events_without_attendance\": ")
                    .append(eventsUnreported.getOrDefault(e.getKey(), 0)).append('}');
            firstGap = false;
        }
        return b.append("\n  ],\n").toString();
    }

    private static String yearMap(java.util.Map<Integer, Integer> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((y, n) -> b.append(b.length() == 1 ? "" : ", ").append('"').append(y).append("\": ").append(n));
        return b.append('}').toString();
    }
}
