package cn.jgdj.generator;

import static cn.jgdj.schemas.codes.Codes.*;

import cn.jgdj.generator.EventsAndAttendance.Ev;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A unit's own events of a year: theory study group with observers, winter–spring rotation training, lectures, on-site teaching at venues. */
final class UnitEvents {
    private final EventsAndAttendance w;

    UnitEvents(EventsAndAttendance w) {
        this.w = w;
    }

    /** Writes this family's events of the writer's current year, each followed by its attendance rows. */
    void write(County.Unit u) throws IOException {
        SplittableRandom r = Rng.of(w.config.seed(), Rng.UNIT_EVENTS, u.index(), w.year);
        int unit = u.index();
        // Theory study group of the leading group; the work committee observes one or two sessions at most units.
        List<Integer> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            if (r.nextDouble() < 0.9) {
                months.add(m);
            }
        }
        boolean observed = unit != County.WORK_COMMITTEE && r.nextDouble() < 0.82;
        int firstObserved = months.isEmpty() ? -1 : r.nextInt(months.size());
        int secondObserved = r.nextDouble() < 0.3 && !months.isEmpty() ? r.nextInt(months.size()) : -1;
        for (int i = 0; i < months.size(); i++) {
            int m = months.get(i);
            int day = w.weekday(m, r);
            int start = r.nextBoolean() ? 9 * 60 : 8 * 60 + 30;
            Ev ev = w.event(r, THEORY_STUDY_GROUP, "理论学习中心组" + m + "月集体学习：" + Rng.pick(r, ChineseText.TOPICS),
                    unit, -1, -1, day, start, day, start + 150, Double.NaN, "offline", "invited");
            w.leaderAttendance(ev, u, r);
            if (observed && (i == firstObserved || i == secondObserved)) {
                w.observerRows(ev, r);
            }
        }
        // Winter–spring concentrated training: January to March, sometimes December.
        int sessions = 1 + (r.nextDouble() < 0.3 ? 1 : 0);
        for (int k = 0; k < sessions; k++) {
            int m = r.nextDouble() < 0.85 ? 1 + r.nextInt(3) : 12;
            int day = w.weekday(m, r);
            int days = r.nextDouble() < 0.4 ? 2 + r.nextInt(2) : 1;
            int endDay = days == 1 ? day : w.nextWeekdays(day, days - 1);
            double credit = days == 1 ? (r.nextBoolean() ? 6 : Double.NaN)
                    : (r.nextDouble() < 0.7 ? (days == 2 ? 12 : 16) : Double.NaN);
            Ev ev = w.event(r, ROTATION_TRAINING, w.year + "年冬春季党员集中轮训" + (k > 0 ? "（第二期）" : ""), unit, -1, -1,
                    day, 8 * 60 + 30, endDay, 17 * 60 + 30, credit, EventsAndAttendance.mode(r, 0.1, 0.1), "unit");
            w.unitAttendance(ev, u, r, 1.0);
        }
        for (int k = 0; k < 2; k++) {
            int day = w.weekday(1 + r.nextInt(12), r);
            boolean invited = r.nextDouble() < 0.3;
            Ev ev = w.event(r, SPECIAL_LECTURE, (r.nextBoolean() ? "党史专题宣讲：" : "专题宣讲：") + Rng.pick(r,
                    ChineseText.TOPICS), unit, -1, -1, day, 15 * 60, day, 17 * 60, Double.NaN, EventsAndAttendance.mode(r, 0.1, 0.2),
                    invited ? "invited" : "unit");
            w.unitAttendance(ev, u, r, invited ? 0.4 : 1.0);
        }
        int visits = 2 + (r.nextBoolean() ? 1 : 0);
        for (int k = 0; k < visits; k++) {
            County.Venue v = venueFor(unit, r);
            int day = w.weekday(3 + r.nextInt(8), r);
            int start = r.nextBoolean() ? 9 * 60 : 15 * 60;
            double credit = r.nextBoolean() ? 3 : Double.NaN;
            boolean oneBranch = u.branches().length > 1 && r.nextBoolean();
            int b = oneBranch ? u.branches()[r.nextInt(u.branches().length)] : -1;
            Ev ev = w.event(r, ONSITE_TEACHING, "赴" + v.name() + "开展现场教学", unit, b, v.index(), day, start, day,
                    start + 180, credit, "offline", oneBranch ? "branch" : "unit");
            if (oneBranch) {
                w.branchAttendance(ev, b, r);
            } else {
                w.unitAttendance(ev, u, r, 1.0);
            }
        }
    }

    /** Red bases serve every unit; a unit's own site mostly serves its owner (as the report found). */
    private County.Venue venueFor(int unit, SplittableRandom r) {
        List<County.Venue> venues = w.county.venues;
        County.Venue own = null;
        for (County.Venue v : venues) {
            if (v.ownerUnit() == unit) {
                own = v;
                break;
            }
        }
        if (own != null && r.nextDouble() < 0.6) {
            return own;
        }
        if (r.nextDouble() < 0.1) {
            County.Venue v = venues.get(r.nextInt(venues.size()));
            if (County.UNIT_SITE.equals(v.kind())) {
                return v;
            }
        }
        List<County.Venue> red = venues.stream().filter(v -> v.ownerUnit() < 0).toList();
        return red.get(r.nextInt(red.size()));
    }
}
