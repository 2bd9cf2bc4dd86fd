package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.input_file_block_start;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.testing.SparkSessionExtension;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.Partition;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.datasources.FilePartition;
import org.apache.spark.sql.execution.datasources.PartitionedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's count of each file split's records (which replaces Spark's counting pass) agrees with what Spark's
 * line reader reads from each split, over a file with LF, CR and CRLF line ends, blank and whitespace-only lines
 * and a byte-order mark, for split sizes from 1 to 25 bytes; and the records CsvSource numbers from the counts
 * carry the row numbers of a file read in one piece.
 */
@ExtendWith(SparkSessionExtension.class)
class CsvSplitRecordsTest {
    /** Blank lines (empty, spaces, a tab) are not records; "  x" and a full-width space are. */
    private static final String TEXT = "\uFEFFa,b\r\n1,2\n\r\n3,4\r5,6\n \t\n7,8\r\r9,0\n  x,1\n\u3000,2\r\n10,11\n"
            + "\"q\",\"r\"\r12,13";
    /** The records of TEXT in file order, as (first cell) — row numbers follow, the header being row 1. */
    private static final List<String> FIRST_CELLS = List.of("1", "3", "5", "7", "9", "  x", "\u3000", "10", "q",
            "12");

    @Test
    void countsEachSplitsRecordsWorkedOutByHand() throws Exception {
        // h CR LF | CR LF | SP TAB LF | x CR | y LF: lines start at 0, 3, 5, 8 and 10; the ones at 0, 8 and 10
        // have text. A split owns the lines starting after its first byte up to its end (the first: from byte 0).
        String text = "h\r\n\r\n \t\nx\ry\n";
        assertArrayEquals(new long[] {1, 1, 1, 0}, counts(text, new long[] {0, 4, 8, 10}));
        assertArrayEquals(new long[] {2, 1}, counts(text, new long[] {0, 9}));
        assertArrayEquals(new long[] {3}, counts(text, new long[] {0}));
        // A last line without a line break is a record; a line starting right after the last split start too.
        assertArrayEquals(new long[] {1, 1}, counts("a\nb", new long[] {0, 1}));
        assertArrayEquals(new long[] {2, 0}, counts("a\nb", new long[] {0, 2}));
        // A split starting between CR and LF: the next line starts after the LF, inside that split.
        assertArrayEquals(new long[] {1, 1}, counts("a\r\nb\n", new long[] {0, 2}));
    }

    @Test
    void countsMatchSparksSplitsForEverySplitSize(SparkSession spark, @TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("t.csv");
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        withSplitBytes(spark, 1, () -> {
            for (int size : new int[] {1, 2, 3, 4, 5, 6, 7, 9, 11, 14, 18, 25}) {
                spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(size));
                Dataset<Row> csv = spark.read().schema("c0 string").option("multiLine", "false")
                        .csv(file.toString());
                // Where Spark splits the file, as its scan plans it (the byte-order mark and line ends fall
                // anywhere relative to the splits).
                List<Long> starts = new ArrayList<>();
                for (Partition p : csv.queryExecution().toRdd().partitions()) {
                    for (PartitionedFile f : ((FilePartition) p).files()) {
                        starts.add(f.start());
                    }
                }
                starts.sort(null);
                assertTrue(starts.size() > 1, "split size " + size);
                Map<Long, Long> sparkCounts = new TreeMap<>();
                for (Row r : csv.select(input_file_block_start()).collectAsList()) {
                    sparkCounts.merge(r.getLong(0), 1L, Long::sum);
                }
                long[] scanned = counts(bytes, starts.stream().mapToLong(Long::longValue).toArray());
                for (int i = 0; i < starts.size(); i++) {
                    assertEquals(sparkCounts.getOrDefault(starts.get(i), 0L), scanned[i],
                            "split size " + size + ", split at byte " + starts.get(i));
                }
                assertEquals(11L, sparkCounts.values().stream().mapToLong(Long::longValue).sum(),
                        "split size " + size);
            }
        });
    }

    @Test
    void recordsNumberedFromTheScansCountsAsInOnePiece(SparkSession spark, @TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.write(dir.resolve("units.csv"), TEXT.getBytes(StandardCharsets.UTF_8));
        SourceFile src = SourceFile.locate(spark.sparkContext().hadoopConfiguration(), dir.toString(), "units");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < FIRST_CELLS.size(); i++) {
            expected.add((i + 2) + " " + FIRST_CELLS.get(i));
        }
        withSplitBytes(spark, 1, () -> {
            for (int size : new int[] {3, 7, 16}) {
                spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(size));
                RawInput raw = CsvSource.read(spark, src, null, IngestOptions.DEFAULT_RECORDS_PER_TASK);
                assertEquals(List.of("a", "b"), raw.header());
                assertEquals(10L, raw.recordCount().getAsLong(), "split size " + size);
                assertTrue(raw.records().getNumPartitions() > 1, "split size " + size);
                List<String> numbered = new ArrayList<>(raw.records()
                        .map(r -> r.row() + " " + r.cells()[0]).collect());
                numbered.sort((x, y) -> Long.compare(Long.parseLong(x.split(" ")[0]),
                        Long.parseLong(y.split(" ")[0])));
                assertEquals(expected, numbered, "split size " + size);
            }
        });
    }

    private static long[] counts(String text, long[] starts) throws Exception {
        return counts(text.getBytes(StandardCharsets.UTF_8), starts);
    }

    private static long[] counts(byte[] bytes, long[] starts) throws Exception {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return CsvScan.scan(in, null, starts).recordsPerSplit();
        }
    }

    /** Runs the body with Spark's open cost per file set to {@code openCost} bytes, restoring the settings. */
    private static void withSplitBytes(SparkSession spark, long openCost, ThrowingRunnable body) throws Exception {
        String cost = spark.conf().get("spark.sql.files.openCostInBytes");
        String max = spark.conf().get("spark.sql.files.maxPartitionBytes");
        spark.conf().set("spark.sql.files.openCostInBytes", String.valueOf(openCost));
        try {
            body.run();
        } finally {
            spark.conf().set("spark.sql.files.openCostInBytes", cost);
            spark.conf().set("spark.sql.files.maxPartitionBytes", max);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
