package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.UnderServedRow;
import cn.jgdj.dashboards.text.Labels;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.data.category.DefaultCategoryDataset;

/** Datasets from under_served: flagged groups (significantly below the rest of the members). */
public final class UnderServedData {
    private UnderServedData() {
    }

    /** Groups of a dimension flagged for an outcome in a year. */
    public static Set<String> flagged(List<UnderServedRow> rows, Period year, String indicator, String dimension) {
        return rows.stream().filter(r -> r.period().equals(year) && r.indicator().equals(indicator)
                        && r.dimension().equals(dimension) && r.flagged() && !r.suppressed())
                .map(UnderServedRow::group).collect(Collectors.toUnmodifiableSet());
    }

    /** Flagged, unsuppressed rows of a year, largest shortfall (most negative gap) first. */
    public static List<UnderServedRow> flaggedRows(List<UnderServedRow> rows, Period year) {
        return rows.stream().filter(r -> r.period().equals(year) && r.flagged() && !r.suppressed())
                .sorted(Comparator.comparingDouble(UnderServedRow::gapPp).thenComparing(UnderServedRow::indicator)
                        .thenComparing(UnderServedRow::dimension).thenComparing(UnderServedRow::group))
                .toList();
    }

    /** The latest year at or before {@code year} that under_served has rows for. */
    public static Optional<Period> latestYear(List<UnderServedRow> rows, Period year) {
        return rows.stream().map(UnderServedRow::period).filter(p -> p.isYear() && p.year() <= year.year())
                .max(Comparator.naturalOrder());
    }

    /** The category label of a flagged row: dimension: group · outcome. */
    public static String label(UnderServedRow r, Labels l) {
        return l.dimensionGroup(r.dimension(), r.group()) + " · " + l.indicator(r.indicator());
    }

    /** Group rate against the rest's rate for the given rows (top first). */
    public static DefaultCategoryDataset groupVsRest(List<UnderServedRow> top, Labels l, ItemLabels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String group = l.t("该群体", "This group");
        String rest = l.t("其余党员", "Other members");
        for (UnderServedRow r : top) {
            String cat = label(r, l);
            data.addValue(r.rate(), group, cat);
            data.addValue(r.restRate(), rest, cat);
            labels.put(group, cat, l.percent(r.rate()) + l.t("（差距", " (gap ") + pp(r.gapPp(), l) + l.t("）", ")"));
            labels.put(rest, cat, l.percent(r.restRate()));
        }
        return data;
    }

    /** Gap in percentage points for each flagged row. */
    public static DefaultCategoryDataset gaps(List<UnderServedRow> flagged, Labels l, ItemLabels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = l.t("与其余党员的差距", "Gap to other members");
        for (UnderServedRow r : flagged) {
            String cat = label(r, l);
            data.addValue(r.gapPp(), series, cat);
            labels.put(series, cat, String.format(Locale.ROOT, "%+.1f (%s)", r.gapPp(), q(r.qValue())));
        }
        return data;
    }

    /** A q-value as printed: "q<0.001" below a thousandth (three zeros would read as none), else three decimals. */
    public static String q(double q) {
        return q < 0.001 ? "q<0.001" : String.format(Locale.ROOT, "q=%.3f", q);
    }

    static String pp(double gapPp, Labels l) {
        return String.format(Locale.ROOT, "%+.1f", gapPp) + l.t("个百分点", " pp");
    }
}
