package cn.jgdj.jobs.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class CreditedHoursJobTest {

    /** member|event|type|date|year|quarter|credit, sorted. */
    private static List<String> rows(Dataset<Row> credited) {
        return credited.collectAsList().stream()
                .map(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getDate(3) + "|"
                        + r.getInt(4) + "|" + r.getInt(5) + "|" + r.getDouble(6))
                .sorted().toList();
    }

    private static CuratedFixture events(SparkSession spark) {
        return new CuratedFixture(spark)
                // 2 hours, but the event's own credit_hours (3) wins
                .event("E1", Codes.PARTY_LECTURE, "2025-03-10T09:00", "2025-03-10T11:00", 3.0)
                // 1h15: exactly halfway between 1.0 and 1.5, halves up → 1.5
                .event("E2", Codes.TRAINING_CLASS, "2025-04-01T09:00", "2025-04-01T10:15", null)
                // 1h45: exactly halfway between 1.5 and 2.0 → 2.0
                .event("E3", Codes.SPECIAL_LECTURE, "2025-04-02T09:00", "2025-04-02T10:45", null)
                // 34 hours over midnight: touches 2 days → cap 16
                .event("E4", Codes.ROTATION_TRAINING, "2025-05-01T08:00", "2025-05-02T18:00", null)
                // 11 hours in one day → cap 8
                .event("E5", Codes.ONSITE_TEACHING, "2025-06-01T08:00", "2025-06-01T19:00", null)
                // 14 minutes → 0; 15 minutes → 0.5
                .event("E6", Codes.THEME_PARTY_DAY, "2025-06-10T14:00", "2025-06-10T14:14", null)
                .event("E7", Codes.GROUP_MEETING, "2025-06-11T14:00", "2025-06-11T14:15", null)
                // 34 hours ending exactly at midnight: touches 1 and 2 July only → cap 16, not 24
                .event("E8", Codes.ROTATION_TRAINING, "2025-07-01T14:00", "2025-07-03T00:00", null)
                // 1h14 → 1.0 and 1h44 → 1.5: just under the boundaries
                .event("E9", Codes.TRAINING_CLASS, "2025-08-01T09:00", "2025-08-01T10:14", null)
                .event("E10", Codes.TRAINING_CLASS, "2025-08-02T09:00", "2025-08-02T10:44", null)
                // 2026: 11 hours, capped by the 2026 rules in rulesByYear
                .event("E11", Codes.ONSITE_TEACHING, "2026-01-05T08:00", "2026-01-05T19:00", null);
    }

    private static CuratedFixture attendance(CuratedFixture f) {
        return f.attend("E1", "m1", Codes.PRESENT, null, 2025)
                .attend("E2", "m1", Codes.PRESENT, 4.0, 2025) // attendance override wins over the duration
                .attend("E3", "m1", Codes.MAKEUP, null, 2025) // makeup earns
                .attend("E4", "m1", Codes.PRESENT, null, 2025)
                .attend("E1", "m2", Codes.OBSERVER, null, 2025) // observer, excused, absent earn nothing
                .attend("E2", "m2", Codes.EXCUSED, null, 2025)
                .attend("E3", "m2", Codes.ABSENT, 2.0, 2025)
                .attend("E5", "m2", Codes.PRESENT, null, 2025)
                .attend("E6", "m2", Codes.PRESENT, null, 2025)
                .attend("E7", "m2", Codes.PRESENT, null, 2025)
                .attend("E2", "m3", Codes.PRESENT, null, 2025)
                .attend("E8", "m3", Codes.PRESENT, null, 2025)
                .attend("E9", "m3", Codes.PRESENT, null, 2025)
                .attend("E10", "m3", Codes.MAKEUP, null, 2025)
                .attend("E11", "m3", Codes.PRESENT, null, 2026);
    }

    @Test
    void creditsFollowTheDomainRules(SparkSession spark, @TempDir Path out) {
        StagedJobIO io = CuratedFixture.io(spark, out);
        attendance(events(spark)).writeTo(io);

        CreditedHoursJob.run(io, CuratedFixture.params(10, null));
        io.commit();

        assertEquals(List.of(
                "m1|E1|party_lecture|2025-03-10|2025|1|3.0",
                "m1|E2|training_class|2025-04-01|2025|2|4.0",
                "m1|E3|special_lecture|2025-04-02|2025|2|2.0",
                "m1|E4|rotation_training|2025-05-01|2025|2|16.0",
                "m2|E5|onsite_teaching|2025-06-01|2025|2|8.0",
                "m2|E6|theme_party_day|2025-06-10|2025|2|0.0",
                "m2|E7|group_meeting|2025-06-11|2025|2|0.5",
                "m3|E10|training_class|2025-08-02|2025|3|1.5",
                "m3|E11|onsite_teaching|2026-01-05|2026|1|8.0",
                "m3|E2|training_class|2025-04-01|2025|2|1.5",
                "m3|E8|rotation_training|2025-07-01|2025|3|16.0",
                "m3|E9|training_class|2025-08-01|2025|3|1.0"),
                rows(io.read(Catalog.work(CreditedHours.NAME))));
        assertEquals(CreditedHours.COLUMNS, List.of(io.read(Catalog.work(CreditedHours.NAME)).columns()));
    }

    @Test
    void explicitCreditIsTheOrganisersStatementAndNotCapped(SparkSession spark, @TempDir Path out) {
        // DOMAIN.md second edition: the cap of 8 per day touched applies to duration-derived credit only.
        StagedJobIO io = CuratedFixture.io(spark, out);
        new CuratedFixture(spark)
                // 3 hours on one day, but the event states 10 学时 (e.g. a class with preparatory reading)
                .event("X1", Codes.TRAINING_CLASS, "2025-09-01T09:00", "2025-09-01T12:00", 10.0)
                // 1 hour; the attendance row states 12 学时
                .event("X2", Codes.TRAINING_CLASS, "2025-09-02T09:00", "2025-09-02T10:00", null)
                // 9 hours ending exactly at midnight: one day touched → the duration is capped at 8
                .event("X3", Codes.ROTATION_TRAINING, "2025-09-03T15:00", "2025-09-04T00:00", null)
                .attend("X1", "m1", Codes.PRESENT, null, 2025)
                .attend("X2", "m1", Codes.PRESENT, 12.0, 2025)
                .attend("X3", "m1", Codes.PRESENT, null, 2025)
                .writeTo(io);

        CreditedHoursJob.run(io, CuratedFixture.params(10, null));
        io.commit();

        assertEquals(List.of(
                "m1|X1|training_class|2025-09-01|2025|3|10.0",
                "m1|X2|training_class|2025-09-02|2025|3|12.0",
                "m1|X3|rotation_training|2025-09-03|2025|3|8.0"),
                rows(io.read(Catalog.work(CreditedHours.NAME))));
    }

    @Test
    void dailyCapFollowsTheRulesOfTheEventsYear(SparkSession spark, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, """
                min_cell_size: 10
                versions:
                  - from: 2000
                    requirement_hours: 32
                    secretary_requirement_hours: 56
                    exempt_excluded: true
                    prorate_by_month: true
                    daily_credit_cap_hours: 8
                    platform_minutes_count: false
                    platform_minutes_per_credit_hour: 45
                    platform_annual_cap_hours: 10
                  - from: 2026
                    daily_credit_cap_hours: 6
                """);
        CuratedFixture f = attendance(events(spark));
        List<String> got = rows(CreditedHoursJob.credited(f.attendance(), f.events(), Rules.load(file.toString()))
                .filter("event_id in ('E5', 'E11')"));
        assertEquals(List.of("m2|E5|onsite_teaching|2025-06-01|2025|2|8.0",
                "m3|E11|onsite_teaching|2026-01-05|2026|1|6.0"), got);
    }

    @Test
    void platformMinutesEarnCreditOnlyWhenTheRulesSaySo(SparkSession spark, @TempDir Path out) throws Exception {
        Path file = out.resolve("rules.yaml");
        Files.writeString(file, """
                min_cell_size: 10
                versions:
                  - from: 2000
                    requirement_hours: 32
                    secretary_requirement_hours: 56
                    exempt_excluded: true
                    prorate_by_month: true
                    daily_credit_cap_hours: 8
                    platform_minutes_count: false
                    platform_minutes_per_credit_hour: 45
                    platform_annual_cap_hours: 3
                  - from: 2025
                    platform_minutes_count: true
                """);
        StagedJobIO io = CuratedFixture.io(spark, out);
        new CuratedFixture(spark)
                .event("E1", Codes.PARTY_LECTURE, "2025-03-10T09:00", "2025-03-10T11:00", null)
                .attend("E1", "m1", Codes.PRESENT, null, 2025)
                // 2024: minutes do not count that year
                .usage("m1", "xuexi", "2024-12-30", 40, 90)
                // 90 + 45 minutes on one day = 3 学时, reaching the annual cap of 3
                .usage("m1", "xuexi", "2025-01-05", 40, 90)
                .usage("m1", "dengta", "2025-01-05", 10, 45)
                // past the cap: nothing, and no row
                .usage("m1", "xuexi", "2025-01-06", 30, 45)
                // 30 minutes = 2/3 学时; then 600 minutes = 13.3, capped at 8 a day, then at 3 a year → 2 1/3
                .usage("m2", "xuexi", "2025-02-01", 5, 30)
                .usage("m2", "xuexi", "2025-02-02", 50, 600)
                // points without minutes earn nothing
                .usage("m2", "dengta", "2025-02-03", 20, 0)
                .writeTo(io);

        CreditedHoursJob.run(io, CuratedFixture.params(10, file.toString()));
        io.commit();

        List<Row> got = io.read(Catalog.work(CreditedHours.NAME)).orderBy("member_key", "date").collectAsList();
        assertEquals(4, got.size());
        assertEquals("m1|null|platform|2025-01-05|3.0", brief(got.get(0)));
        assertEquals("m1|E1|party_lecture|2025-03-10|2.0", brief(got.get(1)));
        assertTrue(brief(got.get(2)).startsWith("m2|null|platform|2025-02-01|"), brief(got.get(2)));
        assertEquals(30.0 / 45, got.get(2).getDouble(6), 1e-12);
        assertEquals(3.0 - 30.0 / 45, got.get(3).getDouble(6), 1e-12);
        assertEquals("2025-02-02", got.get(3).getDate(3).toString());
    }

    private static String brief(Row r) {
        return r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getDate(3) + "|" + r.getDouble(6);
    }
}
