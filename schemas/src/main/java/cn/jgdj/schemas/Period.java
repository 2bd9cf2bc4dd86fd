package cn.jgdj.schemas;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the tables, the command line and Airflow write it: a year {@code 2025}, a quarter
 * {@code 2025Q2} or a month {@code 2025-04}. The one place these labels are parsed and formatted; jobs build the
 * same labels as Spark columns with {@code cn.jgdj.jobs.PeriodColumns}.
 */
public record Period(int year, Kind kind, int index) implements Comparable<Period> {

    /** Year, quarter or month. */
    public enum Kind { YEAR, QUARTER, MONTH }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        int max = switch (kind) {
            case YEAR -> 0;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (kind == Kind.YEAR ? index != 0 : index < 1 || index > max) {
            throw new IllegalArgumentException("bad " + kind + " index " + index);
        }
    }

    /** The regular expression of every label {@link #parse} accepts (for generated code that cannot call it). */
    public static final String LABEL_REGEX = "\\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))?";
    /** The regular expression of a quarter's label alone ({@code 2025Q3}). */
    public static final String QUARTER_REGEX = "\\d{4}Q[1-4]";

    /** Parses a period or throws an IllegalArgumentException naming the text. */
    public static Period parse(String text) {
        return tryParse(text).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not a period (2025, 2025Q2 or 2025-04)"));
    }

    /** The period a label names, or empty when it is none. */
    public static Optional<Period> tryParse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            return Optional.of(year(Integer.parseInt(m.group(1))));
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = MONTH.matcher(s);
        if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    public static Period year(int year) {
        return new Period(year, Kind.YEAR, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Kind.QUARTER, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(year, Kind.MONTH, month);
    }

    /** The quarter a day lies in. */
    public static Period quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The month a day lies in. */
    public static Period monthOf(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    public boolean isYear() {
        return kind == Kind.YEAR;
    }

    public boolean isQuarter() {
        return kind == Kind.QUARTER;
    }

    public boolean isMonth() {
        return kind == Kind.MONTH;
    }

    /** The year this period lies in. */
    public Period yearPeriod() {
        return year(year);
    }

    /** The same kind of period one year earlier (2025Q3 → 2024Q3). */
    public Period yearEarlier() {
        return new Period(year - 1, kind, index);
    }

    /** The quarter n quarters later (negative: earlier); only for quarters. */
    public Period plusQuarters(int n) {
        requireKind(Kind.QUARTER);
        int q = year * 4 + (index - 1) + n;
        return quarter(Math.floorDiv(q, 4), Math.floorMod(q, 4) + 1);
    }

    /** The quarters of a year, Q1 to Q4. */
    public List<Period> quarters() {
        requireKind(Kind.YEAR);
        List<Period> out = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            out.add(quarter(year, q));
        }
        return out;
    }

    /** The months of a year, January to December. */
    public List<Period> months() {
        requireKind(Kind.YEAR);
        List<Period> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(month(year, m));
        }
        return out;
    }

    /** Consecutive quarters have consecutive numbers (year × 4 + quarter − 1); only for quarters. */
    public int quarterNumber() {
        requireKind(Kind.QUARTER);
        return year * 4 + index - 1;
    }

    /** The first day of the period. */
    public LocalDate firstDay() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, index * 3 - 2, 1);
            case MONTH -> LocalDate.of(year, index, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
        };
    }

    private void requireKind(Kind wanted) {
        if (kind != wanted) {
            throw new IllegalStateException(this + " is not a " + wanted.name().toLowerCase());
        }
    }

    @Override
    public int compareTo(Period o) {
        // Orders by the period's end, then longer periods first.
        int c = lastDay().compareTo(o.lastDay());
        return c != 0 ? c : kind.compareTo(o.kind);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "Q" + index;
            case MONTH -> String.format("%d-%02d", year, index);
        };
    }
}
