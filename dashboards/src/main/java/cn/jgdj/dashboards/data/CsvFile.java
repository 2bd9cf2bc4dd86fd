package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.CsvFormulaGuard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A UTF-8 CSV file with a header row, read whole (indicator tables are small), as the jobs publish it: RFC 4180
 * (a quote inside a quoted cell is doubled; a backslash is just a character), text cells guarded against formula
 * injection, which this reader undoes ({@link CsvFormulaGuard#reveal}) so packs print the real names.
 */
public final class CsvFile {
    private final String fileName;
    private final List<String> header;
    private final List<Record> records;

    /** One data row and the file line it starts on (the header is line 1). */
    public record Record(int line, List<String> cells) {
    }

    private CsvFile(String fileName, List<String> header, List<Record> records) {
        this.fileName = fileName;
        this.header = header;
        this.records = records;
    }

    public static CsvFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IndicatorFileException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
        return parse(file.getFileName().toString(), text);
    }

    /** Parses CSV text; fileName is only used in error messages. */
    public static CsvFile parse(String fileName, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> rows = new Parser(fileName, text).rows();
        if (rows.isEmpty()) {
            return new CsvFile(fileName, List.of(), List.of());
        }
        List<String> header = rows.get(0).cells().stream().map(String::strip).toList();
        List<Record> data = new ArrayList<>();
        for (Record r : rows.subList(1, rows.size())) {
            if (r.cells().size() == 1 && r.cells().get(0).isBlank()) {
                continue;
            }
            if (r.cells().size() != header.size()) {
                throw new IndicatorFileException(fileName + " row " + r.line() + ": " + r.cells().size()
                        + " cells but the header has " + header.size());
            }
            data.add(r);
        }
        return new CsvFile(fileName, header, data);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }

    public List<Record> records() {
        return records;
    }

    /** The position of a column, or an error naming the file and the missing column. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IndicatorFileException(fileName + ": missing column '" + name + "' (header: " + header + ")");
        }
        return i;
    }

    private static final class Parser {
        private final String fileName;
        private final String text;
        private int pos;
        private int line = 1;

        Parser(String fileName, String text) {
            this.fileName = fileName;
            this.text = text;
        }

        List<Record> rows() {
            List<Record> out = new ArrayList<>();
            while (pos < text.length()) {
                int startLine = line;
                out.add(new Record(startLine, row()));
            }
            return out;
        }

        private List<String> row() {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int quoteLine = line;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
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
                    return cells;
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw new IndicatorFileException(fileName + " row " + quoteLine + ": quoted cell never closed");
            }
            cells.add(CsvFormulaGuard.reveal(cell.toString()));
            return cells;
        }
    }
}
