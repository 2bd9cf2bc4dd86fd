package cn.jgdj.jobs.ingest;

import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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

    static Row toRow(ParsedRow p) {
        List<Object> v = new ArrayList<>();
        v.add(p.row());
        v.add(p.blank());
        Rejection r = p.rejection();
        v.add(r == null ? null : r.code().name());
        v.add(r == null ? null : r.column());
        v.add(r == null ? null : r.value());
        v.add(r == null ? null : r.message());
        v.add(p.memberKey());
        for (Object o : p.values()) {
            // Spark's external type for DateType is java.sql.Date unless the Java 8 time API is switched on.
            v.add(o instanceof LocalDate d ? java.sql.Date.valueOf(d) : o);
        }
        for (String s : p.rawCells()) {
            v.add(s);
        }
        return RowFactory.create(v.toArray());
    }

    /** Parses every record with the row parser, inside Spark tasks. */
    static Dataset<Row> parse(SparkSession spark, JavaRDD<RawRecord> records, RowParser parser) {
        JavaRDD<Row> rows = records.mapPartitions(it -> new Iterator<Row>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                return toRow(parser.parse(it.next()));
            }
        });
        return spark.createDataFrame(rows, schema(parser.def()));
    }
}
