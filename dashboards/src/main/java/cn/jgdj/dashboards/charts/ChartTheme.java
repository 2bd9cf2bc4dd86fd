package cn.jgdj.dashboards.charts;

import cn.jgdj.dashboards.fonts.PackFont;
import cn.jgdj.dashboards.text.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: the pack's CJK font, the Okabe–Ito palette ordered so that neighbouring series
 * also differ in grey value, and a distinct marker and dash per series so lines survive grey printing.
 */
public final class ChartTheme {
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color PURPLE = new Color(0xCC79A7);
    /** Series colours: dark, light, mid, ... so two or three series differ in grey too. */
    public static final List<Color> SERIES = List.of(BLUE, ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE, BLACK);
    /** Ordinary items next to highlighted (flagged) ones: light against dark in grey. */
    public static final Color NORMAL = SKY_BLUE;
    public static final Color HIGHLIGHT = VERMILLION;
    public static final Color REFERENCE = new Color(0x333333);
    public static final Color MUTED = new Color(0x8C8C8C);
    public static final Color GRID = new Color(0xDDDDDD);
    /**
     * Sequential light-to-dark scale (ColorBrewer YlGnBu): monotone in lightness, safe for colour blindness. Five
     * 20-point bins below 100% and the darkest for exactly 100%, the target of every compliance rule.
     */
    public static final List<Color> SEQUENTIAL = List.of(new Color(0xFFFFCC), new Color(0xC7E9B4),
            new Color(0x7FCDBB), new Color(0x41B6C4), new Color(0x2C7FB8), new Color(0x253494));

    public static final float TITLE_SIZE = 18f;
    public static final float SUBTITLE_SIZE = 13f;
    public static final float LABEL_SIZE = 13f;
    /**
     * Ticks, item and cell labels, notes: the smallest text of any chart. Pages are laid out so that a chart is
     * printed at 2/3 of its pixel size or more, so 12 px prints at 8 pt or more (PrintSizeTest measures it).
     */
    public static final float TICK_SIZE = 12f;
    /** The source line: as small as the ticks, no smaller (at 10.5 px it printed at about 7 pt). */
    public static final float SOURCE_SIZE = 12f;

    private final PackFont font;
    private final Labels labels;

    public ChartTheme(PackFont font, Labels labels) {
        this.font = font;
        this.labels = labels;
    }

    public Labels labels() {
        return labels;
    }

    public PackFont packFont() {
        return font;
    }

    public Font font(float size) {
        return font.sized(size);
    }

    public Color seriesPaint(int i) {
        return SERIES.get(i % SERIES.size());
    }

