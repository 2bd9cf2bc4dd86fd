package cn.jgdj.generator;

import static cn.jgdj.schemas.codes.Codes.*;

import cn.jgdj.schemas.Members;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * members.csv (GB18030, Chinese headers, Chinese code words, 是/否 flags, dates in mixed formats): one row per
 * person and validity period, with fake names and id numbers that ingest must drop.
 * <p>
 * Planted dirty rows belong only to extra persons that have no other records anywhere: a quarantined member
 * row would otherwise turn that member's clean attendance, platform and volunteer rows into UNKNOWN_MEMBER.
 * There is no planted DUPLICATE_CONFLICT here: two rows with the same (member_id, valid_from) also overlap,
 * so the row would carry two reasons.
 */
final class MembersFile {
    static final String NAME = Members.NAME;

    private static final String[] TYPE_IDS = {FULL, PROBATIONARY, CANDIDATE, ACTIVIST};
    private static final String[] ROLE_IDS = {"leader", SECRETARY, "party_affairs", "ordinary"};
    private static final String[] EDUCATION_IDS = {"postgraduate", "bachelor", "college", "secondary"};
    /** Other words exports use for the same education level (all in the code table). */
    private static final String[][] EDUCATION_WORDS = {{"研究生", "硕士研究生"}, {"本科", "大学本科"},
        {"大专", "大学专科"}, {"中专及以下", "中专", "高中"}};

    private MembersFile() {
    }

    static void write(GeneratorConfig config, County county, CountyPeople pop, CsvSink out, DirtTally tally,
                      SecondEditionShapes shapes) throws IOException {
        SplittableRandom r = Rng.of(config.seed(), Rng.MEMBERS_FILE);
        SplittableRandom dirtRandom = Rng.of(config.seed(), Rng.DIRT, 1);
        DirtSchedule dirt = DirtSchedule.plan(pop.segments(), dirtRandom, Flaw.MALFORMED_ROW, Flaw.MISSING_VALUE,
                Flaw.BAD_DATE, Flaw.UNKNOWN_CODE, Flaw.END_BEFORE_START, Flaw.FUTURE_DATE, Flaw.UNKNOWN_REFERENCE,
                Flaw.OVERLAPPING_VALIDITY, Flaw.EXACT_DUPLICATE);
        Extra extra = new Extra(config, county, pop, out, tally, dirtRandom);
        for (int p = 0; p < pop.persons; p++) {
            SplittableRandom nr = Rng.of(config.seed(), Rng.NAME, p);
            String name = ChineseText.personName(nr);
            String idNumber = nr.nextDouble() < 0.95 ? ChineseText.idNumber(pop.birthDay[p], pop.male[p] == 1, nr)
                    : null;
            for (int s = pop.firstSeg[p]; s < pop.firstSeg[p + 1]; s++) {
                int b = pop.segBranch[s];
                out.cell(RawText.messyId(pop.memberId(p), r, 0.01)).cell(name).cell(idNumber)
                        .cell(pop.male[p] == 1 ? "男" : "女").cell(RawText.handDate(pop.birthDay[p], r))
                        .cell(educationWord(pop.education[p], r)).cell(MEMBER_TYPE.chinese(TYPE_IDS[pop.segType[s]]))
                        .cell(ROLE.chinese(ROLE_IDS[pop.role[p]]))
                        .cell(RawText.messyId(county.branches.get(b).id(), r, 0.005))
                        .cell(RawText.handDate(pop.joinedDay[p], r)).cell(RawText.handDate(pop.segFrom[s], r))
                        .cell(pop.segTo[s] == CountyPeople.OPEN ? shapes.plannedEnd(pop, s)
                                : RawText.handDate(shapes.exportedEnd(pop, p, s), r))
                        .cell(flag(pop.exempt[p])).cell(flag(pop.mobile[p])).cell(flag(pop.impaired[p])).end();
                Flaw f = dirt.poll(dirtRandom);
                if (f != null) {
                    extra.plant(f);
                }
            }
        }
        for (Flaw f : dirt.drain()) {
            extra.plant(f);
        }
    }

