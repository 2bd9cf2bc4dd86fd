package cn.jgdj.jobs.effectiveness;

import cn.jgdj.jobs.membership.DataSpan;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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
import org.apache.parquet.schema.Type;

/**
 * The first and last date of a local date-time column (Spark's TIMESTAMP_NTZ), read on the driver from the
 * minimum and maximum its Parquet files' footers keep per row group: no Spark job, where a min/max aggregate runs
 * two (a partial and a final stage). The date of a local date-time does not depend on any time zone, so the date of
 * the smallest value is the first date. Empty when the footers cannot say for certain (a row group without
 * statistics, another column type, a time-zone-adjusted timestamp): the caller then asks Spark.
 */
final class FooterDateSpan {
    private FooterDateSpan() {
    }

    static Optional<DataSpan> of(List<String> files, String column, Configuration conf) throws IOException {
        if (files.isEmpty()) {
            return Optional.empty();
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        ChronoUnit unit = null;
        for (String file : files) {
            Path path = new Path(file);
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
                var schema = reader.getFooter().getFileMetaData().getSchema();
                if (!schema.containsField(column)) {
                    return Optional.empty();
                }
                Type type = schema.getType(column);
                Optional<ChronoUnit> fileUnit = localDateTimeUnit(type);
                if (fileUnit.isEmpty() || (unit != null && unit != fileUnit.get())) {
                    return Optional.empty();
                }
                unit = fileUnit.get();
                for (BlockMetaData block : reader.getFooter().getBlocks()) {
                    if (block.getRowCount() == 0) {
                        continue;
                    }
                    ColumnChunkMetaData chunk = chunk(block, column);
                    Statistics<?> stats = chunk == null ? null : chunk.getStatistics();
                    if (stats == null || stats.isEmpty()) {
                        return Optional.empty();
                    }
                    if (stats.hasNonNullValue()) {
                        min = Math.min(min, (Long) stats.genericGetMin());
                        max = Math.max(max, (Long) stats.genericGetMax());
                    }
                }
            }
        }
        if (unit == null || min > max) {
            return Optional.empty();
        }
        return Optional.of(new DataSpan(date(min, unit), date(max, unit)));
    }

    /** The unit of a column stored as a local (not UTC-adjusted) INT64 timestamp, else empty. */
    private static Optional<ChronoUnit> localDateTimeUnit(Type type) {
        if (!type.isPrimitive() || type.asPrimitiveType().getPrimitiveTypeName()
                != PrimitiveType.PrimitiveTypeName.INT64) {
            return Optional.empty();
        }
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (!(logical instanceof TimestampLogicalTypeAnnotation ts) || ts.isAdjustedToUTC()) {
            return Optional.empty();
        }
        return Optional.of(switch (ts.getUnit()) {
            case MILLIS -> ChronoUnit.MILLIS;
            case MICROS -> ChronoUnit.MICROS;
            case NANOS -> ChronoUnit.NANOS;
        });
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

    private static LocalDate date(long value, ChronoUnit unit) {
        return LocalDateTime.of(1970, 1, 1, 0, 0).plus(value, unit).toLocalDate();
    }
}
