package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.testing.SparkSessionExtension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The key checks' verdicts on a hand-made attendance table, whatever order and partitioning the rows arrive in:
 * the strongest status of a key stands and weaker rows are superseded, identical copies collapse into the first
 * in file order, standing rows that differ are all quarantined with the list of their rows, rows rejected earlier
 * keep their reason and never mix with candidates, blank rows get no verdict.
 */
@ExtendWith(SparkSessionExtension.class)
class KeyChecksTest {
    private static final DatasetDef DEF = Attendance.DEF;
    private static final String FILE = "attendance.csv";
    private static final String CONFLICT = "attendance.csv row %d: key event_id, member_id 'E1, M2' appears in rows "
            + "5, 6, 7 with different values";

    /** row, event_id, member_id, status, credit_hours, earlier reason (null: passed every earlier check). */
    private static final Object[][] ROWS = {
        {2L, "E1", "M1", "absent", null, null},
        {3L, "E1", "M1", "makeup", null, null},
        {4L, "E1", "M1", "makeup", null, null},
        {5L, "E1", "M2", "present", 2.0, null},
        {6L, "E1", "M2", "present", 3.0, null},
        {7L, "E1", "M2", "present", 2.0, null},
        {8L, "E1", "M2", "excused", null, null},
        {9L, "E2", "M1", "present", null, null},
        {10L, "E2", "M1", "observer", null, null},
        {11L, "E3", "M3", "present", null, "UNKNOWN_EVENT"},
        {12L, "E3", "M3", "present", null, null},
        {13L, "E4", "M4", "absent", null, null},
        {14L, "E4", "M4", "absent", null, null},
        {15L, null, null, null, null, null},
        {16L, "E5", "M5", "excused", 1.5, null},
        {17L, "E5", "M5", "excused", null, null},
    };

    /**
     * Worked out by hand: row, written, collapsed, superseded, reason and message. E1/M1: makeup beats absent, row 4
     * copies row 3. E1/M2: three present rows with two different credits conflict (all three, the identical 5 and 7
     * included); the weaker excused row is superseded all the same. E2/M1: observer is the weakest status. E3/M3:
     * row 11 was rejected earlier, so row 12 is the key's only candidate. E5/M5: a credit override and none are two
     * variants of the same status.
     */
    private static final List<String> EXPECTED = List.of(
            "2 false false true null null",
            "3 true false false null null",
            "4 false true false null null",
            "5 false false false DUPLICATE_CONFLICT " + String.format(CONFLICT, 5),
            "6 false false false DUPLICATE_CONFLICT " + String.format(CONFLICT, 6),
            "7 false false false DUPLICATE_CONFLICT " + String.format(CONFLICT, 7),
            "8 false false true null null",
            "9 true false false null null",
            "10 false false true null null",
            "11 false false false UNKNOWN_EVENT earlier",
            "12 true false false null null",
            "13 true false false null null",
            "14 false true false null null",
            "15 false false false null null",
            "16 false false false DUPLICATE_CONFLICT attendance.csv row 16: key event_id, member_id 'E5, M5' "
                    + "appears in rows 16, 17 with different values",
            "17 false false false DUPLICATE_CONFLICT attendance.csv row 17: key event_id, member_id 'E5, M5' "
                    + "appears in rows 16, 17 with different values");

    @Test
    void rowsInFileOrderInOnePartition(SparkSession spark) {
        assertEquals(EXPECTED, verdicts(tagged(spark, fileOrder(), 1), false));
    }

    @Test
    void rowsInReverseOrderOverThreePartitions(SparkSession spark) {
        List<Object[]> rows = fileOrder();
        Collections.reverse(rows);
        assertEquals(EXPECTED, verdicts(tagged(spark, rows, 3), true));
    }

    @Test
    void rowsShuffledOverFourPartitions(SparkSession spark) {
        for (long seed = 1; seed <= 3; seed++) {
            List<Object[]> rows = fileOrder();
            Collections.shuffle(rows, new Random(seed));
            assertEquals(EXPECTED, verdicts(tagged(spark, rows, 4), true), "seed " + seed);
        }
    }

    private static List<Object[]> fileOrder() {
        return new ArrayList<>(List.of(ROWS));
    }

    private static Dataset<Row> tagged(SparkSession spark, List<Object[]> rows, int partitions) {
        List<Row> out = new ArrayList<>();
        for (Object[] r : rows) {
            boolean blank = r[1] == null;
            String reason = (String) r[5];
            out.add(RowFactory.create(r[0], blank, reason, reason == null ? null : "event_id",
                    reason == null ? null : r[1], reason == null ? null : "earlier", null,
                    r[1], r[2], r[3], r[4],
                    r[1], r[2], r[3], r[4] == null ? null : r[4].toString()));
        }
        return spark.createDataFrame(out, ParsedTable.schema(DEF)).repartition(partitions);
    }

    private static List<String> verdicts(Dataset<Row> tagged, boolean spread) {
        Dataset<Row> checked = KeyChecks.apply(DEF, tagged, FILE, spread);
        List<String> out = new ArrayList<>();
        for (Row r : checked.orderBy(ParsedTable.ROW).collectAsList()) {
            out.add(r.getAs(ParsedTable.ROW) + " " + r.getAs(KeyChecks.WRITTEN) + " " + r.getAs(KeyChecks.COLLAPSED)
                    + " " + r.getAs(KeyChecks.SUPERSEDED) + " " + r.getAs(ParsedTable.REASON) + " "
                    + r.getAs(ParsedTable.MESSAGE));
        }
        return out;
    }
}
