package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_block_start;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partition;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.datasources.FilePartition;
import org.apache.spark.sql.execution.datasources.PartitionedFile;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a CSV export with Spark's CSV source, split across tasks when no quoted cell holds a line break, and
 * numbers its records exactly: every record is keyed by the start of the file split it came from, and numbered
 * after the records of the earlier splits. So row numbers do not depend on how Spark orders its partitions. The
 * records of each split are counted by the driver's scan of the bytes (which reads the whole file anyway, for
 * the encoding), told beforehand where Spark will split the file; each task checks that its split holds as many.
 * Where that cannot be known (Spark's partitions are not plain file splits), a Spark pass counts them instead.
 * Blank lines are not records (Spark skips them), so they are not counted. A file Spark reads in one piece (small
 * enough never to be split, or read whole in multiLine mode) with no more line breaks than one task checks needs
 * no counts: its records are numbered in order as they are checked.
 * Spark 4 decodes CSV only in a few Unicode encodings; other files (GB18030) are read as ISO-8859-1, which maps
 * each byte to one char and so splits cells exactly as the real encoding would (the delimiter, quote and line
 * breaks are ASCII bytes that never occur inside a GB18030 character), and each cell is then decoded properly.
 * A file read line by line comes through Spark's text source (the same splits and line breaks as its CSV source)
 * and {@link CsvLines} cuts each line into cells as Spark's CSV reader would; a file read whole (line breaks in
 * quoted cells) through Spark's CSV source itself.
 */
final class CsvSource {
    private CsvSource() {
    }

    private static final String CORRUPT = "_corrupt_record";
    private static final String BLOCK = "_block_start";
    /** A split whose records were not counted before numbering. */
    private static final long UNCOUNTED = -1;

