package cn.jgdj.generator;

import cn.jgdj.jobs.stats.BenjaminiHochberg;
import cn.jgdj.jobs.stats.ProportionComparison;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-side computation of the member-level outcomes of one year straight from the clean raw rows, by the
 * domain rules (credit, pro-rated requirement, eligibility, group attributes), and the under-served test:
 * two-proportion comparison of each group against the rest, Benjamini–Hochberg over the year's tests,
 * flagged when q &lt; 0.05 and the gap is at most −5 points.
 */
final class CountyOutcomes {
    static final int MIN_CELL = 10;

    /** One member's outcomes and group attributes in the year. */
    record MemberYear(String memberId, Map<String, String> groups, boolean attained, boolean reached,
                      boolean volunteered, boolean platformActive, double hours, int requirement) {
        boolean outcome(String indicator) {
            return switch (indicator) {
                case UnderServed.ATTAINMENT -> attained;
                case UnderServed.REACH -> reached;
                case UnderServed.VOLUNTEER_PARTICIPATION -> volunteered;
                default -> platformActive;
            };
        }
    }

    /** One test of a group against the rest. */
    record Test(String indicator, String dimension, String group, int members, double rate, double restRate,
                double p, double q) {
        double gapPp() {
            return (rate - restRate) * 100;
        }

        boolean flagged() {
            return q < 0.05 && gapPp() <= -5;
        }
    }

