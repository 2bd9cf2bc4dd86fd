package cn.jgdj.jobs.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of a Parquet dataset written by Spark, read on the driver from one file's footer (Spark keeps its
 * own schema there, as JSON). Spark itself learns a dataset's schema with a Spark job that reads the same footer on
 * an executor; handing the schema to the reader skips that job, which at county scale costs more than many of the
 * scans that follow. A partitioned dataset ({@code year=2024/month=1/part-...}) gets its partition columns after the
 * footer's columns, in folder order, as integers: what Spark's inference gives for folder values that are all short
 * digit runs. Empty when the answer is not certain (other folder names or values, different column names at one
 * depth, files beside partition folders, a file without Spark's schema): the caller then lets Spark infer.
 */
final class FooterSchema {
    private FooterSchema() {
    }

    /** The footer key under which Spark's Parquet writer stores the row schema (ParquetReadSupport). */
    static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";
    /** A partition value Spark surely infers as an int: up to 9 digits (Integer.parseInt never overflows). */
    private static final Pattern INT_VALUE = Pattern.compile("[0-9]{1,9}");

    static Optional<StructType> of(Path dataset, Configuration conf) throws IOException {
        FileSystem fs = dataset.getFileSystem(conf);
        List<String> partitionColumns = new ArrayList<>();
        FileStatus first = firstPartFile(fs, dataset, 0, partitionColumns);
        if (first == null) {
            return Optional.empty();
        }
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(first, conf))) {
            String json = reader.getFooter().getFileMetaData().getKeyValueMetaData().get(SPARK_SCHEMA_KEY);
            if (json == null) {
                return Optional.empty();
            }
            DataType type = DataType.fromJson(json);
            if (!(type instanceof StructType struct)) {
                return Optional.empty();
            }
            for (String column : partitionColumns) {
                if (List.of(struct.fieldNames()).contains(column)) {
                    return Optional.empty(); // a partition column also in the files: Spark's rules, not ours
                }
                struct = struct.add(column, DataTypes.IntegerType, true);
            }
            // Every column nullable, as Spark's own inference gives a file source's schema (asNullable is Spark-private
            // in Scala, public in the bytecode).
            return Optional.of(struct.asNullable());
        }
    }

    /**
     * The first part file (by name, first folder first) under a folder at this partition depth, checking every
     * folder below: each depth holds either part files or {@code column=digits} folders with one column name, which
     * {@code columns} collects by depth. Null when there is no part file or the layout is not that.
     */
    private static FileStatus firstPartFile(FileSystem fs, Path folder, int depth, List<String> columns)
            throws IOException {
        List<FileStatus> folders = new ArrayList<>();
        FileStatus first = null;
        for (FileStatus st : fs.listStatus(folder)) {
            String name = st.getPath().getName();
            if (st.isDirectory()) {
                folders.add(st);
            } else if (name.startsWith("part-") && name.endsWith(".parquet")
                    && (first == null || name.compareTo(first.getPath().getName()) < 0)) {
                first = st;
            }
        }
        if (folders.isEmpty()) {
            return depth == columns.size() ? first : null; // leaves at one depth only
        }
        if (first != null) {
            return null; // data files beside partition folders
        }
        folders.sort(Comparator.comparing(st -> st.getPath().getName()));
        FileStatus found = null;
        for (FileStatus st : folders) {
            String name = st.getPath().getName();
            int eq = name.indexOf('=');
            if (eq <= 0 || !INT_VALUE.matcher(name.substring(eq + 1)).matches()) {
                return null;
            }
            String column = name.substring(0, eq);
            if (columns.size() == depth) {
                columns.add(column);
            } else if (!columns.get(depth).equals(column)) {
                return null;
            }
            FileStatus below = firstPartFile(fs, st.getPath(), depth + 1, columns);
            if (below == null) {
                return null;
            }
            found = found == null ? below : found;
        }
        return found;
    }
}
