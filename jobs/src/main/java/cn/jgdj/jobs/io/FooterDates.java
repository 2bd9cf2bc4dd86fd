package cn.jgdj.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.statistics.IntStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.datasources.LogicalRelation;

/**
 * The first and last value of a DATE column of a Parquet dataset, read on the driver from the row-group statistics
 * in its files' footers (Parquet's writer records every column chunk's min and max): no Spark job, where a min/max
 * aggregation over the rows runs one or two. Empty whenever the answer is not certain from the footers — the dataset
 * is not a plain Parquet read (a filter, a table made on the driver), the column is not a Parquet DATE, a chunk has
 * no statistics, no chunk has a value, or there are more files than are worth opening one by one on the driver — and
 * the caller then asks Spark.
 */
public final class FooterDates {
    private FooterDates() {
    }

    /** More files than this are read faster by a Spark job on the executors than one by one on the driver. */
    static final int MAX_FILES = 200;

    /**
     * @param first the smallest value in the column
     * @param last  the largest
     */
    public record Range(LocalDate first, LocalDate last) {
    }

    /** The range of {@code column} over every row of {@code rows}, when the files' footers tell it for certain. */
    public static Optional<Range> of(Dataset<Row> rows, String column) {
        if (!(rows.queryExecution().analyzed() instanceof LogicalRelation)) {
            return Optional.empty();
        }
        String[] files = rows.inputFiles();
        if (files.length == 0 || files.length > MAX_FILES) {
            return Optional.empty();
        }
        Configuration conf = rows.sparkSession().sparkContext().hadoopConfiguration();
        try {
            return of(files, column, conf);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the Parquet footers of " + files[0] + " and others", e);
        }
    }

    static Optional<Range> of(String[] files, String column, Configuration conf) throws IOException {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        boolean any = false;
        for (String file : files) {
            if (!file.endsWith(".parquet")) {
                return Optional.empty();
            }
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file), conf))) {
                for (BlockMetaData block : reader.getFooter().getBlocks()) {
                    ColumnChunkMetaData chunk = chunk(block, column);
                    if (chunk == null || !isDate(chunk.getPrimitiveType())) {
                        return Optional.empty();
                    }
                    Statistics<?> stats = chunk.getStatistics();
                    if (!(stats instanceof IntStatistics ints) || stats.isEmpty()) {
                        return Optional.empty();
                    }
                    if (!ints.hasNonNullValue()) {
                        // A chunk of nulls only, counted as such: nothing to add (min/max leave nulls out).
                        if (ints.getNumNulls() != block.getRowCount()) {
                            return Optional.empty();
                        }
                        continue;
                    }
                    min = Math.min(min, ints.getMin());
                    max = Math.max(max, ints.getMax());
                    any = true;
                }
            }
        }
        return any ? Optional.of(new Range(LocalDate.ofEpochDay(min), LocalDate.ofEpochDay(max)))
                : Optional.empty();
    }

    private static ColumnChunkMetaData chunk(BlockMetaData block, String column) {
        for (ColumnChunkMetaData c : block.getColumns()) {
            String[] path = c.getPath().toArray();
            if (path.length == 1 && path[0].equals(column)) {
                return c;
            }
        }
        return null;
    }

    private static boolean isDate(PrimitiveType type) {
        return type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32
                && type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation;
    }
}
