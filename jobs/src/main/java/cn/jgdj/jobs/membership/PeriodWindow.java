package cn.jgdj.jobs.membership;

import cn.jgdj.schemas.Period;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period in which members are counted: its name, its days, and the span over which the annual requirement is
 * pro-rated (the calendar year for years and year-to-date windows, the window itself for quarters and months).
 *
 * @param period           the period as written in tables: 2025, 2025Q2, 2025-04
 * @param start            first day
 * @param end              last day
 * @param requirementStart first day of the pro-rating span
 * @param requirementEnd   last day of the pro-rating span (12 months long)
 */
public record PeriodWindow(String period, LocalDate start, LocalDate end, LocalDate requirementStart,
                           LocalDate requirementEnd) {

    public PeriodWindow {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window " + period + " ends " + end + " before it starts " + start);
        }
    }

    /** The calendar year: period `2025`. */
    public static PeriodWindow year(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return new PeriodWindow(Integer.toString(year), first, last, first, last);
    }

    /** 1 January to the end of the quarter, against the full-year requirement: period `2025Q2`. */
    public static PeriodWindow yearToDate(int year, int quarter) {
        PeriodWindow y = year(year);
        return new PeriodWindow(quarterName(year, quarter), y.start(), quarterEnd(year, quarter), y.start(), y.end());
    }

    /** The quarter alone: period `2025Q2` = 1 April to 30 June. */
    public static PeriodWindow quarter(int year, int quarter) {
        LocalDate end = quarterEnd(year, quarter);
        LocalDate start = end.withDayOfMonth(1).minusMonths(2);
        return new PeriodWindow(quarterName(year, quarter), start, end, start, end);
    }

    /** A calendar month: period `2025-04`. */
    public static PeriodWindow month(YearMonth month) {
        return new PeriodWindow(Period.monthOf(month).toString(), month.atDay(1), month.atEndOfMonth(), month.atDay(1),
                month.atEndOfMonth());
    }

    /** 1 January to a given day, against the full-year requirement, named after the year: period `2025`. */
    public static PeriodWindow yearUntil(LocalDate last) {
        PeriodWindow y = year(last.getYear());
        return new PeriodWindow(y.period(), y.start(), last, y.start(), y.end());
    }

    /** The same period cut short on a day within it; the pro-rating span is unchanged. */
    public PeriodWindow endingOn(LocalDate last) {
        if (last.isBefore(start) || last.isAfter(end)) {
            throw new IllegalArgumentException(period + " (" + start + " to " + end + ") does not contain " + last);
        }
        return new PeriodWindow(period, start, last, requirementStart, requirementEnd);
    }

    /** The year whose rules apply: that of the window's last day. */
    public int rulesYear() {
        return end.getYear();
    }

    static String quarterName(int year, int quarter) {
        return Period.quarter(year, quarter).toString();
    }

    static LocalDate quarterEnd(int year, int quarter) {
        return Period.quarter(year, quarter).lastDay();
    }
}
