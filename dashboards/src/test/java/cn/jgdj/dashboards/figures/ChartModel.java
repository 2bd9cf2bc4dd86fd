package cn.jgdj.dashboards.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.dashboards.page.PackChart;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;

/** Small readers of a chart's model for the figure tests. */
final class ChartModel {
    private ChartModel() {
    }

    static PackChart only(List<PackChart> charts) {
        assertEquals(1, charts.size(), "pages");
        return charts.get(0);
    }

    static CategoryPlot categoryPlot(PackChart c) {
        return (CategoryPlot) c.chart().getPlot();
    }

    static List<String> columns(CategoryDataset d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.getColumnCount(); i++) {
            out.add(d.getColumnKey(i).toString());
        }
        return out;
    }

    static List<String> rows(CategoryDataset d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.getRowCount(); i++) {
            out.add(d.getRowKey(i).toString());
        }
        return out;
    }

    static List<Double> values(CategoryDataset d, int row) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < d.getColumnCount(); i++) {
            Number n = d.getValue(row, i);
            out.add(n == null ? null : n.doubleValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<CategoryPlot> subplots(Object combined) {
        if (combined instanceof CombinedRangeCategoryPlot c) {
            return (List<CategoryPlot>) c.getSubplots();
        }
        return (List<CategoryPlot>) ((CombinedDomainCategoryPlot) combined).getSubplots();
    }

    static List<String> symbols(ValueAxis axis) {
        return Arrays.asList(((SymbolAxis) axis).getSymbols());
    }

    /** The z value of the cell at column x, row y of a one-series heat map. */
    static Double z(XYZDataset d, int x, int y) {
        for (int i = 0; i < d.getItemCount(0); i++) {
            if (d.getXValue(0, i) == x && d.getYValue(0, i) == y) {
                return d.getZValue(0, i);
            }
        }
        return null;
    }

    /** The bottom text line: data as-of, run, n, source. */
    static String sourceLine(JFreeChart chart) {
        String last = null;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt && tt.getPosition() == org.jfree.chart.ui.RectangleEdge.BOTTOM) {
                last = tt.getText();
            }
        }
        return last;
    }

    static void drawsWithoutError(PackChart c) {
        BufferedImage img = new BufferedImage(c.width(), c.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        c.chart().draw(g2, new Rectangle2D.Double(0, 0, c.width(), c.height()));
        g2.dispose();
    }
}
