package cn.jgdj.dashboards.charts;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Two measures in different units for the same categories, side by side as horizontal bars that share the
 * category axis (e.g. volunteer participants and hours by theme).
 */
public final class DualBarChart {
    private DualBarChart() {
    }

    /** A panel: its one-series data and its value-axis label with the unit. */
    public record Panel(DefaultCategoryDataset data, String axisLabel, ItemLabels labels) {
    }

    public static JFreeChart create(Panel left, Panel right, ChartText text, ChartTheme theme) {
        CategoryAxis categories = new CategoryAxis(text.categoryAxis());
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setCategoryMargin(0.25);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(categories);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(24);
        int i = 0;
        for (Panel p : new Panel[] {left, right}) {
            NumberAxis axis = theme.countAxis(p.axisLabel());
            axis.setUpperMargin(0.25);
            axis.setLabelFont(theme.font(ChartTheme.LABEL_SIZE));
            axis.setTickLabelFont(theme.font(ChartTheme.TICK_SIZE));
            BarRenderer r = Renderers.bars(theme, p.labels(), PlotOrientation.HORIZONTAL);
            r.setMaximumBarWidth(0.6);
            r.setSeriesPaint(0, theme.seriesPaint(i++));
            CategoryPlot sub = new CategoryPlot(p.data(), null, axis, r);
            sub.setOrientation(PlotOrientation.HORIZONTAL);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(ChartTheme.GRID);
            sub.setOutlineVisible(false);
            plot.add(sub, 1);
        }
        return theme.chart(plot, text, false);
    }
}
