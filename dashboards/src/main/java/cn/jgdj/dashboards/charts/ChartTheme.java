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
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
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
    /** Sequential light-to-dark scale (ColorBrewer YlGnBu): monotone in lightness, safe for colour blindness. */
    public static final List<Color> SEQUENTIAL = List.of(new Color(0xFFFFCC), new Color(0xC7E9B4),
            new Color(0x7FCDBB), new Color(0x41B6C4), new Color(0x2C7FB8), new Color(0x253494));

    public static final float TITLE_SIZE = 18f;
    public static final float SUBTITLE_SIZE = 13f;
    public static final float LABEL_SIZE = 13f;
    public static final float TICK_SIZE = 12f;
    public static final float SOURCE_SIZE = 10.5f;

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
        int i = (int) Math.floor(Math.max(0, Math.min(0.9999, fraction)) * SEQUENTIAL.size());
        return SEQUENTIAL.get(i);
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
        standard().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 12, 6, 16));
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(new RectangleInsets(2, 0, 4, 0));
        if (text.subtitle() != null && !text.subtitle().isBlank()) {
            TextTitle sub = new TextTitle(text.subtitle(), font(SUBTITLE_SIZE));
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setPaint(new Color(0x444444));
            sub.setMargin(new RectangleInsets(0, 0, 6, 0));
            chart.addSubtitle(sub);
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
        plot.setNoDataMessage(text.noData());
        plot.setNoDataMessageFont(font(22f));
        plot.setNoDataMessagePaint(REFERENCE);
        plot.setOutlineVisible(false);
        return chart;
    }

    private StandardChartTheme standard() {
        StandardChartTheme t = new StandardChartTheme("jgdj");
        t.setExtraLargeFont(font(TITLE_SIZE));
        t.setLargeFont(font(LABEL_SIZE));
        t.setRegularFont(font(TICK_SIZE));
        t.setSmallFont(font(11f));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setAxisLabelPaint(Color.BLACK);
        t.setTickLabelPaint(new Color(0x222222));
        t.setItemLabelPaint(Color.BLACK);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        return t;
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