    static List<MemberYear> memberYears(RawCountyCheck c, int year) {
        Map<String, String> unitType = new HashMap<>();
        c.clean.get(Units.NAME).forEach(u -> unitType.put(u.get(Units.UNIT_ID), u.get(Units.UNIT_TYPE)));
        Map<String, String> unitOfBranch = new HashMap<>();
        c.clean.get(Branches.NAME).forEach(b -> unitOfBranch.put(b.get(Branches.BRANCH_ID), b.get(Branches.UNIT_ID)));
        Map<String, Double> eventCredit = new HashMap<>();
        Map<String, Integer> eventYear = new HashMap<>();
        for (Map<String, String> e : c.clean.get(Events.NAME)) {
            LocalDateTime start = LocalDateTime.parse(e.get(Events.START_TIME));
            LocalDateTime end = LocalDateTime.parse(e.get(Events.END_TIME));
            String credit = e.get(Events.CREDIT_HOURS);
            eventCredit.put(e.get(Events.EVENT_ID), credit != null ? Double.parseDouble(credit)
                    : durationCredit(start, end));
            eventYear.put(e.get(Events.EVENT_ID), start.getYear());
        }
        Map<String, Double> hours = new HashMap<>();
        for (Map<String, String> a : c.clean.get(Attendance.NAME)) {
            String status = a.get(Attendance.STATUS);
            String ev = a.get(Attendance.EVENT_ID);
            if ((status.equals(Codes.PRESENT) || status.equals(Codes.MAKEUP)) && eventYear.get(ev) == year) {
                String own = a.get(Attendance.CREDIT_HOURS);
                hours.merge(a.get(Attendance.MEMBER_ID), own != null ? Double.parseDouble(own) : eventCredit.get(ev),
                        Double::sum);
            }
        }
        Set<String> volunteered = new HashSet<>();
        for (Map<String, String> v : c.clean.get(VolunteerLogs.NAME)) {
            if (LocalDate.parse(v.get(VolunteerLogs.DATE)).getYear() == year) {
                volunteered.add(v.get(VolunteerLogs.MEMBER_ID));
            }
        }
        Set<String> active = new HashSet<>();
        for (Map<String, String> p : c.clean.get(PlatformUsage.NAME)) {
            if (LocalDate.parse(p.get(PlatformUsage.DATE)).getYear() == year
                    && (Integer.parseInt(p.get(PlatformUsage.POINTS)) > 0
                    || Integer.parseInt(p.get(PlatformUsage.MINUTES)) > 0)) {
                active.add(p.get(PlatformUsage.MEMBER_ID));
            }
        }
        Map<String, List<Map<String, String>>> rowsOf = new LinkedHashMap<>();
        c.clean.get(Members.NAME).forEach(m -> rowsOf.computeIfAbsent(m.get(Members.MEMBER_ID),
                k -> new ArrayList<>()).add(m));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<MemberYear> out = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, String>>> e : rowsOf.entrySet()) {
            List<Map<String, String>> eligible = new ArrayList<>();
            for (Map<String, String> r : e.getValue()) {
                boolean counted = Codes.COUNTED_MEMBER_TYPES.contains(r.get(Members.MEMBER_TYPE))
                        && !"true".equals(r.get(Members.EXEMPT));
                if (counted && !from(r).isAfter(last) && !to(r).isBefore(first)) {
                    eligible.add(r);
                }
            }
            if (eligible.isEmpty()) {
                continue;
            }
            Map<String, String> lastRow = eligible.stream().max((a, b) -> from(a).compareTo(from(b))).orElseThrow();
            int months = 0;
            for (int m = 1; m <= 12; m++) {
                LocalDate ms = LocalDate.of(year, m, 1);
                LocalDate me = ms.withDayOfMonth(ms.lengthOfMonth());
                if (eligible.stream().anyMatch(r -> !from(r).isAfter(me) && !to(r).isBefore(ms))) {
                    months++;
                }
            }
            int base = Codes.SECRETARY.equals(lastRow.get(Members.ROLE)) ? 56 : 32;
            int requirement = (int) Math.ceil(base * months / 12.0 - 1e-9);
            double h = hours.getOrDefault(e.getKey(), 0.0);
            Map<String, String> groups = new LinkedHashMap<>();
            int age = Period.between(LocalDate.parse(lastRow.get(Members.BIRTH_DATE)), last).getYears();
            String unit = unitOfBranch.get(lastRow.get(Members.BRANCH_ID));
            groups.put(Dimensions.AGE_BAND, Dimensions.ageBand(age));
            groups.put(Dimensions.GENDER, lastRow.get(Members.GENDER));
            groups.put(Dimensions.EDUCATION, lastRow.get(Members.EDUCATION));
            groups.put(Dimensions.MEMBER_TYPE, lastRow.get(Members.MEMBER_TYPE));
            groups.put(Dimensions.ROLE, lastRow.get(Members.ROLE));
            groups.put(Dimensions.UNIT_TYPE, unitType.get(unit));
            groups.put(Dimensions.UNIT, unit);
            groups.put(Dimensions.MOBILE, lastRow.get(Members.MOBILE));
            groups.put(Dimensions.MOBILITY_IMPAIRED, lastRow.get(Members.MOBILITY_IMPAIRED));
            out.add(new MemberYear(e.getKey(), groups, h >= requirement, h > 0, volunteered.contains(e.getKey()),
                    active.contains(e.getKey()), h, requirement));
        }
        return out;
    }

    static List<Test> underServedTests(List<MemberYear> members) {
        List<String[]> keys = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        for (String indicator : UnderServed.OUTCOMES) {
            for (String dim : Dimensions.ORDER) {
                if (dim.equals(Dimensions.ALL)) {
                    continue;
                }
                Map<String, int[]> byGroup = new LinkedHashMap<>();
                int total = 0;
                int totalYes = 0;
                for (MemberYear m : members) {
                    int[] g = byGroup.computeIfAbsent(m.groups().get(dim), k -> new int[2]);
                    g[0]++;
                    total++;
                    if (m.outcome(indicator)) {
                        g[1]++;
                        totalYes++;
                    }
                }
                for (Map.Entry<String, int[]> g : byGroup.entrySet()) {
                    int n1 = g.getValue()[0];
                    int k1 = g.getValue()[1];
                    int n2 = total - n1;
                    int k2 = totalYes - k1;
                    if (n1 >= MIN_CELL && n2 >= MIN_CELL) {
                        keys.add(new String[] {indicator, dim, g.getKey()});
                        counts.add(new int[] {k1, n1, k2, n2});
                    }
                }
            }
        }
        double[] p = new double[keys.size()];
        for (int i = 0; i < p.length; i++) {
            int[] k = counts.get(i);
            p[i] = ProportionComparison.of(k[0], k[1], k[2], k[3]).pValue();
        }
        double[] q = BenjaminiHochberg.qValues(p);
        List<Test> tests = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            int[] k = counts.get(i);
            tests.add(new Test(keys.get(i)[0], keys.get(i)[1], keys.get(i)[2], k[1], (double) k[0] / k[1],
                    (double) k[2] / k[3], p[i], q[i]));
        }
        return tests;
    }

    static double durationCredit(LocalDateTime start, LocalDateTime end) {
        long minutes = ChronoUnit.MINUTES.between(start, end);
        double h = Math.floor(minutes / 30.0 + 0.5) / 2.0;
        long days = ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()) + 1;
        return Math.min(h, 8.0 * days);
    }

    private static LocalDate from(Map<String, String> r) {
        return LocalDate.parse(r.get(Members.VALID_FROM));
    }

    private static LocalDate to(Map<String, String> r) {
        String t = r.get(Members.VALID_TO);
        return t == null ? LocalDate.MAX : LocalDate.parse(t);
    }
}
