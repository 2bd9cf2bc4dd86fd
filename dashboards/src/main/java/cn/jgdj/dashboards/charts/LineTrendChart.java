package cn.jgdj.dashboards.charts;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
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
        return create(data, text, theme, marks, references, java.util.Map.of(), labels);
    }

    /**
     * @param earlier series keys drawn as an earlier period of another series (key → that series): its colour
     *                made pale, a dashed line and hollow markers, so this year and last year read apart on paper
     */
    public static JFreeChart create(DefaultCategoryDataset data, ChartText text, ChartTheme theme, List<Mark> marks,
                                    Set<String> references, java.util.Map<String, String> earlier, ItemLabels labels) {
        CategoryAxis periods = new CategoryAxis(text.categoryAxis());
        periods.setCategoryMargin(0.1);
        periods.setLowerMargin(0.03);
        periods.setUpperMargin(0.08);
        NumberAxis values = theme.percentAxis(text.valueAxis());
        values.setRange(0.0, 1.05);
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        int styled = 0;
        for (int i = 0; i < data.getRowCount(); i++) {
            String key = data.getRowKey(i).toString();
            if (references.contains(key)) {
                r.setSeriesPaint(i, ChartTheme.MUTED);
                r.setSeriesStroke(i, theme.referenceStroke());
                r.setSeriesShapesVisible(i, false);
            } else if (earlier.containsKey(key)) {
                continue;
            } else {
                r.setSeriesPaint(i, theme.seriesPaint(styled));
                r.setSeriesStroke(i, theme.seriesStroke(styled));
                r.setSeriesShape(i, theme.seriesShape(styled));
                styled++;
            }
        }
        for (int i = 0; i < data.getRowCount(); i++) {
            String of = earlier.get(data.getRowKey(i).toString());
            int later = of == null ? -1 : data.getRowIndex(of);
            if (later >= 0) {
                Color c = (Color) r.getSeriesPaint(later);
                r.setSeriesPaint(i, new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3,
                        (c.getBlue() + 2 * 255) / 3));
                r.setSeriesStroke(i, new java.awt.BasicStroke(2.2f, java.awt.BasicStroke.CAP_BUTT,
                        java.awt.BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 4f}, 0f));
                r.setSeriesShape(i, r.getSeriesShape(later) != null ? r.getSeriesShape(later) : theme.seriesShape(0));
                r.setSeriesShapesFilled(i, false);
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
            cm.setLabelFont(theme.font(ChartTheme.TICK_SIZE));
            cm.setLabelPaint(ChartTheme.REFERENCE);
            cm.setLabelAnchor(RectangleAnchor.TOP);
            cm.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(cm, Layer.BACKGROUND);
        }
        JFreeChart chart = theme.chart(plot, text, true);
        valueLabels(plot, data, labels, theme);
        return chart;
    }

    /** Minimum vertical gap between two value labels of one period, as a fraction of the axis. */
    static final double LABEL_GAP = 0.045;

    /**
     * Prints the labelled values right of their points; labels of one period closer than {@link #LABEL_GAP} are
     * pushed apart so that equal values (two lines meeting) stay readable.
     */
    private static void valueLabels(CategoryPlot plot, DefaultCategoryDataset data, ItemLabels labels,
                                    ChartTheme theme) {
        for (int c = 0; c < data.getColumnCount(); c++) {
            Comparable<?> cat = data.getColumnKey(c);
            java.util.List<double[]> at = new java.util.ArrayList<>();
            java.util.List<String> texts = new java.util.ArrayList<>();
            for (int row = 0; row < data.getRowCount(); row++) {
                Number v = data.getValue(row, c);
                if (v != null && labels.has(data.getRowKey(row), cat)) {
                    at.add(new double[] {v.doubleValue(), texts.size(), row});
                    texts.add(labels.get(data.getRowKey(row), cat));
                }
            }
            at.sort(java.util.Comparator.comparingDouble(a -> a[0]));
            double last = Double.NEGATIVE_INFINITY;
            for (double[] a : at) {
                double y = Math.max(a[0], last + LABEL_GAP);
                last = y;
                org.jfree.chart.annotations.CategoryTextAnnotation t =
                        new org.jfree.chart.annotations.CategoryTextAnnotation("  " + texts.get((int) a[1]), cat, y);
                t.setCategoryAnchor(org.jfree.chart.axis.CategoryAnchor.MIDDLE);
                t.setTextAnchor(TextAnchor.CENTER_LEFT);
                t.setFont(theme.font(ChartTheme.TICK_SIZE));
                // In the line's colour, so two labels pushed apart still say which line they belong to.
                t.setPaint(plot.getRenderer().getSeriesPaint((int) a[2]));
                plot.addAnnotation(t);
            }
        }
    }
}
