package cn.jgdj.jobs.driverside;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A grouping whose result is a few hundred rows, finished on the driver: each Spark task totals its own partition
 * per key (as the map side of Spark's aggregation does), and the driver merges the partial totals. Under adaptive
 * execution Spark's exchange to a final aggregation is a Spark job of its own, about a second of fixed cost on two
 * cores for a few kilobytes moved; here the rows' plan ends in one collect.
 *
 * <p>Per key: the rows, and the sum of each value column: a double as Spark's {@code sum} gives it (nulls left out,
 * null when a key has no value), a long with nulls as 0 (for counts). Longs are exact in any order. Doubles are
 * added in the partition's row order, as Spark's partial aggregation adds them, then the partitions' totals in
 * partition order; Spark's final aggregation adds the same partial totals in the order its shuffle blocks arrive,
 * which it does not define. Where every value and partial total is an exact binary fraction (whole and half hours),
 * every order gives the same bits.
 *
 * <p>Only for keys that are few whatever the data's size (years, dimension groups, forms, units): the driver
 * receives up to (partitions × keys) rows.
 */
public final class PartitionTotals {
    private PartitionTotals() {
    }

    /** The column with the rows of each key, after the key columns. */
    public static final String ROWS = "_key_rows";

    /**
     * Rows: the key columns, {@link #ROWS} (long), each long sum (long) and each double sum (double), one per key
     * in the order the keys were first met.
     *
     * @param keys    grouping columns (named, none of them {@link #ROWS}; nulls group together, as in Spark)
     * @param longs   columns summed as longs (named, not {@link #ROWS})
     * @param doubles columns summed as doubles (named, not {@link #ROWS})
     */
    public static List<Row> of(Dataset<Row> rows, List<Column> keys, List<Column> longs, List<Column> doubles) {
        List<Column> selected = new ArrayList<>(keys);
        longs.forEach(c -> selected.add(c.cast("long")));
        doubles.forEach(c -> selected.add(c.cast("double")));
        Dataset<Row> in = rows.select(selected.toArray(Column[]::new));
        int k = keys.size();
        List<StructField> fields = new ArrayList<>(Arrays.asList(in.schema().fields()).subList(0, k));
        fields.add(DataTypes.createStructField(ROWS, DataTypes.LongType, false));
        fields.addAll(Arrays.asList(in.schema().fields()).subList(k, in.schema().fields().length));
        StructType schema = DataTypes.createStructType(fields);
        int nl = longs.size();
        int nd = doubles.size();
        List<Row> partials = in.mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
            Map<List<Object>, Totals> byKey = new LinkedHashMap<>();
            while (it.hasNext()) {
                Row r = it.next();
                Object[] key = new Object[k];
                for (int i = 0; i < k; i++) {
                    key[i] = r.get(i);
                }
                byKey.computeIfAbsent(Arrays.asList(key), x -> new Totals(nl, nd)).add(r, k);
            }
            return rowsOf(byKey);
        }, Encoders.row(schema)).collectAsList();

        Map<List<Object>, Totals> merged = new LinkedHashMap<>();
        for (Row p : partials) {
            Object[] key = new Object[k];
            for (int i = 0; i < k; i++) {
                key[i] = p.get(i);
            }
            merged.computeIfAbsent(Arrays.asList(key), x -> new Totals(nl, nd)).merge(p, k);
        }
        List<Row> out = new ArrayList<>();
        rowsOf(merged).forEachRemaining(out::add);
        return out;
    }

    /** One grouping of {@link #ofEach}: the arguments of {@link #of}. */
    public record Grouping(Dataset<Row> rows, List<Column> keys, List<Column> longs, List<Column> doubles) {
        /** Its key columns, then its longs and doubles cast as {@link #of} sums them. */
        List<Column> columns() {
            List<Column> out = new ArrayList<>(keys);
            longs.forEach(c -> out.add(c.cast("long")));
            doubles.forEach(c -> out.add(c.cast("double")));
            return out;
        }
    }

    private static final String GROUPING = "_grouping";

    /**
     * Each grouping's rows, exactly as {@link #of} gives them, from one Spark job instead of one each: the groupings'
     * rows go to {@link #of} as one union, tagged by the grouping's index (the first key), each grouping in columns
     * of its own (null in the other groupings' rows). A union's partitions are its inputs' partitions, so each Spark
     * task still totals the rows of one grouping, in the order {@link #of} alone would: the same sums, in the same
     * key order.
     */
    public static List<List<Row>> ofEach(List<Grouping> groupings) {
        List<List<Row>> out = new ArrayList<>();
        groupings.forEach(g -> out.add(new ArrayList<>()));
        if (groupings.isEmpty()) {
            return out;
        }
        Slots slots = new Slots(groupings);
        Dataset<Row> union = null;
        for (int i = 0; i < groupings.size(); i++) {
            Dataset<Row> part = groupings.get(i).rows().select(slots.rowOf(i).toArray(Column[]::new));
            union = union == null ? part : union.union(part);
        }
        for (Row r : of(union, slots.keys, slots.longs, slots.doubles)) {
            int i = r.getInt(0);
            out.get(i).add(slots.own(r, i));
        }
        return out;
    }

    /**
     * The columns of {@link #ofEach}'s union after the grouping's index: every grouping's keys, then every grouping's
     * longs, then every grouping's doubles, each a slot of one grouping's column, named by its place (_s0, _s1, ...).
     */
    private static final class Slots {
        private record Slot(int grouping, int column, String name, DataType type) {
        }

        final List<Column> keys = new ArrayList<>(List.of(col(GROUPING)));
        final List<Column> longs = new ArrayList<>();
        final List<Column> doubles = new ArrayList<>();
        private final List<Slot> keySlots = new ArrayList<>();
        private final List<Slot> longSlots = new ArrayList<>();
        private final List<Slot> doubleSlots = new ArrayList<>();
        private final List<Grouping> groupings;

        Slots(List<Grouping> groupings) {
            this.groupings = groupings;
            for (int j = 0; j < groupings.size(); j++) {
                Grouping g = groupings.get(j);
                StructField[] fields = g.rows().select(g.columns().toArray(Column[]::new)).schema().fields();
                int nk = g.keys().size();
                int nl = g.longs().size();
                for (int c = 0; c < fields.length; c++) {
                    (c < nk ? keySlots : c < nk + nl ? longSlots : doubleSlots)
                            .add(new Slot(j, c, "_s" + (keySlots.size() + longSlots.size() + doubleSlots.size()),
                                    fields[c].dataType()));
                }
            }
            keySlots.forEach(s -> keys.add(col(s.name())));
            longSlots.forEach(s -> longs.add(col(s.name())));
            doubleSlots.forEach(s -> doubles.add(col(s.name())));
        }

        /** Grouping {@code i}'s rows in the union's columns: its own filled, the other groupings' null. */
        List<Column> rowOf(int i) {
            List<Column> own = groupings.get(i).columns();
            List<Column> out = new ArrayList<>(List.of(lit(i).as(GROUPING)));
            for (List<Slot> slots : List.of(keySlots, longSlots, doubleSlots)) {
                for (Slot s : slots) {
                    out.add((s.grouping() == i ? own.get(s.column()) : lit(null).cast(s.type())).as(s.name()));
                }
            }
            return out;
        }

        /** Grouping {@code i}'s columns of a union's total ({@link #of}'s layout): its keys, the rows, its sums. */
        Row own(Row total, int i) {
            List<Object> values = new ArrayList<>();
            int at = 1;
            for (Slot s : keySlots) {
                if (s.grouping() == i) {
                    values.add(total.get(at));
                }
                at++;
            }
            values.add(total.get(at++));
            for (List<Slot> slots : List.of(longSlots, doubleSlots)) {
                for (Slot s : slots) {
                    if (s.grouping() == i) {
                        values.add(total.get(at));
                    }
                    at++;
                }
            }
            return RowFactory.create(values.toArray());
        }
    }

    private static Iterator<Row> rowsOf(Map<List<Object>, Totals> byKey) {
        List<Row> out = new ArrayList<>(byKey.size());
        byKey.forEach((key, t) -> {
            Object[] values = new Object[key.size() + 1 + t.longs.length + t.doubles.length];
            int i = 0;
            for (Object v : key) {
                values[i++] = v;
            }
            values[i++] = t.rows;
            for (long v : t.longs) {
                values[i++] = v;
            }
            for (Double v : t.doubles) {
                values[i++] = v;
            }
            out.add(RowFactory.create(values));
        });
        return out.iterator();
    }

    /** One key's running totals: rows, long sums, double sums (null until a value comes). */
    private static final class Totals {
        long rows;
        final long[] longs;
        final Double[] doubles;

        Totals(int longCount, int doubleCount) {
            longs = new long[longCount];
            doubles = new Double[doubleCount];
        }

        /** Adds an input row (keys, then the long and double values). */
        void add(Row r, int keys) {
            rows++;
            addValues(r, keys);
        }

        /** Adds a partial total (keys, rows, then the long and double sums). */
        void merge(Row p, int keys) {
            rows += p.getLong(keys);
            addValues(p, keys + 1);
        }

        private void addValues(Row r, int from) {
            for (int i = 0; i < longs.length; i++) {
                if (!r.isNullAt(from + i)) {
                    longs[i] += r.getLong(from + i);
                }
            }
            for (int i = 0; i < doubles.length; i++) {
                int at = from + longs.length + i;
                if (!r.isNullAt(at)) {
                    // As Spark's sum: the first value is added to 0.0 (so -0.0 gives 0.0).
                    doubles[i] = (doubles[i] == null ? 0.0 : doubles[i]) + r.getDouble(at);
                }
            }
        }
    }
}
