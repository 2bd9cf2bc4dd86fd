package cn.jgdj.jobs.driverside;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.types.DataTypes;

/**
 * Text columns of a small committed table (units, branches: a few hundred rows), read by the driver from the
 * table's Parquet files instead of collected by a Spark job (about a second of fixed cost for a few kilobytes).
 * Used only where the dataset is the table as opened, every column asked for is text, and its files are Parquet;
 * otherwise (a table made on the driver, as in tests, or a column of another type) Spark collects it as before,
 * each value as its text.
 */
public final class SmallTables {
    private SmallTables() {
    }

    /** Above this many rows the driver hands the read back to Spark. */
    static final long MAX_ROWS = 100_000;

    /**
     * The values of {@code columns}, one array per row (null where the cell is empty), in no defined order (as a
     * collect of several files).
     */
    public static List<String[]> strings(Dataset<Row> table, String... columns) {
        List<String[]> read = readable(table, columns) ? fromFiles(table, columns) : null;
        if (read != null) {
            return read;
        }
        List<String[]> out = new ArrayList<>();
        for (Row r : table.select(Arrays.stream(columns).map(c -> col(c)).toArray(Column[]::new)).collectAsList()) {
            String[] values = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                values[i] = r.isNullAt(i) ? null : String.valueOf(r.get(i));
            }
            out.add(values);
        }
        return out;
    }

    /** The dataset is a table as opened (no filter or projection on it) and every column asked for is text. */
    static boolean readable(Dataset<Row> table, String[] columns) {
        if (!(table.queryExecution().analyzed() instanceof LogicalRelation)) {
            return false;
        }
        for (String c : columns) {
            if (!table.schema().apply(c).dataType().equals(DataTypes.StringType)) {
                return false;
            }
        }
        String[] files = table.inputFiles();
        return files.length > 0 && Arrays.stream(files).allMatch(f -> f.endsWith(".parquet"));
    }

    /** The rows from the files, or null when a file's column is not plain UTF-8 text or the table is not small. */
    static List<String[]> fromFiles(Dataset<Row> table, String[] columns) {
        Configuration conf = table.sparkSession().sparkContext().hadoopConfiguration();
        List<String[]> out = new ArrayList<>();
        try {
            for (String file : table.inputFiles()) {
                try (ParquetReader<Group> reader =
                             ParquetReader.builder(new GroupReadSupport(), new Path(file)).withConf(conf).build()) {
                    int[] index = null;
                    for (Group row = reader.read(); row != null; row = reader.read()) {
                        if (index == null) {
                            index = textColumns(row.getType(), columns);
                            if (index == null) {
                                return null;
                            }
                        }
                        String[] values = new String[columns.length];
                        for (int i = 0; i < columns.length; i++) {
                            values[i] = index[i] < 0 || row.getFieldRepetitionCount(index[i]) == 0 ? null
                                    : row.getString(index[i], 0);
                        }
                        out.add(values);
                        if (out.size() > MAX_ROWS) {
                            return null;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + String.join(", ", table.inputFiles()), e);
        }
        return out;
    }

    /**
     * The field index of each column in a file (-1 for a column the file lacks: Spark reads it as null), or null
     * when one is not a UTF-8 string.
     */
    private static int[] textColumns(GroupType type, String[] columns) {
        int[] index = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            if (!type.containsField(columns[i])) {
                index[i] = -1;
                continue;
            }
            index[i] = type.getFieldIndex(columns[i]);
            Type column = type.getType(index[i]);
            boolean text = column.isPrimitive()
                    && column.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY
                    && column.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation;
            if (!text) {
                return null;
            }
        }
        return index;
    }
}
