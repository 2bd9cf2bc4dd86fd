package cn.jgdj.jobs.ingest;

import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The parsed rows of one dataset as a Spark table, ingest's working table: bookkeeping columns (prefixed with _),
 * one typed column per raw column under the raw column's name, and the raw cells as _raw_NAME for quarantine.
 * Later steps only add columns and set _reason; the first reason set is never replaced.
 */
final class ParsedTable {
    private ParsedTable() {
    }

    static final String ROW = "_row";
    static final String BLANK = "_blank";
    static final String REASON = "_reason";
    static final String COLUMN = "_column";
    static final String VALUE = "_value";
    static final String MESSAGE = "_message";
    static final String MEMBER_KEY = "_member_key";
    /** Bookkeeping columns before the parsed values. */
    private static final int FIXED = 7;

    static String raw(String column) {
        return "_raw_" + column;
    }

    static DataType typeOf(RawColumn c) {
        return switch (c.type()) {
            case TEXT, ID, CODE -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            case DATETIME -> DataTypes.TimestampNTZType;
            case DECIMAL -> DataTypes.DoubleType;
            case INTEGER -> DataTypes.IntegerType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    static StructType schema(DatasetDef def) {
        StructType s = new StructType()
                .add(ROW, DataTypes.LongType, false)
                .add(BLANK, DataTypes.BooleanType, false)
                .add(REASON, DataTypes.StringType)
                .add(COLUMN, DataTypes.StringType)
                .add(VALUE, DataTypes.StringType)
                .add(MESSAGE, DataTypes.StringType)
                .add(MEMBER_KEY, DataTypes.StringType);
        for (RawColumn c : def.rawColumns()) {
            s = s.add(c.name(), typeOf(c));
        }
        for (RawColumn c : def.rawColumns()) {
            s = s.add(raw(c.name()), DataTypes.StringType);
        }
        return s;
    }

    /**
     * A parsed row in Spark's internal form, converted as Spark's encoder would convert the external values
     * (strings to UTF8String, dates through java.sql.Date as with the Java 8 time API off, date-times to
     * microseconds): the rows enter the plan without the external-row encoder and its checks of every value's
     * Java type. The columns {@code lookups} finds for the row follow. Without {@code rawCells} the raw-cell
     * columns stay null (a pass that writes no rejected row never reads them).
     */
    static InternalRow toInternalRow(ParsedRow p, ReferenceLookups lookups, boolean rawCells) {
        Object[] values = p.values();
        int own = FIXED + values.length + p.rawCells().length;
        Object[] v = new Object[own + lookups.width()];
        v[0] = p.row();
        v[1] = p.blank();
        Rejection r = p.rejection();
        if (r != null) {
            v[2] = UTF8String.fromString(r.code().name());
            v[3] = UTF8String.fromString(r.column());
            v[4] = UTF8String.fromString(r.value());
            v[5] = UTF8String.fromString(r.message());
        }
        v[6] = UTF8String.fromString(p.memberKey());
        int i = FIXED;
        for (Object o : values) {
            v[i++] = internal(o);
        }
        if (rawCells) {
            String[] cells = p.rawCells();
            for (int j = 0; j < cells.length; j++) {
                // A clean id is parsed to the raw cell itself (Normalize.id returns it): encode it once.
                v[i++] = cells[j] != null && cells[j] == values[j] ? v[FIXED + j] : UTF8String.fromString(cells[j]);
            }
        }
        lookups.fill(v, own);
        return new GenericInternalRow(v);
    }

    /** A parsed value in Spark's internal form (a date as days since 1970-01-01 in the proleptic Gregorian calendar). */
    static Object internal(Object value) {
        if (value instanceof String s) {
            return UTF8String.fromString(s);
        }
        if (value instanceof LocalDate d) {
            // Directly, as Spark's own date parsing does: not through java.sql.Date, whose hybrid Julian calendar
            // needs a time-zone lookup per value and moves the days of October 1582 that it lacks.
            return Math.toIntExact(d.toEpochDay());
        }
        if (value instanceof LocalDateTime t) {
            return DateTimeUtils.localDateTimeToMicros(t);
        }
        // Double, Integer, Boolean and null are their own internal form.
        return value;
    }

    /**
     * Parses every record with the row parser, inside Spark tasks, and appends the columns the broadcast lookups
     * find for each row ({@link ReferenceLookups#columns()} after {@link #schema}).
     */
    static Dataset<Row> parse(SparkSession spark, JavaRDD<RawRecord> records, RowParser parser,
                              Broadcast<ReferenceLookups> lookups) {
        return parse(spark, records, parser, lookups, true);
    }

    /** {@link #parse}, leaving the raw-cell columns null unless {@code rawCells}. */
    static Dataset<Row> parse(SparkSession spark, JavaRDD<RawRecord> records, RowParser parser,
                              Broadcast<ReferenceLookups> lookups, boolean rawCells) {
        JavaRDD<InternalRow> rows = records.map(rec -> toInternalRow(parser.parse(rec), lookups.value(), rawCells));
        StructType schema = schema(parser.def());
        for (StructField f : lookups.value().columns().fields()) {
            schema = schema.add(f);
        }
        return InternalRowTable.of(spark, rows, schema);
    }
}
