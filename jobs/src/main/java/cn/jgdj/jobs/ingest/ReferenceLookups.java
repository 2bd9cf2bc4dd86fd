package cn.jgdj.jobs.ingest;

import java.io.Serializable;
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

    private ReferenceLookups(List<Lookup> lookups) {
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

    /** Fills {@code row[from …]} with the looked-up values for the keys {@code row} holds (nulls where none). */
    void fill(Object[] row, int from) {
        int at = from;
        for (Lookup l : lookups) {
            Object key = row[l.keyColumn()];
            Object[] values = key == null ? null : l.byKey().get((UTF8String) key);
            int n = l.columns().size();
            if (values != null) {
                System.arraycopy(values, 0, row, at, n);
            }
            at += n;
        }
    }
}
