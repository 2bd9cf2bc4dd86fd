package cn.jgdj.dashboards.charts;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Rates over periods as lines with distinct markers and dashes; chosen periods (this quarter, the same
 * quarter a year earlier) shaded and labelled; reference series (a pace line) drawn thin and grey.
 */
public final class LineTrendChart {
    private LineTrendChart() {
    }

    /** A period to shade, with its label. */
    public record Mark(String category, String label) {
    }

    /**
     * @param references series keys drawn as grey dashed reference lines without markers
     * @param labels     values printed next to points (typically the last point of each series)
     */
    public static JFreeChart create(DefaultCategoryDataset data, ChartText text, ChartTheme theme, List<Mark> marks,
                                    Set<String> references, ItemLabels labels) {
        CategoryAxis periods = new CategoryAxis(text.categoryAxis());
        periods.setCategoryMargin(0.1);
        periods.setLowerMargin(0.03);
        periods.setUpperMargin(0.08);
        NumberAxis values = theme.percentAxis(text.valueAxis());
        values.setRange(0.0, 1.05);
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true) {
            @Override
            public boolean isItemLabelVisible(int row, int column) {
                return data.getValue(row, column) != null && labels.has(data.getRowKey(row), data.getColumnKey(column));
            }
        };
        r.setDefaultItemLabelGenerator(new MapLabelGenerator(labels));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.font(ChartTheme.TICK_SIZE - 1));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(6);
        int styled = 0;
        for (int i = 0; i < data.getRowCount(); i++) {
            String key = data.getRowKey(i).toString();
            if (references.contains(key)) {
                r.setSeriesPaint(i, ChartTheme.MUTED);
                r.setSeriesStroke(i, theme.referenceStroke());
                r.setSeriesShapesVisible(i, false);
            } else {
                r.setSeriesPaint(i, theme.seriesPaint(styled));
                r.setSeriesStroke(i, theme.seriesStroke(styled));
                r.setSeriesShape(i, theme.seriesShape(styled));
                styled++;
            }
        }
        r.setUseFillPaint(false);
        CategoryPlot plot = new CategoryPlot(data, periods, values, r);
        plot.setRangeGridlinesVisible(true);
        for (Mark m : marks) {
            if (data.getColumnIndex(m.category()) < 0) {
                continue;
            }
            CategoryMarker cm = new CategoryMarker(m.category(), new Color(0xE8E8E8), new java.awt.BasicStroke(1f));
            cm.setDrawAsLine(false);
            cm.setAlpha(1f);
            cm.setLabel(m.label());
            cm.setLabelFont(theme.font(ChartTheme.TICK_SIZE - 1));
            cm.setLabelPaint(ChartTheme.REFERENCE);
            cm.setLabelAnchor(RectangleAnchor.TOP);
            cm.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(cm, Layer.BACKGROUND);
        }
        return theme.chart(plot, text, true);
    }
}
