package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/**
 * The key order code, worked by hand on the known event ids E1, E3, E5 (positions 0, 1, 2): null 0; E0 (before
 * E1) 1; E1 2; E2 3; E3 4; E4 5; E5 6; E6 (after E5) 7.
 */
class KeyOrderTest {

    private static UTF8String s(String v) {
        return UTF8String.fromString(v);
    }

    private static KeyOrder order() {
        // Out of order, repeated and with a null: the code sorts the distinct known values.
        return KeyOrder.of(Arrays.asList(s("E5"), s("E1"), null, s("E3"), s("E1")), 0);
    }

    @Test
    void knownValuesAreEvenUnknownOnesOddBetweenTheirNeighbours() {
        KeyOrder o = order();
        assertEquals(0, o.code(null));
        assertEquals(1, o.code(s("E0")));
        assertEquals(2, o.code(s("E1")));
        assertEquals(3, o.code(s("E2")));
        assertEquals(3, o.code(s("E10")));
        assertEquals(4, o.code(s("E3")));
        assertEquals(5, o.code(s("E4")));
        assertEquals(6, o.code(s("E5")));
        assertEquals(7, o.code(s("E6")));
        assertEquals(1, o.code(s("")));
    }

    @Test
    void theCodeNeverContradictsByteOrder() {
        // Every pair of these, in Spark's byte order, has codes in the same order or equal.
        List<UTF8String> values = new ArrayList<>();
        for (String v : new String[] {"", "E", "E0", "E1", "E10", "E2", "E3", "E30", "E4", "E5", "E50", "E6", "F",
                "\u6d3b\u52a8", "e1"}) {
            values.add(s(v));
        }
        values.sort(UTF8String::binaryCompare);
        KeyOrder o = order();
        for (int i = 1; i < values.size(); i++) {
            assertTrue(o.code(values.get(i - 1)) <= o.code(values.get(i)), values.get(i - 1) + " " + values.get(i));
        }
    }

    @Test
    void lookupsCarryTheCodeOfAKnownKeyAndSearchAnUnknownOne() {
        ReferenceLookups.Lookup events = ReferenceLookups.keyedByFirst(0,
                new StructType().add("_ref0", DataTypes.StringType),
                List.of(new Object[] {s("E1")}, new Object[] {s("E3")}, new Object[] {s("E5")}), "events");
        ReferenceLookups.Lookup held = ReferenceLookups.keyedBy(0,
                new StructType().add("_held_row", DataTypes.LongType),
                List.<Object[]>of(new Object[] {s("E4"), 9L}), "held");
        ReferenceLookups l = ReferenceLookups.of(List.of(events, held))
                .withKeyOrder(KeyOrder.of(events.byKey().keySet(), 0));
        assertEquals(2, l.width());
        assertEquals("[E3, E3, null, 4]", filled(l, s("E3")));
        assertEquals("[E4, null, 9, 5]", filled(l, s("E4")));
        assertEquals("[E9, null, null, 7]", filled(l, s("E9")));
        assertEquals("[null, null, null, 0]", filled(l, null));
    }

    /** A row of the key, the two appended columns and the code. */
    private static String filled(ReferenceLookups l, Object key) {
        Object[] row = new Object[1 + l.width() + 1];
        row[0] = key;
        l.fill(row, 1);
        return Arrays.toString(row);
    }
}
