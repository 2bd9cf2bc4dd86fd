package cn.jgdj.dashboards.charts;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A tall sorted horizontal bar chart of one rate per unit (or venue), highlighted items drawn in the
 * highlight colour, with an optional labelled reference line. Made for ~40 rows per chart; callers split
 * longer lists into parts.
 */
public final class RankedBarChart {
    private RankedBarChart() {
    }

    /**
     * The one-series dataset (categories in display order, top first) and which categories to highlight.
     *
     * @param normalLegend legend text of ordinary items, or null for none
     * @param notes        text printed from the axis on items that have no bar (category → note), e.g. why a
     *                     value does not apply
     */
    public record Ranked(DefaultCategoryDataset data, Set<String> highlighted, String normalLegend,
                         String highlightLegend, Reference reference, ItemLabels labels, Color normalPaint,
                         Color highlightPaint, Map<String, String> notes) {
        /** Ordinary items light, highlighted (flagged) items in the highlight colour. */
        public Ranked(DefaultCategoryDataset data, Set<String> highlighted, String normalLegend,
                      String highlightLegend, Reference reference, ItemLabels labels) {
            this(data, highlighted, normalLegend, highlightLegend, reference, labels, ChartTheme.NORMAL,
                    ChartTheme.HIGHLIGHT, Map.of());
        }
    }

    public static JFreeChart create(Ranked r, ChartText text, ChartTheme theme) {
        CategoryAxis categories = new CategoryAxis(text.categoryAxis());
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        // A long name wraps to a second line rather than losing its end ("…（0场，0个…") to an ellipsis.
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.12);
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        NumberAxis values = theme.percentAxis(text.valueAxis());
        values.setRange(0.0, 1.14);
        BarRenderer renderer = new HighlightRenderer(theme, r);
        CategoryPlot plot = new CategoryPlot(r.data(), categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        LegendItemCollection legend = new LegendItemCollection();
        if (r.normalLegend() != null) {
            legend.add(item(r.normalLegend(), r.normalPaint(), theme));
        }
        if (r.highlightLegend() != null) {
            legend.add(item(r.highlightLegend(), r.highlightPaint(), theme));
        }
        if (r.reference() != null) {
            // Behind the bars: with 40 bars ending near the overall rate, a line in front would cross their labels.
            Renderers.references(plot, java.util.List.of(r.reference()), theme, Layer.BACKGROUND);
            LegendItem li = new LegendItem(r.reference().label(), null, null, null, new Line2D.Double(-8, 0, 8, 0),
                    theme.referenceStroke(), ChartTheme.REFERENCE);
            li.setLabelFont(theme.font(ChartTheme.LABEL_SIZE));
            legend.add(li);
        }
        plot.setFixedLegendItems(legend);
        r.notes().forEach((category, note) -> {
            CategoryTextAnnotation a = new CategoryTextAnnotation("  " + note, category, 0.0);
            a.setCategoryAnchor(CategoryAnchor.MIDDLE);
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            a.setFont(theme.font(ChartTheme.TICK_SIZE));
            a.setPaint(ChartTheme.REFERENCE);
            plot.addAnnotation(a);
        });
        return theme.chart(plot, text, true);
    }

    private static LegendItem item(String label, Paint paint, ChartTheme theme) {
        LegendItem li = new LegendItem(label, paint);
        li.setLabelFont(theme.font(ChartTheme.LABEL_SIZE));
        return li;
    }

    /** Bars at least this long (a rate) have room for their label inside. */
    static final double INSIDE_FROM = 0.2;
    static final ItemLabelPosition INSIDE_END = new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT);

    /** Paints each bar by whether its category is highlighted. */
    private static final class HighlightRenderer extends BarRenderer {
        private final Ranked ranked;
        private final BarRenderer labelled;

        HighlightRenderer(ChartTheme theme, Ranked ranked) {
            this.ranked = ranked;
            this.labelled = Renderers.bars(theme, ranked.labels(), PlotOrientation.HORIZONTAL);
            setDefaultItemLabelGenerator(labelled.getDefaultItemLabelGenerator());
            setDefaultItemLabelFont(labelled.getDefaultItemLabelFont());
            setDefaultItemLabelsVisible(true);
            setDefaultPositiveItemLabelPosition(labelled.getDefaultPositiveItemLabelPosition());
            // A label that does not fit inside its bar goes outside rather than vanishing.
            setPositiveItemLabelPositionFallback(labelled.getDefaultPositiveItemLabelPosition());
            setItemLabelAnchorOffset(4);
            setShadowVisible(false);
            setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
            setDrawBarOutline(false);
            // About 17 px per bar at the tall charts' 22 px per row, however few the rows.
            setMaximumBarWidth(0.8 / Math.max(8, ranked.data().getColumnCount()));
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            String key = ranked.data().getColumnKey(column).toString();
            return ranked.highlighted().contains(key) ? ranked.highlightPaint() : ranked.normalPaint();
        }

        /** Long bars carry their value inside the bar's end, clear of the reference line; short ones outside. */
        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            Number v = ranked.data().getValue(row, column);
            if (v != null && v.doubleValue() >= INSIDE_FROM) {
                return INSIDE_END;
            }
            return super.getPositiveItemLabelPosition(row, column);
        }

        @Override
        public boolean isItemLabelVisible(int row, int column) {
            return ranked.data().getValue(row, column) != null
                    && ranked.labels().has(ranked.data().getRowKey(row), ranked.data().getColumnKey(column));
        }
    }
}
