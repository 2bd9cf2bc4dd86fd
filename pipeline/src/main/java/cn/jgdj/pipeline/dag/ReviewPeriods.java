package cn.jgdj.pipeline.dag;

import cn.jgdj.schemas.Period;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The periods the packs review, taken from the periods the coverage table has: the review year (the one asked
 * for, else the latest year that the data reaches to its last quarter and that has ended by the as-of date)
 * and the leadership pack's quarter (the latest quarter of the data that has ended by the as-of date, within
 * the review year when one was asked for).
 */
public record ReviewPeriods(int year, String quarter) {
    public String yearPeriod() {
        return Integer.toString(year);
    }

    /**
     * @param periods       the distinct periods of indicators/coverage (2025 and year-to-date quarters 2025Q1..)
     * @param requestedYear --year, or null for the latest complete year
     */
    public static ReviewPeriods resolve(Collection<String> periods, Integer requestedYear, LocalDate asOf) {
        List<Period> parsed = periods.stream().map(Period::tryParse).flatMap(Optional::stream).toList();
        List<Integer> years = parsed.stream().filter(Period::isYear).map(Period::year).sorted().toList();
        if (years.isEmpty()) {
            throw new IllegalStateException("the coverage table has no yearly rows: there is no data to review");
        }
        List<Period> quarters = parsed.stream().filter(Period::isQuarter)
                .filter(q -> !q.lastDay().isAfter(asOf)).sorted().toList();
        int year;
        if (requestedYear != null) {
            if (!years.contains(requestedYear)) {
                throw new IllegalStateException("the data has no year " + requestedYear + " (it covers "
                        + years.get(0) + "–" + years.get(years.size() - 1) + "): give another --year");
            }
            year = requestedYear;
        } else {
            year = years.stream().filter(y -> quarters.contains(Period.quarter(y, 4))).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("no year of the data (" + years.get(0) + "–"
                            + years.get(years.size() - 1) + ") is complete by the as-of date " + asOf
                            + ": give --year, or a later --as-of"));
        }
        Period quarter = quarters.stream().filter(q -> requestedYear == null || q.year() == year)
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no quarter of "
                        + (requestedYear == null ? "the data" : Integer.toString(year))
                        + " has ended by the as-of date " + asOf + ": the leadership pack has nothing to review"));
        return new ReviewPeriods(year, quarter.toString());
    }
}
