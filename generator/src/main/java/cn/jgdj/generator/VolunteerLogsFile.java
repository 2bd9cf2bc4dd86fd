package cn.jgdj.generator;

import cn.jgdj.schemas.VolunteerLogs;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * volunteer_logs.csv (UTF-8, English headers, theme identifiers, hand-entered dates in mixed formats): one row
 * per service. Each month stresses one theme (每月突出一个主题); candidates and activists volunteer most.
 */
final class VolunteerLogsFile {
    static final String NAME = VolunteerLogs.NAME;
    static final String[] THEMES = {"theory_outreach", "clean_home", "poverty_relief", "elder_orphan_care",
        "sick_disabled_aid", "micro_wish", "community_report"};

    private VolunteerLogsFile() {
    }

    static void write(GeneratorConfig config, County county, CountyPeople pop, Engagement eng, CsvSink out,
                      DirtTally tally) throws IOException {
        SplittableRandom dirtRandom = Rng.of(config.seed(), Rng.DIRT, 4);
        long expected = (long) (pop.persons * 0.6 * 2.5) * config.years();
        DirtSchedule dirt = DirtSchedule.plan(expected, dirtRandom, Flaw.MALFORMED_ROW, Flaw.MISSING_VALUE,
                Flaw.BAD_DATE, Flaw.BAD_NUMBER, Flaw.UNKNOWN_CODE, Flaw.NEGATIVE_VALUE, Flaw.ABSURD_HOURS,
                Flaw.FUTURE_DATE, Flaw.UNKNOWN_MEMBER, Flaw.UNKNOWN_REFERENCE, Flaw.DUPLICATE_CONFLICT,
                Flaw.EXACT_DUPLICATE);
        int width = Math.max(6, RawText.digits(pop.persons * 12L));
        int[] unknown = new int[2];
        boolean lastClean = false;
        int lastDay = pop.periodStart;
        int lastPerson = 0;
        long seq = 0;
        for (int y = config.firstYear(); y <= config.lastYear(); y++) {
            seq = 0;
            int yStart = (int) LocalDate.of(y, 1, 1).toEpochDay();
            int yLen = LocalDate.of(y, 1, 1).lengthOfYear();
            for (int p = 0; p < pop.persons; p++) {
                int i = eng.at(p, y);
                if (eng.state[i] == Engagement.NONE || !eng.volunteers[i]) {
                    continue;
                }
                SplittableRandom r = Rng.of(config.seed(), Rng.VOLUNTEER, p, y);
                int logs = 1 + Rng.poisson(r, 1.5);
                for (int k = 0; k < logs; k++) {
                    int seg = -1;
                    int day = 0;
                    for (int tries = 0; tries < 20 && seg < 0; tries++) {
                        day = yStart + r.nextInt(yLen);
                        seg = segmentOn(pop, p, day);
                    }
                    if (seg < 0) {
                        continue;
                    }
                    int month = LocalDate.ofEpochDay(day).getMonthValue();
                    String theme = r.nextDouble() < 0.5 ? THEMES[(month - 1) % THEMES.length]
                            : THEMES[r.nextInt(THEMES.length)];
                    boolean preMember = pop.segType[seg] >= CountyPeople.CANDIDATE;
                    int unit = r.nextDouble() < (preMember ? 0.6 : 0.3) ? County.WORK_COMMITTEE
                            : county.unitOfBranch(pop.segBranch[seg]);
                    out.cell(RawText.pad("L" + y, ++seq, width)).cell(RawText.messyId(pop.memberId(p), r, 0.005))
                            .cell(RawText.handDate(day, r)).cell(theme).cell(RawText.hours(1 + 0.5 * r.nextInt(7)))
                            .cell(county.units.get(unit).id()).end();
                    lastClean = true;
                    lastDay = day;
                    lastPerson = p;
                    Flaw f = dirt.poll(dirtRandom);
                    if (f != null) {
                        seq = plant(f, out, tally, pop, county, y, seq, width, lastPerson, lastDay, lastClean,
                                unknown);
                        lastClean = false;
                    }
                }
            }
        }
        for (Flaw f : dirt.drain()) {
            seq = plant(f, out, tally, pop, county, config.lastYear(), seq, width, lastPerson, lastDay, lastClean,
                    unknown);
            lastClean = false;
        }
    }

    private static int segmentOn(CountyPeople pop, int p, int day) {
        for (int s = pop.firstSeg[p]; s < pop.firstSeg[p + 1]; s++) {
            if (pop.covers(s, day)) {
                return s;
            }
        }
        return -1;
    }

    /** A planted log with a fresh log id (so no key collides by accident) and exactly one defect. */
    private static long plant(Flaw f, CsvSink out, DirtTally tally, CountyPeople pop, County county, int y, long seq,
                              int width, int p, int day, boolean lastClean, int[] unknown) throws IOException {
        if (f == Flaw.EXACT_DUPLICATE) {
            if (lastClean) {
                out.repeatLast();
                tally.add(NAME, f, 1);
            }
            return seq;
        }
        String logId = RawText.pad("L" + y, ++seq, width);
        String member = pop.memberId(p);
        String date = RawText.iso(day);
        String theme = THEMES[(int) (seq % THEMES.length)];
        String hours = "2";
        String unit = county.units.get(County.WORK_COMMITTEE).id();
        LocalDate d = LocalDate.ofEpochDay(day);
        switch (f) {
            case MALFORMED_ROW -> {
                out.cell(logId).cell(member).cell(date).cell(theme).cell(hours).cell(unit).cell("备注")
                        .endMalformed();
                tally.add(NAME, f, 1);
                return seq;
            }
            case MISSING_VALUE -> hours = null;
            case BAD_DATE -> date = d.getYear() + "-13-" + date.substring(8);
            case BAD_NUMBER -> hours = "两";
            case UNKNOWN_CODE -> theme = "植树造林";
            case NEGATIVE_VALUE -> hours = "-2";
            case ABSURD_HOURS -> hours = "30";
            case FUTURE_DATE -> date = RawText.iso((int) LocalDate.of(2099, d.getMonthValue(),
                    Math.min(28, d.getDayOfMonth())).toEpochDay());
            case UNKNOWN_MEMBER -> member = pop.unknownMemberId(pop.persons + unknown[0]++);
            case UNKNOWN_REFERENCE -> unit = county.unknownUnitId(500 + unknown[1]++);
            case DUPLICATE_CONFLICT -> {
                out.cell(logId).cell(member).cell(date).cell(theme).cell("2").cell(unit).end();
                out.cell(logId).cell(member).cell(date).cell(theme).cell("3").cell(unit).end();
                tally.add(NAME, f, 2);
                return seq;
            }
            default -> throw new IllegalStateException("not planted in volunteer_logs: " + f);
        }
        out.cell(logId).cell(member).cell(date).cell(theme).cell(hours).cell(unit).end();
        tally.add(NAME, f, 1);
        return seq;
    }
}
