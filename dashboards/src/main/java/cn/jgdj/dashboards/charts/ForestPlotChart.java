package cn.jgdj.dashboards.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A forest plot: each group's rate with its 95% interval as a point and a horizontal bar, one row per group,
 * against a vertical line at the overall rate (and a band for its interval). Flagged groups are drawn in the
 * highlight colour with a diamond; suppressed groups keep their row, labelled, with no point.
 */
public final class ForestPlotChart {
    private ForestPlotChart() {
    }

    /**
     * @param points         series 0: groups not flagged, series 1: flagged; x = rate with its interval, y = row
     * @param rows           row labels, top first (row i is drawn at y = i)
     * @param suppressedRows rows whose group is suppressed
     * @param overall        the overall rate as a labelled line, or null
     * @param overallRange   the overall rate's interval (drawn as a band), or null
     * @param axis           the rate axis range
     */
    public record Forest(XYIntervalSeriesCollection points, List<String> rows, Set<Integer> suppressedRows,
                         Reference overall, Range overallRange, Range axis, String suppressedText) {
    }

    public static JFreeChart create(Forest f, ChartText text, ChartTheme theme) {
        NumberAxis rate = theme.percentAxis(text.valueAxis());
        rate.setRange(f.axis());
        rate.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(f.axis().getLength() > 0.5 ? 0.1 : 0.05,
                java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT)));
        SymbolAxis groups = new SymbolAxis(text.categoryAxis(), f.rows().toArray(new String[0]));
        groups.setInverted(true);
        groups.setGridBandsVisible(false);
        groups.setRange(-0.6, Math.max(0.6, f.rows().size() - 0.4));
        groups.setTickLabelFont(theme.font(ChartTheme.TICK_SIZE));
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(true);
        r.setDrawYError(false);
        r.setDefaultLinesVisible(false);
        r.setCapLength(8);
        r.setErrorStroke(new BasicStroke(2f));
        r.setSeriesPaint(0, ChartTheme.BLUE);
        r.setSeriesShape(0, theme.seriesShape(0));
        if (f.points().getSeriesCount() > 1) {
            r.setSeriesPaint(1, ChartTheme.HIGHLIGHT);
            r.setSeriesShape(1, ChartTheme.diamond(14));
        }
        XYPlot plot = new XYPlot(f.points(), rate, groups, r);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinePaint(ChartTheme.GRID);
        if (f.overallRange() != null) {
            IntervalMarker band = new IntervalMarker(f.overallRange().getLowerBound(), f.overallRange().getUpperBound(),
                    new Color(0xEDEDED));
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        if (f.overall() != null) {
            plot.addDomainMarker(Renderers.marker(f.overall(), theme,
                    org.jfree.chart.plot.PlotOrientation.HORIZONTAL), Layer.FOREGROUND);
        }
        for (int row : f.suppressedRows()) {
            XYTextAnnotation a = new XYTextAnnotation(f.suppressedText(), f.axis().getLowerBound()
                    + f.axis().getLength() * 0.02, row);
            a.setFont(theme.font(ChartTheme.TICK_SIZE).deriveFont(Font.ITALIC));
            a.setPaint(ChartTheme.MUTED);
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(a);
        }
        return theme.chart(plot, text, !f.rows().isEmpty());
    }
}
