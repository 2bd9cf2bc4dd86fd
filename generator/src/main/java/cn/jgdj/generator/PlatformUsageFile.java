package cn.jgdj.generator;

import cn.jgdj.schemas.PlatformUsage;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * platform_usage.csv (UTF-8, English headers, platform identifiers): one row per member, platform and active
 * day, more on weekdays. 学习强国 use ranges from daily to occasional; 灯塔 use is sparse.
 */
final class PlatformUsageFile {
    static final String NAME = PlatformUsage.NAME;
    /** Mean rows per person and year, for planning the planted share. */
    static final int ROWS_PER_PERSON_YEAR = 45;

    private PlatformUsageFile() {
    }

    static void write(GeneratorConfig config, CountyPeople pop, Engagement eng, CsvSink out, DirtTally tally)
            throws IOException {
        write(config, pop, eng, null, out, tally);
    }

    /** With the planted training effect's extra active days (none when {@code effect} is null). */
    static void write(GeneratorConfig config, CountyPeople pop, Engagement eng, TrainingEffect effect, CsvSink out,
                      DirtTally tally) throws IOException {
        SplittableRandom dirtRandom = Rng.of(config.seed(), Rng.DIRT, 3);
        long personYears = (long) pop.persons * config.years();
        DirtSchedule dirt = DirtSchedule.plan(personYears * ROWS_PER_PERSON_YEAR, personYears, dirtRandom,
                Flaw.MALFORMED_ROW, Flaw.MISSING_VALUE, Flaw.BAD_DATE, Flaw.BAD_NUMBER, Flaw.UNKNOWN_CODE,
                Flaw.NEGATIVE_VALUE, Flaw.ABSURD_HOURS, Flaw.FUTURE_DATE, Flaw.UNKNOWN_MEMBER,
                Flaw.DUPLICATE_CONFLICT, Flaw.EXACT_DUPLICATE);
        Planter planter = new Planter(pop, out, tally, dirtRandom);
        boolean[] active = new boolean[366];
        boolean[] dengtaDays = new boolean[366];
        for (int y = config.firstYear(); y <= config.lastYear(); y++) {
            int yStart = (int) LocalDate.of(y, 1, 1).toEpochDay();
            int yEnd = (int) LocalDate.of(y, 12, 31).toEpochDay();
            boolean[] weekend = new boolean[yEnd - yStart + 1];
            for (int d = yStart; d <= yEnd; d++) {
                DayOfWeek w = LocalDate.ofEpochDay(d).getDayOfWeek();
                weekend[d - yStart] = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
            }
            for (int p = 0; p < pop.persons; p++) {
                int i = eng.at(p, y);
                java.util.Arrays.fill(active, false);
                java.util.Arrays.fill(dengtaDays, false);
                long before = out.rows();
                if (eng.state[i] != Engagement.NONE && (eng.xuexi[i] != Engagement.NO_USE || eng.dengta[i])) {
                    SplittableRandom r = Rng.of(config.seed(), Rng.PLATFORM, p, y);
                    double xq = switch (eng.xuexi[i]) {
                        case Engagement.HEAVY -> 0.45;
                        case Engagement.MEDIUM -> 0.12;
                        case Engagement.LIGHT -> 0.03;
                        default -> 0;
                    };
                    double dq = eng.dengta[i] ? 0.03 : 0;
                    String id = pop.memberId(p);
                    for (int s = pop.firstSeg[p]; s < pop.firstSeg[p + 1]; s++) {
                        int from = Math.max(yStart, pop.segFrom[s]);
                        int to = Math.min(yEnd, pop.segTo[s]);
                        for (int d = from; d <= to; d++) {
                            double f = weekend[d - yStart] ? 0.6 : 1.15;
                            if (xq > 0 && r.nextDouble() < xq * f) {
                                int points = eng.xuexi[i] == Engagement.HEAVY ? 25 + r.nextInt(26)
                                        : eng.xuexi[i] == Engagement.MEDIUM ? 10 + r.nextInt(31) : 1 + r.nextInt(20);
                                row(out, RawText.messyId(id, r, 0.005), "xuexi", d, points, 5 + r.nextInt(86));
                                active[d - yStart] = true;
                            }
                            if (dq > 0 && r.nextDouble() < dq * f) {
                                row(out, RawText.messyId(id, r, 0.005), "dengta", d, 1 + r.nextInt(10),
                                        5 + r.nextInt(41));
                                dengtaDays[d - yStart] = true;
                            }
                        }
                    }
                }
                if (effect != null) {
                    // Extra days avoid every day already active on either platform.
                    for (int k = 0; k < active.length; k++) {
                        dengtaDays[k] |= active[k];
                    }
                    effect.writeExtraDays(config.seed(), pop, p, y, yStart, dengtaDays, out);
                    for (int k = 0; k < active.length; k++) {
                        active[k] |= dengtaDays[k];
                    }
                }
                if (out.rows() > before) {
                    planter.lastClean = true;
                }
                Flaw f = dirt.poll(dirtRandom);
                if (f != null) {
                    planter.plant(f, p, y, active, yStart, yEnd);
                }
            }
        }
        int y = config.lastYear();
        for (Flaw f : dirt.drain()) {
            planter.plant(f, 0, y, new boolean[366], (int) LocalDate.of(y, 1, 1).toEpochDay(),
                    (int) LocalDate.of(y, 12, 31).toEpochDay());
        }
    }

