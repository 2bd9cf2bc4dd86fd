package cn.jgdj.generator;

import static cn.jgdj.schemas.codes.Codes.*;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams events.csv and attendance.csv together, year by year: county classes of the work committee, then per
 * unit its own events (theory study group with observers, winter–spring rotation training, lectures, on-site
 * teaching) and per branch the 三会一课 and theme party days on cadence, some branches lagging. Each event's
 * attendance rows follow it, drawn from the members' {@link Engagement}. Only one branch's or unit's members are
 * looked at a time; nothing is held beyond the current event.
 */
final class EventsAndAttendance {
    static final String EVENTS = Events.NAME;
    static final String ATTENDANCE = Attendance.NAME;

    static final double PRE_MEMBER_ATTENDANCE = 0.2;

    private final GeneratorConfig config;
    private final County county;
    private final CountyPeople pop;
    private final Engagement eng;
    private final CsvSink events;
    private final CsvSink attendance;
    private final DirtTally tally;
    private final DirtSchedule eventDirt;
    private final DirtSchedule attendanceDirt;
    private final SplittableRandom dirtRandom;
    private final int[] outsiderPool;
    private final java.util.Set<String> plantedKeys = new java.util.HashSet<>();
    private final SecondEditionShapes shapes;

    private int year;
    private int eventSeq;
    private int extraEvents;
    private int unknownMembers;
    private int unknownEvents;
    private boolean lastAttendanceClean;
    private boolean lastEventClean;
    /** Told of every attendance row written, for the planted training effect (null: none planted). */
    TrainingEffect trainingEffect;
    /** The last clean single-day branch or unit event: where planted attendance rows go. */
    private Ev hostEvent;
    /** Planted for the early-warning tables: late-trained secretaries and units with reporting gaps. */
    final WarningPlants warnings;

    /** An event as written, with what planted rows and credit overrides need to know. */
    private record Ev(String id, String type, int unit, int branch, int day, int startMin, int endDay,
                      int endMin, double hours) {
        boolean singleDay() {
            return day == endDay;
        }
    }

    EventsAndAttendance(GeneratorConfig config, County county, CountyPeople pop, Engagement eng, CsvSink events,
                        CsvSink attendance, DirtTally tally, long expectedEvents, long expectedAttendance,
                        SecondEditionShapes shapes) {
        this.config = config;
        this.shapes = shapes;
        this.county = county;
        this.pop = pop;
        this.eng = eng;
        this.events = events;
        this.attendance = attendance;
        this.tally = tally;
        this.dirtRandom = Rng.of(config.seed(), Rng.DIRT, 2);
        this.eventDirt = DirtSchedule.plan(expectedEvents, dirtRandom, Flaw.MALFORMED_ROW, Flaw.MISSING_VALUE,
                Flaw.BAD_DATE, Flaw.BAD_NUMBER, Flaw.UNKNOWN_CODE, Flaw.END_BEFORE_START, Flaw.NEGATIVE_VALUE,
                Flaw.ABSURD_HOURS, Flaw.FUTURE_DATE, Flaw.UNKNOWN_REFERENCE, Flaw.DUPLICATE_CONFLICT,
                Flaw.EXACT_DUPLICATE);
        // Attendance is polled once per branch or unit meeting, about three quarters of all events.
        this.attendanceDirt = DirtSchedule.plan(expectedAttendance, expectedEvents * 3 / 4, dirtRandom,
                Flaw.MALFORMED_ROW,
                Flaw.MISSING_VALUE, Flaw.BAD_NUMBER, Flaw.UNKNOWN_CODE, Flaw.NEGATIVE_VALUE, Flaw.ABSURD_HOURS,
                Flaw.UNKNOWN_MEMBER, Flaw.UNKNOWN_EVENT, Flaw.DUPLICATE_CONFLICT, Flaw.EXACT_DUPLICATE);
        this.outsiderPool = outsiders(pop, county);
        this.warnings = new WarningPlants(config, county, pop, eng);
    }

    /** Rough row counts for planning the planted share: ≈ 44 branch meetings a year and ≈ 38 rows per member. */
    static long expectedEvents(GeneratorConfig c, County county) {
        return (long) c.years() * (county.branches.size() * 45L + county.units.size() * 17L);
    }

