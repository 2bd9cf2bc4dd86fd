package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.TrendRow;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.data.category.DefaultCategoryDataset;

/** Datasets from the trends table: the all-members quarterly series of the headline indicators. */
public final class TrendData {
    /** Quarters shown in a trend: the last three years. */
    public static final int WINDOW = 12;

    private TrendData() {
    }

    /** The all-members value of a headline indicator in a quarter, if present and not suppressed. */
    public static Optional<Double> value(List<TrendRow> rows, String indicator, Period quarter) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && Dimensions.ALL.equals(r.dimension())
                        && r.period().equals(quarter) && !r.suppressed() && !Double.isNaN(r.value()))
                .map(TrendRow::value).findFirst();
    }

    /**
     * The last {@link #WINDOW} quarters up to {@code quarter}, starting at the first that has any value; one
     * series per headline indicator with any value. The value at {@code quarter} is labelled.
     */
    public static DefaultCategoryDataset headlines(List<TrendRow> rows, Period quarter, Labels l, ItemLabels labels) {
        List<Period> window = new ArrayList<>();
        for (int i = WINDOW - 1; i >= 0; i--) {
            window.add(quarter.plusQuarters(-i));
        }
        int first = 0;
        while (first < window.size() && !anyValue(rows, window.get(first))) {
            first++;
        }
        List<Period> shown = window.subList(first, window.size());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String ind : Trends.HEADLINES) {
            if (shown.stream().noneMatch(q -> value(rows, ind, q).isPresent())) {
                continue;
            }
            String series = l.indicator(ind);
            for (Period q : shown) {
                Double v = value(rows, ind, q).orElse(null);
                data.addValue(v, series, q.toString());
            }
            value(rows, ind, quarter).ifPresent(v -> labels.put(series, quarter.toString(), l.percent(v)));
        }
        return data;
    }

    private static boolean anyValue(List<TrendRow> rows, Period q) {
        return Trends.HEADLINES.stream().anyMatch(ind -> value(rows, ind, q).isPresent());
    }

    /** Each headline indicator in a quarter against the same quarter a year earlier. */
    public static DefaultCategoryDataset yearOnYear(List<TrendRow> rows, Period quarter, Labels l,
                                                    ItemLabels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Period before = quarter.yearEarlier();
        for (String ind : Trends.HEADLINES) {
            Optional<Double> now = value(rows, ind, quarter);
            Optional<Double> then = value(rows, ind, before);
            if (now.isEmpty() && then.isEmpty()) {
                continue;
            }
            String cat = l.indicator(ind);
            data.addValue(then.orElse(null), l.period(before), cat);
            data.addValue(now.orElse(null), l.period(quarter), cat);
            then.ifPresent(v -> labels.put(l.period(before), cat, l.percent(v)));
            now.ifPresent(v -> labels.put(l.period(quarter), cat, l.percent(v) + then.map(b -> l.t("（", " (")
                    + Headlines.ppChange(v - b) + l.t("）", ")")).orElse("")));
        }
        return data;
    }
}
