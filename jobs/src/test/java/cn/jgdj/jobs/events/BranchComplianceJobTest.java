package cn.jgdj.jobs.events;

import static cn.jgdj.jobs.events.EventFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
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
class BranchComplianceJobTest {
    private static final String BGM = "branch_general_meeting";
    private static final String BCM = "branch_committee_meeting";
    private static final String GM = "group_meeting";
    private static final String PL = "party_lecture";
    private static final String TPD = "theme_party_day";

    private static int next;

    private static EventFixtures meetings(EventFixtures f, String branch, String type, String... days) {
        for (String day : days) {
            f.event("E" + (++next), type, "U1", branch, null, day, "branch");
        }
        return f;
    }

    private static EventFixtures county(SparkSession spark) {
        EventFixtures f = new EventFixtures(spark).branch("B1", "U1").branch("B2", "U1").branch("B3", "U2");
        // B1, Q1: every rule holds (two group meetings in March).
        meetings(f, "B1", BGM, "2025-01-10");
        meetings(f, "B1", PL, "2025-02-20");
        meetings(f, "B1", BCM, "2025-01-05", "2025-02-05", "2025-03-05");
        meetings(f, "B1", GM, "2025-01-12", "2025-02-12", "2025-03-12", "2025-03-26");
        meetings(f, "B1", TPD, "2025-01-15", "2025-02-15", "2025-03-15");
        // B1, Q2: three group meetings but none in May.
        meetings(f, "B1", BGM, "2025-04-10");
        meetings(f, "B1", PL, "2025-05-20");
        meetings(f, "B1", BCM, "2025-04-05", "2025-05-05", "2025-06-05");
        meetings(f, "B1", GM, "2025-04-12", "2025-06-12", "2025-06-26");
        meetings(f, "B1", TPD, "2025-04-15", "2025-05-15", "2025-06-15");
        // B2, Q1: one theme party day; a training class with its branch is no cadence meeting.
        meetings(f, "B2", TPD, "2025-02-15");
        meetings(f, "B2", "training_class", "2025-02-20");
        // B3, Q3: every monthly rule holds but no party lecture.
        meetings(f, "B3", BGM, "2025-07-10");
        meetings(f, "B3", BCM, "2025-07-05", "2025-08-05", "2025-09-05");
        meetings(f, "B3", GM, "2025-07-12", "2025-08-12", "2025-09-12");
        meetings(f, "B3", TPD, "2025-07-15", "2025-08-15", "2025-09-15");
        // A branch not in the branches file: counted nowhere.
        meetings(f, "B9", BGM, "2025-01-10");
        // Unit-wide (audience unit, no branch) party lectures and theme days count for every branch of the unit:
        // U1's lecture in Q1 for B1 and B2; U2's theme day and lecture in Q3 for B3, which makes B3 compliant.
        f.event("EU1", PL, "U1", null, null, "2025-03-20", "unit");
        f.event("EU2", TPD, "U2", null, null, "2025-08-01", "unit");
        f.event("EU3", PL, "U2", null, null, "2025-09-20", "unit");
        // Not unit-wide cadence: an invited lecture without a branch, a unit-wide general meeting.
        f.event("EX1", PL, "U1", null, null, "2025-05-20", "invited");
        f.event("EX2", BGM, "U2", null, null, "2025-05-21", "unit");
        return f;
    }

    private static final List<String> EXPECTED = List.of(
            // period|branch|unit|branch_general_meeting|branch_committee_meeting|group_meeting|party_lecture|
            // theme_party_day|compliant|partial
            "2025Q1|B1|U1|1|3|4|2|3|true|false",
            "2025Q1|B2|U1|0|0|0|1|1|false|false",
            "2025Q1|B3|U2|0|0|0|0|0|false|false",
            "2025Q2|B1|U1|1|3|3|1|3|false|false",
            "2025Q2|B2|U1|0|0|0|0|0|false|false",
            "2025Q2|B3|U2|0|0|0|0|0|false|false",
            "2025Q3|B1|U1|0|0|0|0|0|false|false",
            "2025Q3|B2|U1|0|0|0|0|0|false|false",
            "2025Q3|B3|U2|1|3|3|1|4|true|false",
            "2025Q4|B1|U1|0|0|0|0|0|false|false",
            "2025Q4|B2|U1|0|0|0|0|0|false|false",
            "2025Q4|B3|U2|0|0|0|0|0|false|false");

    @Test
    void everyBranchEveryQuarter(SparkSession spark) {
        EventFixtures f = county(spark);
        Dataset<Row> table = BranchComplianceJob.branchCompliance(f.events(), f.branches(), null);
        assertEquals(List.of("period", "branch_id", "unit_id", BGM, BCM, GM, PL, TPD, "compliant", "partial"),
                List.of(table.columns()));
        assertEquals(BranchCompliance.COLUMNS, List.of(table.columns()));
        assertEquals(EXPECTED, lines(table));
    }

    @Test
    void quartersStartingAfterAsOfAreLeftOut(SparkSession spark) {
        EventFixtures f = county(spark);
        assertEquals(EXPECTED.subList(0, 3),
                lines(BranchComplianceJob.branchCompliance(f.events(), f.branches(), LocalDate.of(2025, 3, 31))));
    }

    @Test
    void quarterInProgressIsPartialWithComplianceLeftEmpty(SparkSession spark) {
        // As of 1 April (the scheduled run's day after the quarter): Q2 has begun, nothing after 1 April is counted
        // (B1's Q2 meetings start on 5 April), and whether it complies cannot be judged yet.
        EventFixtures f = county(spark);
        List<String> expected = new java.util.ArrayList<>(EXPECTED.subList(0, 3));
        expected.addAll(List.of("2025Q2|B1|U1|0|0|0|0|0|null|true", "2025Q2|B2|U1|0|0|0|0|0|null|true",
                "2025Q2|B3|U2|0|0|0|0|0|null|true"));
        assertEquals(expected,
                lines(BranchComplianceJob.branchCompliance(f.events(), f.branches(), LocalDate.of(2025, 4, 1))));
    }

    @Test
    void runReadsWarehouseAndWritesIndicator(SparkSession spark, @TempDir Path out) {
        EventFixtures f = county(spark);
        StagedJobIO setup = new StagedJobIO(spark, out.toString(), out.resolve("_staging/setup").toString());
        setup.write(Catalog.warehouse(Events.NAME), f.events());
        setup.write(Catalog.warehouse(Branches.NAME), f.branches());
        setup.commit();

        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/job").toString());
        BranchComplianceJob.run(io, new JobParams(null, null, 10, LocalDate.of(2026, 1, 1), null, new byte[0], true));
        io.commit();

        assertEquals(EXPECTED, lines(io.read(Catalog.indicator(BranchCompliance.NAME))
                .orderBy(Indicators.PERIOD, BranchCompliance.BRANCH_ID)));
    }
}