    static long expectedAttendance(GeneratorConfig c) {
        return (long) c.years() * c.members() * 38L;
    }

    void write() throws IOException {
        for (year = config.firstYear(); year <= config.lastYear(); year++) {
            eventSeq = 0;
            countyClasses();
            for (County.Unit u : county.units) {
                unitEvents(u);
                shapes.unitWide(events, attendance, pop, eng, u, year);
                for (int b : u.branches()) {
                    branchEvents(b);
                }
            }
        }
        year = config.lastYear();
        for (Flaw f : eventDirt.drain()) {
            plantEvent(f, hostEvent);
        }
        for (Flaw f : attendanceDirt.drain()) {
            plantAttendance(f, hostEvent);
        }
        // Last, so that no planted exact duplicate (a repeat of the last row) copies one of their rows.
        shapes.closingEvents(events, attendance, county, pop, tally);
    }

    // ---------------------------------------------------------------- branch meetings (三会一课, 主题党日)

    private void branchEvents(int b) throws IOException {
        SplittableRandom r = Rng.of(config.seed(), Rng.BRANCH_EVENTS, b, year);
        int unit = county.unitOfBranch(b);
        // A lagging branch skips a quarter of its required meetings; others almost never.
        double skip = r.nextDouble() < 0.12 ? 0.25 : 0.015;
        for (int q = 0; q < 4; q++) {
            if (r.nextDouble() >= skip) {
                int m = 1 + q * 3 + r.nextInt(3);
                int day = weekday(m, r);
                int start = r.nextBoolean() ? 14 * 60 + 30 : 9 * 60;
                Ev ev = event(r, BRANCH_GENERAL_MEETING, year + "年第" + ChineseText.numeral(q + 1) + "季度支部党员大会",
                        unit, b, -1, day, start, day, start + 120, Double.NaN, mode(r, 0.05, 0.05), "branch");
                branchAttendance(ev, b, r);
            }
            if (r.nextDouble() >= skip) {
                int m = 1 + q * 3 + r.nextInt(3);
                int day = weekday(m, r);
                int start = 15 * 60;
                int len = r.nextBoolean() ? 90 : 120;
                double credit = r.nextDouble() < 0.4 ? 2 : Double.NaN;
                Ev ev = event(r, PARTY_LECTURE, "专题党课：" + Rng.pick(r, ChineseText.TOPICS), unit, b, -1, day,
                        start, day, start + len, credit, mode(r, 0.1, 0.1), "branch");
                branchAttendance(ev, b, r);
            }
        }
        for (int m = 1; m <= 12; m++) {
            if (r.nextDouble() >= skip) {
                int day = weekday(m, r);
                int start = r.nextBoolean() ? 16 * 60 : 10 * 60;
                Ev ev = event(r, BRANCH_COMMITTEE_MEETING, m + "月支部委员会会议", unit, b, -1, day, start, day,
                        start + (r.nextBoolean() ? 60 : 90), Double.NaN, "offline", "invited");
                committeeAttendance(ev, b, r);
            }
            int groupMeetings = r.nextDouble() < skip ? 0 : r.nextDouble() < 0.05 ? 2 : 1;
            for (int k = 0; k < groupMeetings; k++) {
                int day = weekday(m, r);
                int start = r.nextDouble() < 0.8 ? 16 * 60 : 19 * 60 + 30;
                Ev ev = event(r, GROUP_MEETING, m + "月党小组学习会：" + Rng.pick(r, ChineseText.TOPICS), unit, b, -1,
                        day, start, day, start + 60, Double.NaN, mode(r, 0.08, 0.04), "branch");
                branchAttendance(ev, b, r);
            }
            if (r.nextDouble() >= skip) {
                themePartyDay(b, unit, m, r);
            }
        }
    }

    private void themePartyDay(int b, int unit, int m, SplittableRandom r) throws IOException {
        String title = m + "月主题党日：" + ChineseText.MONTH_THEMES[m - 1];
        double x = r.nextDouble();
        Ev ev;
        if (x < 0.015) {
            // An evening online study that runs past midnight.
            int day = dayIn(m, 1 + r.nextInt(25));
            ev = event(r, THEME_PARTY_DAY, title + "（夜学）", unit, b, -1, day, 21 * 60, day + 1, 30,
                    Double.NaN, "online", "branch");
        } else {
            int day = dayIn(m, 1 + r.nextInt(10));
            int start = x < 0.5 ? 9 * 60 : x < 0.8 ? 14 * 60 + 30 : 8 * 60 + 30;
            int len = x < 0.8 ? 150 : 210;
            ev = event(r, THEME_PARTY_DAY, title, unit, b, -1, day, start, day, start + len, Double.NaN,
                    mode(r, 0.05, 0.05), "branch");
        }
        branchAttendance(ev, b, r);
    }

