package cn.jgdj.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A streaming CSV file in a chosen charset (optionally with a UTF-8 byte-order mark), written row by row:
 * {@code cell(...)...end()}. Quotes a cell only when it holds a comma, quote or line break, as Excel does.
 */
final class CsvSink implements Closeable {
    private final Path path;
    private final Writer out;
    private final int columns;
    private final StringBuilder row = new StringBuilder(128);
    private int cellsInRow;
    private boolean rowOpen;
    private long rows;

    private CsvSink(Path path, Writer out, int columns) {
        this.path = path;
        this.out = out;
        this.columns = columns;
    }

    static CsvSink open(Path path, Charset charset, boolean bom, List<String> header) throws IOException {
        OutputStream os = Files.newOutputStream(path);
        if (bom) {
            os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(os, charset), 1 << 16);
        CsvSink sink = new CsvSink(path, w, header.size());
        for (String h : header) {
            sink.cell(h);
        }
        sink.endRow(false);
        return sink;
    }

    Path path() {
        return path;
    }

    int columns() {
        return columns;
    }

    CsvSink cell(String value) {
        if (!rowOpen) {
            row.setLength(0);
            cellsInRow = 0;
            rowOpen = true;
        }
        if (cellsInRow++ > 0) {
            row.append(',');
        }
        if (value != null && !value.isEmpty()) {
            if (needsQuotes(value)) {
                row.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                row.append(value);
            }
        }
        return this;
    }

    CsvSink cell(long value) {
        return cell(Long.toString(value));
    }

    /** Ends a row that must have exactly one cell per column. */
    void end() throws IOException {
        if (cellsInRow != columns) {
            throw new IllegalStateException(path.getFileName() + ": row has " + cellsInRow + " cells, header has "
                    + columns + ": " + row);
        }
        endRow(true);
    }

    /** Ends a row whatever its cell count: only for planted malformed rows. */
    void endMalformed() throws IOException {
        if (cellsInRow == columns) {
            throw new IllegalStateException("a malformed row must not have " + columns + " cells: " + row);
        }
        endRow(true);
    }

    private void endRow(boolean count) throws IOException {
        row.append('\n');
        out.append(row);
        rowOpen = false;
        if (count) {
            rows++;
        }
    }

    /** Writes the last data row again, byte for byte (a planted exact duplicate). */
    void repeatLast() throws IOException {
        if (rowOpen || rows == 0) {
            throw new IllegalStateException("no finished row to repeat");
        }
        out.append(row);
        rows++;
    }

    long rows() {
        return rows;
    }

    private static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
