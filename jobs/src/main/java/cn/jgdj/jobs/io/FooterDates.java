package cn.jgdj.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.datasources.LogicalRelation;

/**
 * The first and last date of a DATE or local date-time (Spark's TIMESTAMP_NTZ) column of a Parquet dataset, read on
 * the driver from the row-group statistics in its files' footers (Parquet's writer records every column chunk's min
 * and max): no Spark job, where a min/max aggregation over the rows runs one or two. The date of a local date-time
 * does not depend on any time zone, so the date of the smallest value is the first date. Empty whenever the answer
 * is not certain from the footers — the dataset is not a plain Parquet read (a filter, a table made on the driver),
 * the column is neither type (a time-zone-adjusted timestamp included), a chunk has no statistics, no chunk has a
 * value, or there are more files than are worth opening one by one on the driver — and the caller then asks Spark.
 */
public final class FooterDates {
    private FooterDates() {
    }

    /** More files than this are read faster by a Spark job on the executors than one by one on the driver. */
    static final int MAX_FILES = 200;

    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    /**
     * @param first the smallest value in the column
     * @param last  the largest
     */
    public record Range(LocalDate first, LocalDate last) {
    }

    /** The range of {@code column} over every row of {@code rows}, when the files' footers tell it for certain. */
    public static Optional<Range> of(Dataset<Row> rows, String column) {
        return of(rows, column, file -> true);
    }

    /**
     * As {@link #of(Dataset, String)} over only the files {@code files} accepts: for a caller that knows the range
     * lies in some of them (e.g. the first and last year folder of a table partitioned by year).
     */
    public static Optional<Range> of(Dataset<Row> rows, String column, Predicate<String> files) {
        if (!(rows.queryExecution().analyzed() instanceof LogicalRelation)) {
            return Optional.empty();
        }
        String[] read = Arrays.stream(rows.inputFiles()).filter(files).toArray(String[]::new);
        if (read.length == 0 || read.length > MAX_FILES) {
            return Optional.empty();
        }
        Configuration conf = rows.sparkSession().sparkContext().hadoopConfiguration();
        try {
            return of(read, column, conf);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the Parquet footers of " + read[0] + " and others", e);
        }
    }

    static Optional<Range> of(String[] files, String column, Configuration conf) throws IOException {
        LocalDate min = null;
        LocalDate max = null;
        for (String file : files) {
            if (!file.endsWith(".parquet")) {
                return Optional.empty();
            }
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file), conf))) {
                for (BlockMetaData block : reader.getFooter().getBlocks()) {
                    ColumnChunkMetaData chunk = chunk(block, column);
                    Function<Object, LocalDate> toDate = chunk == null ? null : dateOf(chunk.getPrimitiveType());
                    Statistics<?> stats = toDate == null ? null : chunk.getStatistics();
                    if (stats == null || stats.isEmpty()) {
                        return Optional.empty();
                    }
                    if (!stats.hasNonNullValue()) {
                        // A chunk of nulls only, counted as such: nothing to add (min/max leave nulls out).
                        if (stats.getNumNulls() != block.getRowCount()) {
                            return Optional.empty();
                        }
                        continue;
                    }
                    LocalDate low = toDate.apply(stats.genericGetMin());
                    LocalDate high = toDate.apply(stats.genericGetMax());
                    min = min == null || low.isBefore(min) ? low : min;
                    max = max == null || high.isAfter(max) ? high : max;
                }
            }
        }
        return min == null ? Optional.empty() : Optional.of(new Range(min, max));
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

    /** How a statistic of this Parquet type becomes a date: a DATE or a local INT64 timestamp; else null. */
    private static Function<Object, LocalDate> dateOf(PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32
                && logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return days -> LocalDate.ofEpochDay((Integer) days);
        }
        if (type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT64
                && logical instanceof TimestampLogicalTypeAnnotation ts && !ts.isAdjustedToUTC()) {
            ChronoUnit unit = switch (ts.getUnit()) {
                case MILLIS -> ChronoUnit.MILLIS;
                case MICROS -> ChronoUnit.MICROS;
                case NANOS -> ChronoUnit.NANOS;
            };
            return value -> EPOCH.plus((Long) value, unit).toLocalDate();
        }
        return null;
    }
}
