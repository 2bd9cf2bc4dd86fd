package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.ForestPlotChart.Forest;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.charts.Reference;
import cn.jgdj.dashboards.charts.SectionedBarChart.Section;
import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** Datasets from the coverage table: rates by group, units ranked, forest plots, the year-to-date path. */
public final class CoverageData {
    private CoverageData() {
    }

    /** The all-members row of a period, if there is one and it is not suppressed. */
    public static Optional<CoverageRow> overall(List<CoverageRow> rows, Period p) {
        return rows.stream().filter(r -> r.period().equals(p) && Dimensions.ALL.equals(r.dimension())
                && !r.suppressed()).findFirst();
    }

    /** The rows of one dimension in a period. */
    public static List<CoverageRow> of(List<CoverageRow> rows, Period p, String dimension) {
        return rows.stream().filter(r -> r.period().equals(p) && r.dimension().equals(dimension)).toList();
    }

    /** A group's category label: its words, or its words marked suppressed. */
    public static String groupLabel(Labels l, String dimension, String group, boolean suppressed) {
        String name = l.group(dimension, group);
        return suppressed ? name + " " + l.suppressed() : name;
    }

    /**
     * Reach and attainment rates per group, one section per dimension; a suppressed group has its row with
     * no values. Fills {@code labels} with the percentages to print.
     */
    public static List<Section> sections(List<CoverageRow> rows, Period p, List<String> dimensions, Labels l,
                                         ItemLabels labels) {
        String reach = l.t("参训率（全年有学时记录的党员占比）", "Reach (members with any credit in the year)");
        String attained = l.t("学时达标率", "Attainment (met requirement)");
        List<Section> out = new ArrayList<>();
        for (String dim : dimensions) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            Map<String, CoverageRow> byGroup = new LinkedHashMap<>();
            of(rows, p, dim).forEach(r -> byGroup.put(r.group(), r));
            for (String g : GroupOrder.sort(dim, byGroup.keySet())) {
                CoverageRow r = byGroup.get(g);
                String cat = groupLabel(l, dim, g, r.suppressed());
                if (r.suppressed()) {
                    data.addValue(null, reach, cat);
                    data.addValue(null, attained, cat);
                } else {
                    data.addValue(r.reachRate(), reach, cat);
                    data.addValue(r.attainmentRate(), attained, cat);
                    labels.put(reach, cat, l.percent(r.reachRate()));
                    labels.put(attained, cat, l.percent(r.attainmentRate()));
                }
            }
            if (data.getColumnCount() > 0) {
                out.add(new Section(l.dimension(dim), data));
            }
        }
        return out;
    }

    /** One ranked item: a unit's category label, its rate (null when suppressed) and id. */
    public record RankedItem(String id, String label, Double rate) {
    }

    /**
     * Units sorted by attainment, lowest first (where attention is needed), suppressed units last; labels carry
     * the number of eligible members.
     */
    public static List<RankedItem> unitsByAttainment(List<CoverageRow> rows, Period p, Labels l) {
        List<CoverageRow> units = new ArrayList<>(of(rows, p, Dimensions.UNIT));
        units.sort(Comparator.comparing(CoverageRow::suppressed)
                .thenComparing(r -> r.suppressed() ? 0.0 : r.attainmentRate())
                .thenComparing(CoverageRow::group));
        List<RankedItem> out = new ArrayList<>();
        for (CoverageRow r : units) {
            String name = l.unit(r.group());
            String label = r.suppressed() ? name + " " + l.suppressed()
                    : name + l.t("（" + r.eligible() + "人）", " (" + r.eligible() + ")");
            out.add(new RankedItem(r.group(), label, r.suppressed() ? null : r.attainmentRate()));
        }
        return out;
    }

    /** A one-series dataset of ranked items, top first, and the percentage labels. */
    public static DefaultCategoryDataset ranked(List<RankedItem> items, String series, ItemLabels labels, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (RankedItem it : items) {
            data.addValue(it.rate(), series, it.label());
            if (it.rate() != null) {
                labels.put(series, it.label(), l.percent(it.rate()));
            }
        }
        return data;
    }

    /** Groups of one dimension for a forest plot, in reading order (units: by rate, suppressed last). */
    public static List<CoverageRow> forestRows(List<CoverageRow> rows, Period p, String dimension) {
        List<CoverageRow> dim = of(rows, p, dimension);
        if (Dimensions.UNIT.equals(dimension)) {
            List<CoverageRow> sorted = new ArrayList<>(dim);
            sorted.sort(Comparator.comparing(CoverageRow::suppressed)
                    .thenComparing(r -> r.suppressed() ? 0.0 : r.attainmentRate()).thenComparing(CoverageRow::group));
            return sorted;
        }
        Map<String, CoverageRow> byGroup = new LinkedHashMap<>();
        dim.forEach(r -> byGroup.put(r.group(), r));
        return GroupOrder.sort(dimension, byGroup.keySet()).stream().map(byGroup::get).toList();
    }

    /**
     * The rate axis of a forest plot: every shown interval and the overall rate, padded by 5 points and rounded
     * out to 5%; computed over all parts of a long dimension so the pages compare.
     */
    /**
     * One x-range for every forest plot of a pack: over the groups of every dimension in the period, so a small
     * gap is not stretched across a page of its own (a 70–90 % axis made 1.6 points look large).
     */
    public static Range packForestAxis(List<CoverageRow> rows, Period p) {
        List<CoverageRow> groups = rows.stream().filter(r -> r.period().equals(p)
                && !Dimensions.ALL.equals(r.dimension())).toList();
        return forestAxis(groups, overall(rows, p));
    }

    public static Range forestAxis(List<CoverageRow> groups, Optional<CoverageRow> overall) {
        double lo = overall.map(CoverageRow::attainmentRate).orElse(1.0);
        double hi = overall.map(CoverageRow::attainmentRate).orElse(0.0);
        for (CoverageRow r : groups) {
            if (!r.suppressed()) {
                lo = Math.min(lo, Double.isNaN(r.ciLow()) ? r.attainmentRate() : r.ciLow());
                hi = Math.max(hi, Double.isNaN(r.ciHigh()) ? r.attainmentRate() : r.ciHigh());
            }
        }
        return lo > hi ? new Range(0, 1) : new Range(Math.max(0, Math.floor((lo - 0.05) * 20) / 20),
                Math.min(1, Math.ceil((hi + 0.05) * 20) / 20));
    }

    /**
     * A forest plot of attainment with 95% intervals: series 0 = not flagged, 1 = flagged; suppressed groups keep a
     * labelled row without a point.
     */
    public static Forest forest(List<CoverageRow> groups, String dimension, Optional<CoverageRow> overall,
                                Set<String> flagged, Range axis, Labels l) {
        XYIntervalSeries normal = new XYIntervalSeries(l.t("达标率及95%区间", "Attainment with 95% interval"));
        XYIntervalSeries high = new XYIntervalSeries(l.t("显著偏低的群体", "Flagged under-served group"));
        List<String> rowLabels = new ArrayList<>();
        Set<Integer> suppressed = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            CoverageRow r = groups.get(i);
            String name = l.group(dimension, r.group());
            if (!r.suppressed()) {
                name += l.t("（" + r.eligible() + "人）", " (" + r.eligible() + ")");
            }
            if (r.suppressed()) {
                rowLabels.add(name);
                suppressed.add(i);
                continue;
            }
            boolean isFlagged = flagged.contains(r.group());
            rowLabels.add(isFlagged ? name + " *" : name);
            double low = Double.isNaN(r.ciLow()) ? r.attainmentRate() : r.ciLow();
            double up = Double.isNaN(r.ciHigh()) ? r.attainmentRate() : r.ciHigh();
            (isFlagged ? high : normal).add(r.attainmentRate(), low, up, i, i, i);
        }
        XYIntervalSeriesCollection points = new XYIntervalSeriesCollection();
        points.addSeries(normal);
        points.addSeries(high);
        Reference ref = overall.map(o -> new Reference(o.attainmentRate(),
                l.t("全体 ", "All members ") + l.percent(o.attainmentRate()))).orElse(null);
        Range band = overall.filter(o -> !Double.isNaN(o.ciLow()) && !Double.isNaN(o.ciHigh()))
                .map(o -> new Range(o.ciLow(), o.ciHigh())).orElse(null);
        return new Forest(points, rowLabels, suppressed, ref, band, axis, l.suppressed());
    }

    /** Year-to-date rate at each quarter end of a year (Q1..Q4), null where the table has no row. */
    public static List<Double> yearToDate(List<CoverageRow> rows, Period year, boolean attainment) {
        List<Double> out = new ArrayList<>();
        for (Period q : year.quarters()) {
            out.add(overall(rows, q).map(r -> attainment ? r.attainmentRate() : r.reachRate()).orElse(null));
        }
        return out;
    }
}
