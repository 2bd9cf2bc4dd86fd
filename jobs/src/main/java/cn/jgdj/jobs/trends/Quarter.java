package cn.jgdj.jobs.trends;

import cn.jgdj.schemas.Period;
import java.time.LocalDate;

/**
 * A calendar quarter, written 2025Q2 in the tables: the trend statistics' typed view of a quarter
 * {@link Period} (which parses and formats the label).
 *
 * @param year    the year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got " + quarter);
        }
    }

    /** Parses 2025Q2; fails naming the value. */
    public static Quarter parse(String period) {
        Period p = period == null || !period.matches(Period.LABEL_REGEX) ? null : Period.parse(period);
        if (p == null || !p.isQuarter()) {
            throw new IllegalArgumentException("'" + period + "' is not a quarter like 2025Q2");
        }
        return new Quarter(p.year(), p.index());
    }

    public Period period() {
        return Period.quarter(year, quarter);
    }

    /** Consecutive quarters have consecutive indexes, so a regression on it measures change per quarter. */
    public int index() {
        return period().quarterNumber();
    }

    /** The quarter's last day: a quarter is complete on it. */
    public LocalDate lastDay() {
        return period().lastDay();
    }

    public Quarter yearEarlier() {
        return new Quarter(year - 1, quarter);
    }

    public String label() {
        return period().toString();
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
