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
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Effects side by side: one panel per outcome (its own unit), one row per program or group shared across panels,
 * each effect a point with its 95% interval against a zero line. Series 1 (when present) is drawn in the
 * highlight colour: effects whose pre-period check failed. Suppressed cells are labelled, not drawn.
 */
public final class EffectSummaryChart {
    private EffectSummaryChart() {
    }

    /**
     * One outcome's panel.
     *
     * @param axisLabel      the effect axis's words
     * @param points         x = effect with interval, y = row; series 0 normal, series 1 with a pre-period warning
     * @param suppressedRows rows of this panel that are suppressed or not estimable
     */
    public record Panel(String axisLabel, XYIntervalSeriesCollection points, Set<Integer> suppressedRows) {
    }

    public record Summary(List<String> rows, List<Panel> panels, String suppressedText) {
    }

    public static JFreeChart create(Summary s, ChartText text, ChartTheme theme) {
        SymbolAxis rows = new SymbolAxis(text.categoryAxis(), s.rows().toArray(new String[0]));
        rows.setInverted(true);
        rows.setGridBandsVisible(false);
        rows.setRange(-0.6, Math.max(0.6, s.rows().size() - 0.4));
        EventStudyChart.fonts(rows, theme);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(rows);
        plot.setGap(16);
        for (Panel p : s.panels()) {
            NumberAxis effect = new NumberAxis(p.axisLabel());
            effect.setAutoRangeIncludesZero(true);
            effect.setUpperMargin(0.15);
            effect.setLowerMargin(0.15);
            EventStudyChart.fonts(effect, theme);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(true);
            r.setDrawYError(false);
            r.setDefaultLinesVisible(false);
            r.setCapLength(8);
            r.setErrorStroke(new BasicStroke(2f));
            r.setSeriesPaint(0, ChartTheme.BLUE);
            r.setSeriesShape(0, theme.seriesShape(0));
            r.setSeriesPaint(1, ChartTheme.HIGHLIGHT);
            r.setSeriesShape(1, ChartTheme.diamond(14));
            XYPlot sub = new XYPlot(p.points(), effect, null, r);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setDomainGridlinePaint(ChartTheme.GRID);
            sub.setRangeGridlinesVisible(false);
            sub.addDomainMarker(new ValueMarker(0, ChartTheme.REFERENCE, theme.referenceStroke()), Layer.FOREGROUND);
            for (int row : p.suppressedRows()) {
                XYTextAnnotation a = new XYTextAnnotation(s.suppressedText(), 0, row);
                a.setFont(theme.font(ChartTheme.TICK_SIZE).deriveFont(Font.ITALIC));
                a.setPaint(ChartTheme.MUTED);
                a.setTextAnchor(TextAnchor.CENTER);
                sub.addAnnotation(a);
            }
            plot.add(sub, 1);
        }
        return theme.chart(plot, text, false);
    }
}
