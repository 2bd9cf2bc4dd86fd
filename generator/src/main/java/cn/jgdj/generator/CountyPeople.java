package cn.jgdj.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every person of the county in compact arrays: person attributes, and their membership rows ("segments": a
 * validity period in one branch with one member type). Rows of a person never overlap: a transfer or a
 * probationary→full change ends the old row the day before the new one starts.
 * Persons 0..memberPersons-1 are party members during the period (some admitted during it, after a
 * candidate row); the rest are candidates and activists.
 */
final class CountyPeople {
    static final byte FULL = 0;
    static final byte PROBATIONARY = 1;
    static final byte CANDIDATE = 2;
    static final byte ACTIVIST = 3;

    static final byte LEADER = 0;
    static final byte SECRETARY = 1;
    static final byte PARTY_AFFAIRS = 2;
    static final byte ORDINARY = 3;

    static final byte COHORT = 0;
    static final byte ADMITTED = 1;
    static final byte TRANSFERRED_IN = 2;
    static final byte PRE_MEMBER = 3;

    /** valid_to of a current row (blank in the file). */
    static final int OPEN = Integer.MAX_VALUE;

    /** Dimensions of the balanced draws: gender, education, mobile, impaired, age, kind, retired. */
    static final int DIMS = 7;

    /** Candidates and activists per party member (the report: ≈700 for ≈10,000). */
    static final double PRE_MEMBER_SHARE = 0.07;

    final int persons;
    final int memberPersons;
    final int periodStart;
    final int periodEnd;
    final int[] birthDay;
    final int[] joinedDay;
    final byte[] male;
    final byte[] education;
    final byte[] role;
    final byte[] kind;
    final boolean[] exempt;
    final boolean[] mobile;
    final boolean[] impaired;
    /** Segments of person p are firstSeg[p] .. firstSeg[p+1]-1, in time order. */
    final int[] firstSeg;
    final int[] segFrom;
    final int[] segTo;
    final int[] segBranch;
    final byte[] segType;
    final int[] segPerson;
    final int[][] segsByBranch;
    final int idWidth;

