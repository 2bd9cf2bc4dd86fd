package cn.jgdj.dashboards.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars of rates in stacked sections that share one 0–100% axis: e.g. 全体, then by unit type, then
 * by role. A suppressed group keeps its row, labelled as suppressed, with no bar.
 */
public final class SectionedBarChart {
    private SectionedBarChart() {
    }

    /** One section: its axis label and its groups × series; every section has the same series. */
    public record Section(String label, DefaultCategoryDataset data) {
    }

    public static JFreeChart create(List<Section> sections, ChartText text, ChartTheme theme, ItemLabels labels,
                                    List<Reference> references) {
        NumberAxis values = theme.percentAxis(text.valueAxis());
        values.setRange(0.0, 1.14);
        CombinedRangeCategoryPlot plot = new CombinedRangeCategoryPlot(values);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(14);
        LegendItemCollection legend = new LegendItemCollection();
        for (Section s : sections) {
            CategoryAxis axis = new CategoryAxis(s.label());
            axis.setMaximumCategoryLabelWidthRatio(0.3f);
            axis.setCategoryMargin(0.3);
            axis.setLabelFont(theme.font(ChartTheme.LABEL_SIZE));
            axis.setTickLabelFont(theme.font(ChartTheme.TICK_SIZE));
            BarRenderer r = Renderers.bars(theme, labels, PlotOrientation.HORIZONTAL);
            r.setMaximumBarWidth(0.4);
            for (int i = 0; i < s.data().getRowCount(); i++) {
                r.setSeriesPaint(i, theme.seriesPaint(i));
            }
            CategoryPlot sub = new CategoryPlot(s.data(), axis, null, r);
            sub.setOrientation(PlotOrientation.HORIZONTAL);
            sub.setRangeGridlinePaint(ChartTheme.GRID);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setOutlineVisible(false);
            Renderers.references(sub, references, theme);
            plot.add(sub, Math.max(1, s.data().getColumnCount()));
            if (legend.getItemCount() == 0) {
                for (int i = 0; i < s.data().getRowCount(); i++) {
                    LegendItem li = new LegendItem(s.data().getRowKey(i).toString(), theme.seriesPaint(i));
                    li.setLabelFont(theme.font(ChartTheme.LABEL_SIZE));
                    legend.add(li);
                }
            }
        }
        for (Reference ref : references) {
            LegendItem li = new LegendItem(ref.label(), null, null, null, new java.awt.geom.Line2D.Double(-8, 0, 8, 0),
                    theme.referenceStroke(), ChartTheme.REFERENCE);
            li.setLabelFont(theme.font(ChartTheme.LABEL_SIZE));
            legend.add(li);
        }
        // Each subplot would repeat the same series in the legend; one list for the whole chart.
        plot.setFixedLegendItems(legend);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = theme.chart(plot, text, true);
        if (sections.stream().allMatch(s -> s.data().getColumnCount() == 0)) {
            plot.clearRangeMarkers();
        }
        return chart;
    }
}