    private static void row(CsvSink out, String id, String platform, int day, int points, int minutes)
            throws IOException {
        out.cell(id).cell(platform).cell(RawText.iso(day)).cell(points).cell(minutes).end();
    }

    /**
     * Planted rows use a day on which the member has no xuexi row (so no key collides by accident), or a
     * date that cannot collide (unreadable, or in 2099); each has exactly one defect.
     */
    private static final class Planter {
        final CountyPeople pop;
        final CsvSink out;
        final DirtTally tally;
        final SplittableRandom r;
        final Set<String> usedKeys = new HashSet<>();
        boolean lastClean;
        int unknown;

        Planter(CountyPeople pop, CsvSink out, DirtTally tally, SplittableRandom r) {
            this.pop = pop;
            this.out = out;
            this.tally = tally;
            this.r = r;
        }

        void plant(Flaw f, int p, int y, boolean[] active, int yStart, int yEnd) throws IOException {
            if (f == Flaw.EXACT_DUPLICATE) {
                if (lastClean && out.rows() > 0) {
                    out.repeatLast();
                    tally.add(NAME, f, 1);
                }
                return;
            }
            int day = -1;
            for (int tries = 0; tries < 30; tries++) {
                int d = yStart + r.nextInt(yEnd - yStart + 1);
                if (!active[d - yStart]) {
                    day = d;
                    break;
                }
            }
            if (day < 0) {
                return;
            }
            String id = pop.memberId(p);
            String date = RawText.iso(day);
            String platform = "xuexi";
            String points = "10";
            String minutes = "30";
            LocalDate ld = LocalDate.ofEpochDay(day);
            switch (f) {
                case MALFORMED_ROW -> {
                    if (!usedKeys.add(id + "|" + date)) {
                        return;
                    }
                    out.cell(id).cell(platform).cell(date).cell(points).endMalformed();
                    tally.add(NAME, f, 1);
                    lastClean = false;
                    return;
                }
                case MISSING_VALUE -> points = null;
                case BAD_DATE -> date = y + "-13-" + date.substring(8);
                case BAD_NUMBER -> points = "十";
                case UNKNOWN_CODE -> platform = "微信读书";
                case NEGATIVE_VALUE -> points = "-5";
                case ABSURD_HOURS -> minutes = "1500";
                case FUTURE_DATE -> date = RawText.iso((int) LocalDate.of(2099, ld.getMonthValue(),
                        Math.min(28, ld.getDayOfMonth())).toEpochDay());
                case UNKNOWN_MEMBER -> id = pop.unknownMemberId(unknown++);
                case DUPLICATE_CONFLICT -> {
                    if (!usedKeys.add(id + "|" + date)) {
                        return;
                    }
                    out.cell(id).cell(platform).cell(date).cell("10").cell("30").end();
                    out.cell(id).cell(platform).cell(date).cell("20").cell("45").end();
                    tally.add(NAME, f, 2);
                    lastClean = false;
                    return;
                }
                default -> throw new IllegalStateException("not planted in platform_usage: " + f);
            }
            if (!usedKeys.add(id + "|" + date)) {
                return;
            }
            out.cell(id).cell(platform).cell(date).cell(points).cell(minutes).end();
            tally.add(NAME, f, 1);
            lastClean = false;
        }
    }
}
