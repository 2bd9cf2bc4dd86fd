package cn.jgdj.dashboards.figures;

import static cn.jgdj.dashboards.figures.ChartModel.*;
import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.page.PackChart;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The forecast, secretary-training and data-quality charts from the fixture's hand-written tables. */
class ActingFiguresTest {

    @Test
    void forecastShowsTheCountyThenTheLowestGroupsBesideLastYear() {
        PackChart c = only(new YearEndForecast().build(Fixture.context("2025Q3")));
        XYPlot plot = (XYPlot) c.chart().getPlot();
        XYIntervalSeriesCollection d = (XYIntervalSeriesCollection) plot.getDataset();
        // County first, then made, unsuppressed group forecasts lowest first: secretary .45, ordinary .66
        // (leader is suppressed, the institution row has no forecast).
        assertEquals(3, d.getItemCount(0));
        // row (y) → [x, low, high]
        assertEquals(List.of(0.62, 0.57, 0.67), at(d, 0, 0));
        assertEquals(List.of(0.45, 0.35, 0.55), at(d, 0, 1));
        assertEquals(List.of(0.66, 0.6, 0.72), at(d, 0, 2));
        // Last year's actuals beside them (a quarter row lower): county .72, secretary .6, ordinary .75.
        assertEquals(0.72, at(d, 1, 0.25).get(0));
        assertEquals(0.6, at(d, 1, 1.25).get(0));
        assertEquals(0.75, at(d, 1, 2.25).get(0));
        assertTrue(c.chart().getSubtitles().stream().anyMatch(
                s -> s instanceof org.jfree.chart.title.TextTitle tt && tt.getText().contains("1/1")));
    }

    @Test
    void aQuarterFourPackShowsTheLatestForecastAndSaysWhichQuarterItIsFrom() {
        // The fixture's 2025 forecasts were made at the end of Q3; none is made at Q4 (the year is over).
        PackChart q3 = only(new YearEndForecast().build(Fixture.context("2025Q3")));
        assertEquals("2025年末学时达标率预测（2025年第3季度末）", q3.title());
        PackChart q4 = only(new YearEndForecast().build(Fixture.context("2025Q4")));
        assertEquals("2025年末学时达标率预测（最近一次：2025年第3季度末）", q4.title());
        XYIntervalSeriesCollection d = (XYIntervalSeriesCollection) ((XYPlot) q4.chart().getPlot()).getDataset();
        assertEquals(List.of(0.62, 0.57, 0.67), at(d, 0, 0));
        PackChart en = only(new YearEndForecast().build(
                Fixture.context(Fixture.tables(), "2025Q4", cn.jgdj.dashboards.text.Lang.EN)));
        assertEquals("Year-end attainment forecast for 2025: the latest, made at the end of 2025 Q3", en.title());
        // No 2025 forecast made by Q2: the pack's own quarter, for the no-data message.
        assertEquals(cn.jgdj.schemas.Period.parse("2025Q2"), YearEndForecast.latestAsOf(
                Fixture.tables().acting().forecast().rows(), cn.jgdj.schemas.Period.parse("2025Q2")));
    }

    private static List<Double> at(XYIntervalSeriesCollection d, int series, double y) {
        for (int i = 0; i < d.getItemCount(series); i++) {
            if (d.getYValue(series, i) == y) {
                return List.of(d.getXValue(series, i), d.getStartXValue(series, i), d.getEndXValue(series, i));
            }
        }
        throw new AssertionError("no item at row " + y);
    }

    @Test
    void secretaryTrainingShowsTheCountyAndUnitTypesWithOverdueCounts() {
        CategoryDataset d = categoryPlot(only(new SecretaryTraining().build(Fixture.context("2025")))).getDataset();
        List<String> cols = columns(d);
        assertEquals(3, cols.size());
        assertEquals(List.of("全县（逾期未训新任 2 人）", "机关（逾期未训新任 1 人）"), cols.subList(0, 2));
        assertTrue(cols.get(2).contains("已抑制"), cols.get(2));
        assertEquals(Arrays.asList(0.75, 0.8, null), values(d, 0));
    }

    @Test
    void unitsNeedingAttentionAreCountedByReasonFromTheOneList() {
        // The summary's list: U04 (attainment and cadence below the county), 县教育局 (two study-group sessions, none
        // observed), 县人民医院 (records needing review in 2025Q1).
        PackChart c = only(new UnitsNeedingAttentionByReason().build(Fixture.context("2025")));
        assertEquals("2025年需关注的单位：共3个，按原因统计", c.title());
        CategoryDataset d = categoryPlot(c).getDataset();
        assertEquals(List.of("学时达标率显著偏低", "学时达标率低于全县较多", "有支部各季度均未落实“三会一课”",
                "“三会一课”落实率低于全县较多", "中心组学习全年未列席旁听", "数据质量需复核"), columns(d));
        assertEquals(List.of(0.0, 1.0, 0.0, 1.0, 1.0, 1.0), values(d, 0));
        drawsWithoutError(c);
    }

    @Test
    void englishCheckNamesStandUprightOnlyWhenTheyFitSideBySide() {
        // "No end/venue" and "Late platform" ran into each other side by side in an English pack: six names of up to
        // 7 em need about 515 px, more than the 440 px the columns have, so they are set vertically; the Chinese names
        // (6 em at most: 432 px) fit.
        XYPlot en = (XYPlot) only(new DataQualityHeatmap().build(Fixture.context(Fixture.tables(), "2025",
                cn.jgdj.dashboards.text.Lang.EN))).chart().getPlot();
        assertTrue(en.getDomainAxis().isVerticalTickLabels());
        XYPlot zh = (XYPlot) only(new DataQualityHeatmap().build(Fixture.context("2025"))).chart().getPlot();
        assertFalse(zh.getDomainAxis().isVerticalTickLabels());
        // Months (platform heat maps) and quarters keep their labels upright.
        assertFalse(cn.jgdj.dashboards.charts.HeatmapChartAccess.columnsTooWide(List.of("Jan", "Feb", "Mar", "Apr",
                "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")));
    }

    @Test
    void heatmapPutsUnitsNeedingReviewFirstWithYearShares() {
        PackChart c = only(new DataQualityHeatmap().build(Fixture.context("2025")));
        XYZDataset d = (XYZDataset) ((XYPlot) c.chart().getPlot()).getDataset();
        // U03 needs review (first row): 10 set aside and 5 roster-assumed of 100 rows over Q1 and Q2.
        assertEquals(0.1, z(d, 0, 0));
        assertEquals(0.05, z(d, 1, 0));
        // U01: 1 of 100.
        assertEquals(0.01, z(d, 0, 1));
        // Every check of the scorecard is a column, including the two ingest collapses.
        // Short names so all six fit, each drawn (the automatic tick unit skipped every other one); the reading
        // text gives the full names.
        var x = (org.jfree.chart.axis.SymbolAxis) ((XYPlot) c.chart().getPlot()).getDomainAxis();
        assertEquals(List.of("导入隔离", "无出勤记录", "缺结束或场地", "期后平台记录", "重复报送", "被更正出勤"),
                List.of(x.getSymbols()));
        assertFalse(x.isAutoTickUnitSelection());
        assertEquals(1.0, x.getTickUnit().getSize());
        assertTrue(c.description().contains("无出勤记录：无出勤记录的支部活动"), c.description());
    }
}