    private CountyPeople(Builder b, int branchCount) {
        persons = b.persons;
        memberPersons = b.memberPersons;
        periodStart = b.p0;
        periodEnd = b.p1;
        birthDay = b.birth;
        joinedDay = b.joined;
        male = b.male;
        education = b.education;
        role = b.role;
        kind = b.kind;
        exempt = b.exempt;
        mobile = b.mobile;
        impaired = b.impaired;
        firstSeg = b.firstSeg;
        segFrom = b.from.toArray();
        segTo = b.to.toArray();
        segBranch = b.branch.toArray();
        segType = new byte[segFrom.length];
        for (int s = 0; s < segType.length; s++) {
            segType[s] = (byte) b.type.get(s);
        }
        segPerson = new int[segFrom.length];
        for (int p = 0; p < persons; p++) {
            for (int s = firstSeg[p]; s < firstSeg[p + 1]; s++) {
                segPerson[s] = p;
            }
        }
        int[] count = new int[branchCount];
        for (int br : segBranch) {
            count[br]++;
        }
        segsByBranch = new int[branchCount][];
        for (int i = 0; i < branchCount; i++) {
            segsByBranch[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int s = 0; s < segBranch.length; s++) {
            segsByBranch[segBranch[s]][count[segBranch[s]]++] = s;
        }
        idWidth = Math.max(6, RawText.digits(2L * persons + 20_000));
    }

    /** Party-member persons per unit, by the unit of their first row. */
    int[] membersPerUnit(County county) {
        int[] n = new int[county.units.size()];
        for (int p = 0; p < memberPersons; p++) {
            n[county.unitOfBranch(segBranch[firstSeg[p]])]++;
        }
        return n;
    }

    int segments() {
        return segFrom.length;
    }

    int personOf(int seg) {
        return segPerson[seg];
    }

    boolean covers(int seg, int day) {
        return segFrom[seg] <= day && day <= segTo[seg];
    }

    /** Counted toward the 学时 requirement on that row: full or probationary, and the person not exempt. */
    boolean counted(int seg) {
        return segType[seg] <= PROBATIONARY && !exempt[personOf(seg)];
    }

    String memberId(int person) {
        return RawText.pad("M", person + 1L, idWidth);
    }

    /** Ids of extra persons planted only in members.csv (dirty rows): right after the real persons. */
    String extraMemberId(int k) {
        return RawText.pad("M", persons + 1L + k, idWidth);
    }

    /** Ids that members.csv never defines, for UNKNOWN_MEMBER rows elsewhere. */
    String unknownMemberId(int k) {
        return RawText.pad("M", 2L * persons + 10_000 + k, idWidth);
    }

    /** Age in whole years on a day. */
    int ageOn(int person, int day) {
        LocalDate b = LocalDate.ofEpochDay(birthDay[person]);
        LocalDate d = LocalDate.ofEpochDay(day);
        int age = d.getYear() - b.getYear();
        if (d.getDayOfYear() < b.withYear(d.getYear()).getDayOfYear()) {
            age--;
        }
        return age;
    }

    static CountyPeople build(GeneratorConfig config, County county) {
        return new Builder(config, county).build();
    }

    /** Draws persons and their rows; separate from the finished, read-only population. */
    private static final class Builder {
        final GeneratorConfig config;
        final County county;
        final int memberPersons;
        final int persons;
        final int p0;
        final int p1;
        final int[] birth;
        final int[] joined;
        final byte[] male;
        final byte[] education;
        final byte[] role;
        final byte[] kind;
        final boolean[] exempt;
        final boolean[] mobile;
        final boolean[] impaired;
        final int[] firstBranch;
        final int[] firstSeg;
        final IntBuffer from;
        final IntBuffer to;
        final IntBuffer branch;
        final IntBuffer type;

        Builder(GeneratorConfig config, County county) {
            this.config = config;
            this.county = county;
            memberPersons = config.members();
            persons = memberPersons + (int) Math.round(memberPersons * PRE_MEMBER_SHARE);
            p0 = (int) LocalDate.of(config.firstYear(), 1, 1).toEpochDay();
            p1 = (int) LocalDate.of(config.lastYear(), 12, 31).toEpochDay();
            birth = new int[persons];
            joined = new int[persons];
            male = new byte[persons];
            education = new byte[persons];
            role = new byte[persons];
            kind = new byte[persons];
            exempt = new boolean[persons];
            mobile = new boolean[persons];
            impaired = new boolean[persons];
            firstBranch = new int[persons];
            firstSeg = new int[persons + 1];
            int cap = (int) (persons * 1.4);
            from = new IntBuffer(cap);
            to = new IntBuffer(cap);
            branch = new IntBuffer(cap);
            type = new IntBuffer(cap);
        }

        CountyPeople build() {
            // Members and pre-members of each unit are separate strata.
            BalancedDraws balanced = new BalancedDraws(2 * county.units.size(), DIMS,
                    Rng.of(config.seed(), Rng.PERSON, -1));
            for (int p = 0; p < persons; p++) {
                SplittableRandom r = Rng.of(config.seed(), Rng.PERSON, p);
                drawAttributes(p, r, balanced);
            }
            assignRoles();
            for (int p = 0; p < persons; p++) {
                SplittableRandom r = Rng.of(config.seed(), Rng.PERSON, p, 1);
                firstSeg[p] = from.size();
                if (p < memberPersons) {
                    memberRows(p, r);
                } else {
                    preMemberRows(p, r);
                }
            }
            firstSeg[persons] = from.size();
            return new CountyPeople(this, county.branches.size());
        }

        /**
         * Attributes independent of each other (so a planted effect on one group does not leak into another)
         * and balanced within each unit by {@link BalancedDraws}.
         */
        private void drawAttributes(int p, SplittableRandom r, BalancedDraws balanced) {
            int unit = county.sampleUnit(r);
            firstBranch[p] = county.sampleBranchOf(unit, r);
            double[] u = balanced.next(2 * unit + (p >= memberPersons ? 1 : 0));
            male[p] = (byte) (u[0] < 0.58 ? 1 : 0);
            double e = u[1];
            education[p] = (byte) (e < 0.10 ? 0 : e < 0.65 ? 1 : e < 0.90 ? 2 : 3);
            mobile[p] = u[2] < 0.05;
            impaired[p] = u[3] < 0.045;
            role[p] = ORDINARY;
            if (p >= memberPersons) {
                kind[p] = PRE_MEMBER;
                birth[p] = p0 - (int) ((22 + (int) (u[4] * 19)) * 365.25) - r.nextInt(365);
                return;
            }
            double k = u[5];
            if (k < 0.125) {
                kind[p] = ADMITTED;
                int year = config.firstYear() + r.nextInt(config.years());
                int month = r.nextDouble() < 0.45 ? 7 : 3 + r.nextInt(8);
                int admission = (int) LocalDate.of(year, month, 1).toEpochDay();
                joined[p] = admission;
                birth[p] = admission - (int) ((23 + (int) (u[4] * 13)) * 365.25) - r.nextInt(365);
                return;
            }
            kind[p] = k < 0.175 ? TRANSFERRED_IN : COHORT;
            boolean retired = u[6] < 0.12;
            int age = retired ? 60 + (int) (u[4] * 26) : 22 + (int) (u[4] * 37);
            birth[p] = p0 - (int) (age * 365.25) - r.nextInt(365);
            exempt[p] = retired ? r.nextDouble() < (age >= 70 ? 0.7 : 0.25) : r.nextDouble() < 0.005;
            if (r.nextDouble() < 0.02) {
                // Admitted in the year before the period: still probationary on its first day.
                joined[p] = firstOfMonth(p0 - 1 - r.nextInt(300));
            } else {
                int joinAge = 19 + r.nextInt(Math.max(1, Math.min(age, 47) - 19));
                int j = birth[p] + (int) (joinAge * 365.25) + r.nextInt(365);
                joined[p] = Math.min(j, p0 - 400 - r.nextInt(400));
            }
        }

        /** Branch secretaries and committee members, leaders and party-affairs staff, independent of age etc. */
        private void assignRoles() {
            List<List<Integer>> byBranch = new ArrayList<>();
            for (int b = 0; b < county.branches.size(); b++) {
                byBranch.add(new ArrayList<>());
            }
            for (int p = 0; p < memberPersons; p++) {
                if ((kind[p] == COHORT || kind[p] == TRANSFERRED_IN) && !exempt[p]) {
                    byBranch.get(firstBranch[p]).add(p);
                }
            }
            boolean[] unitHasLeader = new boolean[county.units.size()];
            for (int b = 0; b < byBranch.size(); b++) {
                SplittableRandom r = Rng.of(config.seed(), Rng.ROLES, b);
                List<Integer> pool = byBranch.get(b);
                int n = pool.size();
                int secretaries = n == 0 ? 0 : 1 + (n >= 8 ? 1 : 0) + (n >= 15 ? 1 : 0);
                for (int i = 0; i < secretaries; i++) {
                    int j = i + r.nextInt(n - i);
                    int t = pool.get(i);
                    pool.set(i, pool.get(j));
                    pool.set(j, t);
                    role[pool.get(i)] = SECRETARY;
                }
                for (int i = secretaries; i < n; i++) {
                    double x = r.nextDouble();
                    int p = pool.get(i);
                    if (x < 0.08) {
                        role[p] = LEADER;
                        unitHasLeader[county.unitOfBranch(b)] = true;
                    } else if (x < 0.13) {
                        role[p] = PARTY_AFFAIRS;
                    }
                }
            }
            // Every unit has a leading group, so every unit holds theory study sessions.
            for (int u = 0; u < county.units.size(); u++) {
                if (unitHasLeader[u]) {
                    continue;
                }
                for (int b : county.units.get(u).branches()) {
                    for (int p : byBranch.get(b)) {
                        if (role[p] == ORDINARY) {
                            role[p] = LEADER;
                            unitHasLeader[u] = true;
                            break;
                        }
                    }
                    if (unitHasLeader[u]) {
                        break;
                    }
                }
            }
        }

        private void memberRows(int p, SplittableRandom r) {
            int b = firstBranch[p];
            if (kind[p] == ADMITTED) {
                int a = joined[p];
                int candidateFrom = (int) LocalDate.ofEpochDay(a).minusYears(1).toEpochDay();
                int fullFrom = (int) LocalDate.ofEpochDay(a).plusYears(1).toEpochDay();
                List<int[]> changes = new ArrayList<>();
                changes.add(new int[] {a, -1, PROBATIONARY});
                if (fullFrom <= p1) {
                    changes.add(new int[] {fullFrom, -1, FULL});
                }
                lifeCourse(p, r, candidateFrom, b, CANDIDATE, changes, a);
                return;
            }
            int start;
            byte t = FULL;
            List<int[]> changes = new ArrayList<>();
            int fullFrom = (int) LocalDate.ofEpochDay(joined[p]).plusYears(1).toEpochDay();
            if (fullFrom > p0) {
                t = PROBATIONARY;
                changes.add(new int[] {fullFrom, -1, FULL});
            }
            if (kind[p] == TRANSFERRED_IN) {
                start = firstOfMonth(p0 + 30 + r.nextInt(Math.max(1, p1 - p0 - 60)));
                changes.removeIf(c -> c[0] <= start);
                if (t == PROBATIONARY && fullFrom <= start) {
                    t = FULL;
                }
            } else if (joined[p] >= p0 - 8 * 365) {
                start = joined[p];
            } else {
                start = Math.max(joined[p], firstOfMonth(p0 - 1 - r.nextInt(8 * 365)));
            }
            lifeCourse(p, r, start, b, t, changes, start);
        }

        /**
         * Adds the rows of one person: a first row from {@code start}, then the given type changes plus random
         * transfers (on the 1st of a month) and a possible departure (at a month's end), none before
         * {@code earliestChange}.
         */
        private void lifeCourse(int p, SplittableRandom r, int start, int firstBranchOf, byte firstType,
                                List<int[]> changes, int earliestChange) {
            int end = OPEN;
            boolean old = ageAt(p, p0) >= 75;
            for (int y = config.firstYear(); y <= config.lastYear(); y++) {
                if (r.nextDouble() < (old ? 0.04 : 0.012)) {
                    int month = 1 + r.nextInt(12);
                    end = (int) LocalDate.of(y, month, 1).plusMonths(1).minusDays(1).toEpochDay();
                    if (end <= earliestChange || end <= start) {
                        end = OPEN;
                        continue;
                    }
                    break;
                }
            }
            for (int y = config.firstYear(); y <= config.lastYear(); y++) {
                if (r.nextDouble() < 0.03) {
                    int day = (int) LocalDate.of(y, 1 + r.nextInt(12), 1).toEpochDay();
                    if (day > earliestChange && day > start && day <= end && day <= p1) {
                        changes.add(new int[] {day, transferTarget(firstBranchOf, r), -1});
                    }
                }
            }
            changes.sort((x, z) -> Integer.compare(x[0], z[0]));
            int curFrom = start;
            int curBranch = firstBranchOf;
            int curType = firstType;
            for (int[] c : changes) {
                if (c[0] > end || c[0] <= curFrom) {
                    continue;
                }
                addSeg(curFrom, c[0] - 1, curBranch, curType);
                curFrom = c[0];
                if (c[1] >= 0) {
                    curBranch = c[1];
                }
                if (c[2] >= 0) {
                    curType = c[2];
                }
            }
            addSeg(curFrom, end, curBranch, curType);
        }

        private int transferTarget(int fromBranch, SplittableRandom r) {
            int unit = county.unitOfBranch(fromBranch);
            int[] own = county.units.get(unit).branches();
            if (own.length > 1 && r.nextDouble() < 0.6) {
                int b;
                do {
                    b = own[r.nextInt(own.length)];
                } while (b == fromBranch);
                return b;
            }
            int b;
            do {
                b = county.sampleBranchOf(county.sampleUnit(r), r);
            } while (b == fromBranch && county.branches.size() > 1);
            return b;
        }

        private void preMemberRows(int p, SplittableRandom r) {
            int b = firstBranch[p];
            boolean activist = r.nextDouble() < 0.6;
            int start = r.nextDouble() < 0.7 ? p0 - 1 - r.nextInt(700)
                    : firstOfMonth(p0 + r.nextInt(Math.max(1, p1 - p0 - 60)));
            joined[p] = start;
            List<int[]> changes = new ArrayList<>();
            if (activist && r.nextDouble() < 0.3) {
                int c = firstOfMonth(start + 365 + r.nextInt(200));
                if (c <= p1 && c > start) {
                    changes.add(new int[] {c, -1, CANDIDATE});
                }
            }
            int end = OPEN;
            if (r.nextDouble() < 0.05) {
                int e = start + 200 + r.nextInt(Math.max(1, p1 - start));
                if (e < p1) {
                    end = e;
                }
            }
            int curFrom = start;
            int curType = activist ? ACTIVIST : CANDIDATE;
            for (int[] c : changes) {
                if (c[0] > end) {
                    continue;
                }
                addSeg(curFrom, c[0] - 1, b, curType);
                curFrom = c[0];
                curType = c[2];
            }
            addSeg(curFrom, end, b, curType);
        }

        private void addSeg(int f, int t, int b, int ty) {
            from.add(f);
            to.add(t);
            branch.add(b);
            type.add(ty);
        }

        private int ageAt(int p, int day) {
            return (int) ((day - birth[p]) / 365.25);
        }

        private static int firstOfMonth(int day) {
            return (int) LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
        }
    }
}
