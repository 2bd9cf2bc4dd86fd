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
 * Streams events.csv and attendance.csv together, year by year: county classes of the work committee
 * ({@link CountyClasses}), then per unit its own events ({@link UnitEvents}: theory study group with observers,
 * winter–spring rotation training, lectures, on-site teaching) and per branch the 三会一课 and theme party days on
 * cadence ({@link BranchMeetings}), some branches lagging. This class keeps what the families share: writing an
 * event and its attendance rows (drawn from the members' {@link Engagement}), the calendar helpers, and the planted
 * dirty rows. Only one branch's or unit's members are looked at a time; nothing is held beyond the current event.
 */
final class EventsAndAttendance {
    static final String EVENTS = Events.NAME;
    static final String ATTENDANCE = Attendance.NAME;

    static final double PRE_MEMBER_ATTENDANCE = 0.2;

    final GeneratorConfig config;
    final County county;
    final CountyPeople pop;
    final Engagement eng;
    private final CsvSink events;
    private final CsvSink attendance;
    private final DirtTally tally;
    private final DirtSchedule eventDirt;
    private final DirtSchedule attendanceDirt;
    private final SplittableRandom dirtRandom;
    private final int[] outsiderPool;
    private final java.util.Set<String> plantedKeys = new java.util.HashSet<>();
    private final SecondEditionShapes shapes;

    int year;
    int eventSeq;
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
    private final CountyClasses countyClasses = new CountyClasses(this);
    private final UnitEvents unitEvents = new UnitEvents(this);
    private final BranchMeetings branchMeetings = new BranchMeetings(this);

    /** An event as written, with what planted rows and credit overrides need to know. */
    record Ev(String id, String type, int unit, int branch, int day, int startMin, int endDay,
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
            countyClasses.write();
            for (County.Unit u : county.units) {
                unitEvents.write(u);
                shapes.unitWide(events, attendance, pop, eng, u, year);
                for (int b : u.branches()) {
                    branchMeetings.write(b);
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

    // ---------------------------------------------------------------- attendance

    /** Everyone counted in the branch that day is expected; others (exempt, pre-members) come now and then. */
    void branchAttendance(Ev ev, int b, SplittableRandom r) throws IOException {
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

    void committeeAttendance(Ev ev, int b, SplittableRandom r) throws IOException {
        for (int s : pop.segsByBranch[b]) {
            int p = pop.segPerson[s];
            if (pop.covers(s, ev.day) && pop.counted(s) && pop.role[p] == CountyPeople.SECRETARY) {
                expectedRow(ev, p, r, false);
            }
        }
    }

    void leaderAttendance(Ev ev, County.Unit u, SplittableRandom r) throws IOException {
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
    double preMemberAttendance(int p, double usual) {
        int i = eng.at(p, year);
        return switch (eng.state[i]) {
            case Engagement.MISSED -> 0;
            case Engagement.LAGGING -> eng.attend[i];
            default -> usual;
        };
    }

    /** One or two work-committee staff sit in (列席旁听): observer rows earn no credit. */
    void observerRows(Ev ev, SplittableRandom r) throws IOException {
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

    void unitAttendance(Ev ev, County.Unit u, SplittableRandom r, double invitedShare) throws IOException {
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
    void expectedRow(Ev ev, int p, SplittableRandom r, boolean absentMayBeMissing) throws IOException {
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

    void row(Ev ev, int p, String status, String credit, SplittableRandom r) throws IOException {
        attendance.cell(RawText.messyId(ev.id, r, 0.002)).cell(RawText.messyId(pop.memberId(p), r, 0.01))
                .cell(STATUS.chinese(status)).cell(credit).end();
        lastAttendanceClean = true;
        if (trainingEffect != null) {
            trainingEffect.attended(p, year, ev.type, status, ev.day);
        }
    }

    // ---------------------------------------------------------------- events

    Ev event(SplittableRandom r, String type, String title, int unit, int branch, int venue, int day,
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

    void writeEvent(SplittableRandom r, Ev ev, String typeWord, String title, String unitId,
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

    static String mode(SplittableRandom r, double online, double hybrid) {
        double x = r.nextDouble();
        return x < online ? "online" : x < online + hybrid ? "hybrid" : "offline";
    }

    int weekday(int month, SplittableRandom r) {
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

    int dayIn(int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    /** The day n weekdays after a day, staying within the same calendar year. */
    int nextWeekdays(int day, int n) {
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
