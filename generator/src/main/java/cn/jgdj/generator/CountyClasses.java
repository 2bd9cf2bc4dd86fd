package cn.jgdj.generator;

import static cn.jgdj.schemas.codes.Codes.*;

import cn.jgdj.generator.EventsAndAttendance.Ev;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The work committee's county classes of a year: secretaries, party-affairs workers, development candidates, and the induction classes of newly appointed secretaries. */
final class CountyClasses {
    private final EventsAndAttendance w;

    CountyClasses(EventsAndAttendance w) {
        this.w = w;
    }

    /** Writes this family's events of the writer's current year, each followed by its attendance rows. */
    void write() throws IOException {
        SplittableRandom r = Rng.of(w.config.seed(), Rng.COUNTY_EVENTS, w.year);
        int yStart = (int) LocalDate.of(w.year, 1, 1).toEpochDay();
        int yEnd = (int) LocalDate.of(w.year, 12, 31).toEpochDay();
        classes(r, "县直机关党组织书记培训班", CountyPeople.SECRETARY, false, 3, 16, yStart, yEnd);
        classes(r, "县直机关党务工作者培训班", CountyPeople.PARTY_AFFAIRS, false, 2, 12, yStart, yEnd);
        classes(r, "县直机关发展对象培训班", (byte) -1, true, 3, Double.NaN, yStart, yEnd);
        inductionClasses();
    }

    /**
     * A class for newly appointed secretaries in each month that has some: every newly appointed secretary not
     * planted as late attends in the month of appointment, well within the window. Written without planted dirt
     * (no event flaw is polled), so no planted defect can take that training away.
     */
    private void inductionClasses() throws IOException {
        SplittableRandom r = Rng.of(w.config.seed(), Rng.COUNTY_EVENTS, w.year, 1);
        for (int m = 1; m <= 12; m++) {
            List<Integer> attendees = w.warnings.onTimeAppointedIn(w.year, m);
            if (attendees.isEmpty()) {
                continue;
            }
            int day = w.weekday(m, r);
            Ev ev = new Ev(EventsAndAttendance.eventId(w.year, ++w.eventSeq), TRAINING_CLASS, County.WORK_COMMITTEE, -1, day, 9 * 60, day,
                    17 * 60, EventsAndAttendance.durationCredit(day, 9 * 60, day, 17 * 60));
            w.writeEvent(r, ev, EVENT_TYPE.chinese(TRAINING_CLASS), w.year + "年新任党组织书记培训班（" + m + "月）",
                    w.county.units.get(County.WORK_COMMITTEE).id(), null, null, null, "offline", "invited");
            for (int p : attendees) {
                w.row(ev, p, PRESENT, null, r);
            }
        }
    }

    /** Classes of at most 150 people; each person in the audience is invited to one batch a w.year. */
    private void classes(SplittableRandom r, String name, byte role, boolean candidates, int days, double credit,
                         int yStart, int yEnd) throws IOException {
        List<Integer> audience = new ArrayList<>();
        for (int p = 0; p < w.pop.persons; p++) {
            boolean fits = candidates ? w.pop.kind[p] != CountyPeople.COHORT && hasType(p, CountyPeople.CANDIDATE, yStart,
                    yEnd) : w.pop.role[p] == role && w.eng.state[w.eng.at(p, w.year)] != Engagement.NONE
                    && w.eng.state[w.eng.at(p, w.year)] != Engagement.OUTSIDE;
            if (fits) {
                audience.add(p);
            }
        }
        if (audience.isEmpty()) {
            return;
        }
        int batches = (audience.size() + 149) / 150;
        for (int k = 0; k < batches; k++) {
            int m = r.nextBoolean() ? 4 + r.nextInt(3) : 9 + r.nextInt(3);
            int day = w.weekday(m, r);
            int endDay = w.nextWeekdays(day, days - 1);
            double c = Double.isNaN(credit) || r.nextDouble() < 0.3 ? Double.NaN : credit;
            Ev ev = w.event(r, TRAINING_CLASS, w.year + "年" + name + "（第" + ChineseText.numeral(k + 1) + "期）",
                    County.WORK_COMMITTEE, -1, -1, day, 8 * 60 + 30, endDay, 17 * 60 + 30, c, "offline", "invited");
            for (int i = k; i < audience.size(); i += batches) {
                int p = audience.get(i);
                int s = segmentOn(p, day);
                if (s < 0) {
                    continue;
                }
                if (candidates) {
                    if (w.pop.segType[s] == CountyPeople.CANDIDATE) {
                        w.row(ev, p, r.nextDouble() < w.preMemberAttendance(p, 0.93) ? PRESENT : ABSENT, null, r);
                    }
                } else if (w.pop.counted(s)) {
                    w.expectedRow(ev, p, r, false);
                }
            }
        }
    }

    private boolean hasType(int p, byte type, int from, int to) {
        for (int s = w.pop.firstSeg[p]; s < w.pop.firstSeg[p + 1]; s++) {
            if (w.pop.segType[s] == type && w.pop.segFrom[s] <= to && w.pop.segTo[s] >= from) {
                return true;
            }
        }
        return false;
    }

    private int segmentOn(int p, int day) {
        for (int s = w.pop.firstSeg[p]; s < w.pop.firstSeg[p + 1]; s++) {
            if (w.pop.covers(s, day)) {
                return s;
            }
        }
        return -1;
    }
}
