package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.CsvFormulaGuard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a published CSV one row at a time (RFC 4180, as {@link CsvFile} describes), so a table of a million rows
 * is turned into typed rows without first holding its text and every cell of it. The header comes first
 * ({@link #header}); {@link #next} returns each data row with the line it starts on, skipping blank lines and
 * failing on a row whose cell count differs from the header's.
 */
public final class CsvReader implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final String fileName;
    private final Reader in;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private int line = 1;
    private final List<String> header;
    private final StringBuilder cell = new StringBuilder();

    private CsvReader(String fileName, Reader in) {
        this.fileName = fileName;
        this.in = in;
        skipBom();
        CsvFile.Record first = atEnd() ? null : row();
        this.header = first == null ? List.of() : first.cells().stream().map(String::strip).toList();
    }

    /** Opens a UTF-8 file; the error names the file. */
    public static CsvReader open(Path file) {
        try {
            return new CsvReader(file.getFileName().toString(),
                    Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IndicatorFileException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads CSV text from any reader; fileName is only used in error messages. */
    public static CsvReader of(String fileName, Reader in) {
        return new CsvReader(fileName, in instanceof BufferedReader ? in : new BufferedReader(in));
    }

    public String fileName() {
        return fileName;
    }

    /** The header's cells, stripped; empty for an empty file. */
    public List<String> header() {
        return header;
    }

    /** The next data row, or null at the end of the file. */
    public CsvFile.Record next() {
        while (!atEnd()) {
            CsvFile.Record r = row();
            if (r.cells().size() == 1 && r.cells().get(0).isBlank()) {
                continue;
            }
            if (r.cells().size() != header.size()) {
                throw new IndicatorFileException(fileName + " row " + r.line() + ": " + r.cells().size()
                        + " cells but the header has " + header.size());
            }
            return r;
        }
        return null;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + fileName, e);
        }
    }

    private void skipBom() {
        if (!atEnd() && buf[pos] == '\uFEFF') {
            pos++;
        }
    }

    private boolean atEnd() {
        if (pos < len) {
            return false;
        }
        try {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                return true;
            }
            pos = 0;
            len = n;
            return false;
        } catch (IOException e) {
            throw new IndicatorFileException(fileName + " row " + line + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** One row from the current position: its cells with the formula guard undone, and its first line. */
    private CsvFile.Record row() {
        int startLine = line;
        List<String> cells = new ArrayList<>();
        cell.setLength(0);
        boolean quoted = false;
        int quoteLine = line;
        while (!atEnd()) {
            char c = buf[pos++];
            if (quoted) {
                if (c == '"') {
                    if (!atEnd() && buf[pos] == '"') {
                        cell.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                cells.add(CsvFormulaGuard.reveal(cell.toString()));
                cell.setLength(0);
            } else if (c == '\r') {
                // CRLF: the \n ends the row.
            } else if (c == '\n') {
                line++;
                cells.add(CsvFormulaGuard.reveal(cell.toString()));
                return new CsvFile.Record(startLine, cells);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IndicatorFileException(fileName + " row " + quoteLine + ": quoted cell never closed");
        }
        cells.add(CsvFormulaGuard.reveal(cell.toString()));
        return new CsvFile.Record(startLine, cells);
    }
}
