package cn.jgdj.pipeline.dag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods the packs review, taken from the periods the coverage table has: the review year (the one asked
 * for, else the latest year that the data reaches to its last quarter and that has ended by the as-of date)
 * and the leadership pack's quarter (the latest quarter of the data that has ended by the as-of date, within
 * the review year when one was asked for).
 */
public record ReviewPeriods(int year, String quarter) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

    public String yearPeriod() {
        return Integer.toString(year);
    }

    /**
     * @param periods       the distinct periods of indicators/coverage (2025 and year-to-date quarters 2025Q1..)
     * @param requestedYear --year, or null for the latest complete year
     */
    public static ReviewPeriods resolve(Collection<String> periods, Integer requestedYear, LocalDate asOf) {
        List<Integer> years = periods.stream().filter(p -> YEAR.matcher(p).matches()).map(Integer::valueOf)
                .sorted().toList();
        if (years.isEmpty()) {
            throw new IllegalStateException("the coverage table has no yearly rows: there is no data to review");
        }
        List<String> quarters = periods.stream().filter(p -> QUARTER.matcher(p).matches())
                .filter(q -> !quarterEnd(q).isAfter(asOf))
                .sorted(Comparator.comparing(ReviewPeriods::quarterEnd)).toList();
        int year;
        if (requestedYear != null) {
            if (!years.contains(requestedYear)) {
                throw new IllegalStateException("the data has no year " + requestedYear + " (it covers "
                        + years.get(0) + "–" + years.get(years.size() - 1) + "): give another --year");
            }
            year = requestedYear;
        } else {
            year = years.stream().filter(y -> quarters.contains(y + "Q4")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("no year of the data (" + years.get(0) + "–"
                            + years.get(years.size() - 1) + ") is complete by the as-of date " + asOf
                            + ": give --year, or a later --as-of"));
        }
        String quarter = quarters.stream().filter(q -> requestedYear == null || q.startsWith(year + "Q"))
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no quarter of "
                        + (requestedYear == null ? "the data" : Integer.toString(year))
                        + " has ended by the as-of date " + asOf + ": the leadership pack has nothing to review"));
        return new ReviewPeriods(year, quarter);
    }

    private static LocalDate quarterEnd(String quarter) {
        Matcher m = QUARTER.matcher(quarter);
        if (!m.matches()) {
            throw new IllegalArgumentException(quarter);
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3).atEndOfMonth();
    }
}
