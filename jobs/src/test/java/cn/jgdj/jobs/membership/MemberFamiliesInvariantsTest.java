package cn.jgdj.jobs.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.coverage.CoverageJob;
import cn.jgdj.jobs.credit.CreditedHoursJob;
import cn.jgdj.jobs.followup.FollowupJob;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.platform.PlatformEngagementJob;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.jobs.volunteer.VolunteerJob;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Coverage;
import cn.jgdj.schemas.indicators.Indicators.Followup;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import cn.jgdj.schemas.work.WorkTables.MemberOutcomes;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A random county of 200 people over 2024-2025 through every job of the member families, checked against a plain-Java
 * re-derivation of the rules (credits and the member windows) and against invariants of the indicator tables.
 */
@ExtendWith(SparkSessionExtension.class)
class MemberFamiliesInvariantsTest {
    @TempDir
    static Path out;
    private static StagedJobIO io;

    @BeforeAll
    static void run(SparkSession spark) {
        io = CuratedFixture.io(spark, out);
        new SyntheticCounty(spark, 200, 2024, 2, 7L).writeTo(io);
        JobParams params = CuratedFixture.params(10, null);
        CreditedHoursJob.run(io, params);
        io.commit();
        MemberPeriodsJob.run(io, params);
        io.commit();
        CoverageJob.run(io, params);
        MemberOutcomesJob.run(io, params);
        PlatformEngagementJob.run(io, params);
        VolunteerJob.run(io, params);
        FollowupJob.run(io, params);
        io.commit();
    }

    private static List<Row> read(String name) {
        return io.read(name).collectAsList();
    }

    @Test
    void creditsMatchAPlainJavaReading() {
        Map<String, Row> events = new HashMap<>();
        for (Row e : read(Catalog.warehouse(Events.NAME))) {
            events.put(e.getAs(Events.EVENT_ID), e);
        }
        List<String> expected = new ArrayList<>();
        for (Row a : read(Catalog.warehouse(Attendance.NAME))) {
            String status = a.getAs(Attendance.STATUS);
            if (!status.equals(Codes.PRESENT) && !status.equals(Codes.MAKEUP)) {
                continue;
            }
            Row e = events.get(a.<String>getAs(Attendance.EVENT_ID));
            LocalDateTime start = e.getAs(Events.START_TIME);
            LocalDateTime end = e.getAs(Events.END_TIME);
            double credit;
            if (a.getAs(Attendance.CREDIT_HOURS) != null) {
                credit = a.getAs(Attendance.CREDIT_HOURS);
            } else if (e.getAs(Events.CREDIT_HOURS) != null) {
                credit = e.getAs(Events.CREDIT_HOURS);
            } else {
                long minutes = Duration.between(start, end).toMinutes();
                double rounded = Math.floor((minutes + 15) / 30.0) / 2;
                LocalDate last = end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.isAfter(start)
                        ? end.toLocalDate().minusDays(1) : end.toLocalDate();
                long days = last.toEpochDay() - start.toLocalDate().toEpochDay() + 1;
                credit = Math.min(rounded, 8.0 * days);
            }
            expected.add(a.getAs(Attendance.MEMBER_KEY) + "|" + a.getAs(Attendance.EVENT_ID) + "|"
                    + start.toLocalDate() + "|" + credit);
        }
        List<String> got = read(Catalog.work(CreditedHours.NAME)).stream()
                .map(r -> r.getAs("member_key") + "|" + r.getAs(CreditedHours.EVENT_ID) + "|"
                        + r.getAs(CreditedHours.DATE) + "|" + r.<Double>getAs(CreditedHours.CREDIT_HOURS))
                .sorted().toList();
        assertTrue(expected.size() > 1000, "fixture too small: " + expected.size());
        assertEquals(expected.stream().sorted().toList(), got);
    }

