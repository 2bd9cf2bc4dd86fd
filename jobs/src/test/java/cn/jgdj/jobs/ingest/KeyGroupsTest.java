package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/**
 * KeyGroups' verdicts over rows already sorted as KeyChecks sorts them (group, rank descending, values, row),
 * worked out by hand: one row, two and three rows of a key, exact copies against differing values, weaker rows
 * superseded, groups of rejected rows, and values equal under Spark's null-safe equality (null, NaN, -0.0).
 */
class KeyGroupsTest {
    private static final StructType SCHEMA = new StructType()
            .add("cand", DataTypes.BooleanType, false)
            .add("k", DataTypes.StringType)
            .add("rank", DataTypes.IntegerType, false)
            .add("v", DataTypes.DoubleType)
            .add("row", DataTypes.LongType, false);
    private static final KeyGroups JUDGE = new KeyGroups(SCHEMA, "cand", List.of("k"), "rank", List.of("v"), "row");

    private static InternalRow row(boolean candidate, String key, int rank, Double value, long row) {
        return new GenericInternalRow(new Object[] {candidate, key == null ? null : UTF8String.fromString(key), rank,
            value, row});
    }

    /** "row superseded conflict [conflict rows] settled unique" for each output row. */
    private static List<String> verdicts(InternalRow... sorted) {
        List<String> out = new ArrayList<>();
        Iterator<InternalRow> it = JUDGE.apply(List.of(sorted).iterator());
        while (it.hasNext()) {
            InternalRow r = it.next();
            assertEquals(10, r.numFields());
            String rows = r.isNullAt(7) ? "-" : r.getArray(7).toSeq(DataTypes.LongType).mkString("[", ",", "]");
            out.add(r.getLong(4) + " " + r.getBoolean(5) + " " + r.getBoolean(6) + " " + rows + " "
                    + r.getBoolean(8) + " " + r.getBoolean(9));
        }
        return out;
    }

    @Test
    void oneTwoAndThreeRowsOfAKey() {
        assertEquals(List.of(
                // A: one row, written.
                "7 false false - true true",
                // B: two exact copies, rows 3 and 9: 3 is written, 9 collapses into it.
                "3 false false - true true",
                "9 false false - true false",
                // C: three rows, the rank-2 copies 4 and 6 stand (4 written, 6 collapsed), the rank-1 row 2 is
                // superseded.
                "4 false false - true true",
                "6 false false - true false",
                "2 true false - false false"),
                verdicts(row(true, "A", 0, 1.0, 7),
                        row(true, "B", 0, 1.0, 3), row(true, "B", 0, 1.0, 9),
                        row(true, "C", 2, 5.0, 4), row(true, "C", 2, 5.0, 6), row(true, "C", 1, 5.0, 2)));
    }

    @Test
    void standingRowsThatDifferAllConflictWithTheirSortedRowNumbers() {
        assertEquals(List.of(
                // Rank 1 rows 8, 5, 5's copy 11 differ (1.0 vs 2.0): all three conflict, listed 5, 8, 11; the
                // rank-0 row 1 is superseded all the same.
                "8 false true [5,8,11] false false",
                "5 false true [5,8,11] false false",
                "11 false true [5,8,11] false false",
                "1 true false - false false"),
                verdicts(row(true, "K", 1, 1.0, 8), row(true, "K", 1, 2.0, 5), row(true, "K", 1, 2.0, 11),
                        row(true, "K", 0, 9.0, 1)));
    }

    @Test
    void valuesEqualAsSparkComparesThem() {
        assertEquals(List.of(
                // Null equals null; NaN equals NaN; -0.0 equals 0.0: each key's second row is a copy.
                "2 false false - true true", "3 false false - true false",
                "4 false false - true true", "5 false false - true false",
                "6 false false - true true", "7 false false - true false",
                // A null value and 0.0 differ.
                "8 false true [8,9] false false", "9 false true [8,9] false false"),
                verdicts(row(true, "N", 0, null, 2), row(true, "N", 0, null, 3),
                        row(true, "Q", 0, Double.NaN, 4), row(true, "Q", 0, Double.NaN, 5),
                        row(true, "Z", 0, -0.0, 6), row(true, "Z", 0, 0.0, 7),
                        row(true, "X", 0, null, 8), row(true, "X", 0, 0.0, 9)));
    }

    @Test
    void rejectedRowsAndBlankKeysGetNoVerdictAndNeverJoinACandidatesGroup() {
        assertEquals(List.of(
                // Rows 2 and 3 were rejected earlier (different values, same key): no verdict. Row 4, the key's
                // only candidate, is written; the blank-keyed rejected row 5 gets no verdict.
                "2 false false - false false", "3 false false - false false",
                "4 false false - true true",
                "5 false false - false false"),
                verdicts(row(false, "R", 0, 1.0, 2), row(false, "R", 0, 2.0, 3), row(true, "R", 0, 3.0, 4),
                        row(false, null, 0, null, 5)));
        assertFalse(JUDGE.apply(List.<InternalRow>of().iterator()).hasNext());
    }
}
