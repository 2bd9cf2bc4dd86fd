package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.testing.SparkSessionExtension;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CsvLines} cuts lines into the cells Spark's CSV reader makes of them, with the same options, for lines cut
 * at their commas and for lines it hands to Univocity: checked against Spark's reader itself on the same file, in
 * UTF-8 and in GB18030 (which Spark reads as ISO-8859-1, ingest then decoding each cell).
 */
@ExtendWith(SparkSessionExtension.class)
class CsvLinesTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Three cells each, or not: the fast path's lines first, then every kind of line it hands on. */
    private static final List<String> LINES = List.of(
            "1,2,3",
            ",,",
            "1,,3",
            " x , y ,z ",
            "中文,党员,学时",
            "\u3000,2,3",
            "#c,2,3",
            "\"q,1\",2,3",
            "\"he said \"\"hi\"\"\",2,3",
            "\"\",2,3",
            "ab\"c,2,3",
            "\"a\" ,2,3",
            " \"a\",2,3",
            "\"unclosed,2,3",
            "a\tb,2,3",
            "\u0001,2,3",
            "1,2",
            "1,2,3,4",
            "1,2,3,",
            "x",
            "\"1,2\",3",
            "中,\"文,字\",\"x\"\"y\"");

    @Test
    void cutsUtf8LinesAsSparksCsvReaderDoes(SparkSession spark, @TempDir Path tmp) throws Exception {
        checkAgainstSpark(spark, tmp, StandardCharsets.UTF_8, "UTF-8");
    }

    @Test
    void cutsGb18030LinesAsSparksCsvReaderDoes(SparkSession spark, @TempDir Path tmp) throws Exception {
        checkAgainstSpark(spark, tmp, GB18030, "ISO-8859-1");
    }

    @Test
    void worksOutCellsAndCountsByHand() {
        CsvLines lines = new CsvLines(3, StandardCharsets.UTF_8, CsvSource.readerOptions(false, "UTF-8"));
        RawRecord plain = lines.record(7, "a,,c d".getBytes(StandardCharsets.UTF_8));
        assertEquals(7, plain.row());
        assertArrayEquals(new String[] {"a", null, "c d"}, plain.cells());
        assertFalse(plain.malformed());
        RawRecord quoted = lines.record(8, "\"a,b\",\"\",\"x\"\"y\"".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"a,b", null, "x\"y"}, quoted.cells());
        assertFalse(quoted.malformed());
        RawRecord shortRow = lines.record(9, "a,b".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"a", "b", null}, shortRow.cells());
        assertEquals(2, shortRow.malformedCellCount());
        RawRecord longRow = lines.record(10, "a,b,c,\"d,e\"".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"a", "b", "c"}, longRow.cells());
        assertEquals(4, longRow.malformedCellCount());
    }

    @Test
    void blankLinesAreThoseSparkSkips() {
        assertTrue(CsvLines.blank(new byte[0]));
        assertTrue(CsvLines.blank(" \t\u000b".getBytes(StandardCharsets.UTF_8)));
        assertFalse(CsvLines.blank(" ,".getBytes(StandardCharsets.UTF_8)));
        assertFalse(CsvLines.blank("\u3000".getBytes(StandardCharsets.UTF_8)));
        assertFalse(CsvLines.blank("\u3000".getBytes(GB18030)));
    }

    private static void checkAgainstSpark(SparkSession spark, Path tmp, Charset charset, String sparkEncoding)
            throws Exception {
        Path file = tmp.resolve("t.csv");
        Files.writeString(file, "a,b,c\n" + String.join("\n", LINES) + "\n", charset);
        Map<String, String> options = CsvSource.readerOptions(false, sparkEncoding);
        StructType schema = new StructType().add("c0", DataTypes.StringType).add("c1", DataTypes.StringType)
                .add("c2", DataTypes.StringType).add("_corrupt_record", DataTypes.StringType);
        List<Row> rows = spark.read().options(options).schema(schema).csv(file.toString()).collectAsList();
        assertEquals(LINES.size() + 1, rows.size());

        CsvLines lines = new CsvLines(3, charset, options);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) {
            Row spark4 = rows.get(i + 1);
            String[] expected = new String[3];
            for (int c = 0; c < 3; c++) {
                String cell = spark4.getString(c);
                // As ingest decodes a cell Spark read as ISO-8859-1.
                expected[c] = cell == null || charset.equals(StandardCharsets.UTF_8) ? cell
                        : new String(cell.getBytes(StandardCharsets.ISO_8859_1), charset);
            }
            String corrupt = spark4.getString(3);
            int expectedCount = corrupt == null ? RawRecord.WELL_FORMED : CsvRecords.countCells(corrupt);

            RawRecord got = lines.record(i + 2, LINES.get(i).getBytes(charset));
            if (!Arrays.equals(expected, got.cells()) || expectedCount != got.malformedCellCount()) {
                differences.add(LINES.get(i) + ": Spark " + Arrays.toString(expected) + " / " + expectedCount
                        + ", CsvLines " + Arrays.toString(got.cells()) + " / " + got.malformedCellCount());
            }
        }
        assertEquals(List.of(), differences);
    }
}