    @Test
    void memberWindowsMatchAPlainJavaReading() {
        for (String period : List.of("2025", "2025Q2", "2024Q1")) {
            int y = Integer.parseInt(period.substring(0, 4));
            LocalDate ws = LocalDate.of(y, 1, 1);
            LocalDate we = period.length() == 4 ? LocalDate.of(y, 12, 31)
                    : LocalDate.of(y, 1, 1).plusMonths(3L * (period.charAt(5) - '0')).minusDays(1);
            assertEquals(oracle(ws, we), read(Catalog.work(MemberPeriods.NAME)).stream()
                    .filter(r -> r.getAs(MemberPeriods.PERIOD).equals(period))
                    .map(r -> r.getAs("member_key") + "|" + r.getAs(Dimensions.AGE_BAND) + "|"
                            + r.getAs(Dimensions.MEMBER_TYPE) + "|" + r.getAs(Dimensions.ROLE) + "|"
                            + r.getAs(Dimensions.UNIT) + "|" + r.getAs(MemberPeriods.REQUIREMENT) + "|"
                            + r.<Double>getAs(MemberPeriods.HOURS))
                    .sorted().toList(), period);
        }
    }

    /** The expected member_periods rows of a year or year-to-date window, by the DOMAIN.md rules read literally. */
    private static List<String> oracle(LocalDate ws, LocalDate we) {
        Map<String, String> unitOf = read(Catalog.warehouse(Branches.NAME)).stream()
                .collect(Collectors.toMap(r -> r.getAs(Branches.BRANCH_ID), r -> r.getAs(Branches.UNIT_ID)));
        LocalDate ys = LocalDate.of(ws.getYear(), 1, 1);
        LocalDate ye = LocalDate.of(ws.getYear(), 12, 31);
        Map<String, List<Row>> byMember = new TreeMap<>();
        for (Row m : read(Catalog.warehouse(Members.NAME))) {
            String type = m.getAs(Members.MEMBER_TYPE);
            if ((type.equals(Codes.FULL) || type.equals(Codes.PROBATIONARY)) && !m.<Boolean>getAs(Members.EXEMPT)) {
                byMember.computeIfAbsent(m.getAs(Members.MEMBER_KEY), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Double> hours = new HashMap<>();
        for (Row c : read(Catalog.work(CreditedHours.NAME))) {
            LocalDate d = c.<java.sql.Date>getAs(CreditedHours.DATE).toLocalDate();
            if (!d.isBefore(ws) && !d.isAfter(we)) {
                hours.merge(c.getAs("member_key"), c.<Double>getAs(CreditedHours.CREDIT_HOURS), Double::sum);
            }
        }
        List<String> rows = new ArrayList<>();
        byMember.forEach((key, memberRows) -> {
            Row last = null;
            boolean[] months = new boolean[13];
            for (Row m : memberRows) {
                LocalDate from = m.<java.sql.Date>getAs(Members.VALID_FROM).toLocalDate();
                java.sql.Date toValue = m.getAs(Members.VALID_TO);
                LocalDate to = toValue == null ? LocalDate.MAX : toValue.toLocalDate();
                if (!from.isAfter(we) && !to.isBefore(ws) && (last == null
                        || from.isAfter(last.<java.sql.Date>getAs(Members.VALID_FROM).toLocalDate()))) {
                    last = m;
                }
                for (LocalDate d = from.isBefore(ys) ? ys : from; !d.isAfter(to) && !d.isAfter(ye); d = d.plusDays(1)) {
                    months[d.getMonthValue()] = true;
                }
            }
            if (last == null) {
                return;
            }
            int n = 0;
            for (boolean b : months) {
                n += b ? 1 : 0;
            }
            int base = Codes.SECRETARY.equals(last.getAs(Members.ROLE)) ? 56 : 32;
            LocalDate birth = last.<java.sql.Date>getAs(Members.BIRTH_DATE).toLocalDate();
            int age = java.time.Period.between(birth, we).getYears();
            double h = Math.round(hours.getOrDefault(key, 0.0) * 1e4) / 1e4;
            rows.add(key + "|" + Dimensions.ageBand(age) + "|" + last.getAs(Members.MEMBER_TYPE) + "|"
                    + last.getAs(Members.ROLE) + "|" + unitOf.get(last.<String>getAs(Members.BRANCH_ID)) + "|"
                    + (int) Math.ceil(base * n / 12.0) + "|" + h);
        });
        assertTrue(rows.size() > 100, "fixture too small: " + rows.size());
        return rows.stream().sorted().toList();
    }

    @Test
    void coverageGroupsAddUpAndIntervalsHoldTheRate() {
        List<Row> coverage = read(Catalog.indicator(Coverage.NAME));
        Map<String, long[]> totals = new HashMap<>();
        Map<String, long[]> overall = new HashMap<>();
        for (Row r : coverage) {
            String period = r.getAs("period");
            long[] c = {r.getAs(Coverage.ELIGIBLE), r.getAs(Coverage.REACHED), r.getAs(Coverage.ATTAINED)};
            assertTrue(c[2] <= c[1] && c[1] <= c[0], r.toString());
            double rate = r.getAs(Coverage.ATTAINMENT_RATE);
            assertTrue(r.<Double>getAs(Coverage.CI_LOW) <= rate && rate <= r.<Double>getAs(Coverage.CI_HIGH), r.toString());
            assertEquals(c[0] < 10, r.<Boolean>getAs("suppressed"));
            String dimension = r.getAs("dimension");
            if (dimension.equals(Dimensions.ALL)) {
                overall.put(period, c);
            }
            long[] t = totals.computeIfAbsent(period + "|" + dimension, k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                t[i] += c[i];
            }
        }
        assertEquals(List.of("2024", "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025", "2025Q1", "2025Q2", "2025Q3",
                "2025Q4"), overall.keySet().stream().sorted().toList());
        totals.forEach((k, t) -> assertEquals(List.of(t[0], t[1], t[2]),
                List.of(overall.get(k.split("\\|")[0])[0], overall.get(k.split("\\|")[0])[1],
                        overall.get(k.split("\\|")[0])[2]), k));
        long outcomes2025 = read(Catalog.work(MemberOutcomes.NAME)).stream()
                .filter(r -> r.getAs("period").equals("2025")).count();
        assertEquals(overall.get("2025")[0], outcomes2025);
        long attained2025 = read(Catalog.work(MemberOutcomes.NAME)).stream()
                .filter(r -> r.getAs("period").equals("2025") && r.<Boolean>getAs(MemberOutcomes.ATTAINED)).count();
        assertEquals(overall.get("2025")[2], attained2025);
    }

    @Test
    void platformVolunteerAndFollowupStayWithinTheirBases() {
        for (Row r : read(Catalog.indicator(PlatformEngagement.NAME))) {
            long eligible = r.getAs(PlatformEngagement.ELIGIBLE);
            long active = r.getAs(PlatformEngagement.ACTIVE);
            assertTrue(active <= eligible, r.toString());
            assertEquals(active == 0, r.isNullAt(r.fieldIndex(PlatformEngagement.MEDIAN_POINTS)), r.toString());
        }
        Map<String, Double> themeHours = new HashMap<>();
        Map<String, Double> allHours = new HashMap<>();
        for (Row r : read(Catalog.indicator(Volunteer.NAME))) {
            assertTrue(r.<Long>getAs(Volunteer.PARTICIPANTS) <= r.<Long>getAs(Volunteer.MEMBERS), r.toString());
            String key = r.getAs("period") + "|" + r.getAs("dimension") + "|" + r.getAs("group");
            double h = r.getAs(Volunteer.HOURS);
            if (r.getAs(Volunteer.THEME).equals(Volunteer.ALL_THEMES)) {
                allHours.put(key, h);
            } else {
                themeHours.merge(key, h, Double::sum);
            }
        }
        allHours.forEach((k, h) -> assertEquals(h, themeHours.get(k), 1e-9, k));
        List<Row> followup = read(Catalog.restricted(Followup.NAME));
        assertTrue(!followup.isEmpty());
        for (Row r : followup) {
            assertEquals("2025", r.getAs("period"));
            // the last event of 2025 is in December: a complete year, so behind pace means not attained
            assertTrue(r.<Double>getAs(Followup.HOURS_SO_FAR) < r.<Integer>getAs(Followup.REQUIREMENT), r.toString());
        }
    }
}
