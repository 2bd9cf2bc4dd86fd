package cn.jgdj.jobs.trends;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Driver-side half of the trends job: year-on-year changes and series statistics from the series points. */
public final class TrendRows {
    private TrendRows() {
    }

    /** One row per point, ordered by indicator (HEADLINES), dimension (Dimensions.ORDER), group, quarter. */
    public static List<TrendQuarter> of(List<SeriesPoint> points) {
        Map<List<String>, List<SeriesPoint>> series = new LinkedHashMap<>();
        points.stream().sorted(ORDER).forEach(p ->
                series.computeIfAbsent(List.of(p.indicator(), p.dimension(), p.group()), k -> new ArrayList<>())
                        .add(p));
        List<TrendQuarter> rows = new ArrayList<>();
        for (List<SeriesPoint> one : series.values()) {
            Map<Period, SeriesPoint> byQuarter = new HashMap<>();
            for (SeriesPoint p : one) {
                if (byQuarter.put(p.quarter(), p) != null) {
                    throw new IllegalArgumentException("two values for " + p.indicator() + " " + p.dimension() + "="
                            + p.group() + " in " + p.quarter());
                }
            }
            SeriesStatistics statistics = SeriesStatistics.of(one);
            for (SeriesPoint p : one) {
                rows.add(new TrendQuarter(p, yoyChange(p, byQuarter.get(p.quarter().yearEarlier())), statistics));
            }
        }
        return rows;
    }

    /**
     * Null when the earlier quarter is absent or either is suppressed: a change published next to an unsuppressed
     * value would give away the suppressed one.
     */
    static Double yoyChange(SeriesPoint now, SeriesPoint yearEarlier) {
        if (yearEarlier == null || now.suppressed() || yearEarlier.suppressed()) {
            return null;
        }
        return now.value() - yearEarlier.value();
    }

    private static int rankIn(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    static final Comparator<SeriesPoint> ORDER = Comparator
            .comparingInt((SeriesPoint p) -> rankIn(Trends.HEADLINES, p.indicator()))
            .thenComparing(SeriesPoint::indicator)
            .thenComparingInt(p -> rankIn(Dimensions.ORDER, p.dimension()))
            .thenComparing(SeriesPoint::dimension)
            .thenComparingInt(p -> rankIn(Dimensions.AGE_BANDS, p.group()))
            .thenComparing(SeriesPoint::group)
            .thenComparing(SeriesPoint::quarter);
}
