package cn.jgdj.jobs.events;

import static cn.jgdj.jobs.events.EventFixtures.lines;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class ParticipationJobTest {

    /**
     * Units U1 (branches B1, B2) and U2 (B3). m4 is exempt, m6 a candidate (neither expected by audience);
     * m5 moves from B1 to B2 on 2025-02-15; w1 is work-committee staff with no member row.
     */
    private static EventFixtures county(SparkSession spark) {
        return new EventFixtures(spark)
                .branch("B1", "U1").branch("B2", "U1").branch("B3", "U2")
                .member("m1", "full", "B1", "2020-01-01", null, false)
                .member("m2", "full", "B1", "2020-01-01", null, false)
                .member("m3", "probationary", "B1", "2020-01-01", null, false)
                .member("m4", "full", "B1", "2020-01-01", null, true)
                .member("m5", "full", "B1", "2020-01-01", "2025-02-14", false)
                .member("m5", "full", "B2", "2025-02-15", null, false)
                .member("m6", "candidate", "B1", "2024-01-01", null, false)
                .member("m7", "full", "B2", "2020-01-01", null, false)
                .member("m8", "full", "B3", "2020-01-01", null, false)
                // B1 members m1, m2, m3, m5 expected; nobody recorded: all four absent by omission.
                .event("E7", "branch_general_meeting", "U1", "B1", null, "2024-12-20", "branch")
                // Expected m1, m2, m3, m5 by audience plus exempt m4 by explicit row; m3 absent by omission.
                .event("E1", "branch_general_meeting", "U1", "B1", null, "2025-01-10", "branch")
                .attendance("E1", 2025, "m1", "present", "m2", "excused", "m4", "present", "m5", "present",
                        "w1", "observer")
                // After the transfer: m5 expected at B2 (absent by omission), no longer at B1.
                .event("E2", "group_meeting", "U1", "B2", null, "2025-03-05", "branch")
                .attendance("E2", 2025, "m7", "present")
                // m3 attends as observer: neither expected nor counted.
                .event("E3", "group_meeting", "U1", "B1", null, "2025-03-06", "branch")
                .attendance("E3", 2025, "m1", "present", "m2", "makeup", "m3", "observer")
                // Invited: only the explicit rows (a candidate and a member of another unit included).
                .event("E4", "training_class", "U1", null, null, "2025-04-15", "invited")
                .attendance("E4", 2025, "m1", "present", "m7", "absent", "m8", "excused", "m6", "present",
                        "w1", "observer")
                // Unit-wide: B1 (m1, m2, m3) and B2 (m5, m7), plus exempt m4's explicit row; not m8 of U2.
                .event("E5", "special_lecture", "U1", null, null, "2025-05-20", "unit")
                .attendance("E5", 2025, "m1", "present", "m7", "present", "m4", "present")
                // Only an observer row: held, nobody expected, rate null.
                .event("E6", "theory_study_group", "U2", null, null, "2025-06-10", "invited")
                .attendance("E6", 2025, "w1", "observer");
    }

    private static final List<String> EXPECTED = List.of(
            // period|unit|event_type|events|expected|present|excused|absent|makeup|rate|partial
            "2024|U1|branch_general_meeting|1|4|0|0|4|0|0.0|false",
            "2024Q4|U1|branch_general_meeting|1|4|0|0|4|0|0.0|false",
            "2025|U1|branch_general_meeting|1|5|3|1|1|0|0.6|false",
            "2025|U1|group_meeting|2|4|2|0|1|1|0.5|false",
            "2025|U1|special_lecture|1|6|3|0|3|0|0.5|false",
            "2025|U1|training_class|1|4|2|1|1|0|0.5|false",
            "2025|U2|theory_study_group|1|0|0|0|0|0|null|false",
            "2025Q1|U1|branch_general_meeting|1|5|3|1|1|0|0.6|false",
            "2025Q1|U1|group_meeting|2|4|2|0|1|1|0.5|false",
            "2025Q2|U1|special_lecture|1|6|3|0|3|0|0.5|false",
            "2025Q2|U1|training_class|1|4|2|1|1|0|0.5|false",
            "2025Q2|U2|theory_study_group|1|0|0|0|0|0|null|false");

    @Test
    void wholeTable(SparkSession spark) {
        EventFixtures f = county(spark);
        Dataset<Row> table = ParticipationJob.participation(f.events(), f.attendance(), f.members(), f.branches());
        assertEquals(Participation.COLUMNS, List.of(table.columns()));
        assertEquals(EXPECTED, lines(table));
    }

    @Test
    void asOfEndOfAprilLeavesLaterEventsOutAndMarksTheYearAndQuarterInProgress(SparkSession spark) {
        // E5 (20 May) and E6 (10 June) start after the as-of day; 2025 and 2025Q2 are not over on 30 April.
        EventFixtures f = county(spark);
        assertEquals(List.of(
                "2024|U1|branch_general_meeting|1|4|0|0|4|0|0.0|false",
                "2024Q4|U1|branch_general_meeting|1|4|0|0|4|0|0.0|false",
                "2025|U1|branch_general_meeting|1|5|3|1|1|0|0.6|true",
                "2025|U1|group_meeting|2|4|2|0|1|1|0.5|true",
                "2025|U1|training_class|1|4|2|1|1|0|0.5|true",
                "2025Q1|U1|branch_general_meeting|1|5|3|1|1|0|0.6|false",
                "2025Q1|U1|group_meeting|2|4|2|0|1|1|0.5|false",
                "2025Q2|U1|training_class|1|4|2|1|1|0|0.5|true"),
                lines(ParticipationJob.participation(f.events(), f.attendance(), f.members(), f.branches(),
                        java.time.LocalDate.of(2025, 4, 30))));
    }

    @Test
    void onAHandoverDayTheMemberIsExpectedInTheNewBranchOnly(SparkSession spark) {
        // h1's rows touch on 1 April (…–04-01 then 04-01–): the later row, in B2, holds that day.
        EventFixtures f = new EventFixtures(spark).branch("B1", "U1").branch("B2", "U1")
                .member("h1", "full", "B1", "2020-01-01", "2025-04-01", false)
                .member("h1", "full", "B2", "2025-04-01", null, false)
                .event("EB1", "group_meeting", "U1", "B1", null, "2025-04-01", "branch")
                .event("EB2", "party_lecture", "U1", "B2", null, "2025-04-01", "branch")
                .event("EU", "special_lecture", "U1", null, null, "2025-04-01", "unit");
        Dataset<Row> table = ParticipationJob.participation(f.events(), f.attendance(), f.members(), f.branches());
        assertEquals(List.of("2025|group_meeting|0", "2025|party_lecture|1", "2025|special_lecture|1"),
                lines(table.filter(table.col(Indicators.PERIOD).equalTo("2025"))
                        .select(Indicators.PERIOD, Indicators.EVENT_TYPE, Participation.EXPECTED)));
    }

    /**
     * The counts come from sums per row (an audience member +1, each attendance row of theirs −1 besides what the row
     * itself counts), never from pairing an event with its members: a listed audience member counts once, an
     * audience member who only observed not at all, a listed member of another unit by the row, and a row of no
     * known event nowhere.
     */
    @Test
    void listedAudienceMembersCountOnceAndRowsOfNoKnownEventNowhere(SparkSession spark) {
        EventFixtures f = new EventFixtures(spark).branch("B1", "U1").branch("B2", "U1").branch("B3", "U2")
                .member("m1", "full", "B1", "2020-01-01", null, false)
                .member("m7", "full", "B2", "2020-01-01", null, false)
                .member("m8", "full", "B3", "2020-01-01", null, false)
                // Audience m1 (absent by row: 1 expected, not 2), m7 (observer: 0); m8 of U2 listed: 1; w1 no member.
                .event("EU", "special_lecture", "U1", null, null, "2025-05-20", "unit")
                .attendance("EU", 2025, "m1", "absent", "m7", "observer", "m8", "present", "w1", "observer")
                .attendance("EZ", 2025, "m1", "present", "m8", "present");
        assertEquals(List.of(
                        "2025|U1|special_lecture|1|2|1|0|1|0|0.5|false",
                        "2025Q2|U1|special_lecture|1|2|1|0|1|0|0.5|false"),
                lines(ParticipationJob.participation(f.events(), f.attendance(), f.members(), f.branches())));
    }

    /**
     * The table's per-event sums and the per-member path effectiveness uses ({@code expectedPerMember}) count the same
     * expected attendees: summed by year, unit and event type they agree on the whole county fixture.
     */
    @Test
    void theTableAgreesWithThePerMemberPath(SparkSession spark) {
        EventFixtures f = county(spark);
        Dataset<Row> events = f.events();
        Dataset<Row> byGroup = ParticipationJob.expectedPerMember(MeetingAudiences.collect(events), f.attendance(),
                        f.members(), f.branches())
                .join(events, Events.EVENT_ID)
                .groupBy(year(col(Events.START_TIME)).cast("string").as(Indicators.PERIOD),
                        col(Events.ORGANIZER_UNIT_ID), col(Events.EVENT_TYPE))
                .agg(sum(Participation.EXPECTED), sum(Participation.PRESENT))
                .orderBy(Indicators.PERIOD, Events.ORGANIZER_UNIT_ID, Events.EVENT_TYPE);
        Dataset<Row> table = ParticipationJob.participation(events, f.attendance(), f.members(), f.branches());
        // E6 expects nobody, so the per-member path has no row for it.
        assertEquals(lines(table.filter(table.col(Indicators.PERIOD).rlike("^[0-9]{4}$")
                        .and(table.col(Participation.EXPECTED).gt(0)))
                        .select(Indicators.PERIOD, Indicators.UNIT_ID, Indicators.EVENT_TYPE, Participation.EXPECTED,
                                Participation.PRESENT)),
                lines(byGroup));
    }

    @Test
    void branchAudienceWithoutBranchIsAnError(SparkSession spark) {
        EventFixtures f = county(spark).event("EX", "party_lecture", "U1", null, null, "2025-02-01", "branch");
        Exception e = assertThrows(Exception.class, () -> ParticipationJob.participation(f.events(), f.attendance(),
                f.members(), f.branches()).collectAsList());
        assertTrue(e.getMessage().contains("warehouse/events: event_id 'EX' has audience 'branch' but no branch_id"),
                e.getMessage());
    }

    @Test
    void runReadsWarehouseAndWritesIndicator(SparkSession spark, @TempDir Path out) throws Exception {
        EventFixtures f = county(spark);
        StagedJobIO setup = new StagedJobIO(spark, out.toString(), out.resolve("_staging/setup").toString());
        setup.write(Catalog.warehouse(Events.NAME), f.events());
        setup.write(Catalog.warehouse(Attendance.NAME), f.attendance());
        setup.write(Catalog.warehouse(Members.NAME), f.members());
        setup.write(Catalog.warehouse(Branches.NAME), f.branches());
        setup.commit();

        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/job").toString());
        ParticipationJob.run(io, new JobParams(null, null, 10, LocalDate.of(2026, 1, 1), null, new byte[0], true));
        io.commit();

        Dataset<Row> written = io.read(Catalog.indicator(Participation.NAME))
                .orderBy(Indicators.PERIOD, Indicators.UNIT_ID, Indicators.EVENT_TYPE);
        assertEquals(EXPECTED, lines(written));
        assertEquals(String.join(",", Participation.COLUMNS),
                Files.readAllLines(out.resolve("indicators/participation.csv")).get(0));
    }
}
