package cn.jgdj.jobs.trends;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written 2025Q2 in the tables.
 *
 * @param year    the year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got " + quarter);
        }
    }

    /** Parses 2025Q2; fails naming the value. */
    public static Quarter parse(String period) {
        Matcher m = period == null ? null : LABEL.matcher(period);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + period + "' is not a quarter like 2025Q2");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Consecutive quarters have consecutive indexes, so a regression on it measures change per quarter. */
    public int index() {
        return year * 4 + quarter - 1;
    }

    /** The quarter's last day: a quarter is complete on it. */
    public LocalDate lastDay() {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    public Quarter yearEarlier() {
        return new Quarter(year - 1, quarter);
    }

    public String label() {
        return year + "Q" + quarter;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return label();
    }
}
