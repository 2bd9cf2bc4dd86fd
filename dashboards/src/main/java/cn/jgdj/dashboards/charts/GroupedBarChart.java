package cn.jgdj.dashboards.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bars of one or more series per category (this year against last, group against the rest, one event type
 * against another), with labelled values and optional reference lines.
 */
public final class GroupedBarChart {
    private GroupedBarChart() {
    }

    /** How to draw: orientation, a percent (0–100%) or a count axis, reference lines, the labels on bars. */
    public record Options(PlotOrientation orientation, boolean percent, List<Reference> references,
                          ItemLabels labels) {
        public static Options horizontalPercent(ItemLabels labels, Reference... refs) {
            return new Options(PlotOrientation.HORIZONTAL, true, List.of(refs), labels);
        }

        public static Options verticalPercent(ItemLabels labels, Reference... refs) {
            return new Options(PlotOrientation.VERTICAL, true, List.of(refs), labels);
        }
    }

    /** Bar room a horizontal bar chart's value axis needs past the longest bar so its label is not cut off. */
    static final double BAR_AREA_PX = 450;

    /** The upper margin that leaves room for a label this many em wide (12 px item labels) beyond a bar. */
    static double labelMargin(double em) {
        return labelMargin(em, 0);
    }

    /**
     * The margin on one side that leaves room for a label this many em wide beyond the longest bar, when the other
     * side has a margin too (both are fractions of the data range, which shrinks as the margins grow).
     */
    static double labelMargin(double em, double otherMargin) {
        double px = em * ChartTheme.TICK_SIZE + 8;
        return Math.min(0.8, px * (1 + otherMargin) / Math.max(BAR_AREA_PX - px, 1));
    }

    private static boolean hasValue(DefaultCategoryDataset data, java.util.function.DoublePredicate test) {
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number n = data.getValue(r, c);
                if (n != null && test.test(n.doubleValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    public static JFreeChart create(DefaultCategoryDataset data, ChartText text, ChartTheme theme, Options o) {
        CategoryAxis categories = new CategoryAxis(text.categoryAxis());
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.25);
        NumberAxis values = o.percent() ? theme.percentAxis(text.valueAxis()) : theme.countAxis(text.valueAxis());
        if (o.percent()) {
            // Room for the value labels printed beyond a bar at 100%.
            values.setRange(0.0, o.orientation() == PlotOrientation.HORIZONTAL ? 1.2 : 1.1);
        }
        if (!o.percent()) {
            // Room for value labels beyond the ends of negative bars too.
            values.setLowerMargin(0.2);
            if (o.orientation() == PlotOrientation.HORIZONTAL && o.labels() != null) {
                // Labels print beyond the end of each bar: past the right end of positive bars, left of negative
                // ones, where the category labels begin (gaps to other members are all negative).
                double em = o.labels().widestEm();
                boolean negative = hasValue(data, v -> v < 0);
                boolean positive = hasValue(data, v -> v > 0);
                if (negative && !positive) {
                    values.setLowerMargin(Math.max(values.getLowerMargin(), labelMargin(em, values.getUpperMargin())));
                } else if (negative) {
                    values.setLowerMargin(Math.max(values.getLowerMargin(), labelMargin(em, labelMargin(em))));
                    values.setUpperMargin(Math.max(values.getUpperMargin(), labelMargin(em, values.getLowerMargin())));
                } else {
                    values.setUpperMargin(Math.max(values.getUpperMargin(), labelMargin(em)));
                }
            }
        }
        BarRenderer renderer = Renderers.bars(theme, o.labels(), o.orientation());
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, theme.seriesPaint(i));
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(o.orientation());
        plot.setRangeGridlinesVisible(true);
        Renderers.references(plot, o.references(), theme);
        return theme.chart(plot, text, data.getRowCount() > 1);
    }
}
