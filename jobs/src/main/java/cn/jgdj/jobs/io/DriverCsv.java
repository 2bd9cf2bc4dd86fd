package cn.jgdj.jobs.io;

import cn.jgdj.schemas.CsvFormulaGuard;
import com.univocity.parsers.csv.CsvFormat;
import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The CSV copy of a published table, written by the driver from the table's Parquet file(s) as Spark's CSV writer
 * would write the same rows with {@link StagedJobIO}'s options: the same Univocity writer and settings
 * ({@code CSVOptions.asWriterSettings}), each cell turned into text as Spark's {@code UnivocityGenerator} does, and
 * the formula guard applied with the regular expressions' {@code find} semantics of Spark's {@code rlike}. A
 * published table is a small aggregate: writing its CSV this way costs no Spark job (planning, code generation, a
 * task) and no cached copy of the rows. The rows are streamed, one at a time, never held.
 * <p>Column types written here: text, whole numbers, floating point, booleans, dates and timestamps without time
 * zone. Anything else, or a date or timestamp outside the years 1000–9999 (where Spark's formatters and these
 * agree by construction), is {@link #write answered with false}: the caller then lets Spark write the CSV.
 */
final class DriverCsv {
    /**
     * Tables with more rows than this get their CSV copy from Spark, whose single writing task runs on an executor
     * (a cluster's driver is not sized for streaming large files through it). Every published indicator table of
     * a 10,000-member county has under 30,000 rows; a quarantine table of a badly broken export can have millions.
     */
    static final long MAX_ROWS = 500_000;

    /** What Spark writes for a null cell: {@code nullValue}, which StagedJobIO leaves at "". */
    private static final String NULL_VALUE = "";
    private static final Pattern TRIGGER = Pattern.compile(CsvFormulaGuard.STARTS_WITH_TRIGGER);
    private static final Pattern PLAIN_NUMBER = Pattern.compile(CsvFormulaGuard.PLAIN_NUMBER);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.US);
    private static final DateTimeFormatter TIMESTAMP_NTZ =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.US);

    private DriverCsv() {
    }

    /** Whether every column has a type this writer turns into text exactly as Spark does. */
    static boolean supports(StructType schema) {
        for (StructField f : schema.fields()) {
            if (kind(f.dataType()) == null) {
                return false;
            }
        }
        return true;
    }

    private enum Kind { TEXT, INT, LONG, DOUBLE, FLOAT, BOOLEAN, DATE, TIMESTAMP_NTZ }

    private static Kind kind(DataType t) {
        if (t.equals(DataTypes.StringType)) {
            return Kind.TEXT;
        } else if (t.equals(DataTypes.IntegerType) || t.equals(DataTypes.ShortType) || t.equals(DataTypes.ByteType)) {
            return Kind.INT;
        } else if (t.equals(DataTypes.LongType)) {
            return Kind.LONG;
        } else if (t.equals(DataTypes.DoubleType)) {
            return Kind.DOUBLE;
        } else if (t.equals(DataTypes.FloatType)) {
            return Kind.FLOAT;
        } else if (t.equals(DataTypes.BooleanType)) {
            return Kind.BOOLEAN;
        } else if (t.equals(DataTypes.DateType)) {
            return Kind.DATE;
        } else if (t.equals(DataTypes.TimestampNTZType)) {
            return Kind.TIMESTAMP_NTZ;
        }
        return null;
    }

    /**
     * Writes the header and every row of the Parquet files, in the files' order, to {@code out} (closed at the
     * end). False when a value cannot be written exactly as Spark would (see the class comment): what was written
     * so far is then to be discarded.
     */
    static boolean write(List<FileStatus> parquetFiles, StructType schema, Configuration conf, OutputStream out)
            throws IOException {
        StructField[] fields = schema.fields();
        Kind[] kinds = new Kind[fields.length];
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            kinds[i] = kind(fields[i].dataType());
            names[i] = fields[i].name();
        }
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(text, settings(names));
        try {
            csv.writeHeaders();
            String[] cells = new String[fields.length];
            for (FileStatus file : parquetFiles) {
                try (ParquetReader<Group> reader =
                             ParquetReader.builder(new GroupReadSupport(), file.getPath()).withConf(conf).build()) {
                    int[] index = null;
                    for (Group row = reader.read(); row != null; row = reader.read()) {
                        if (index == null) {
                            index = columns(row.getType(), names, kinds, file);
                        }
                        for (int i = 0; i < cells.length; i++) {
                            cells[i] = row.getFieldRepetitionCount(index[i]) == 0 ? null
                                    : cell(kinds[i], row, index[i]);
                        }
                        csv.writeRow((Object[]) cells);
                    }
                }
            }
            return true;
        } catch (NotExact e) {
            return false;
        } finally {
            csv.close();
        }
    }

    /** The writer settings of Spark's {@code CSVOptions.asWriterSettings} for StagedJobIO's CSV options. */
    static CsvWriterSettings settings(String[] headers) {
        CsvWriterSettings s = new CsvWriterSettings();
        CsvFormat format = s.getFormat();
        format.setDelimiter(",");
        format.setQuote('"');
        format.setQuoteEscape('"');
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        s.setNullValue(NULL_VALUE);
        s.setEmptyValue("");
        s.setSkipEmptyLines(true);
        s.setQuoteAllFields(false);
        s.setQuoteEscapingEnabled(true);
        s.setErrorContentLength(1000);
        s.setHeaders(headers);
        return s;
    }

    private static int[] columns(GroupType type, String[] names, Kind[] kinds, FileStatus file) {
        int[] index = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            if (!type.containsField(names[i])) {
                throw new IllegalStateException("column " + names[i] + " is missing from " + file.getPath());
            }
            index[i] = type.getFieldIndex(names[i]);
            Type column = type.getType(index[i]);
            if (kinds[i] == Kind.TIMESTAMP_NTZ && !(column.getLogicalTypeAnnotation()
                    instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts
                    && ts.getUnit() == LogicalTypeAnnotation.TimeUnit.MICROS)) {
                throw new NotExact(); // Spark writes microseconds; anything else is left to Spark's reader
            }
        }
        return index;
    }

    /** A value (or column) this writer cannot turn into text exactly as Spark would: Spark writes the CSV. */
    private static final class NotExact extends RuntimeException {
        NotExact() {
            super(null, null, false, false);
        }
    }

    private static String cell(Kind kind, Group row, int i) {
        switch (kind) {
            case TEXT:
                return guard(row.getString(i, 0));
            case INT:
                return Integer.toString(row.getInteger(i, 0));
            case LONG:
                return Long.toString(row.getLong(i, 0));
            case DOUBLE:
                return Double.toString(row.getDouble(i, 0));
            case FLOAT:
                return Float.toString(row.getFloat(i, 0));
            case BOOLEAN:
                return Boolean.toString(row.getBoolean(i, 0));
            case DATE:
                return exact(date(LocalDate.ofEpochDay(row.getInteger(i, 0))));
            case TIMESTAMP_NTZ:
                return exact(timestampNtz(row.getLong(i, 0)));
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    private static String exact(String text) {
        if (text == null) {
            throw new NotExact();
        }
        return text;
    }

    /** A date as Spark's default {@code yyyy-MM-dd}; null (left to Spark) for a year outside 1000–9999. */
    static String date(LocalDate d) {
        return d.getYear() < 1000 || d.getYear() > 9999 ? null : DATE.format(d);
    }

    /**
     * Microseconds since 1970 without time zone, in StagedJobIO's {@code timestampNTZFormat} (fractions of a second
     * dropped, as that pattern drops them); null (left to Spark) for a year outside 1000–9999.
     */
    static String timestampNtz(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int nanos = (int) Math.floorMod(micros, 1_000_000L) * 1000;
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
        return t.getYear() < 1000 || t.getYear() > 9999 ? null : TIMESTAMP_NTZ.format(t);
    }

    /** A text cell with the formula guard, decided as {@link StagedJobIO#guarded} decides it in Spark. */
    static String guard(String cell) {
        if (TRIGGER.matcher(cell).find() && !PLAIN_NUMBER.matcher(cell).find()) {
            return CsvFormulaGuard.PREFIX + cell;
        }
        return cell;
    }
}
