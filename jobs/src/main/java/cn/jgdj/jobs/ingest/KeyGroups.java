package cn.jgdj.jobs.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The key checks' verdicts in one streaming pass over rows sorted by group (candidate flag and key), then by rank
 * (strongest first), values and row number: the rows of a group arrive together, and only one group is held at a
 * time. Most keys have one row, which is written as it is; this replaces a window operator that buffered every
 * group, built a struct of every row's values twice and a list of every key's (rank, row) pairs.
 * <p>
 * Within a group of candidates: the rows of the first row's rank stand, the others are superseded; the standing
 * rows conflict unless all hold the same values (sorted, they do exactly when the first and the last of them are
 * equal); a row is the first copy of its variant when it differs from the row before it. Values are compared as
 * Spark's null-safe equality compares them (strings by bytes, doubles with NaN equal to NaN and 0.0 to -0.0), the
 * same equality under which the sort puts equal values together. Rows that are not candidates get no verdict.
 */
final class KeyGroups implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The columns appended to every row, in this order. */
    static StructType verdictColumns(String superseded, String conflict, String conflictRows, String settled,
                                     String unique) {
        return new StructType()
                .add(superseded, DataTypes.BooleanType, false)
                .add(conflict, DataTypes.BooleanType, false)
                .add(conflictRows, DataTypes.createArrayType(DataTypes.LongType, false), true)
                .add(settled, DataTypes.BooleanType, false)
                .add(unique, DataTypes.BooleanType, false);
    }

    private final int candidate;
    private final int[] group;
    private final DataType[] groupTypes;
    private final int rank;
    private final int[] variant;
    private final DataType[] variantTypes;
    private final int row;

    /**
     * @param schema    the input rows' schema
     * @param candidate the boolean column telling whether the row passed every earlier check
     * @param keys      the key columns (with the candidate flag, they define a group)
     * @param rank      the integer precedence column (higher is stronger)
     * @param values    the columns a variant is made of besides the rank
     * @param row       the long row-number column
     */
    KeyGroups(StructType schema, String candidate, List<String> keys, String rank, List<String> values, String row) {
        this.candidate = schema.fieldIndex(candidate);
        this.group = indices(schema, keys);
        this.groupTypes = types(schema, group);
        this.rank = schema.fieldIndex(rank);
        List<String> variantColumns = new ArrayList<>();
        variantColumns.add(rank);
        variantColumns.addAll(values);
        this.variant = indices(schema, variantColumns);
        this.variantTypes = types(schema, variant);
        this.row = schema.fieldIndex(row);
    }

    /** The rows of one partition, each followed by its verdict columns ({@link #verdictColumns}). */
    Iterator<InternalRow> apply(Iterator<InternalRow> sorted) {
        return new Iterator<>() {
            private final List<InternalRow> current = new ArrayList<>();
            private final List<InternalRow> out = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next == out.size()) {
                    out.clear();
                    next = 0;
                    if (!fill()) {
                        return false;
                    }
                }
                return true;
            }

            /** Reads rows until a group is complete and its verdicts are in {@code out}; false at the end. */
            private boolean fill() {
                while (sorted.hasNext()) {
                    // The sorted input reuses one row object: keep a copy.
                    InternalRow r = sorted.next().copy();
                    boolean ends = !current.isEmpty() && !sameGroup(current.get(0), r);
                    if (ends) {
                        judge(current, out);
                        current.clear();
                    }
                    current.add(r);
                    if (ends) {
                        return true;
                    }
                }
                if (current.isEmpty()) {
                    return false;
                }
                judge(current, out);
                current.clear();
                return true;
            }

            @Override
            public InternalRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return out.get(next++);
            }
        };
    }

    /** Appends each row of one group, with its verdicts, to {@code out}. */
    void judge(List<InternalRow> rows, List<InternalRow> out) {
        InternalRow first = rows.get(0);
        if (!first.getBoolean(candidate)) {
            for (InternalRow r : rows) {
                out.add(withVerdict(r, false, false, null, false, false));
            }
            return;
        }
        int topRank = first.getInt(rank);
        int standing = 1;
        while (standing < rows.size() && rows.get(standing).getInt(rank) == topRank) {
            standing++;
        }
        boolean conflict = !equal(first, rows.get(standing - 1), variant, variantTypes);
        GenericArrayData conflictRows = null;
        if (conflict) {
            long[] numbers = new long[standing];
            for (int i = 0; i < standing; i++) {
                numbers[i] = rows.get(i).getLong(row);
            }
            Arrays.sort(numbers);
            conflictRows = new GenericArrayData(numbers);
        }
        for (int i = 0; i < rows.size(); i++) {
            InternalRow r = rows.get(i);
            boolean stands = i < standing;
            boolean settled = stands && !conflict;
            boolean firstCopy = i == 0 || !equal(rows.get(i - 1), r, variant, variantTypes);
            out.add(withVerdict(r, !stands, stands && conflict, stands && conflict ? conflictRows : null, settled,
                    settled && firstCopy));
        }
    }

    private boolean sameGroup(InternalRow a, InternalRow b) {
        return a.getBoolean(candidate) == b.getBoolean(candidate) && equal(a, b, group, groupTypes);
    }

    private static InternalRow withVerdict(InternalRow r, boolean superseded, boolean conflict,
                                           GenericArrayData conflictRows, boolean settled, boolean unique) {
        return new JoinedRow(r, new GenericInternalRow(new Object[] {superseded, conflict, conflictRows, settled,
            unique}));
    }

    /** Null-safe equality of the given columns, as Spark's {@code <=>} decides it. */
    static boolean equal(InternalRow a, InternalRow b, int[] columns, DataType[] types) {
        for (int k = 0; k < columns.length; k++) {
            int i = columns[k];
            boolean aNull = a.isNullAt(i);
            boolean bNull = b.isNullAt(i);
            if (aNull || bNull) {
                if (aNull != bNull) {
                    return false;
                }
                continue;
            }
            if (!equalValues(a, b, i, types[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalValues(InternalRow a, InternalRow b, int i, DataType t) {
        if (t.equals(DataTypes.StringType)) {
            return a.getUTF8String(i).equals(b.getUTF8String(i));
        }
        if (t.equals(DataTypes.DoubleType)) {
            double x = a.getDouble(i);
            double y = b.getDouble(i);
            return x == y || (Double.isNaN(x) && Double.isNaN(y));
        }
        if (t.equals(DataTypes.IntegerType) || t.equals(DataTypes.DateType)) {
            return a.getInt(i) == b.getInt(i);
        }
        if (t.equals(DataTypes.LongType) || t.equals(DataTypes.TimestampNTZType)
                || t.equals(DataTypes.TimestampType)) {
            return a.getLong(i) == b.getLong(i);
        }
        if (t.equals(DataTypes.BooleanType)) {
            return a.getBoolean(i) == b.getBoolean(i);
        }
        throw new IllegalArgumentException("key checks cannot compare values of type " + t.simpleString());
    }

    private static int[] indices(StructType schema, List<String> names) {
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = schema.fieldIndex(names.get(i));
        }
        return out;
    }

    private static DataType[] types(StructType schema, int[] indices) {
        DataType[] out = new DataType[indices.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = schema.fields()[indices[i]].dataType();
        }
        return out;
    }
}
