package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.CsvFormulaGuard;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A UTF-8 CSV file with a header row, read whole ({@link CsvReader} reads one row at a time), as the jobs publish
 * it: RFC 4180 (a quote inside a quoted cell is doubled; a backslash is just a character), text cells guarded
 * against formula injection, which the reader undoes ({@link CsvFormulaGuard#reveal}) so packs print the real names.
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
        try (CsvReader in = CsvReader.open(file)) {
            return of(in);
        }
    }

    /** Parses CSV text; fileName is only used in error messages. */
    public static CsvFile parse(String fileName, String text) {
        try (CsvReader in = CsvReader.of(fileName, new StringReader(text))) {
            return of(in);
        }
    }

    private static CsvFile of(CsvReader in) {
        List<Record> data = new ArrayList<>();
        for (Record r = in.next(); r != null; r = in.next()) {
            data.add(r);
        }
        return new CsvFile(in.fileName(), in.header(), data);
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
}
