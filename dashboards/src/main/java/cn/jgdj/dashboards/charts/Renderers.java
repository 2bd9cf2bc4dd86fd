package cn.jgdj.dashboards.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/** Shared pieces of bar charts: item labels from an {@link ItemLabels} map, reference markers. */
final class Renderers {
    private Renderers() {
    }

    /** A bar renderer whose item labels come from the map, outside the bar end. */
    static BarRenderer bars(ChartTheme theme, ItemLabels labels, PlotOrientation orientation) {
        BarRenderer r = new BarRenderer() {
            @Override
            public boolean isItemLabelVisible(int row, int column) {
                CategoryDataset d = getPlot() == null ? null : getPlot().getDataset(getPlot().getIndexOf(this));
                return d != null && labels.has(d.getRowKey(row), d.getColumnKey(column))
                        && d.getValue(row, column) != null;
            }
        };
        r.setDefaultItemLabelGenerator(new MapLabelGenerator(labels));
        r.setDefaultItemLabelFont(theme.font(ChartTheme.TICK_SIZE));
        r.setDefaultItemLabelPaint(Color.BLACK);
        r.setDefaultItemLabelsVisible(true);
        if (orientation == PlotOrientation.HORIZONTAL) {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                    TextAnchor.CENTER_LEFT));
            r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
                    TextAnchor.CENTER_RIGHT));
        } else {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                    TextAnchor.BOTTOM_CENTER));
        }
        r.setItemLabelAnchorOffset(4);
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.12);
        return r;
    }

    /** Draws labelled reference lines across the value axis. */
    static void references(CategoryPlot plot, List<Reference> refs, ChartTheme theme) {
        references(plot, refs, theme, Layer.FOREGROUND);
    }

    /** Reference lines in front of the bars, or behind them (then bars and their labels are never crossed). */
    static void references(CategoryPlot plot, List<Reference> refs, ChartTheme theme, Layer layer) {
        for (Reference ref : refs) {
            plot.addRangeMarker(marker(ref, theme, plot.getOrientation()), layer);
        }
    }

    static ValueMarker marker(Reference ref, ChartTheme theme, PlotOrientation orientation) {
        ValueMarker m = new ValueMarker(ref.value(), ChartTheme.REFERENCE, theme.referenceStroke());
        m.setLabel(ref.label());
        m.setLabelFont(theme.font(ChartTheme.TICK_SIZE).deriveFont(Font.PLAIN));
        m.setLabelPaint(ChartTheme.REFERENCE);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        if (orientation == PlotOrientation.HORIZONTAL) {
            // A vertical line: label at its top, to the right.
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        } else {
            // A horizontal line: label above it at the left, where bars rarely reach the line.
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        }
        return m;
    }
}