    private static String educationWord(byte level, SplittableRandom r) {
        String[] words = EDUCATION_WORDS[level];
        return r.nextDouble() < 0.85 ? EDUCATION.chinese(EDUCATION_IDS[level]) : words[r.nextInt(words.length)];
    }

    private static String flag(boolean b) {
        return b ? "是" : "否";
    }

    /** Extra persons (ids after the real ones) carrying exactly one planted defect each. */
    private static final class Extra {
        final County county;
        final CountyPeople pop;
        final CsvSink out;
        final DirtTally tally;
        final SplittableRandom r;
        final int periodStart;
        int next;
        int unknownBranch;

        Extra(GeneratorConfig config, County county, CountyPeople pop, CsvSink out, DirtTally tally,
              SplittableRandom r) {
            this.county = county;
            this.pop = pop;
            this.out = out;
            this.tally = tally;
            this.r = r;
            this.periodStart = (int) LocalDate.of(config.firstYear(), 1, 1).toEpochDay();
        }

        void plant(Flaw f) throws IOException {
            String id = pop.extraMemberId(next++);
            String name = ChineseText.personName(r);
            int birth = periodStart - (int) ((25 + r.nextInt(30)) * 365.25) - r.nextInt(365);
            String birthText = RawText.iso(birth);
            String gender = r.nextBoolean() ? "男" : "女";
            String type = MEMBER_TYPE.chinese(f == Flaw.EXACT_DUPLICATE ? ACTIVIST : FULL);
            String branch = county.branches.get(r.nextInt(county.branches.size())).id();
            int joined = birth + (int) (23 * 365.25);
            int from = periodStart + r.nextInt(365);
            String fromText = RawText.iso(from);
            String toText = null;
            switch (f) {
                case MALFORMED_ROW -> {
                    row(id, name, gender, birthText, type, branch, joined, fromText, toText, false);
                    tally.add(NAME, f, 1);
                    return;
                }
                case MISSING_VALUE -> birthText = null;
                case BAD_DATE -> birthText = LocalDate.ofEpochDay(birth).getYear() + "-13-02";
                case UNKNOWN_CODE -> gender = "未知";
                case END_BEFORE_START -> toText = RawText.iso(from - 1 - r.nextInt(60));
                case FUTURE_DATE -> birthText = "2099-" + RawText.iso(birth).substring(5, 8) + "02";
                case UNKNOWN_REFERENCE -> branch = county.unknownBranchId(unknownBranch++);
                case OVERLAPPING_VALIDITY -> {
                    // Two rows whose periods overlap by about half a year: both are set aside.
                    row(id, name, gender, birthText, type, branch, joined, fromText, RawText.iso(from + 365), true);
                    String other = county.branches.get(r.nextInt(county.branches.size())).id();
                    row(id, name, gender, birthText, type, other, joined, RawText.iso(from + 180), null, true);
                    tally.add(NAME, f, 2);
                    return;
                }
                case EXACT_DUPLICATE -> {
                    // A clean activist row written twice: ingest keeps one.
                    row(id, name, gender, birthText, type, branch, joined, fromText, null, true);
                    out.repeatLast();
                    tally.add(NAME, f, 1);
                    return;
                }
                default -> throw new IllegalStateException("not planted in members: " + f);
            }
            row(id, name, gender, birthText, type, branch, joined, fromText, toText, true);
            tally.add(NAME, f, 1);
        }

        private void row(String id, String name, String gender, String birth, String type, String branch, int joined,
                         String from, String to, boolean wellFormed) throws IOException {
            out.cell(id).cell(name).cell(null).cell(gender).cell(birth).cell("本科").cell(type)
                    .cell(ROLE.chinese("ordinary")).cell(branch).cell(RawText.iso(joined)).cell(from).cell(to)
                    .cell("否").cell("否");
            if (wellFormed) {
                out.cell("否").end();
            } else {
                out.endMalformed();
            }
        }
    }
}
