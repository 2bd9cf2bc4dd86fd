package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_block_start;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a CSV export with Spark's CSV source, split across tasks when no quoted cell holds a line break, and
 * numbers its records exactly: every record is keyed by the start of the file split it came from, one pass
 * counts records per split, a second adds the counts of the earlier splits. So row numbers do not depend on how
 * Spark orders its partitions. Blank lines are not records (Spark skips them), so they are not counted. A file
 * Spark reads in one piece (small enough never to be split, or read whole in multiLine mode) with no more line
 * breaks than one task checks skips the counting pass: its records are numbered in order as they are checked.
 * Spark 4 decodes CSV only in a few Unicode encodings; other files (GB18030) are read as ISO-8859-1, which maps
 * each byte to one char and so splits cells exactly as the real encoding would (the delimiter, quote and line
 * breaks are ASCII bytes that never occur inside a GB18030 character), and each cell is then decoded properly.
 */
final class CsvSource {
    private CsvSource() {
    }

    private static final String CORRUPT = "_corrupt_record";
    private static final String BLOCK = "_block_start";

    /** @param recordsPerTask a file read in one piece with at most this many line breaks is not counted first */
    static RawInput read(SparkSession spark, SourceFile src, Charset override, long recordsPerTask) {
        Path path = new Path(src.path());
        CsvScan.Result scan;
        List<String> header;
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (InputStream in = fs.open(path)) {
                scan = CsvScan.scan(in, override);
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
        String cellCharset = sparkDecodes ? null : scan.charset().name();
        Dataset<Row> csv = spark.read().schema(schema)
                .option("header", "false")
                .option("encoding", sparkDecodes ? "UTF-8" : "ISO-8859-1")
                .option("multiLine", String.valueOf(scan.quotedLineBreaks()))
                .option("quote", "\"")
                .option("escape", "\"")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .csv(src.path());
        JavaRDD<Row> rows = csv.select(cols.toArray(Column[]::new)).javaRDD();

        if (onePiece(spark, scan) && scan.lineBreaks() <= recordsPerTask) {
            JavaRDD<RawRecord> records = rows.mapPartitions(it -> new Numbered(it, null, width, cellCharset));
            return new RawInput(header, records, OptionalLong.empty(), scan.lineBreaks(), scan.encodingLabel());
        }
        // The counting pass needs record boundaries only: one column keeps Spark from converting every cell.
        List<long[]> runs = csv.select(col("c0"), input_file_block_start().as(BLOCK)).javaRDD()
                .mapPartitions(CsvSource::blockRuns).collect();
        Map<Long, Long> firstIndexOfBlock = new HashMap<>();
        long total = 0;
        for (long[] run : runs.stream().sorted((a, b) -> Long.compare(a[0], b[0])).toList()) {
            if (firstIndexOfBlock.putIfAbsent(run[0], total) != null) {
                throw new IllegalStateException("file split at byte " + run[0] + " was read twice");
            }
            total += run[1];
        }
        JavaRDD<RawRecord> records = rows.mapPartitions(it -> new Numbered(it, firstIndexOfBlock, width, cellCharset));
        return RawInput.counted(header, records, Math.max(0, total - 1), scan.encodingLabel());
    }

    /**
     * Whether Spark reads the file as one split: in multiLine mode every file is one split, and a file no bigger
     * than the open cost (and the largest split) is never cut, whatever the session's parallelism.
     */
    private static boolean onePiece(SparkSession spark, CsvScan.Result scan) {
        SQLConf conf = spark.sessionState().conf();
        return scan.quotedLineBreaks()
                || scan.bytes() <= Math.min(conf.filesOpenCostInBytes(), conf.filesMaxPartitionBytes());
    }

    /** (split start, record count) for each run of records from one split in a partition. */
    private static Iterator<long[]> blockRuns(Iterator<Row> it) {
        List<long[]> out = new ArrayList<>();
        long[] current = null;
        while (it.hasNext()) {
            Row r = it.next();
            long block = r.getLong(r.length() - 1);
            if (current == null || current[0] != block) {
                current = new long[] {block, 0};
                out.add(current);
            }
            current[1]++;
        }
        return out.iterator();
    }

    /** Turns Spark rows into numbered records; the header (row 1) is dropped. */
    private static final class Numbered implements Iterator<RawRecord> {
        private final Iterator<Row> rows;
        private final Map<Long, Long> firstIndexOfBlock;
        private final int width;
        private final Charset cellCharset;
        private long block = Long.MIN_VALUE;
        private long index;
        private RawRecord next;

        /**
         * @param firstIndexOfBlock records before each split's first, or null when the file is one split
         * @param cellCharset       the real encoding of cells Spark read as ISO-8859-1, or null
         */
        Numbered(Iterator<Row> rows, Map<Long, Long> firstIndexOfBlock, int width, String cellCharset) {
            this.rows = rows;
            this.firstIndexOfBlock = firstIndexOfBlock;
            this.width = width;
            this.cellCharset = cellCharset == null ? null : Charset.forName(cellCharset);
        }

        private String decode(String cell) {
            return cell == null || cellCharset == null
                    ? cell : new String(cell.getBytes(StandardCharsets.ISO_8859_1), cellCharset);
        }

        @Override
        public boolean hasNext() {
            while (next == null && rows.hasNext()) {
                Row r = rows.next();
                long b = r.getLong(width + 1);
                if (b != block) {
                    if (firstIndexOfBlock == null && (block != Long.MIN_VALUE || b != 0)) {
                        throw new IllegalStateException("a file expected in one split was read from byte " + b);
                    }
                    block = b;
                    index = firstIndexOfBlock == null ? 0 : firstIndexOfBlock.get(b);
                }
                long row = ++index;
                if (row == 1) {
                    continue;
                }
                String[] cells = new String[width];
                for (int i = 0; i < width; i++) {
                    cells[i] = decode(r.getString(i));
                }
                String corrupt = r.getString(width);
                int malformed = corrupt == null ? RawRecord.WELL_FORMED : CsvRecords.countCells(corrupt);
                next = new RawRecord(row, cells, malformed);
            }
            return next != null;
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
}
