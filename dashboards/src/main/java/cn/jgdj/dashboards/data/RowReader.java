package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Typed access to the cells of one CSV row by column name, with errors naming file, row, column and value. */
public final class RowReader {
    private final String fileName;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    /** Periods already parsed: a table holds a few dozen distinct ones over up to a million rows. */
    private final Map<String, Period> periods = new HashMap<>();
    private CsvFile.Record record;

    public RowReader(CsvFile file) {
        this(file.fileName(), file.header());
    }

    /** A reader of the rows of a file with this header (rows streamed by {@link CsvReader}). */
    public RowReader(String fileName, List<String> header) {
        this.fileName = fileName;
        this.header = header;
    }

    /** Checks up front that every named column exists, so a wrong header fails before any row. */
    public RowReader require(Iterable<String> names) {
        for (String n : names) {
            columns.put(n, column(n));
        }
        return this;
    }

    public RowReader at(CsvFile.Record r) {
        this.record = r;
        return this;
    }

    public String text(String column) {
        return cell(column).strip();
    }

    /** A period cell (2025, 2025Q2, 2025-04). */
    public Period period(String column) {
        String v = text(column);
        Period known = periods.get(v);
        if (known != null) {
            return known;
        }
        Period p;
        try {
            p = Period.parse(v);
        } catch (IllegalArgumentException e) {
            throw error(column, v, "is not a period (2025, 2025Q2 or 2025-04)");
        }
        if (periods.size() < MAX_PERIODS) {
            periods.put(v, p);
        }
        return p;
    }

    private static final int MAX_PERIODS = 1_000;

    /** A number; a blank cell is NaN (a rate over no members, or a figure the job left out). */
    public double number(String column) {
        String v = text(column);
        if (v.isEmpty() || v.equalsIgnoreCase("nan") || v.equalsIgnoreCase("null")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(column, v, "is not a number");
        }
    }

    /** A rate: a fraction in [0, 1], or NaN when blank. */
    public double rate(String column) {
        double d = number(column);
        if (!Double.isNaN(d) && (d < 0 || d > 1)) {
            throw error(column, text(column), "is not a rate in [0, 1]");
        }
        return d;
    }

    /** A whole non-negative count; blank reads as 0 only where the row is suppressed (figures may be withheld). */
    public long count(String column, boolean blankAllowed) {
        String v = text(column);
        if (v.isEmpty() && blankAllowed) {
            return 0;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(column, v, "is not a whole number");
        }
        if (d < 0 || d != Math.rint(d)) {
            throw error(column, v, "is not a whole non-negative number");
        }
        return (long) d;
    }

    /** A true/false cell. */
    public boolean bool(String column) {
        String v = text(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(column, text(column), "is not true or false");
        };
    }

    private String cell(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            i = column(column);
            columns.put(column, i);
        }
        return record.cells().get(i);
    }

    /** The position of a column, or an error naming the file and the missing column. */
    private int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IndicatorFileException(fileName + ": missing column '" + name + "' (header: " + header + ")");
        }
        return i;
    }

    private IndicatorFileException error(String column, String value, String problem) {
        return new IndicatorFileException(fileName + " row " + record.line() + ": " + column + " '" + value
                + "' " + problem);
    }
}
