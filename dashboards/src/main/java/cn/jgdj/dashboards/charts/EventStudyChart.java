package cn.jgdj.dashboards.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * An event study: for each outcome (one panel each, stacked, sharing the months axis) the effect in each month
 * around training with its 95% interval, a zero line, and the months before training shaded (there the effect
 * should be zero: they are placebo checks).
 */
public final class EventStudyChart {
    private EventStudyChart() {
    }

    /**
     * One outcome's panel.
     *
     * @param axisLabel the effect axis's words (with the unit)
     * @param points    one series: x = month since training, y = effect with its interval
     * @param note      words drawn in the panel (e.g. suppressed, or a pre-period warning), or null
     */
    public record Panel(String axisLabel, YIntervalSeriesCollection points, String note) {
    }

    /**
     * @param panels     top first
     * @param firstMonth first month of the axis (e.g. −3)
     * @param lastMonth  last month of the axis (e.g. 6)
     * @param preLabel   the shaded pre-period's label
     */
    public record Study(List<Panel> panels, int firstMonth, int lastMonth, String preLabel) {
    }

    public static JFreeChart create(Study s, ChartText text, ChartTheme theme) {
        NumberAxis months = new NumberAxis(text.categoryAxis());
        months.setRange(s.firstMonth() - 0.6, s.lastMonth() + 0.6);
        months.setTickUnit(new NumberTickUnit(1, new java.text.DecimalFormat("+0;-0")));
        fonts(months, theme);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(months);
        plot.setGap(14);
        for (int i = 0; i < s.panels().size(); i++) {
            Panel p = s.panels().get(i);
            NumberAxis effect = new NumberAxis(p.axisLabel());
            effect.setAutoRangeIncludesZero(true);
            fonts(effect, theme);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDrawYError(true);
            r.setDefaultLinesVisible(true);
            r.setSeriesLinesVisible(0, true);
            r.setSeriesStroke(0, new BasicStroke(1.2f));
            r.setCapLength(8);
            r.setErrorStroke(new BasicStroke(2f));
            r.setSeriesPaint(0, ChartTheme.BLUE);
            r.setErrorPaint(ChartTheme.BLUE);
            r.setSeriesShape(0, theme.seriesShape(0));
            XYPlot sub = new XYPlot(p.points(), null, effect, r);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setDomainGridlinePaint(ChartTheme.GRID);
            sub.setRangeGridlinePaint(ChartTheme.GRID);
            IntervalMarker pre = new IntervalMarker(s.firstMonth() - 0.6, -0.5, new Color(0xE8E8E8));
            if (i == 0) {
                pre.setLabel(s.preLabel());
                pre.setLabelFont(theme.font(ChartTheme.TICK_SIZE));
                pre.setLabelPaint(ChartTheme.REFERENCE);
                pre.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                pre.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            sub.addDomainMarker(pre, Layer.BACKGROUND);
            ValueMarker zero = new ValueMarker(0, ChartTheme.REFERENCE, theme.referenceStroke());
            sub.addRangeMarker(zero, Layer.FOREGROUND);
            if (p.note() != null) {
                ValueMarker anchor = new ValueMarker(s.lastMonth() + 0.5, new Color(0, 0, 0, 0), new BasicStroke(0f));
                anchor.setLabel(p.note());
                anchor.setLabelFont(theme.font(ChartTheme.TICK_SIZE).deriveFont(Font.ITALIC));
                anchor.setLabelPaint(ChartTheme.HIGHLIGHT);
                anchor.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                anchor.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                sub.addDomainMarker(anchor, Layer.FOREGROUND);
            }
            sub.setNoDataMessage(text.noData());
            sub.setNoDataMessageFont(theme.font(16f));
            plot.add(sub, 1);
        }
        return theme.chart(plot, text, false);
    }

    static void fonts(Axis axis, ChartTheme theme) {
        axis.setLabelFont(theme.font(ChartTheme.LABEL_SIZE));
        axis.setTickLabelFont(theme.font(ChartTheme.TICK_SIZE));
    }
}
