package cn.jgdj.jobs.effectiveness;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The months of the panel: the analysis year's (treatment is counted in that year only). The panel does not reach
 * into the year before: members' circumstances change at the turn of the year (new duties, new yearly plans), so
 * a December-to-January change is no fair comparison; a cohort trained in January therefore has no base month
 * and is not estimated.
 *
 * @param year  the analysis year
 * @param first the panel's first month (index 0)
 * @param last  the panel's last month
 */
public record PanelSpan(int year, YearMonth first, YearMonth last) {
    public PanelSpan {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("panel ends " + last + " before it starts " + first);
        }
    }

    /**
     * The panel of {@code year}, clipped to the months with data ({@code dataFirst} … {@code dataLast}) and to
     * the as-of day's month.
     */
    public static PanelSpan of(int year, LocalDate dataFirst, LocalDate dataLast, LocalDate asOf) {
        YearMonth first = YearMonth.of(year, 1);
        if (YearMonth.from(dataFirst).isAfter(first)) {
            first = YearMonth.from(dataFirst);
        }
        YearMonth last = YearMonth.of(year, 12);
        for (LocalDate end : new LocalDate[] {dataLast, asOf}) {
            if (end != null && YearMonth.from(end).isBefore(last)) {
                last = YearMonth.from(end);
            }
        }
        return new PanelSpan(year, first, last);
    }

    public int months() {
        return (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** 0 for the first month. */
    public int index(YearMonth month) {
        return (int) first.until(month, java.time.temporal.ChronoUnit.MONTHS);
    }

    /** year × 12 + month of the first month: a date's index is year(d) × 12 + month(d) − this. */
    public int firstOrdinal() {
        return first.getYear() * 12 + first.getMonthValue();
    }
}
