package cn.jgdj.dashboards.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heat map of fractions (rows × periods) on a light-to-dark scale, each cell also printing its value so
 * the chart reads in grey. A suppressed cell is drawn light grey and marked ×.
 */
public final class HeatmapChart {
    private HeatmapChart() {
    }

    /**
     * @param cells      one series: x = column index, y = row index, z = fraction; suppressed cells are not in it
     * @param rows       row labels, top first
     * @param columns    column labels, left first
     * @param suppressed cells [row, column] that are suppressed
     */
    public record Heatmap(DefaultXYZDataset cells, List<String> rows, List<String> columns, List<int[]> suppressed,
                          String scaleLabel, String suppressedMark, List<String> cellText) {

        /** A heat map whose cells print their percentage. */
        public Heatmap(DefaultXYZDataset cells, List<String> rows, List<String> columns, List<int[]> suppressed,
                       String scaleLabel, String suppressedMark) {
            this(cells, rows, columns, suppressed, scaleLabel, suppressedMark, null);
        }
    }

    /**
     * The paint scale: the sequential colours in equal bands over 0–100 %, the darkest band ending at 100 %, so
     * the colour bar shows every colour a cell can take (a last band of zero width hid the colour of 100 % cells).
     */
    public static LookupPaintScale scale() {
        LookupPaintScale scale = new LookupPaintScale(0.0, 1.0 + 1e-9, SUPPRESSED_CELL);
        int colours = ChartTheme.SEQUENTIAL.size();
        for (int i = 0; i < colours; i++) {
            scale.add((double) i / colours, ChartTheme.SEQUENTIAL.get(i));
        }
        return scale;
    }

    public static final Color SUPPRESSED_CELL = new Color(0xE4E4E4);

    /** Room the columns share on a 760 px chart beside long row names; wider names are set vertically. */
    static final double COLUMNS_PX = 440;

    /** Whether the column names, side by side at tick size, need more room than the columns have. */
    static boolean columnsTooWide(List<String> columns) {
        double widestEm = columns.stream().mapToDouble(c -> c.codePoints().mapToDouble(ch -> ch < 0x2E80 ? 0.55 : 1.0)
                .sum()).max().orElse(0);
        return widestEm * ChartTheme.TICK_SIZE * columns.size() > COLUMNS_PX;
    }

    public static JFreeChart create(Heatmap h, ChartText text, ChartTheme theme) {
        SymbolAxis x = new SymbolAxis(text.categoryAxis(), h.columns().toArray(new String[0]));
        x.setGridBandsVisible(false);
        x.setRange(-0.5, Math.max(0.5, h.columns().size() - 0.5));
        x.setTickLabelFont(theme.font(ChartTheme.TICK_SIZE));
        // Every column is named: the automatic tick unit would skip every other label when they are wide.
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        // Wide column names (the data-quality checks in English) would run into each other side by side.
        x.setVerticalTickLabels(columnsTooWide(h.columns()));
        SymbolAxis y = new SymbolAxis(text.valueAxis(), h.rows().toArray(new String[0]));
        y.setGridBandsVisible(false);
        y.setInverted(true);
        y.setRange(-0.5, Math.max(0.5, h.rows().size() - 0.5));
        y.setTickLabelFont(theme.font(ChartTheme.TICK_SIZE));
        y.setAutoTickUnitSelection(false);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        LookupPaintScale scale = scale();
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        r.setBlockWidth(1.0);
        r.setBlockHeight(1.0);
        XYPlot plot = new XYPlot(h.cells(), x, y, r);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        float cellFont = ChartTheme.TICK_SIZE;
        if (h.cells().getSeriesCount() > 0) {
            for (int i = 0; i < h.cells().getItemCount(0); i++) {
                double z = h.cells().getZValue(0, i);
                if (Double.isNaN(z)) {
                    continue;
                }
                String label = h.cellText() != null ? h.cellText().get(i) : String.format(Locale.ROOT, "%.0f%%", z * 100);
                XYTextAnnotation a = new XYTextAnnotation(label,
                        h.cells().getXValue(0, i), h.cells().getYValue(0, i));
                a.setFont(theme.font(cellFont));
                a.setPaint(theme.onHeat(z));
                a.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(a);
            }
        }
        for (int[] cell : h.suppressed()) {
            // A shape annotation, not a box: its transform copes with the inverted row axis.
            plot.addAnnotation(new XYShapeAnnotation(new java.awt.geom.Rectangle2D.Double(cell[1] - 0.5, cell[0] - 0.5,
                    1, 1), null, null, SUPPRESSED_CELL), false);
            XYTextAnnotation a = new XYTextAnnotation(h.suppressedMark(), cell[1], cell[0]);
            a.setFont(theme.font(cellFont));
            a.setPaint(new Color(0x555555));
            a.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(a);
        }
        JFreeChart chart = theme.chart(plot, text, false);
        NumberAxis scaleAxis = theme.percentAxis(h.scaleLabel());
        scaleAxis.setTickLabelFont(theme.font(ChartTheme.TICK_SIZE));
        scaleAxis.setLabelFont(theme.font(ChartTheme.TICK_SIZE));
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(14);
        legend.setMargin(new RectangleInsets(30, 10, 30, 0));
        legend.setStripOutlineVisible(true);
        legend.setStripOutlineStroke(new BasicStroke(0.5f));
        legend.setAxisOffset(4);
        chart.addSubtitle(legend);
        return chart;
    }
}
