package cn.jgdj.dashboards.charts;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Horizontal bars of 100%, one per group, split into the shares of its parts (the mix of training forms). */
public final class StackedShareChart {
    private StackedShareChart() {
    }

    /** Shares of at least this size carry their percentage inside the segment; thinner ones would not read. */
    public static final double LABEL_MIN_SHARE = 0.06;

    /**
     * @param data   series = parts (forms), categories = groups; values are fractions summing to 1 per group
     * @param labels the text inside each segment (only for shares of at least {@link #LABEL_MIN_SHARE})
     */
    public static JFreeChart create(DefaultCategoryDataset data, ChartText text, ChartTheme theme, ItemLabels labels) {
        CategoryAxis categories = new CategoryAxis(text.categoryAxis());
        categories.setMaximumCategoryLabelWidthRatio(0.3f);
        categories.setCategoryMargin(0.3);
        NumberAxis values = theme.percentAxis(text.valueAxis());
        values.setRange(0.0, 1.0);
        StackedBarRenderer r = new StackedBarRenderer();
        r.setDefaultItemLabelGenerator(new MapLabelGenerator(labels));
        r.setDefaultItemLabelFont(theme.font(ChartTheme.TICK_SIZE));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setMaximumBarWidth(0.6);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, theme.seriesPaint(i));
            // Dark segments take white text; light ones black (the palette is the Okabe–Ito set).
            Color c = theme.seriesPaint(i);
            double luminance = (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
            r.setSeriesItemLabelPaint(i, luminance < 0.55 ? Color.WHITE : Color.BLACK);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinesVisible(true);
        return theme.chart(plot, text, true);
    }
}
