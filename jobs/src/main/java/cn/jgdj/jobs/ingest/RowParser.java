package cn.jgdj.jobs.ingest;

import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import cn.jgdj.schemas.raw.ValueType;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The row-level half of ingest, without Spark: normalises and parses one raw record of a dataset and runs the
 * checks that need only that row, in the order of {@link ReasonCode}: row shape, required cells, parsing, ranges.
 * The first problem found rejects the row. Serializable so Spark can run it inside a task.
 */
public final class RowParser implements Serializable {
    private static final long serialVersionUID = 1L;

    static final double MAX_HOURS_PER_DAY = 24.0;
    static final int MAX_MINUTES_PER_DAY = 1440;

    private final String dataset;
    private final String sourceFile;
    private final int[] positions;
    private final int headerWidth;
    /** The day the run is made: only facts dated after it are future dates. */
    private final LocalDate runDate;
    private final byte[] secret;
    private transient DatasetDef def;
    private transient MemberKeys.Hasher hasher;
    /** Index of member_id among the raw columns, -1 when the dataset has none; null until looked up. */
    private transient Integer memberIdIndex;
    private transient Map<String, Integer> columnIndex;

    /**
     * @param positions   for each raw column of the dataset (in definition order), the index of its cell in a
     *                    record, or -1 when the file lacks that (optional) column
     * @param headerWidth the number of header cells: a record with another count is malformed
     */
    public RowParser(String dataset, String sourceFile, int[] positions, int headerWidth, LocalDate runDate,
                     byte[] secret) {
        this.dataset = dataset;
        this.sourceFile = sourceFile;
        this.positions = positions.clone();
        this.headerWidth = headerWidth;
        this.runDate = runDate;
        this.secret = secret.clone();
        if (positions.length != def().rawColumns().size()) {
            throw new IllegalArgumentException("positions has " + positions.length + " entries, " + dataset
                    + " has " + def().rawColumns().size() + " raw columns");
        }
    }

    DatasetDef def() {
        if (def == null) {
            def = Datasets.byName(dataset);
        }
        return def;
    }

    private MemberKeys.Hasher hasher() {
        if (hasher == null) {
            hasher = new MemberKeys.Hasher(secret);
        }
        return hasher;
    }

    /** Parses and checks one record. */
    public ParsedRow parse(RawRecord rec) {
        List<RawColumn> cols = def().rawColumns();
        String[] raw = new String[cols.size()];
        String[] rawOut = new String[cols.size()];
        for (int i = 0; i < raw.length; i++) {
            int p = positions[i];
            raw[i] = p >= 0 && p < rec.cells().length ? rec.cells()[p] : null;
            // A malformed row's cells may sit under the wrong columns (an extra cell moves the id number into
            // gender), so none of them can be vouched for as non-personal: quarantine keeps none.
            rawOut[i] = cols.get(i).personal() || rec.malformed() ? null : raw[i];
        }
        Object[] values = new Object[cols.size()];
        if (allBlank(rec.cells())) {
            return new ParsedRow(rec.row(), values, rawOut, null, null, true);
        }
        boolean runsOver = !rec.malformed() && cellRunsOverLines(cols, raw);
        if (runsOver) {
            Arrays.fill(rawOut, null);
        }
        Rejection rejection = runsOver
                ? new Rejection(ReasonCode.MALFORMED_ROW, "", "", sourceFile + " row " + rec.row()
                        + ": the row is not valid CSV (a cell runs over several lines; check its quotes)")
                : check(rec, raw, values);
        if (rejection != null) {
            readKeyIds(raw, values);
        }
        // Quarantined rows get their member_key too: a member whose rows are all in quarantine is still a known
        // member (DOMAIN.md, second edition), and the key is how other datasets find out.
        String memberKey = null;
        int memberIdIndex = memberIdIndex();
        if (memberIdIndex >= 0 && values[memberIdIndex] != null) {
            memberKey = hasher().key((String) values[memberIdIndex]);
        }
        return new ParsedRow(rec.row(), values, rawOut, memberKey, rejection, false);
    }

    /**
     * A rejected row's key ids as far as they can be read, so that a reference to a quarantined row (an event, a
     * member) can be told from a reference to nothing at all.
     */
    private void readKeyIds(String[] raw, Object[] values) {
        List<RawColumn> cols = def().rawColumns();
        for (int i = 0; i < cols.size(); i++) {
            RawColumn c = cols.get(i);
            if (values[i] == null && c.type() == ValueType.ID && def().key().contains(c.name())) {
                values[i] = Normalize.id(raw[i]);
            }
        }
    }

    /** Each raw column's index by name (range checks look columns up by name for every row). */
    private Map<String, Integer> columnIndex() {
        if (columnIndex == null) {
            Map<String, Integer> m = new HashMap<>();
            List<RawColumn> cols = def().rawColumns();
            for (int i = 0; i < cols.size(); i++) {
                m.put(cols.get(i).name(), i);
            }
            columnIndex = m;
        }
        return columnIndex;
    }