    /** @param recordsPerTask a file read in one piece with at most this many line breaks is not counted first */
    static RawInput read(SparkSession spark, SourceFile src, Charset override, long recordsPerTask) {
        Path path = new Path(src.path());
        CsvScan.Result scan;
        long[] scanned;
        List<String> header;
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            // Where Spark will split the file, if it may: the scan then counts each split's records.
            scanned = fs.getFileStatus(path).getLen() <= unsplitBytes(spark) ? null
                    : splitStarts(spark.read().text(src.path()).queryExecution().toRdd());
            try (InputStream in = fs.open(path)) {
                scan = CsvScan.scan(in, override, scanned);
            }
            if (scan.bytes() <= scan.bomLength()) {
                throw new IngestException(src.fileName() + " is empty: expected a header row");
            }
            if (override == null && scan.notText() != null) {
                throw new IngestException(src.fileName() + " is not text in UTF-8 or GB18030 (it looks like "
                        + scan.notText() + "): export it as CSV in UTF-8 or GB18030, or as .xlsx");
            }
            try (InputStream in = fs.open(path)) {
                in.skipNBytes(scan.bomLength());
                header = CsvRecords.firstRecord(new BufferedReader(new InputStreamReader(in, scan.charset())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + src.path(), e);
        }
        if (header.stream().allMatch(Normalize::isBlank)) {
            throw new IngestException(src.fileName() + ": the first row is blank, expected the header row");
        }
        int width = header.size();
        StructType schema = new StructType();
        for (int i = 0; i < width; i++) {
            schema = schema.add("c" + i, DataTypes.StringType);
        }
        schema = schema.add(CORRUPT, DataTypes.StringType);
        List<Column> cols = new ArrayList<>();
        for (String f : schema.fieldNames()) {
            cols.add(col(f));
        }
        cols.add(input_file_block_start().as(BLOCK));
        boolean sparkDecodes = scan.charset().equals(StandardCharsets.UTF_8);
        Map<String, String> options = readerOptions(scan.quotedLineBreaks(), sparkDecodes ? "UTF-8" : "ISO-8859-1");
        // Spark's internal rows, not external Rows: the cells are turned into Strings once, in Numbered, without
        // Spark's row-object conversion of every row before it.
        boolean byLine = !scan.quotedLineBreaks();
        JavaRDD<InternalRow> rows = (byLine
                ? spark.read().text(src.path()).select(col("value"), input_file_block_start().as(BLOCK))
                : csv(spark, options, schema, src).select(cols.toArray(Column[]::new))).queryExecution().toRdd()
                .toJavaRDD();
        String charset = scan.charset().name();
        CellsOf cellsOf = byLine ? new LineCells(width, charset, options)
                : new SparkCells(width, sparkDecodes ? null : charset);

        if (onePiece(spark, scan) && scan.lineBreaks() <= recordsPerTask) {
            JavaRDD<RawRecord> records = rows.mapPartitions(it -> new Numbered(it, null, cellsOf.open()));
            return new RawInput(header, records, OptionalLong.empty(), scan.lineBreaks(), scan.encodingLabel());
        }
        long[] splits = splitStarts(rows.rdd());
        if (scan.recordsPerSplit() != null && !scan.quotedLineBreaks() && Arrays.equals(splits, scanned)) {
            // The driver's scan counted each split's records already: no counting pass.
            Map<Long, long[]> firstIndexAndCount = new HashMap<>();
            long total = 0;
            for (int i = 0; i < splits.length; i++) {
                firstIndexAndCount.put(splits[i], new long[] {total, scan.recordsPerSplit()[i]});
                total += scan.recordsPerSplit()[i];
            }
            JavaRDD<RawRecord> records = rows.mapPartitions(
                    it -> new Numbered(it, firstIndexAndCount, cellsOf.open()));
            return RawInput.counted(header, records, Math.max(0, total - 1), scan.encodingLabel());
        }
        // The counting pass needs record boundaries only: of Spark's CSV source, one column keeps it from converting
        // every cell.
        List<long[]> runs = byLine
                ? rows.mapPartitions(it -> {
                    Cells cells = cellsOf.open();
                    return blockRuns(it, cells::isRecord, r -> r.getLong(cells.blockColumn()));
                }).collect()
                : csv(spark, options, schema, src).select(col("c0"), input_file_block_start().as(BLOCK)).javaRDD()
                .mapPartitions(it -> blockRuns(it, r -> true, r -> r.getLong(r.length() - 1))).collect();
        Map<Long, long[]> firstIndexOfBlock = new HashMap<>();
        long total = 0;
        for (long[] run : runs.stream().sorted((a, b) -> Long.compare(a[0], b[0])).toList()) {
            if (firstIndexOfBlock.putIfAbsent(run[0], new long[] {total, UNCOUNTED}) != null) {
                throw new IllegalStateException("file split at byte " + run[0] + " was read twice");
            }
            total += run[1];
        }
        JavaRDD<RawRecord> records = rows.mapPartitions(it -> new Numbered(it, firstIndexOfBlock, cellsOf.open()));
        return RawInput.counted(header, records, Math.max(0, total - 1), scan.encodingLabel());
    }

    /**
     * Whether Spark reads the file as one split: in multiLine mode every file is one split, and a file no bigger
     * than the open cost (and the largest split) is never cut, whatever the session's parallelism.
     */
    private static boolean onePiece(SparkSession spark, CsvScan.Result scan) {
        return scan.quotedLineBreaks() || scan.bytes() <= unsplitBytes(spark);
    }

    private static long unsplitBytes(SparkSession spark) {
        SQLConf conf = spark.sessionState().conf();
        return Math.min(conf.filesOpenCostInBytes(), conf.filesMaxPartitionBytes());
    }

    /** Spark's CSV source over the file (only for a file read whole, and for its counting pass). */
    private static Dataset<Row> csv(SparkSession spark, Map<String, String> options, StructType schema,
                                    SourceFile src) {
        return spark.read().options(options).schema(schema).csv(src.path());
    }

    /**
     * The options of Spark's CSV reader as ingest uses it: line by line (so a file may be split), or whole for a
     * file with line breaks in quoted cells.
     */
    static Map<String, String> readerOptions(boolean whole, String encoding) {
        return Map.of("header", "false", "multiLine", String.valueOf(whole), "quote", "\"", "escape", "\"",
                "mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT, "encoding", encoding);
    }

    /**
     * The byte offsets where a file scan (or an RDD mapped from one partition by partition) starts its file splits,
     * ascending; null when its partitions are not Spark's file partitions of one file (then the records are counted
     * by a Spark pass instead). Only plans the scan: no Spark job.
     */
    private static long[] splitStarts(RDD<?> scan) {
        List<Long> starts = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (Partition p : scan.partitions()) {
            if (!(p instanceof FilePartition fp)) {
                return null;
            }
            for (PartitionedFile f : fp.files()) {
                files.add(f.filePath().toString());
                starts.add(f.start());
            }
        }
        if (files.size() != 1) {
            return null;
        }
        long[] out = starts.stream().mapToLong(Long::longValue).sorted().toArray();
        return out.length > 0 && out[0] == 0 ? out : null;
    }

    /**
     * (split start, record count) for each run of records from one split in a partition: rows {@code isRecord}
     * rejects (blank lines of the text source) are not records.
     */
    private static <T> Iterator<long[]> blockRuns(Iterator<T> it, Predicate<T> isRecord, ToLongFunction<T> blockOf) {
        List<long[]> out = new ArrayList<>();
        long[] current = null;
        while (it.hasNext()) {
            T r = it.next();
            if (!isRecord.test(r)) {
                continue;
            }
            long block = blockOf.applyAsLong(r);
            if (current == null || current[0] != block) {
                current = new long[] {block, 0};
                out.add(current);
            }
            current[1]++;
        }
        return out.iterator();
    }

    /**
     * Turns Spark rows into numbered records; the header (row 1) is dropped. Where the driver's scan counted a
     * split's records, the rows Spark reads from it must be as many, or the numbering would be wrong: it fails.
     */
    private static final class Numbered implements Iterator<RawRecord> {
        private final Iterator<InternalRow> rows;
        private final Map<Long, long[]> firstIndexOfBlock;
        private final Cells cells;
        private long block = Long.MIN_VALUE;
        private long blockFirst;
        private long blockEnd = UNCOUNTED;
        private long index;
        private RawRecord next;

        /**
         * @param firstIndexOfBlock for each split, the records before its first and its record count (or
         *                          {@link #UNCOUNTED}); null when the file is one split
         * @param cells             what a row of Spark's scan holds
         */
        Numbered(Iterator<InternalRow> rows, Map<Long, long[]> firstIndexOfBlock, Cells cells) {
            this.rows = rows;
            this.firstIndexOfBlock = firstIndexOfBlock;
            this.cells = cells;
        }

        @Override
        public boolean hasNext() {
            while (next == null && rows.hasNext()) {
                // The scan's iterator reuses one row: every value is read out before the next.
                InternalRow r = rows.next();
                if (!cells.isRecord(r)) {
                    continue;
                }
                long b = r.getLong(cells.blockColumn());
                if (b != block) {
                    if (firstIndexOfBlock == null && (block != Long.MIN_VALUE || b != 0)) {
                        throw new IllegalStateException("a file expected in one split was read from byte " + b);
                    }
                    checkBlockEnd();
                    block = b;
                    long[] firstAndCount = firstIndexOfBlock == null ? new long[] {0, UNCOUNTED}
                            : firstIndexOfBlock.get(b);
                    if (firstAndCount == null) {
                        throw new IllegalStateException("the file was read from byte " + b
                                + ", where no split was planned");
                    }
                    index = firstAndCount[0];
                    blockFirst = index;
                    blockEnd = firstAndCount[1] == UNCOUNTED ? UNCOUNTED : firstAndCount[0] + firstAndCount[1];
                }
                long row = ++index;
                if (row == 1) {
                    continue;
                }
                next = cells.record(row, r);
            }
            if (next == null) {
                checkBlockEnd();
            }
            return next != null;
        }

        private void checkBlockEnd() {
            if (blockEnd != UNCOUNTED && index != blockEnd) {
                throw new IllegalStateException("the file split at byte " + block + " held " + (index - blockFirst)
                        + " records where the scan counted " + (blockEnd - blockFirst));
            }
        }

        @Override
        public RawRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRecord r = next;
            next = null;
            return r;
        }
    }

    /** Makes, in each task, the reader of its scan's rows (serialisable: only names and numbers). */
    private interface CellsOf extends Serializable {
        Cells open();
    }

    /** What a row of Spark's scan holds, and how it becomes a record. */
    private interface Cells {
        /** Whether the row is a record (a blank line is not, as in Spark's CSV reader). */
        boolean isRecord(InternalRow r);

        /** The column holding the start of the file split the row came from. */
        int blockColumn();

        RawRecord record(long row, InternalRow r);
    }

    /** Lines of Spark's text source (line, block start), cut into cells by {@link CsvLines}. */
    private record LineCells(int width, String charset, Map<String, String> options) implements CellsOf {
        @Override
        public Cells open() {
            CsvLines lines = new CsvLines(width, Charset.forName(charset), options);
            return new Cells() {
                private byte[] line;

                @Override
                public boolean isRecord(InternalRow r) {
                    line = r.getUTF8String(0).getBytes();
                    return !CsvLines.blank(line);
                }

                @Override
                public int blockColumn() {
                    return 1;
                }

                @Override
                public RawRecord record(long row, InternalRow r) {
                    return lines.record(row, line);
                }
            };
        }
    }

    /**
     * Rows of Spark's CSV source (cells, corrupt record, block start). {@code cellCharset}: the real encoding of
     * cells Spark read as ISO-8859-1, or null.
     */
    private record SparkCells(int width, String cellCharset) implements CellsOf {
        @Override
        public Cells open() {
            Charset real = cellCharset == null ? null : Charset.forName(cellCharset);
            return new Cells() {
                @Override
                public boolean isRecord(InternalRow r) {
                    return true;
                }

                @Override
                public int blockColumn() {
                    return width + 1;
                }

                @Override
                public RawRecord record(long row, InternalRow r) {
                    String[] cells = new String[width];
                    for (int i = 0; i < width; i++) {
                        String cell = text(r, i);
                        cells[i] = cell == null || real == null
                                ? cell : new String(cell.getBytes(StandardCharsets.ISO_8859_1), real);
                    }
                    String corrupt = text(r, width);
                    return new RawRecord(row, cells,
                            corrupt == null ? RawRecord.WELL_FORMED : CsvRecords.countCells(corrupt));
                }
            };
        }

        private static String text(InternalRow r, int i) {
            return r.isNullAt(i) ? null : r.getUTF8String(i).toString();
        }
    }
}
