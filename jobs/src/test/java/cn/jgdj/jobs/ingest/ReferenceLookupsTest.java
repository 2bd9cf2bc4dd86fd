package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/**
 * Lookups append what a left outer join would: the table's columns where the row's key is listed, nulls where it is
 * not or the row's key is null. Worked by hand on rows of four cells (key at 0, member key at 2) plus the appended
 * slots.
 */
class ReferenceLookupsTest {

    private static UTF8String s(String v) {
        return UTF8String.fromString(v);
    }

    /** Units U1, U2 (found = key); member keys k1 (curated) and k2 (not curated); held event U2 at row 9. */
    private static ReferenceLookups lookups() {
        ReferenceLookups.Lookup units = ReferenceLookups.keyedByFirst(0,
                new StructType().add("_ref0", DataTypes.StringType),
                List.of(new Object[] {s("U1")}, new Object[] {s("U2")}, new Object[] {null}), "units");
        ReferenceLookups.Lookup members = ReferenceLookups.keyedByFirst(2,
                new StructType().add("_ref1", DataTypes.StringType).add("_curated", DataTypes.BooleanType),
                List.of(new Object[] {s("k1"), true}, new Object[] {s("k2"), false}), "members");
        ReferenceLookups.Lookup held = ReferenceLookups.keyedBy(0,
                new StructType().add("_held_file", DataTypes.StringType).add("_held_row", DataTypes.LongType),
                List.<Object[]>of(new Object[] {s("U2"), s("events.csv"), 9L}), "held");
        return ReferenceLookups.of(List.of(units, members, held));
    }

    private static String filled(ReferenceLookups l, Object key, Object memberKey) {
        Object[] row = new Object[4 + l.width()];
        row[0] = key;
        row[1] = s("other");
        row[2] = memberKey;
        row[3] = 1L;
        l.fill(row, 4);
        return Arrays.toString(row);
    }

    @Test
    void appendsTheColumnsOfEveryTableInOrder() {
        ReferenceLookups l = lookups();
        assertEquals(5, l.width());
        assertEquals(List.of("_ref0", "_ref1", "_curated", "_held_file", "_held_row"),
                List.of(l.columns().fieldNames()));
        assertEquals("[U1, other, k1, 1, U1, k1, true, null, null]", filled(l, s("U1"), s("k1")));
        assertEquals("[U2, other, k2, 1, U2, k2, false, events.csv, 9]", filled(l, s("U2"), s("k2")));
        assertEquals("[U3, other, k3, 1, null, null, null, null, null]", filled(l, s("U3"), s("k3")));
        // A null key matches nothing, not even the null key a table held.
        assertEquals("[null, other, null, 1, null, null, null, null, null]", filled(l, null, null));
    }

    @Test
    void keysMatchByTheirUtf8Bytes() {
        ReferenceLookups.Lookup t = ReferenceLookups.keyedByFirst(0,
                new StructType().add("_ref0", DataTypes.StringType), List.<Object[]>of(new Object[] {s("单位１")}),
                "t");
        ReferenceLookups l = ReferenceLookups.of(List.of(t));
        Object[] row = {UTF8String.fromBytes("单位１".getBytes(java.nio.charset.StandardCharsets.UTF_8)), null};
        l.fill(row, 1);
        assertEquals("单位１", row[1].toString());
        Object[] other = {s("单位1"), null};
        l.fill(other, 1);
        assertEquals(null, other[1]);
    }

    @Test
    void aKeyListedTwiceCountsOnceUnlessItsValuesDiffer() {
        StructType columns = new StructType().add("_ref0", DataTypes.StringType).add("_x", DataTypes.LongType);
        ReferenceLookups.Lookup same = ReferenceLookups.keyedByFirst(0, columns,
                List.of(new Object[] {s("E1"), 1L}, new Object[] {s("E1"), 1L}), "events");
        assertEquals(1, same.byKey().size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReferenceLookups.keyedByFirst(0,
                columns, List.of(new Object[] {s("E1"), 1L}, new Object[] {s("E1"), 2L}), "warehouse/events"));
        assertEquals("warehouse/events holds the key 'E1' twice, with different values", e.getMessage());
    }

    @Test
    void survivesJavaSerializationAsABroadcastValue() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(lookups());
        }
        ReferenceLookups back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ReferenceLookups) in.readObject();
        }
        assertEquals("[U2, other, k2, 1, U2, k2, false, events.csv, 9]", filled(back, s("U2"), s("k2")));
        assertTrue(filled(back, s("U9"), s("k1")).endsWith("null, k1, true, null, null]"));
    }

    @Test
    void noLookupsAppendNothing() {
        assertEquals(0, ReferenceLookups.NONE.width());
        assertEquals(0, ReferenceLookups.NONE.columns().size());
    }
}