    private int memberIdIndex() {
        if (memberIdIndex == null) {
            memberIdIndex = def().rawColumns().stream().map(RawColumn::name).toList().indexOf(Members.MEMBER_ID);
        }
        return memberIdIndex;
    }

    /**
     * In a dataset with personal columns, whether a non-personal cell holds a line break. None of those cells
     * (ids, codes, dates, flags) can; it happens when an unclosed quote swallows the rows after it, names and id
     * numbers included, so the row is treated as malformed and quarantine keeps none of its cells.
     */
    private static boolean cellRunsOverLines(List<RawColumn> cols, String[] raw) {
        boolean personal = false;
        for (RawColumn c : cols) {
            personal |= c.personal();
        }
        if (!personal) {
            return false;
        }
        for (int i = 0; i < raw.length; i++) {
            if (!cols.get(i).personal() && raw[i] != null && (raw[i].indexOf('\n') >= 0 || raw[i].indexOf('\r') >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allBlank(String[] cells) {
        for (String c : cells) {
            if (!Normalize.isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    /** "FILE row N: ", the start of every message; built only for a rejected row. */
    private String at(long row) {
        return sourceFile + " row " + row + ": ";
    }

    private Rejection check(RawRecord rec, String[] raw, Object[] values) {
        if (rec.malformed()) {
            String what = rec.malformedCellCount() == headerWidth
                    ? "the row is not valid CSV (check its quotes)"
                    : "the row has " + rec.malformedCellCount() + " cells, the header has " + headerWidth;
            return new Rejection(ReasonCode.MALFORMED_ROW, "", "", at(rec.row()) + what);
        }
        List<RawColumn> cols = def().rawColumns();
        for (int i = 0; i < cols.size(); i++) {
            RawColumn c = cols.get(i);
            if (c.required() && Normalize.isBlank(raw[i])) {
                return new Rejection(ReasonCode.MISSING_VALUE, c.name(), "", at(rec.row()) + c.name() + " is blank");
            }
        }
        for (int i = 0; i < cols.size(); i++) {
            RawColumn c = cols.get(i);
            String problem = parseCell(c, raw[i], values, i);
            if (problem != null) {
                return reject(problemCode(c), c, raw[i], at(rec.row()), problem);
            }
        }
        return new RangeChecks(def(), columnIndex(), raw, values, rec.row(), this::at, runDate).firstProblem();
    }

    /** The reason code of a cell that cannot be read, by the column's type. */
    private static ReasonCode problemCode(RawColumn c) {
        return switch (c.type()) {
            case DATE, DATETIME -> ReasonCode.BAD_DATE;
            case DECIMAL, INTEGER -> ReasonCode.BAD_NUMBER;
            case BOOLEAN, CODE -> ReasonCode.UNKNOWN_CODE;
            default -> throw new IllegalStateException("no rejection for " + c.type());
        };
    }

    /** Reads one cell into {@code values[i]}; returns what is wrong with it ("is not a date", ...), or null. */
    private static String parseCell(RawColumn c, String raw, Object[] values, int i) {
        String cell = c.type() == ValueType.ID ? Normalize.id(raw) : Normalize.text(raw);
        switch (c.type()) {
            case TEXT, ID -> values[i] = cell;
            case DATE -> {
                if (cell != null && (values[i] = CellParsing.date(cell)) == null) {
                    return "is not a date";
                }
            }
            case DATETIME -> {
                if (cell != null && (values[i] = CellParsing.dateTime(cell)) == null) {
                    return "is not a date-time";
                }
            }
            case DECIMAL -> {
                if (cell != null && (values[i] = CellParsing.decimal(cell)) == null) {
                    return "is not a number";
                }
            }
            case INTEGER -> {
                if (cell != null && (values[i] = CellParsing.whole(cell)) == null) {
                    return "is not a whole number";
                }
            }
            case BOOLEAN -> {
                String id = cell == null ? "false" : Codes.BOOLEAN.lookup(compact(cell)).orElse(null);
                if (id == null) {
                    return "is not one of 是/否, true/false, 1/0";
                }
                values[i] = Boolean.valueOf(id);
            }
            case CODE -> {
                if (cell != null) {
                    String id = c.codes().lookup(cell).or(() -> c.codes().lookup(compact(cell))).orElse(null);
                    if (id == null) {
                        return "is not one of " + String.join(", ", c.codes().ids());
                    }
                    values[i] = id;
                }
            }
            default -> throw new IllegalStateException("no parser for " + c.type());
        }
        return null;
    }

    /** A code word without inner spaces: exports write 出 席 as often as 出席. */
    private static String compact(String s) {
        return Normalize.id(s);
    }

    /** "AT column 'cell' WHAT", the cell as shown in messages (blank for a personal column). */
    private static Rejection reject(ReasonCode code, RawColumn c, String raw, String at, String what) {
        // Only a rejected cell is shown, so the display text is built here rather than for every cell.
        String shown = c.personal() ? "" : Normalize.display(raw);
        return new Rejection(code, c.name(), shown, at + c.name() + " '" + shown + "' " + what);
    }

    /** Range checks of one parsed row, in reason-code order: end before start, negative, absurd, future. */
    private static final class RangeChecks {
        private final DatasetDef def;
        private final Map<String, Integer> columnIndex;
        private final String[] raw;
        private final Object[] values;
        private final long row;
        private final LongFunction<String> at;
        private final LocalDate runDate;

        /** @param at the start of a message for a row number ("FILE row N: "), asked only when a check fails */
        RangeChecks(DatasetDef def, Map<String, Integer> columnIndex, String[] raw, Object[] values, long row,
                    LongFunction<String> at, LocalDate runDate) {
            this.def = def;
            this.columnIndex = columnIndex;
            this.raw = raw;
            this.values = values;
            this.row = row;
            this.at = at;
            this.runDate = runDate;
        }

        private String at() {
            return at.apply(row);
        }

        private int index(String column) {
            Integer i = columnIndex.get(column);
            return i == null ? -1 : i;
        }

        private Object value(String column) {
            int i = index(column);
            return i < 0 ? null : values[i];
        }

        private String shown(String column) {
            return Normalize.display(raw[index(column)]);
        }

        Rejection firstProblem() {
            Rejection r = endBeforeStart();
            if (r == null) {
                r = negative();
            }
            if (r == null) {
                r = absurd();
            }
            if (r == null) {
                r = future();
            }
            return r;
        }

        private Rejection endBeforeStart() {
            DatasetRules.StartEnd period = DatasetRules.START_ENDS.get(def.name());
            if (period == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Comparable<Object> start = (Comparable<Object>) value(period.start());
            Object end = value(period.end());
            if (start != null && end != null && start.compareTo(end) > 0) {
                return new Rejection(ReasonCode.END_BEFORE_START, period.end(), shown(period.end()),
                        at() + period.end() + " '" + shown(period.end()) + "' is before " + period.start() + " '"
                                + shown(period.start()) + "'");
            }
            return null;
        }

        private Rejection negative() {
            // values[] is in raw-column order, so the i-th value is the i-th column's (no lookup by name).
            List<RawColumn> cols = def.rawColumns();
            for (int i = 0; i < cols.size(); i++) {
                RawColumn c = cols.get(i);
                if (values[i] instanceof Number n && n.doubleValue() < 0) {
                    return new Rejection(ReasonCode.NEGATIVE_VALUE, c.name(), shown(c.name()),
                            at() + c.name() + " '" + shown(c.name()) + "' is negative");
                }
            }
            return null;
        }

        private Rejection absurd() {
            String column = DatasetRules.DAILY_CAPS.get(def.name());
            if (column == null || value(column) == null) {
                return null;
            }
            double v = ((Number) value(column)).doubleValue();
            if (column.equals(PlatformUsage.MINUTES)) {
                if (v > MAX_MINUTES_PER_DAY) {
                    return absurd(column, "is more than " + MAX_MINUTES_PER_DAY + " minutes in a day");
                }
                return null;
            }
            DatasetRules.StartEnd period = DatasetRules.START_ENDS.get(def.name());
            long days = 1;
            if (period != null) {
                LocalDateTime start = (LocalDateTime) value(period.start());
                LocalDateTime end = (LocalDateTime) value(period.end());
                days = daysTouched(start, end);
            }
            if (v > MAX_HOURS_PER_DAY * days) {
                return absurd(column, period == null
                        ? "is more than 24 hours in a day"
                        : "is more than 24 hours for each of the " + days + " day(s) the event touches");
            }
            return null;
        }

        private Rejection absurd(String column, String what) {
            return new Rejection(ReasonCode.ABSURD_HOURS, column, shown(column),
                    at() + column + " '" + shown(column) + "' " + what);
        }

        private Rejection future() {
            List<RawColumn> cols = def.rawColumns();
            for (int i = 0; i < cols.size(); i++) {
                Object v = values[i];
                if (!(v instanceof LocalDate || v instanceof LocalDateTime)) {
                    continue;
                }
                RawColumn c = cols.get(i);
                if (DatasetRules.MAY_LIE_AHEAD.contains(c.name())) {
                    continue;
                }
                LocalDate d = v instanceof LocalDateTime t ? t.toLocalDate() : v instanceof LocalDate ld ? ld : null;
                if (d != null && d.isAfter(runDate)) {
                    return new Rejection(ReasonCode.FUTURE_DATE, c.name(), shown(c.name()),
                            at() + c.name() + " '" + shown(c.name()) + "' is after the day of the run, " + runDate);
                }
            }
            return null;
        }
    }

    /** Calendar days from the start's date to the end's date, both counted. */
    static long daysTouched(LocalDateTime start, LocalDateTime end) {
        return ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()) + 1;
    }
}
