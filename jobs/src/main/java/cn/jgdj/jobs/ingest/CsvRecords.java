package cn.jgdj.jobs.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough RFC 4180 on the driver: the header record of a file, and the cell count of a record Spark reported
 * as malformed. Quotes are doubled inside quoted cells, as Excel writes them; the bulk of a file is read by Spark.
 */
final class CsvRecords {
    private CsvRecords() {
    }

    /** The first record (cells unquoted), or an empty list for an empty input. */
    static List<String> firstRecord(Reader in) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        in.reset();
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                break;
            } else {
                cell.append(ch);
            }
        }
        if (any) {
            cells.add(cell.toString());
        }
        return cells;
    }

    /** How many cells a record holds (the record's text as Spark keeps it for a malformed row). */
    static int countCells(String record) {
        int cells = 1;
        boolean quoted = false;
        boolean atCellStart = true;
        for (int i = 0; i < record.length(); i++) {
            char ch = record.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (ch == '"' && atCellStart) {
                quoted = true;
                atCellStart = false;
            } else if (ch == ',') {
                cells++;
                atCellStart = true;
            } else if (ch == '\n' || ch == '\r') {
                break;
            } else {
                atCellStart = false;
            }
        }
        return cells;
    }
}
