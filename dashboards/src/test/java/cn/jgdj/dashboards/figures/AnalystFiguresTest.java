package cn.jgdj.dashboards.figures;

import static cn.jgdj.dashboards.figures.ChartModel.*;
import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The analyst charts for 2025 from the fixture. */
class AnalystFiguresTest {
    private final PackContext ctx = Fixture.context("2025");

    @Test
    void forestPlotHighlightsTheFlaggedGroupAgainstTheOverallRate() {
        PackChart c = only(new GroupForest(Dimensions.AGE_BAND).build(ctx));
        XYPlot plot = (XYPlot) c.chart().getPlot();
        assertEquals(List.of("35岁及以下（25人） *", "36–45岁（30人）", "46–55岁（28人）", "56岁及以上（17人）"),
                symbols(plot.getRangeAxis()));
        XYIntervalSeriesCollection points = (XYIntervalSeriesCollection) plot.getDataset();
        assertEquals(2, points.getSeriesCount());
        assertEquals(3, points.getItemCount(0));
        assertEquals(1, points.getItemCount(1));
        // The flagged group (<=35, row 0) with its Wilson interval from coverage.csv.
        assertEquals(0.48, points.getXValue(1, 0));
        assertEquals(0.3003, points.getStartXValue(1, 0));
        assertEquals(0.665, points.getEndXValue(1, 0));
        assertEquals(0.0, points.getYValue(1, 0));
        // Axis: lowest interval 0.3003 and highest 0.943, padded by 5 points and rounded out to 5%.
        assertEquals(0.25, plot.getDomainAxis().getLowerBound(), 1e-12);
        assertEquals(1.0, plot.getDomainAxis().getUpperBound(), 1e-12);
        assertEquals(0.72, ((org.jfree.chart.plot.ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next()).getValue());
        assertTrue(plot.getAnnotations().isEmpty());
        // Nothing suppressed is said in words, not as "0个已抑制".
        assertTrue(ChartModel.sourceLine(c.chart()).contains("4个群体，各群体人数均达到统计要求，未作抑制"),
                ChartModel.sourceLine(c.chart()));
    }

    @Test
    void forestPlotKeepsSuppressedGroupsAsLabelledRows() {
        XYPlot plot = (XYPlot) only(new GroupForest(Dimensions.ROLE).build(ctx)).chart().getPlot();
        // Group sizes beside the names; the suppressed group keeps its name only.
        assertEquals(List.of("领导干部（12人）", "党组织书记·支委（18人）", "党务干部", "普通党员（65人）"),
                symbols(plot.getRangeAxis()));
        XYIntervalSeriesCollection points = (XYIntervalSeriesCollection) plot.getDataset();
        assertEquals(3, points.getItemCount(0) + points.getItemCount(1));
        assertEquals(1, plot.getAnnotations().size());
        XYTextAnnotation mark = (XYTextAnnotation) plot.getAnnotations().get(0);
        assertEquals("已抑制（不足10人）", mark.getText());
        assertTrue(ChartModel.sourceLine(only(new GroupForest(Dimensions.ROLE).build(ctx)).chart())
                .contains("4个群体，1个群体不足10人，已抑制"));
        assertEquals(2.0, mark.getY());
        // One x-range per pack: the role page shares the age page's 25–100 % (its own groups would give 35 %).
        assertEquals(0.25, plot.getDomainAxis().getLowerBound(), 1e-12);
        assertEquals(1.0, plot.getDomainAxis().getUpperBound(), 1e-12);
    }

    @Test
    void qValuesUnderAThousandthPrintAsABoundAndLabelsDoNotRepeatTheDimension() {
        assertEquals("q<0.001", cn.jgdj.dashboards.datasets.UnderServedData.q(0.0000012));
        assertEquals("q=0.010", cn.jgdj.dashboards.datasets.UnderServedData.q(0.01));
        assertEquals("行动不便", ctx.labels().dimensionGroup(Dimensions.MOBILITY_IMPAIRED, "true"));
        assertEquals("行动不便：其他党员", ctx.labels().dimensionGroup(Dimensions.MOBILITY_IMPAIRED, "false"));
        assertEquals("年龄段：35岁及以下", ctx.labels().dimensionGroup(Dimensions.AGE_BAND, "<=35"));
        var en = new cn.jgdj.dashboards.text.Labels(cn.jgdj.dashboards.text.Lang.EN);
        assertEquals("Mobile members", en.dimensionGroup(Dimensions.MOBILE, "true"));
        assertEquals("Members not mobility-impaired", en.dimensionGroup(Dimensions.MOBILITY_IMPAIRED, "false"));
        assertEquals("Mobility-impaired members", en.dimensionGroup(Dimensions.MOBILITY_IMPAIRED, "true"));
        assertEquals("Age band: 35 or under", en.dimensionGroup(Dimensions.AGE_BAND, "<=35"));
        // The group-vs-rest label closes the bracket it opens.
        var labels = new cn.jgdj.dashboards.charts.ItemLabels();
        var rows = cn.jgdj.dashboards.datasets.UnderServedData.flaggedRows(ctx.tables().underServed().rows(), ctx.period());
        cn.jgdj.dashboards.datasets.UnderServedData.groupVsRest(rows.subList(1, 2), ctx.labels(), labels);
        assertEquals("48.0%（差距-32.0个百分点）", labels.get("该群体", "年龄段：35岁及以下 · 学时达标率"));
    }

    @Test
    void forestPlotForADimensionWithoutRowsSaysSo() {
        PackChart c = only(new GroupForest(Dimensions.EDUCATION).build(ctx));
        XYPlot plot = (XYPlot) c.chart().getPlot();
        assertEquals(0, plot.getDataset().getItemCount(0) + plot.getDataset().getItemCount(1));
        assertEquals("无数据：coverage.csv 中没有2025年按学历分组的记录", plot.getNoDataMessage());
        assertNull(c.chart().getLegend());
        assertTrue(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null
                || plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty());
    }

    @Test
    void gapsListEveryFlaggedRow() {
        CategoryPlot plot = categoryPlot(only(new UnderServedGaps().build(ctx)));
        assertEquals(List.of(-45.0, -32.0, -31.43), values(plot.getDataset(), 0));
    }

    @Test
    void platformHeatmapPerPlatformWithSuppressedCellsMarked() {
        List<PackChart> charts = new PlatformEngagement().build(ctx);
        assertEquals(List.of("platform_engagement_xuexi", "platform_engagement_dengta"),
                charts.stream().map(PackChart::id).toList());
        XYPlot plot = (XYPlot) charts.get(0).chart().getPlot();
        assertEquals(List.of("全体党员", "性别：男", "性别：女", "职务类别：领导干部", "职务类别：党务干部"),
                symbols(plot.getRangeAxis()));
        assertEquals(12, symbols(plot.getDomainAxis()).size());
        XYZDataset cells = (XYZDataset) plot.getDataset();
        // 15 rows in the table, 3 of them suppressed: those are grey boxes marked ×, not cells with a value.
        assertEquals(12, cells.getItemCount(0));
        assertEquals(0.8, z(cells, 0, 0));
        assertNull(z(cells, 1, 4));
        List<String> texts = plot.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation)
                .map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertEquals(3, texts.stream().filter("×"::equals).count());
        assertEquals(12, texts.size() - 3);
        assertEquals(3, plot.getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYShapeAnnotation).count());
    }

    @Test
    void venuesSortedByOutsideUseWithUnitSitesHighlightedAndPublicBasesNoted() {
        CategoryPlot plot = categoryPlot(only(new VenueUse().build(ctx)));
        // Unit sites by share of outside use; the public bases (no owner, no share) last, busiest first.
        // Two sites share a name, so those two carry their ids.
        // Unit sites count other units only; bases count every unit that used them.
        assertEquals(List.of("U01现场教学点（5场，外单位1个）", "U04车间党建阵地 V03（4场，外单位2个）",
                        "U04车间党建阵地 V05（2场，外单位1个）", "县革命纪念馆（12场，6个单位使用）",
                        "县委党校, 现场教学基地（3场，3个单位使用）"),
                columns(plot.getDataset()));
        assertEquals(Arrays.asList(0.0, 0.25, 0.5, null, null), values(plot.getDataset(), 0));
        assertEquals(cn.jgdj.dashboards.charts.ChartTheme.ORANGE, plot.getRenderer().getItemPaint(0, 0));
        List<String> notes = new java.util.ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            org.jfree.chart.annotations.CategoryTextAnnotation t = (org.jfree.chart.annotations.CategoryTextAnnotation) a;
            notes.add(t.getCategory() + " → " + t.getText().strip());
        }
        assertEquals(List.of("县革命纪念馆（12场，6个单位使用） → 红色教育基地：无所属单位，按定义全部为外单位使用",
                "县委党校, 现场教学基地（3场，3个单位使用） → 红色教育基地：无所属单位，按定义全部为外单位使用"), notes);
        // The legend names the unit sites only: no bar is drawn for the bases.
        assertEquals(1, plot.getLegendItems().getItemCount());
        // English counts agree with their number: "1 other unit", not "1 other units" (seen in a pack).
        CategoryPlot en = categoryPlot(only(new VenueUse().build(
                cn.jgdj.dashboards.Fixture.context(cn.jgdj.dashboards.Fixture.tables(), "2025",
                        cn.jgdj.dashboards.text.Lang.EN))));
        assertEquals("U01现场教学点 (5 sessions, 1 other unit)", columns(en.getDataset()).get(0));
        assertEquals("县革命纪念馆 (12 sessions, used by 6 units)", columns(en.getDataset()).get(3));
    }
}
