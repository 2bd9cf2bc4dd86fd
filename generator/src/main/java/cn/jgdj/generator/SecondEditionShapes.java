package cn.jgdj.generator;

import static cn.jgdj.schemas.codes.Codes.ABSENT;
import static cn.jgdj.schemas.codes.Codes.AUDIENCE;
import static cn.jgdj.schemas.codes.Codes.EVENT_TYPE;
import static cn.jgdj.schemas.codes.Codes.EXCUSED;
import static cn.jgdj.schemas.codes.Codes.MODE;
import static cn.jgdj.schemas.codes.Codes.PARTY_LECTURE;
import static cn.jgdj.schemas.codes.Codes.PRESENT;
import static cn.jgdj.schemas.codes.Codes.STATUS;
import static cn.jgdj.schemas.codes.Codes.THEME_PARTY_DAY;
import static cn.jgdj.schemas.codes.Codes.TRAINING_CLASS;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The shapes DOMAIN.md's second edition settles, planted in counted numbers (truth.json "second_edition"): handover
 * touches ({@code …–X} then {@code X–}) between two counted rows of a member, planned future ends on current rows,
 * absences followed by a make-up for the same event, unit-wide party lectures and theme days (audience unit, no
 * branch), one event in progress on the as-of day (31 December of the last year to 2 January), and one event that
 * cannot be placed (audience branch, no branch_id) with its attendance. Its own random streams, so every other
 * planted fact stays as it was.
 */
final class SecondEditionShapes {
    static final double HANDOVER_SHARE = 0.3;
    static final double PLANNED_END_SHARE = 0.02;
    static final double MAKEUP_AFTER_ABSENCE_SHARE = 0.5;
    static final double UNIT_WIDE_SHARE = 0.1;
    static final int INVALID_EVENT_ATTENDEES = 3;
    static final int IN_PROGRESS_ATTENDEES = 5;
    /** Event ids of these shapes: far above any year's regular sequence. */
    private static final int ID_BASE = 9_000_000;
    private static final long STREAM = 31;

    private final GeneratorConfig config;
    private final SplittableRandom pairs;
    private int handoverTouches;
    private int plannedEnds;
    private int absenceMakeupPairs;
    private int unitWideEvents;
    private int eventsInProgress;
    private int invalidEvents;
    private int invalidEventAttendance;
    private int nextId;

    SecondEditionShapes(GeneratorConfig config) {
        this.config = config;
        this.pairs = Rng.of(config.seed(), STREAM, 2);
    }

    // ---------------------------------------------------------------- members.csv

    /** The valid_to day exported for a closed segment: its next day (a handover touch) for some transfers. */
    int exportedEnd(CountyPeople pop, int p, int s) {
        int next = s + 1;
        boolean chained = next < pop.firstSeg[p + 1] && pop.segFrom[next] == pop.segTo[s] + 1;
        if (chained && pop.counted(s) && pop.counted(next)
                && Rng.of(config.seed(), STREAM, 1, s).nextDouble() < HANDOVER_SHARE) {
            handoverTouches++;
            return pop.segTo[s] + 1;
        }
        return pop.segTo[s];
    }

    /** The valid_to text of an open segment: blank, or for some current counted rows a planned end next year. */
    String plannedEnd(CountyPeople pop, int s) {
        SplittableRandom r = Rng.of(config.seed(), STREAM, 3, s);
        if (!pop.counted(s) || r.nextDouble() >= PLANNED_END_SHARE) {
            return null;
        }
        plannedEnds++;
        return RawText.iso((int) LocalDate.of(config.lastYear() + 1, 1 + r.nextInt(12), 1 + r.nextInt(28))
                .toEpochDay());
    }

    // ---------------------------------------------------------------- attendance.csv

    /** Before some make-up rows, the absence they make up: ingest keeps the make-up and supersedes the absence. */
    void absenceBeforeMakeup(CsvSink attendance, String eventId, String memberId) throws IOException {
        if (pairs.nextDouble() < MAKEUP_AFTER_ABSENCE_SHARE) {
            attendance.cell(eventId).cell(memberId).cell(STATUS.chinese(ABSENT)).cell(null).end();
            absenceMakeupPairs++;
        }
    }

