package cn.jgdj.jobs.ingest;

import com.univocity.parsers.csv.CsvParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.spark.sql.catalyst.csv.CSVOptions;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Lines of a CSV export (as Spark's text source reads them: split at line breaks, line breaks removed) turned into
 * cells exactly as Spark's CSV reader in line mode turns them, without most of its work per line. Spark decodes
 * each line into a String, tokenises it with Univocity, makes a UTF-8 copy of every cell and a row of them, which
 * ingest then turned back into Strings: about a tenth of the executors' time at 10,000 members × 5 years.
 *
 * <p>A line with no quote and no control character (below U+0020) and as many cells as the header is cut at its
 * commas here, on its bytes; each cell is decoded once, in the file's real encoding (no ASCII-compatible encoding
 * ingest reads has a comma inside a character). Every other line (quoted cells, tabs, a wrong cell count) goes through the
 * Univocity parser that Spark's own {@link CSVOptions} configure from the reader's options, with Spark's rules for a
 * record whose cell count is wrong (PERMISSIVE mode: the cells it has, padded or cut to the header's width, and the
 * record marked malformed). In both cases an empty cell is null, as Spark's {@code nullValue} makes it.
 * {@code CsvLinesTest} checks both against Spark's CSV reader on the same file.
 */
final class CsvLines {
    private final int width;
    /** The file's real encoding, in which cells are decoded. */
    private final Charset charset;
    /** The encoding Spark decodes lines in (UTF-8, or ISO-8859-1 for the others; see {@link CsvSource}). */
    private final Charset sparkCharset;
    private final Map<String, String> readerOptions;
    private CsvParser univocity;

    /**
     * @param readerOptions the options of Spark's CSV reader that this file would be read with
     */
    CsvLines(int width, Charset charset, Map<String, String> readerOptions) {
        this.width = width;
        this.charset = charset;
        this.sparkCharset = charset.equals(StandardCharsets.UTF_8) ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1;
        this.readerOptions = readerOptions;
    }

    /** Whether Spark's CSV reader skips the line: blank after trimming (every byte at most U+0020). */
    static boolean blank(byte[] line) {
        for (byte b : line) {
            if ((b & 0xff) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** The line's cells (null where empty) and, when its cell count is not the header's, that count. */
    RawRecord record(long row, byte[] line) {
        int commas = 0;
        for (byte b : line) {
            if (b == ',') {
                commas++;
            } else if (b == '"' || (b >= 0 && b < ' ')) {
                return parsed(row, line);
            }
        }
        if (commas + 1 != width) {
            return parsed(row, line);
        }
        String[] cells = new String[width];
        int start = 0;
        int cell = 0;
        for (int i = 0; i <= line.length; i++) {
            if (i == line.length || line[i] == ',') {
                cells[cell++] = i == start ? null : new String(line, start, i - start, charset);
                start = i + 1;
            }
        }
        return new RawRecord(row, cells, RawRecord.WELL_FORMED);
    }

    /** A line as Spark's reader parses it: Univocity with Spark's settings, then Spark's PERMISSIVE rules. */
    private RawRecord parsed(long row, byte[] line) {
        if (univocity == null) {
            scala.collection.immutable.Map<String, String> options =
                    scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(readerOptions));
            univocity = new CsvParser(new CSVOptions(options, true, "UTC").asParserSettings());
        }
        String text = new String(line, sparkCharset);
        String[] tokens = univocity.parseLine(text);
        String[] cells = new String[width];
        int n = tokens == null ? 0 : Math.min(tokens.length, width);
        for (int i = 0; i < n; i++) {
            cells[i] = cell(tokens[i]);
        }
        if (tokens != null && tokens.length == width) {
            return new RawRecord(row, cells, RawRecord.WELL_FORMED);
        }
        // Spark keeps the record's text in the corrupt-record column (null only if Univocity kept none).
        String content = univocity.getContext().currentParsedContent();
        return new RawRecord(row, cells, content == null ? RawRecord.WELL_FORMED : CsvRecords.countCells(content));
    }

    private String cell(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        return sparkCharset.equals(charset) ? token : new String(token.getBytes(StandardCharsets.ISO_8859_1), charset);
    }
}
