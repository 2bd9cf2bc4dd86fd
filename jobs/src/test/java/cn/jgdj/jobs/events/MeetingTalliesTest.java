package cn.jgdj.jobs.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import cn.jgdj.testing.SparkSessionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class MeetingTalliesTest {
    private static final String GM = "group_meeting";
    private static final String PL = "party_lecture";

    /** (year, quarter, branch, organiser unit, type, month bit) as {@link MeetingTallies#perEvent} gives them. */
    private static Row event(int year, int quarter, String branch, String unit, String type, int month) {
        return RowFactory.create(year, quarter, branch, unit, type, 1 << month);
    }

    @Test
    void aPartitionsEventsAreCountedPerKeyWithTheirMonthsOred() {
        Iterator<Row> out = new MeetingTallies.PartitionTallies().call(List.of(
                event(2025, 1, "B1", null, GM, 1),
                event(2025, 1, "B1", null, GM, 3),
                event(2025, 1, "B1", null, GM, 3),
                event(2025, 1, null, "U1", PL, 2),
                event(2025, 2, "B1", null, GM, 4),
                RowFactory.create(2025, 1, null, null, null, 1 << 2)).iterator());
        List<String> rows = new ArrayList<>();
        out.forEachRemaining(r -> rows.add(r.mkString("|")));
        // Masks: January and March = 2 + 8 = 10; February = 4; April = 16.
        assertEquals(List.of(
                "2025|1|B1|null|group_meeting|3|10",
                "2025|1|null|U1|party_lecture|1|4",
                "2025|2|B1|null|group_meeting|1|16",
                "2025|1|null|null|null|1|4"), rows);
    }

    @Test
    void partitionsTalliesAreAddedUpAndTheBranchesSetApart() {
        MeetingTallies.Collected c = MeetingTallies.merge(List.of(
                RowFactory.create(2025, 1, "B1", null, GM, 2L, 2 | 8),
                RowFactory.create(null, null, "B1", "U1", null, null, null),
                RowFactory.create(2025, 1, "B1", null, GM, 1L, 4),
                RowFactory.create(null, null, "B2", null, null, null, null),
                RowFactory.create(2025, 1, null, "U1", PL, 1L, 4)));
        assertEquals(List.of("B1|U1", "B2|null"), c.branches().stream().map(r -> r.mkString("|")).toList());
        // 2 + 1 meetings; months 1, 3 and 2: 2 + 8 + 4 = 14.
        assertEquals(List.of("2025|1|B1|null|group_meeting|3|14", "2025|1|null|U1|party_lecture|1|4"),
                c.held().stream().map(r -> r.mkString("|")).toList());
    }

    @Test
    void eventsOverSeveralPartitionsGiveOneTallyPerKey(SparkSession spark) {
        EventFixtures f = new EventFixtures(spark).branch("B1", "U1").branch("B2", "U1");
        f.event("E1", GM, "U1", "B1", null, "2025-01-12", "branch");
        f.event("E2", GM, "U1", "B1", null, "2025-03-12", "branch");
        f.event("E3", GM, "U1", "B1", null, "2025-03-26", "branch");
        f.event("E4", PL, "U1", null, null, "2025-02-20", "unit");       // unit-wide: under its organiser
        f.event("E5", PL, "U1", null, null, "2025-02-21", "branch");     // neither own nor unit-wide
        f.event("E6", "training_class", "U1", "B2", null, "2025-05-02", "branch"); // no cadence type
        MeetingTallies.Collected c = MeetingTallies.collect(f.events().repartition(3), f.branches());
        assertEquals(List.of("B1|U1", "B2|U1"), c.branches().stream().map(r -> r.mkString("|")).toList());
        assertEquals(List.of(
                "2025|1|B1|null|group_meeting|3|10",
                "2025|1|null|U1|party_lecture|1|4",
                "2025|1|null|null|null|1|4",
                "2025|2|null|null|null|1|32"),
                c.held().stream().map(r -> r.mkString("|")).sorted().toList());
    }
}