    /** Some units hold a party lecture and a theme day for the whole unit in a year (audience unit, no branch). */
    void unitWide(CsvSink events, CsvSink attendance, CountyPeople pop, Engagement eng, County.Unit u, int year)
            throws IOException {
        SplittableRandom r = Rng.of(config.seed(), STREAM, 4, u.index(), year);
        if (r.nextDouble() >= UNIT_WIDE_SHARE) {
            return;
        }
        for (String type : new String[] {PARTY_LECTURE, THEME_PARTY_DAY}) {
            int day = (int) LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)).toEpochDay();
            String id = EventsAndAttendance.eventId(year, ID_BASE + ++nextId);
            String title = type.equals(PARTY_LECTURE) ? "全单位专题党课" : "全单位主题党日";
            writeEvent(events, id, type, title, u.id(), null, RawText.iso(day) + " 14:00", RawText.iso(day) + " 16:00",
                    null, "unit");
            unitWideEvents++;
            for (int b : u.branches()) {
                for (int s : pop.segsByBranch[b]) {
                    if (pop.covers(s, day) && pop.counted(s)) {
                        int p = pop.segPerson[s];
                        int i = eng.at(p, year);
                        String status = eng.state[i] != Engagement.MISSED && r.nextDouble() < eng.attend[i] ? PRESENT
                                : r.nextBoolean() ? EXCUSED : ABSENT;
                        attendance.cell(id).cell(pop.memberId(p)).cell(STATUS.chinese(status)).cell(null).end();
                    }
                }
            }
        }
    }

    /**
     * After the last year's events: a work-committee class from 31 December to 2 January (in progress on the
     * as-of day 31 December, not a future fact) and a branch-audience event without a branch, whose attendance
     * goes to quarantine with it.
     */
    void closingEvents(CsvSink events, CsvSink attendance, County county, CountyPeople pop, DirtTally tally)
            throws IOException {
        int year = config.lastYear();
        int start = (int) LocalDate.of(year, 12, 31).toEpochDay();
        int end = (int) LocalDate.of(year + 1, 1, 2).toEpochDay();
        String inProgress = EventsAndAttendance.eventId(year, ID_BASE + ++nextId);
        writeEvent(events, inProgress, TRAINING_CLASS, "跨年度党务干部培训班", county.units.get(County.WORK_COMMITTEE).id(),
                null, RawText.iso(start) + " 09:00", RawText.iso(end) + " 12:00", "4", "invited");
        eventsInProgress++;
        attendees(attendance, inProgress, pop, county.units.get(County.WORK_COMMITTEE), start, IN_PROGRESS_ATTENDEES);

        County.Unit u = county.units.get(county.units.size() - 1);
        int day = (int) LocalDate.of(year, 11, 20).toEpochDay();
        String invalid = EventsAndAttendance.eventId(year, ID_BASE + ++nextId);
        writeEvent(events, invalid, PARTY_LECTURE, "支部党课（未填支部）", u.id(), null, RawText.iso(day) + " 09:00",
                RawText.iso(day) + " 11:00", null, "branch");
        invalidEvents++;
        tally.add(EventsAndAttendance.EVENTS, Flaw.MISSING_VALUE, 1);
        int written = attendees(attendance, invalid, pop, u, day, INVALID_EVENT_ATTENDEES);
        invalidEventAttendance += written;
        tally.add(EventsAndAttendance.ATTENDANCE, Flaw.UNKNOWN_EVENT, written);
    }

    /** Present rows for up to n counted members of a unit on a day; returns how many were written. */
    private static int attendees(CsvSink attendance, String eventId, CountyPeople pop, County.Unit u, int day, int n)
            throws IOException {
        int written = 0;
        for (int b : u.branches()) {
            for (int s : pop.segsByBranch[b]) {
                if (written < n && pop.covers(s, day) && pop.counted(s)) {
                    attendance.cell(eventId).cell(pop.memberId(pop.segPerson[s])).cell(STATUS.chinese(PRESENT))
                            .cell(null).end();
                    written++;
                }
            }
        }
        return written;
    }

    private static void writeEvent(CsvSink events, String id, String type, String title, String unitId,
                                   String branchId, String start, String end, String credit, String audience)
            throws IOException {
        events.cell(id).cell(EVENT_TYPE.chinese(type)).cell(title).cell(unitId).cell(branchId).cell(null)
                .cell(start).cell(end).cell(credit).cell(MODE.chinese("offline")).cell(AUDIENCE.chinese(audience))
                .end();
    }

    /** The counts truth.json reports under "second_edition". */
    Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("handover_touches", handoverTouches);
        m.put("planned_future_ends", plannedEnds);
        m.put("absence_makeup_pairs", absenceMakeupPairs);
        m.put("unit_wide_events", unitWideEvents);
        m.put("events_in_progress", eventsInProgress);
        m.put("invalid_events", invalidEvents);
        m.put("invalid_event_attendance", invalidEventAttendance);
        return m;
    }
}
