package cn.jgdj.dashboards.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Lang;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/** The 培训成效 charts from the fixture's effectiveness.csv (values written into the fixture by hand). */
class EffectivenessFiguresTest {
    private final PackContext ctx = Fixture.context("2025");

    @Test
    void eventStudyPagePerProgramWithIntervalsShadedPreMonthsAndZeroLine() throws IOException {
        List<PackChart> pages = new TrainingEffectStudy().build(ctx);
        assertEquals(List.of("training_effect_rotation_training", "training_effect_training_class",
                "training_effect_onsite_teaching", "training_effect_special_lecture"),
                pages.stream().map(PackChart::id).toList());
        PackChart rotation = pages.get(0);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) rotation.chart().getPlot();
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(3, panels.size());
        IntervalXYDataset days = (IntervalXYDataset) panels.get(0).getDataset();
        // e = 6 is suppressed in the fixture: nine points, −3 … +5.
        assertEquals(9, days.getItemCount(0));
        assertEquals(1.0, days.getXValue(0, 4));
        assertEquals(4.0, days.getYValue(0, 4));
        assertEquals(3.2, days.getStartYValue(0, 4));
        assertEquals(4.8, days.getEndYValue(0, 4));
        // The meeting attendance panel in percentage points: e = −2 is 0.08 [0.02, 0.14] in the table.
        IntervalXYDataset meetings = (IntervalXYDataset) panels.get(1).getDataset();
        assertEquals(8.0, meetings.getYValue(0, 1), 1e-9);
        assertEquals(2.0, meetings.getStartYValue(0, 1), 1e-9);
        assertEquals(14.0, meetings.getEndYValue(0, 1), 1e-9);
        IntervalMarker pre = (IntervalMarker) panels.get(0).getDomainMarkers(Layer.BACKGROUND).iterator().next();
        assertEquals(-0.5, pre.getEndValue());
        ValueMarker zero = (ValueMarker) panels.get(0).getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(0.0, zero.getValue());
        assertTrue(rotation.description().contains("尚未参加培训的党员，反映了受训党员如果没有培训会怎样变化"));
        // Reading texts carry no column identifiers such as pretrend_warning.
        for (PackChart p : pages) {
            assertFalse(java.util.regex.Pattern.compile("[a-z]+_[a-z]+").matcher(p.description()).find(), p.description());
        }
        assertTrue(rotation.description().contains("三会一课和主题党日出勤率在培训前已有差异"),
                "the meeting outcome's warning is read out: " + rotation.description());
        assertFalse(pages.get(3).description().contains("注意"), "special lectures carry no warning");
        // No rows for training classes: every panel says so instead of drawing.
        XYPlot empty = ((CombinedDomainXYPlot) pages.get(1).chart().getPlot()).getSubplots().get(0);
        assertEquals(0, ((IntervalXYDataset) empty.getDataset()).getItemCount(0));
        save(rotation, "training_effect_rotation_zh.png");
    }

    @Test
    void summaryShowsOverallEffectsByProgramAndOutcomeSuppressedCellsLabelled() throws IOException {
        PackChart c = new TrainingEffectSummary().build(ctx).get(0);
        CombinedRangeXYPlot plot = (CombinedRangeXYPlot) c.chart().getPlot();
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(3, panels.size());
        IntervalXYDataset days = (IntervalXYDataset) panels.get(0).getDataset();
        // Series 0: no warning, items in x order. Special lecture (row 3) 0.2 [−0.5, 0.9]; rotation training
        // (row 0) 4.0 [3.4, 4.6].
        assertEquals(2, days.getItemCount(0));
        assertEquals(0.2, days.getXValue(0, 0));
        assertEquals(-0.5, days.getStartXValue(0, 0));
        assertEquals(3.0, days.getYValue(0, 0));
        assertEquals(4.0, days.getXValue(0, 1));
        assertEquals(3.4, days.getStartXValue(0, 1));
        assertEquals(0.0, days.getYValue(0, 1));
        // Meeting attendance of rotation training carries the warning: series 1.
        IntervalXYDataset meetings = (IntervalXYDataset) panels.get(1).getDataset();
        assertEquals(0, meetings.getItemCount(0));
        assertEquals(1, meetings.getItemCount(1));
        // A rate's effect in percentage points: 0.01 [−0.04, 0.06] in the table.
        assertEquals(1.0, meetings.getXValue(1, 0), 1e-9);
        assertEquals(-4.0, meetings.getStartXValue(1, 0), 1e-9);
        assertEquals(6.0, meetings.getEndXValue(1, 0), 1e-9);
        assertEquals("三会一课出勤率（差值，百分点）", panels.get(1).getDomainAxis().getLabel());
        assertEquals("平台活跃天数/月（差值）", panels.get(0).getDomainAxis().getLabel());
        assertTrue(c.description().contains("培训前已有差异：集中轮训"), c.description());
        save(c, "training_effect_summary_zh.png");
    }

    @Test
    void analystChartByUnitTypeLabelsSuppressedGroups() throws IOException {
        PackChart c = new TrainingEffectByGroup("unit_type").build(ctx).get(0);
        CombinedRangeXYPlot plot = (CombinedRangeXYPlot) c.chart().getPlot();
        IntervalXYDataset days = (IntervalXYDataset) ((XYPlot) plot.getSubplots().get(0)).getDataset();
        assertEquals(1, days.getItemCount(0));
        assertEquals(4.4, days.getXValue(0, 0));
        assertEquals(8, ((org.jfree.chart.axis.SymbolAxis) plot.getRangeAxis()).getSymbols().length,
                "4 programs × the 2 unit types in the table");
        assertTrue(c.description().contains("已抑制"));
        assertEquals("集中轮训 · 机关", ((org.jfree.chart.axis.SymbolAxis) plot.getRangeAxis()).getSymbols()[0]);
        assertNull(plot.getRangeAxis().getLabel(), "the rows name program and group themselves; no title beside them");
        save(c, "training_effect_unit_type_zh.png");
    }

    @Test
    void englishWithLangEn() throws IOException {
        PackContext en = Fixture.context(Fixture.tables(), "2025", Lang.EN);
        PackChart rotation = new TrainingEffectStudy().build(en).get(0);
        assertTrue(rotation.title().startsWith("Training effectiveness, 2025"), rotation.title());
        assertTrue(rotation.description().contains("members not yet trained show how the trained would have behaved"));
        assertTrue(rotation.description().contains("Warning: attendance at branch meetings already differed"));
        save(rotation, "training_effect_rotation_en.png");
        PackChart summary = new TrainingEffectSummary().build(en).get(0);
        assertNull(summary.chart().getLegend());
        save(summary, "training_effect_summary_en.png");
    }

    @Test
    void everyEffectAxisTitleFitsAlongItsPanelInBothLanguages() {
        for (Lang lang : Lang.values()) {
            PackContext c = Fixture.context(Fixture.tables(), "2025", lang);
            for (PackChart p : new TrainingEffectStudy().build(c)) {
                assertAxisTitlesFit(p, true);
            }
            assertAxisTitlesFit(new TrainingEffectSummary().build(c).get(0), false);
            assertAxisTitlesFit(new TrainingEffectByGroup("role").build(c).get(0), false);
        }
    }

    /** Draws the chart at its size and compares each panel's effect-axis title with the side it runs along. */
    private static void assertAxisTitlesFit(PackChart p, boolean vertical) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(p.width(), p.height(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        p.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, p.width(), p.height()), info);
        List<XYPlot> panels = p.chart().getPlot() instanceof CombinedDomainXYPlot d ? d.getSubplots()
                : ((CombinedRangeXYPlot) p.chart().getPlot()).getSubplots();
        for (int i = 0; i < panels.size(); i++) {
            org.jfree.chart.axis.ValueAxis axis = vertical ? panels.get(i).getRangeAxis()
                    : panels.get(i).getDomainAxis();
            java.awt.geom.Rectangle2D area = info.getPlotInfo().getSubplotInfo(i).getDataArea();
            double room = vertical ? area.getHeight() : area.getWidth();
            double needed = g.getFontMetrics(axis.getLabelFont()).stringWidth(axis.getLabel());
            assertTrue(needed <= room, p.id() + ": '" + axis.getLabel() + "' needs " + needed + " px, has " + room);
        }
        g.dispose();
    }

    /** Writes the PNG when -Djgdj.figures.out=DIR is given, to look at it. */
    private static void save(PackChart c, String name) throws IOException {
        String dir = System.getProperty("jgdj.figures.out");
        if (dir != null) {
            new File(dir).mkdirs();
            ImageIO.write(c.chart().createBufferedImage(c.width(), c.height()), "png", new File(dir, name));
        }
    }
}
