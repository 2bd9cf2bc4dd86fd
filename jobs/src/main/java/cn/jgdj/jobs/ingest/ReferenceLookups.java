package cn.jgdj.jobs.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Curated values looked up by a text column of each parsed row, appended to the row as columns: what a left outer
 * join with a small reference table adds (the table's columns where the key matches, nulls where it does not or
 * the row's key is null), without a join. The tables are read on the driver and reach the parse tasks as one
 * broadcast variable, so no Spark job builds them. Keys match as Spark's string equality matches them (same
 * UTF-8 bytes). A key listed twice with the same values counts once (as the distinct keys joined before); twice with
 * different values (a join would then repeat the row) fails the build.
 */
final class ReferenceLookups implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No lookups: rows pass unchanged. */
    static final ReferenceLookups NONE = new ReferenceLookups(List.of());

    /**
     * One table.
     *
     * @param keyColumn the index, in the parsed row, of the text column it is looked up by
     * @param columns   the columns it appends, in this order
     * @param byKey     each key's values of those columns, in Spark's internal form
     */
    record Lookup(int keyColumn, List<StructField> columns, Map<UTF8String, Object[]> byKey) implements Serializable {
    }

    private final List<Lookup> lookups;
    private final int width;
    /** The sort code of the first key column, appended after the looked-up columns; null when there is none. */
    private final KeyOrder keyOrder;
    /** The index of the lookup whose values carry the key order code (-1 without one). */
    private final int coded;

    private ReferenceLookups(List<Lookup> lookups) {
        this(lookups, null, -1);
    }

    private ReferenceLookups(List<Lookup> lookups, KeyOrder keyOrder, int coded) {
        this.keyOrder = keyOrder;
        this.coded = coded;
        this.lookups = List.copyOf(lookups);
        int w = 0;
        for (Lookup l : lookups) {
            w += l.columns().size();
        }
        this.width = w;
    }

    static ReferenceLookups of(List<Lookup> lookups) {
        return new ReferenceLookups(lookups);
    }

    /**
     * The same lookups, and each row's {@link KeyOrder} code appended after their columns. The code of a known key
     * rides along with the values of the first lookup by the same column (one hash lookup per row finds both); an
     * unknown key's is searched in the order's sorted keys.
     */
    ReferenceLookups withKeyOrder(KeyOrder order) {
        List<Lookup> out = new ArrayList<>(lookups);
        int coded = codedLookup(lookups, order);
        Lookup l = lookups.get(coded);
        int n = l.columns().size();
        Map<UTF8String, Object[]> byKey = new HashMap<>(l.byKey().size() * 4 / 3 + 1);
        l.byKey().forEach((key, values) -> {
            Object[] withCode = Arrays.copyOf(values, n + 1);
            withCode[n] = order.code(key);
            byKey.put(key, withCode);
        });
        out.set(coded, new Lookup(l.keyColumn(), l.columns(), byKey));
        return new ReferenceLookups(out, order, coded);
    }

    private static int codedLookup(List<Lookup> lookups, KeyOrder order) {
        for (int i = 0; i < lookups.size(); i++) {
            if (lookups.get(i).keyColumn() == order.keyColumn()) {
                return i;
            }
        }
        throw new IllegalArgumentException("no lookup by column " + order.keyColumn() + " to carry its key order");
    }

    /** The key order code appended to each row after the looked-up columns, or null. */
    KeyOrder keyOrder() {
        return keyOrder;
    }

    /**
     * A table keyed by its first column: {@code rows} hold a value for each of {@code columns}, the key first.
     *
     * @param what names the table in the error raised for a repeated key
     */
    static Lookup keyedByFirst(int keyColumn, StructType columns, List<Object[]> rows, String what) {
        if (!columns.fields()[0].dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("a lookup's key must be text, not " + columns.fields()[0]);
        }
        return keyed(keyColumn, columns, rows, 0, what);
    }

    /** A table keyed by a column it does not append: {@code rows} hold the key, then the appended columns' values. */
    static Lookup keyedBy(int keyColumn, StructType appended, List<Object[]> keyThenValues, String what) {
        return keyed(keyColumn, appended, keyThenValues, 1, what);
    }

    private static Lookup keyed(int keyColumn, StructType columns, List<Object[]> rows, int skip, String what) {
        Map<UTF8String, Object[]> byKey = new HashMap<>(rows.size() * 4 / 3 + 1);
        int n = columns.fields().length;
        for (Object[] r : rows) {
            UTF8String key = (UTF8String) r[0];
            if (key == null) {
                // A null key never equals a row's key, as in a join.
                continue;
            }
            Object[] values = new Object[n];
            System.arraycopy(r, skip, values, 0, n);
            Object[] before = byKey.put(key, values);
            if (before != null && !Arrays.equals(before, values)) {
                throw new IllegalStateException(what + " holds the key '" + key + "' twice, with different values");
            }
        }
        return new Lookup(keyColumn, List.of(columns.fields()), byKey);
    }

    /** The columns appended to each row. */
    StructType columns() {
        StructType s = new StructType();
        for (Lookup l : lookups) {
            for (StructField f : l.columns()) {
                s = s.add(f);
            }
        }
        return s;
    }

    /** How many columns are appended. */
    int width() {
        return width;
    }

    /**
     * Fills {@code row[from …]} with the looked-up values for the keys {@code row} holds (nulls where none), and,
     * with a {@link #keyOrder()}, the row's last element with its code.
     */
    void fill(Object[] row, int from) {
        int at = from;
        for (int i = 0; i < lookups.size(); i++) {
            Lookup l = lookups.get(i);
            Object key = row[l.keyColumn()];
            Object[] values = key == null ? null : l.byKey().get((UTF8String) key);
            int n = l.columns().size();
            if (values != null) {
                System.arraycopy(values, 0, row, at, n);
            }
            at += n;
            if (i == coded) {
                row[row.length - 1] = values != null ? values[n] : keyOrder.code((UTF8String) key);
            }
        }
    }
}