    // ---------------------------------------------------------------- unit events

    private void unitEvents(County.Unit u) throws IOException {
        SplittableRandom r = Rng.of(config.seed(), Rng.UNIT_EVENTS, u.index(), year);
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
            int day = weekday(m, r);
            int start = r.nextBoolean() ? 9 * 60 : 8 * 60 + 30;
            Ev ev = event(r, THEORY_STUDY_GROUP, "理论学习中心组" + m + "月集体学习：" + Rng.pick(r, ChineseText.TOPICS),
                    unit, -1, -1, day, start, day, start + 150, Double.NaN, "offline", "invited");
            leaderAttendance(ev, u, r);
            if (observed && (i == firstObserved || i == secondObserved)) {
                observerRows(ev, r);
            }
        }
        // Winter–spring concentrated training: January to March, sometimes December.
        int sessions = 1 + (r.nextDouble() < 0.3 ? 1 : 0);
        for (int k = 0; k < sessions; k++) {
            int m = r.nextDouble() < 0.85 ? 1 + r.nextInt(3) : 12;
            int day = weekday(m, r);
            int days = r.nextDouble() < 0.4 ? 2 + r.nextInt(2) : 1;
            int endDay = days == 1 ? day : nextWeekdays(day, days - 1);
            double credit = days == 1 ? (r.nextBoolean() ? 6 : Double.NaN)
                    : (r.nextDouble() < 0.7 ? (days == 2 ? 12 : 16) : Double.NaN);
            Ev ev = event(r, ROTATION_TRAINING, year + "年冬春季党员集中轮训" + (k > 0 ? "（第二期）" : ""), unit, -1, -1,
                    day, 8 * 60 + 30, endDay, 17 * 60 + 30, credit, mode(r, 0.1, 0.1), "unit");
            unitAttendance(ev, u, r, 1.0);
        }
        for (int k = 0; k < 2; k++) {
            int day = weekday(1 + r.nextInt(12), r);
            boolean invited = r.nextDouble() < 0.3;
            Ev ev = event(r, SPECIAL_LECTURE, (r.nextBoolean() ? "党史专题宣讲：" : "专题宣讲：") + Rng.pick(r,
                    ChineseText.TOPICS), unit, -1, -1, day, 15 * 60, day, 17 * 60, Double.NaN, mode(r, 0.1, 0.2),
                    invited ? "invited" : "unit");
            unitAttendance(ev, u, r, invited ? 0.4 : 1.0);
        }
        int visits = 2 + (r.nextBoolean() ? 1 : 0);
        for (int k = 0; k < visits; k++) {
            County.Venue v = venueFor(unit, r);
            int day = weekday(3 + r.nextInt(8), r);
            int start = r.nextBoolean() ? 9 * 60 : 15 * 60;
            double credit = r.nextBoolean() ? 3 : Double.NaN;
            boolean oneBranch = u.branches().length > 1 && r.nextBoolean();
            int b = oneBranch ? u.branches()[r.nextInt(u.branches().length)] : -1;
            Ev ev = event(r, ONSITE_TEACHING, "赴" + v.name() + "开展现场教学", unit, b, v.index(), day, start, day,
                    start + 180, credit, "offline", oneBranch ? "branch" : "unit");
            if (oneBranch) {
                branchAttendance(ev, b, r);
            } else {
                unitAttendance(ev, u, r, 1.0);
            }
        }
    }

    /** Red bases serve every unit; a unit's own site mostly serves its owner (as the report found). */
    private County.Venue venueFor(int unit, SplittableRandom r) {
        List<County.Venue> venues = county.venues;
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

    // ---------------------------------------------------------------- county classes by the work committee

    private void countyClasses() throws IOException {
        SplittableRandom r = Rng.of(config.seed(), Rng.COUNTY_EVENTS, year);
        int yStart = (int) LocalDate.of(year, 1, 1).toEpochDay();
        int yEnd = (int) LocalDate.of(year, 12, 31).toEpochDay();
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
        SplittableRandom r = Rng.of(config.seed(), Rng.COUNTY_EVENTS, year, 1);
        for (int m = 1; m <= 12; m++) {
            List<Integer> attendees = warnings.onTimeAppointedIn(year, m);
            if (attendees.isEmpty()) {
                continue;
            }
            int day = weekday(m, r);
            Ev ev = new Ev(eventId(year, ++eventSeq), TRAINING_CLASS, County.WORK_COMMITTEE, -1, day, 9 * 60, day,
                    17 * 60, durationCredit(day, 9 * 60, day, 17 * 60));
            writeEvent(r, ev, EVENT_TYPE.chinese(TRAINING_CLASS), year + "年新任党组织书记培训班（" + m + "月）",
                    county.units.get(County.WORK_COMMITTEE).id(), null, null, null, "offline", "invited");
            for (int p : attendees) {
                row(ev, p, PRESENT, null, r);
            }
        }
    }

    /** Classes of at most 150 people; each person in the audience is invited to one batch a year. */
    private void classes(SplittableRandom r, String name, byte role, boolean candidates, int days, double credit,
                         int yStart, int yEnd) throws IOException {
        List<Integer> audience = new ArrayList<>();
        for (int p = 0; p < pop.persons; p++) {
            boolean fits = candidates ? pop.kind[p] != CountyPeople.COHORT && hasType(p, CountyPeople.CANDIDATE, yStart,
                    yEnd) : pop.role[p] == role && eng.state[eng.at(p, year)] != Engagement.NONE
                    && eng.state[eng.at(p, year)] != Engagement.OUTSIDE;
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
            int day = weekday(m, r);
            int endDay = nextWeekdays(day, days - 1);
            double c = Double.isNaN(credit) || r.nextDouble() < 0.3 ? Double.NaN : credit;
            Ev ev = event(r, TRAINING_CLASS, year + "年" + name + "（第" + ChineseText.numeral(k + 1) + "期）",
                    County.WORK_COMMITTEE, -1, -1, day, 8 * 60 + 30, endDay, 17 * 60 + 30, c, "offline", "invited");
            for (int i = k; i < audience.size(); i += batches) {
                int p = audience.get(i);
                int s = segmentOn(p, day);
                if (s < 0) {
                    continue;
                }
                if (candidates) {
                    if (pop.segType[s] == CountyPeople.CANDIDATE) {
                        row(ev, p, r.nextDouble() < preMemberAttendance(p, 0.93) ? PRESENT : ABSENT, null, r);
                    }
                } else if (pop.counted(s)) {
                    expectedRow(ev, p, r, false);
                }
            }
        }
    }

    private boolean hasType(int p, byte type, int from, int to) {
        for (int s = pop.firstSeg[p]; s < pop.firstSeg[p + 1]; s++) {
            if (pop.segType[s] == type && pop.segFrom[s] <= to && pop.segTo[s] >= from) {
                return true;
            }
        }
        return false;
    }

    private int segmentOn(int p, int day) {
        for (int s = pop.firstSeg[p]; s < pop.firstSeg[p + 1]; s++) {
            if (pop.covers(s, day)) {
                return s;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- attendance

    /** Everyone counted in the branch that day is expected; others (exempt, pre-members) come now and then. */
    private void branchAttendance(Ev ev, int b, SplittableRandom r) throws IOException {
        if (warnings.unreported(ev.unit, ev.day)) {
            return;
        }
        boolean openToPreMembers = ev.type.equals(PARTY_LECTURE) || ev.type.equals(THEME_PARTY_DAY)
                || ev.type.equals(ONSITE_TEACHING);
        for (int s : pop.segsByBranch[b]) {
            if (!pop.covers(s, ev.day)) {
                continue;
            }
            int p = pop.segPerson[s];
            if (pop.counted(s)) {
                expectedRow(ev, p, r, true);
            } else if (pop.segType[s] <= CountyPeople.PROBATIONARY) {
                // Exempt members still come now and then.
                if (r.nextDouble() < eng.attend[eng.at(p, year)]) {
                    row(ev, p, PRESENT, null, r);
                }
            } else if (openToPreMembers && r.nextDouble() < preMemberAttendance(p, PRE_MEMBER_ATTENDANCE)) {
                // Candidates and activists join party lectures and theme days now and then; their credits
                // would count once admitted, so they stay occasional to keep new members at the county rate.
                row(ev, p, PRESENT, null, r);
            }
        }
        hostEvent = ev.singleDay() ? ev : hostEvent;
        pollAttendanceDirt(ev);
    }

    private void committeeAttendance(Ev ev, int b, SplittableRandom r) throws IOException {
        for (int s : pop.segsByBranch[b]) {
            int p = pop.segPerson[s];
            if (pop.covers(s, ev.day) && pop.counted(s) && pop.role[p] == CountyPeople.SECRETARY) {
                expectedRow(ev, p, r, false);
            }
        }
    }

    private void leaderAttendance(Ev ev, County.Unit u, SplittableRandom r) throws IOException {
        for (int b : u.branches()) {
            for (int s : pop.segsByBranch[b]) {
                int p = pop.segPerson[s];
                if (pop.covers(s, ev.day) && pop.counted(s) && pop.role[p] == CountyPeople.LEADER) {
                    expectedRow(ev, p, r, false);
                }
            }
        }
    }

    /**
     * How likely a candidate or activist attends. One admitted later this year follows their member-year
     * state, since these credits count toward the year once admitted: a member planted as missing training
     * must earn none, a lagging one little.
     */
    private double preMemberAttendance(int p, double usual) {
        int i = eng.at(p, year);
        return switch (eng.state[i]) {
            case Engagement.MISSED -> 0;
            case Engagement.LAGGING -> eng.attend[i];
            default -> usual;
        };
    }

    /** One or two work-committee staff sit in (列席旁听): observer rows earn no credit. */
    private void observerRows(Ev ev, SplittableRandom r) throws IOException {
        List<Integer> staff = new ArrayList<>();
        for (int b : county.units.get(County.WORK_COMMITTEE).branches()) {
            for (int s : pop.segsByBranch[b]) {
                if (pop.covers(s, ev.day) && pop.counted(s)) {
                    staff.add(pop.segPerson[s]);
                }
            }
        }
        int n = Math.min(staff.size(), 1 + r.nextInt(2));
        for (int i = 0; i < n; i++) {
            int j = i + r.nextInt(staff.size() - i);
            int t = staff.get(i);
            staff.set(i, staff.get(j));
            staff.set(j, t);
            row(ev, staff.get(i), OBSERVER, null, r);
        }
    }

    private void unitAttendance(Ev ev, County.Unit u, SplittableRandom r, double invitedShare) throws IOException {
        boolean invited = invitedShare < 1.0;
        if (!invited && warnings.unreported(ev.unit, ev.day)) {
            return;
        }
        for (int b : u.branches()) {
            for (int s : pop.segsByBranch[b]) {
                if (!pop.covers(s, ev.day)) {
                    continue;
                }
                int p = pop.segPerson[s];
                if (pop.counted(s)) {
                    if (!invited || r.nextDouble() < invitedShare) {
                        expectedRow(ev, p, r, !invited);
                    }
                } else if (!ev.type.equals(ROTATION_TRAINING) && r.nextDouble() < (pop.segType[s] <= CountyPeople.PROBATIONARY
                        ? eng.attend[eng.at(p, year)] * 0.5 : preMemberAttendance(p, PRE_MEMBER_ATTENDANCE))) {
                    row(ev, p, PRESENT, null, r);
                }
            }
        }
        if (!invited) {
            hostEvent = ev.singleDay() ? ev : hostEvent;
            pollAttendanceDirt(ev);
        }
    }

    /**
     * A counted member expected at the event: present with their attendance probability, otherwise excused,
     * absent or (later) made up; an absent member's row is sometimes simply missing, which means absent too.
     */
    private void expectedRow(Ev ev, int p, SplittableRandom r, boolean absentMayBeMissing) throws IOException {
        int i = eng.at(p, year);
        byte state = eng.state[i];
        String status;
        if (state != Engagement.MISSED && r.nextDouble() < eng.attend[i]) {
            status = PRESENT;
        } else {
            double x = r.nextDouble();
            if (state == Engagement.ENGAGED) {
                status = x < 0.5 ? EXCUSED : x < 0.8 ? ABSENT : MAKEUP;
            } else if (state == Engagement.LAGGING) {
                status = x < 0.4 ? EXCUSED : x < 0.95 ? ABSENT : MAKEUP;
            } else {
                status = x < 0.45 ? EXCUSED : ABSENT;
            }
        }
        if (status.equals(ABSENT) && absentMayBeMissing && r.nextDouble() < 0.3) {
            return;
        }
        String credit = null;
        if (status.equals(MAKEUP) && r.nextDouble() < 0.3) {
            credit = RawText.hours(Math.max(0.5, Math.round(ev.hours) / 2.0));
        }
        // A secretary planted as late misses every secretary training inside the window. The row drawn is
        // replaced, not redrawn, so every later draw of this stream (the rest of the county) stays as it was.
        if ((ev.type.equals(ROTATION_TRAINING) || ev.type.equals(TRAINING_CLASS))
                && warnings.untrainedOn(p, ev.day)) {
            row(ev, p, ABSENT, null, r);
            return;
        }
        if (status.equals(MAKEUP)) {
            shapes.absenceBeforeMakeup(attendance, ev.id, pop.memberId(p));
        }
        row(ev, p, status, credit, r);
    }

    private void row(Ev ev, int p, String status, String credit, SplittableRandom r) throws IOException {
        attendance.cell(RawText.messyId(ev.id, r, 0.002)).cell(RawText.messyId(pop.memberId(p), r, 0.01))
                .cell(STATUS.chinese(status)).cell(credit).end();
        lastAttendanceClean = true;
        if (trainingEffect != null) {
            trainingEffect.attended(p, year, ev.type, status, ev.day);
        }
    }

    // ---------------------------------------------------------------- events

    private Ev event(SplittableRandom r, String type, String title, int unit, int branch, int venue, int day,
                     int startMin, int endDay, int endMin, double credit, String mode, String audience)
            throws IOException {
        String id = eventId(year, ++eventSeq);
        double hours = Double.isNaN(credit) ? durationCredit(day, startMin, endDay, endMin) : credit;
        Ev ev = new Ev(id, type, unit, branch, day, startMin, endDay, endMin, hours);
        writeEvent(r, ev, typeWord(type, r), title, county.units.get(unit).id(),
                branch < 0 ? null : county.branches.get(branch).id(),
                venue < 0 ? null : county.venues.get(venue).id(), Double.isNaN(credit) ? null : RawText.hours(credit),
                mode, audience);
        lastEventClean = true;
        Flaw f = eventDirt.poll(dirtRandom);
        if (f != null) {
            plantEvent(f, ev);
        }
        return ev;
    }

    private void writeEvent(SplittableRandom r, Ev ev, String typeWord, String title, String unitId,
                            String branchId, String venueId, String credit, String mode, String audience)
            throws IOException {
        boolean serial = RawText.exactSerialFraction(ev.startMin) && RawText.exactSerialFraction(ev.endMin);
        double style = r.nextDouble();
        String start;
        String end;
        if (serial && style < 0.05) {
            start = RawText.excelSerialDateTime(ev.day, ev.startMin);
            end = RawText.excelSerialDateTime(ev.endDay, ev.endMin);
        } else if (style < 0.92) {
            start = RawText.iso(ev.day) + " " + RawText.hhmm(ev.startMin);
            end = RawText.iso(ev.endDay) + " " + RawText.hhmm(ev.endMin);
        } else {
            start = RawText.slash(ev.day) + " " + RawText.hhmm(ev.startMin);
            end = RawText.slash(ev.endDay) + " " + RawText.hhmm(ev.endMin);
        }
        events.cell(RawText.messyId(ev.id, r, 0.003)).cell(typeWord).cell(title).cell(unitId).cell(branchId)
                .cell(venueId).cell(start).cell(end).cell(credit).cell(MODE.chinese(mode))
                .cell(AUDIENCE.chinese(audience)).end();
    }

    private static String typeWord(String type, SplittableRandom r) {
        if (r.nextDouble() < 0.1) {
            switch (type) {
                case BRANCH_GENERAL_MEETING -> {
                    return "党员大会";
                }
                case BRANCH_COMMITTEE_MEETING -> {
                    return "支委会";
                }
                case THEORY_STUDY_GROUP -> {
                    return "中心组学习";
                }
                case ROTATION_TRAINING -> {
                    return "冬春季集中培训";
                }
                default -> {
                    return EVENT_TYPE.chinese(type);
                }
            }
        }
        return EVENT_TYPE.chinese(type);
    }

    static String eventId(int year, long seq) {
        return "E" + year + RawText.pad("", seq, 7);
    }

    /** The domain's duration credit: hours rounded to the nearest half (halves up), at most 8 per calendar day. */
    static double durationCredit(int day, int startMin, int endDay, int endMin) {
        int minutes = (endDay - day) * 1440 + endMin - startMin;
        double h = Math.floor(minutes / 30.0 + 0.5) / 2.0;
        return Math.min(h, 8.0 * (endDay - day + 1));
    }

    private static String mode(SplittableRandom r, double online, double hybrid) {
        double x = r.nextDouble();
        return x < online ? "online" : x < online + hybrid ? "hybrid" : "offline";
    }

    private int weekday(int month, SplittableRandom r) {
        LocalDate first = LocalDate.of(year, month, 1);
        int len = first.lengthOfMonth();
        for (int tries = 0; tries < 20; tries++) {
            LocalDate d = first.plusDays(r.nextInt(len));
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return (int) d.toEpochDay();
            }
        }
        return (int) first.toEpochDay();
    }

    private int dayIn(int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    /** The day n weekdays after a day, staying within the same calendar year. */
    private int nextWeekdays(int day, int n) {
        LocalDate d = LocalDate.ofEpochDay(day);
        for (int i = 0; i < n; i++) {
            LocalDate next = d.plusDays(1);
            while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
                next = next.plusDays(1);
            }
            if (next.getYear() != year) {
                break;
            }
            d = next;
        }
        return (int) d.toEpochDay();
    }

    // ---------------------------------------------------------------- planted dirty rows

    /**
     * A planted event is an extra event (fresh id) that no attendance row references, so quarantining it
     * affects nothing else; each differs from a clean event in exactly one way.
     */
    private void plantEvent(Flaw f, Ev host) throws IOException {
        if (host == null) {
            return;
        }
        SplittableRandom r = dirtRandom;
        if (f == Flaw.EXACT_DUPLICATE) {
            if (lastEventClean) {
                events.repeatLast();
                tally.add(EVENTS, f, 1);
            }
            return;
        }
        String id = eventId(year, ++eventSeq);
        String unitId = county.units.get(host.unit).id();
        String branchId = host.branch < 0 ? null : county.branches.get(host.branch).id();
        LocalDate d = LocalDate.ofEpochDay(host.day);
        String start = RawText.iso(host.day) + " 09:00";
        String end = RawText.iso(host.day) + " 11:00";
        String title = "支部学习会（补录）";
        String type = EVENT_TYPE.chinese(GROUP_MEETING);
        String credit = null;
        String audience = AUDIENCE.chinese(branchId == null ? "unit" : "branch");
        String mode = MODE.chinese("offline");
        switch (f) {
            case MALFORMED_ROW -> {
                events.cell(id).cell(type).cell(title).cell(unitId).cell(branchId).cell(null).cell(start).cell(end)
                        .cell(credit).cell(mode).endMalformed();
                tally.add(EVENTS, f, 1);
                lastEventClean = false;
                return;
            }
            case MISSING_VALUE -> title = null;
            case BAD_DATE -> start = d.getYear() + "-13-" + RawText.iso(host.day).substring(8) + " 09:00";
            case BAD_NUMBER -> credit = "两";
            case UNKNOWN_CODE -> type = "座谈会";
            case END_BEFORE_START -> end = RawText.iso(host.day) + " 07:00";
            case NEGATIVE_VALUE -> credit = "-2";
            case ABSURD_HOURS -> credit = "30";
            case FUTURE_DATE -> {
                // Day of month at most 28 so that 2099 has that date.
                int future = (int) LocalDate.of(2099, d.getMonthValue(), Math.min(28, d.getDayOfMonth()))
                        .toEpochDay();
                start = RawText.iso(future) + " 09:00";
                end = RawText.iso(future) + " 11:00";
            }
            case UNKNOWN_REFERENCE -> unitId = county.unknownUnitId(extraEvents++);
            case DUPLICATE_CONFLICT -> {
                writeRawEvent(id, type, title, unitId, branchId, start, end, credit, mode, audience);
                writeRawEvent(id, type, title + "（更正）", unitId, branchId, start, end, credit, mode, audience);
                tally.add(EVENTS, f, 2);
                lastEventClean = false;
                return;
            }
            default -> throw new IllegalStateException("not planted in events: " + f);
        }
        writeRawEvent(id, type, title, unitId, branchId, start, end, credit, mode, audience);
        tally.add(EVENTS, f, 1);
        lastEventClean = false;
    }

    private void writeRawEvent(String id, String type, String title, String unitId, String branchId, String start,
                               String end, String credit, String mode, String audience) throws IOException {
        events.cell(id).cell(type).cell(title).cell(unitId).cell(branchId).cell(null).cell(start).cell(end)
                .cell(credit).cell(mode).cell(audience).end();
    }

    private void pollAttendanceDirt(Ev ev) throws IOException {
        // One planted row at most per event, so planted rows never share a key by accident.
        Flaw f = attendanceDirt.poll(dirtRandom);
        if (f == null) {
            return;
        }
        if (!ev.singleDay()) {
            attendanceDirt.putBack(f);
            return;
        }
        plantAttendance(f, ev);
    }

    /**
     * Planted attendance rows name a member from another unit (who has no row at this event), so they never
     * collide with a clean row's key; each has exactly one defect.
     */
    private void plantAttendance(Flaw f, Ev ev) throws IOException {
        if (ev == null) {
            return;
        }
        SplittableRandom r = dirtRandom;
        if (f == Flaw.EXACT_DUPLICATE) {
            if (lastAttendanceClean) {
                attendance.repeatLast();
                tally.add(ATTENDANCE, f, 1);
            }
            return;
        }
        int p = outsider(ev, r);
        if (p < 0) {
            return;
        }
        String eventId = ev.id;
        String memberId = pop.memberId(p);
        String status = STATUS.chinese(PRESENT);
        String credit = null;
        switch (f) {
            case MALFORMED_ROW -> {
                attendance.cell(eventId).cell(memberId).cell(status).cell(credit).cell("备注").endMalformed();
                tally.add(ATTENDANCE, f, 1);
                lastAttendanceClean = false;
                return;
            }
            case MISSING_VALUE -> status = null;
            case BAD_NUMBER -> credit = "两";
            case UNKNOWN_CODE -> status = "迟到";
            case NEGATIVE_VALUE -> credit = "-1";
            case ABSURD_HOURS -> credit = "30";
            case UNKNOWN_MEMBER -> memberId = pop.unknownMemberId(unknownMembers++);
            case UNKNOWN_EVENT -> eventId = eventId(config.firstYear() - 1, ++unknownEvents);
            case DUPLICATE_CONFLICT -> {
                // Same status, different credit overrides: a present row and an absent one would be precedence.
                attendance.cell(eventId).cell(memberId).cell(status).cell("1").end();
                attendance.cell(eventId).cell(memberId).cell(status).cell("1.5").end();
                tally.add(ATTENDANCE, f, 2);
                lastAttendanceClean = false;
                return;
            }
            default -> throw new IllegalStateException("not planted in attendance: " + f);
        }
        attendance.cell(eventId).cell(memberId).cell(status).cell(credit).end();
        tally.add(ATTENDANCE, f, 1);
        lastAttendanceClean = false;
    }

    /** Counted persons with a single row, outside the work committee: they are never at another unit's event. */
    private static int[] outsiders(CountyPeople pop, County county) {
        IntBuffer b = new IntBuffer(1024);
        for (int p = 0; p < pop.memberPersons; p++) {
            int s = pop.firstSeg[p];
            if (pop.firstSeg[p + 1] - s == 1 && pop.counted(s)
                    && county.unitOfBranch(pop.segBranch[s]) != County.WORK_COMMITTEE) {
                b.add(p);
            }
        }
        return b.toArray();
    }

    /** A person from another unit not used yet by a planted row of this event. */
    private int outsider(Ev ev, SplittableRandom r) {
        for (int tries = 0; tries < 50 && outsiderPool.length > 0; tries++) {
            int p = outsiderPool[r.nextInt(outsiderPool.length)];
            if (county.unitOfBranch(pop.segBranch[pop.firstSeg[p]]) != ev.unit && plantedKeys.add(ev.id + "|" + p)) {
                return p;
            }
        }
        return -1;
    }
}