    public Stroke seriesStroke(int i) {
        float[][] dashes = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {5f, 5f}, {1f, 2f}, {12f, 4f}};
        float[] d = dashes[i % dashes.length];
        return d == null ? new BasicStroke(2.5f) : new BasicStroke(2.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, d, 0f);
    }

    public Shape seriesShape(int i) {
        double s = 9;
        return switch (i % 6) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 2 -> triangle(s, false);
            case 3 -> diamond(s + 2);
            case 4 -> triangle(s, true);
            default -> cross(s);
        };
    }

    /** A dashed thin stroke for reference lines (overall rate, target, pace). */
    public Stroke referenceStroke() {
        return new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    /** An axis for fractions shown as percentages, 0–100%. */
    public NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0.0, 1.0);
        NumberFormat pct = NumberFormat.getPercentInstance(Locale.ROOT);
        TickUnits units = new TickUnits();
        units.add(new NumberTickUnit(0.1, pct));
        units.add(new NumberTickUnit(0.2, pct));
        units.add(new NumberTickUnit(0.25, pct));
        axis.setStandardTickUnits(units);
        axis.setTickUnit(new NumberTickUnit(0.2, pct));
        return axis;
    }

    /** An axis for counts (members, hours, sessions) starting at zero. */
    public NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        axis.setUpperMargin(0.12);
        return axis;
    }

    /** The colour of a heat-map cell holding a fraction in [0, 1]. */
    public Color heat(double fraction) {
        if (fraction >= 1.0) {
            return SEQUENTIAL.get(SEQUENTIAL.size() - 1);
        }
        int bins = SEQUENTIAL.size() - 1;
        return SEQUENTIAL.get((int) Math.floor(Math.max(0, fraction) * bins + 1e-9));
    }

    /** Text colour readable on a heat-map cell. */
    public Color onHeat(double fraction) {
        return heat(fraction).equals(SEQUENTIAL.get(SEQUENTIAL.size() - 1))
                || heat(fraction).equals(SEQUENTIAL.get(SEQUENTIAL.size() - 2)) ? Color.WHITE : Color.BLACK;
    }

    /**
     * Makes the chart: title, subtitle, fonts and colours from this theme, the source line at the bottom and
     * the no-data message on the plot.
     */
    public JFreeChart chart(Plot plot, ChartText text, boolean legend) {
        JFreeChart chart = new JFreeChart(text.title(), font(TITLE_SIZE), plot, legend);
        style(plot);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(Color.BLACK);
        chart.setPadding(new RectangleInsets(8, 12, 6, 16));
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(new RectangleInsets(2, 0, 4, 0));
        if (text.subtitle() != null && !text.subtitle().isBlank()) {
            TextTitle sub = new TextTitle(text.subtitle(), font(SUBTITLE_SIZE));
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setPaint(new Color(0x444444));
            sub.setMargin(new RectangleInsets(0, 0, 6, 0));
            // Directly under the title, above the legend.
            chart.addSubtitle(0, sub);
        }
        if (text.source() != null) {
            TextTitle src = new TextTitle(text.source(), font(SOURCE_SIZE));
            src.setPosition(RectangleEdge.BOTTOM);
            src.setHorizontalAlignment(HorizontalAlignment.LEFT);
            src.setPaint(new Color(0x555555));
            src.setMargin(new RectangleInsets(6, 0, 0, 0));
            chart.addSubtitle(src);
        }
        LegendTitle lt = chart.getLegend();
        if (lt != null) {
            lt.setFrame(BlockBorder.NONE);
            lt.setItemFont(font(LABEL_SIZE));
            lt.setPosition(RectangleEdge.TOP);
            lt.setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        noData(plot, text.noData());
        plot.setOutlineVisible(false);
        return chart;
    }

    /**
     * Fonts and colours of every axis and plot; set directly rather than through StandardChartTheme, which would
     * reset the series colours the charts chose.
     */
    private void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof CombinedDomainCategoryPlot c) {
            c.getSubplots().forEach(p -> style((Plot) p));
        } else if (plot instanceof CombinedRangeCategoryPlot c) {
            c.getSubplots().forEach(p -> style((Plot) p));
        }
        if (plot instanceof CategoryPlot c) {
            for (int i = 0; i < c.getDomainAxisCount(); i++) {
                axis(c.getDomainAxis(i));
            }
            for (int i = 0; i < c.getRangeAxisCount(); i++) {
                axis(c.getRangeAxis(i));
            }
            c.setDomainGridlinePaint(GRID);
            c.setRangeGridlinePaint(GRID);
            c.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
            c.setNoDataMessageFont(font(20f));
            c.setNoDataMessagePaint(REFERENCE);
        } else if (plot instanceof XYPlot x) {
            for (int i = 0; i < x.getDomainAxisCount(); i++) {
                axis(x.getDomainAxis(i));
            }
            for (int i = 0; i < x.getRangeAxisCount(); i++) {
                axis(x.getRangeAxis(i));
            }
            x.setDomainGridlinePaint(GRID);
            x.setRangeGridlinePaint(GRID);
            x.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        }
    }

    private void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font(LABEL_SIZE));
        axis.setLabelPaint(Color.BLACK);
        if (axis.getTickLabelFont() == null || !axis.getTickLabelFont().getFamily().equals(font.base().getFamily())) {
            axis.setTickLabelFont(font(TICK_SIZE));
        }
        axis.setTickLabelPaint(new Color(0x222222));
        axis.setAxisLinePaint(new Color(0x888888));
        axis.setTickMarkPaint(new Color(0x888888));
    }

    /** Combined plots draw their subplots' messages, so each subplot gets it too. */
    private void noData(Plot plot, String message) {
        plot.setNoDataMessage(message);
        plot.setNoDataMessageFont(font(20f));
        plot.setNoDataMessagePaint(REFERENCE);
        if (plot instanceof CombinedDomainCategoryPlot c) {
            c.getSubplots().forEach(p -> noData((Plot) p, message));
        } else if (plot instanceof CombinedRangeCategoryPlot c) {
            c.getSubplots().forEach(p -> noData((Plot) p, message));
        }
    }

    private static Shape triangle(double s, boolean down) {
        Path2D p = new Path2D.Double();
        double h = s / 2;
        if (down) {
            p.moveTo(-h, -h);
            p.lineTo(h, -h);
            p.lineTo(0, h);
        } else {
            p.moveTo(0, -h);
            p.lineTo(h, h);
            p.lineTo(-h, h);
        }
        p.closePath();
        return p;
    }

    static Shape diamond(double s) {
        Path2D p = new Path2D.Double();
        double h = s / 2;
        p.moveTo(0, -h);
        p.lineTo(h, 0);
        p.lineTo(0, h);
        p.lineTo(-h, 0);
        p.closePath();
        return p;
    }

    private static Shape cross(double s) {
        double h = s / 2;
        double w = s / 6;
        Path2D p = new Path2D.Double();
        p.append(new Rectangle2D.Double(-h, -w, s, 2 * w), false);
        p.append(new Rectangle2D.Double(-w, -h, 2 * w, s), false);
        return p;
    }
}
