package cn.jgdj.dashboards.figures;

import static cn.jgdj.dashboards.figures.ChartModel.*;
import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** Each committee chart built from the hand-written fixture; values worked out from the fixture CSVs. */
class CommitteeFiguresTest {
    private final PackContext ctx = Fixture.context("2025");

    @Test
    void attainmentOverviewHasAllUnitTypeAndRoleSectionsWithSuppressedRowsLabelled() {
        PackChart c = only(new AttainmentOverview().build(ctx));
        assertEquals("2025年学时要求完成情况：全体、分单位类型、分职务类别", c.chart().getTitle().getText());
        CombinedRangeCategoryPlot plot = (CombinedRangeCategoryPlot) c.chart().getPlot();
        List<CategoryPlot> sections = subplots(plot);
        assertEquals(List.of("全体", "单位类型", "职务类别"), sections.stream().map(s -> s.getDomainAxis().getLabel()).toList());
        CategoryDataset unitTypes = sections.get(1).getDataset();
        assertEquals(2, unitTypes.getRowCount());
        assertEquals(List.of("机关", "事业单位", "群团组织 已抑制（不足10人）", "企业"), columns(unitTypes));
        assertNull(unitTypes.getValue(0, 2));
        assertNull(unitTypes.getValue(1, 2));
        assertEquals(0.9, sections.get(0).getDataset().getValue("参训率（全年有学时记录的党员占比）", "全体党员").doubleValue());
        assertEquals(0.72, sections.get(0).getDataset().getValue("学时达标率", "全体党员").doubleValue());
        assertEquals(List.of("领导干部", "党组织书记·支委", "党务干部 已抑制（不足10人）", "普通党员"),
                columns(sections.get(2).getDataset()));
        assertEquals(0.0, plot.getRangeAxis().getLowerBound());
        assertTrue(sourceLine(c.chart()).contains("n = 100 名应训党员"));
        assertTrue(sourceLine(c.chart()).contains("数据截至 2026-01-05"));
    }

    @Test
    void attainmentByUnitSortsLowestFirstSuppressedLastWithTheOverallLine() {
        PackChart c = only(new AttainmentByUnit().build(ctx));
        CategoryPlot plot = (CategoryPlot) c.chart().getPlot();
        CategoryDataset d = plot.getDataset();
        assertEquals(1, d.getRowCount());
        // Only the units below the county's 72.0 % (U04 57.1 %, 县教育局 66.7 %) are drawn; 县委组织部 (80 %) and
        // the suppressed 县人民医院 are in the appendix table.
        assertEquals(List.of("U04（14人）", "县教育局（30人）"), columns(d));
        assertEquals(0.5714, d.getValue(0, 0).doubleValue());
        assertTrue(sourceLine(c.chart()).contains("共4个单位，图中为低于全县水平或显著偏低的2个，完整名单见附录；1个单位应训党员不足10人，未作统计"),
                sourceLine(c.chart()));
        // The overall line is drawn behind the bars; long bars carry their value inside, short ones outside.
        ValueMarker overall = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).iterator().next();
        assertEquals(0.72, overall.getValue());
        assertEquals("全体党员 72.0%", overall.getLabel());
        assertEquals(org.jfree.chart.labels.ItemLabelAnchor.INSIDE3,
                plot.getRenderer().getPositiveItemLabelPosition(0, 0).getItemLabelAnchor());
        // No unit is flagged in the fixture: the legend has the bars and the line only.
        assertEquals(2, plot.getLegendItems().getItemCount());
        assertEquals("attainment_by_unit", c.id());
    }

    @Test
    void cadenceHeatmapAggregatesBranchesIntoUnitsByQuarterAndShowsTheUnitsBelowTheCounty() {
        PackChart c = only(new CadenceHeatmap().build(ctx));
        XYPlot plot = (XYPlot) c.chart().getPlot();
        // County 16 of 24 branch-quarters (66.7 %); only U04 (3 of 8) is below: 县教育局 and 县人民医院 kept 3 of 4,
        // 县委组织部 7 of 8.
        assertEquals(List.of("U04（2个支部）"), symbols(plot.getRangeAxis()));
        assertEquals(List.of("第1季度", "第2季度", "第3季度", "第4季度"), symbols(plot.getDomainAxis()));
        XYZDataset cells = (XYZDataset) plot.getDataset();
        assertEquals(4, cells.getItemCount(0));
        // U04 in Q2: one of its two branches complied; none in Q1, both in Q4.
        assertEquals(0.5, z(cells, 1, 0));
        assertEquals(0.0, z(cells, 0, 0));
        assertEquals(1.0, z(cells, 3, 0));
        assertTrue(sourceLine(c.chart()).contains("共4个单位、6个支部，图中为制度落实率低于全县或有支部四个季度均未落实的1个单位"),
                sourceLine(c.chart()));
        var table = new UnitCadenceTable().build(ctx).get(0);
        // Name order (ids before Chinese names, names by pinyin: 县教育局 jiao before 县人民医院 ren). U04 short: general meeting B06Q1, B05Q3, B06Q3; committee B05Q1,
        // B06Q1, B06Q3; group B06Q1, B06Q3; lecture B06Q1-Q3; theme day B06Q1, B06Q3.
        assertEquals(List.of("U04", "2", "0/2", "1/2", "0/2", "2/2", "37.5%",
                "支部党员大会3、支部委员会会议3、党小组会2、党课3、主题党日2"), table.rows().get(0));
        assertEquals(List.of("县教育局", "1", "0/1", "1/1", "1/1", "1/1", "75.0%", "支部党员大会1"), table.rows().get(1));
        assertEquals(List.of("县人民医院", "1", "1/1", "1/1", "0/1", "1/1", "75.0%", "主题党日1"), table.rows().get(2));
        // In English the count stands apart from the meeting type, not glued to its last word.
        var en = new UnitCadenceTable().build(
                Fixture.context(Fixture.tables(), "2025", cn.jgdj.dashboards.text.Lang.EN)).get(0);
        // English packs list the units in the same (pinyin) order.
        assertEquals("Theme party day (1)", en.rows().get(2).get(7));
    }

    @Test
    void observationCoverageShowsEachYearAgainstFullCoverage() {
        CategoryPlot plot = categoryPlot(only(new ObservationCoverage().build(ctx)));
        CategoryDataset d = plot.getDataset();
        assertEquals(List.of("2023年", "2024年", "2025年"), columns(d));
        assertEquals(List.of(0.8, 0.9, 1.0), values(d, 0));
        assertEquals(1.0, ((ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next())
                .getValue());
    }

    @Test
    void trainingParticipationSumsUnitsPerQuarterAndYear() {
        CategoryDataset d = categoryPlot(only(new TrainingParticipation().build(ctx))).getDataset();
        assertEquals(List.of("集中轮训", "培训班"), rows(d));
        assertEquals(List.of("第1季度", "第2季度", "第3季度", "第4季度", "全年"), columns(d));
        // Rotation training Q1: (45 + 24) / (50 + 30); training classes over the year: (9 + 6) / (10 + 8).
        assertEquals(69.0 / 80, d.getValue("集中轮训", "第1季度").doubleValue(), 1e-12);
        assertNull(d.getValue("集中轮训", "第2季度"));
        assertEquals(15.0 / 18, d.getValue("培训班", "全年").doubleValue(), 1e-12);
        assertEquals(0.75, d.getValue("培训班", "第4季度").doubleValue(), 1e-12);
    }

    @Test
    void volunteerByThemeShowsParticipantsAndHoursSideBySide() {
        CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) only(new VolunteerByTheme().build(ctx)).chart()
                .getPlot();
        List<CategoryPlot> panels = subplots(plot);
        assertEquals(2, panels.size());
        CategoryDataset people = panels.get(0).getDataset();
        assertEquals(List.of("理论宣讲", "清洁家园", "扶贫济困", "敬老救孤", "微心愿", "双报到"), columns(people));
        assertEquals(List.of(20.0, 15.0, 8.0, 12.0, 6.0, 18.0), values(people, 0));
        assertEquals(List.of(150.0, 90.0, 64.0, 80.0, 20.0, 116.0), values(panels.get(1).getDataset(), 0));
        assertEquals("参与人数（人）", panels.get(0).getRangeAxis().getLabel());
        assertEquals("服务时长（小时）", panels.get(1).getRangeAxis().getLabel());
    }

    @Test
    void yearOnYearComparesEachHeadlineWithLastYear() {
        CategoryDataset d = categoryPlot(only(new YearOnYear().build(ctx))).getDataset();
        assertEquals(List.of("2024年", "2025年"), rows(d));
        assertEquals(List.of("全年学时达标率", "全年参训率", "“三会一课”制度落实率", "已列席旁听单位占比", "集中轮训参加率",
                "培训班参加率", "全年志愿服务参与率"), columns(d));
        assertEquals(0.6316, d.getValue("2024年", "全年学时达标率").doubleValue(), 1e-12);
        assertEquals(16.0 / 24, d.getValue("2025年", "“三会一课”制度落实率").doubleValue(), 1e-12);
        assertEquals(12.0 / 24, d.getValue("2024年", "“三会一课”制度落实率").doubleValue(), 1e-12);
        assertEquals(40.0 / 48, d.getValue("2024年", "集中轮训参加率").doubleValue(), 1e-12);
        assertNull(d.getValue("2024年", "培训班参加率"));
        assertEquals(0.4, d.getValue("2025年", "全年志愿服务参与率").doubleValue(), 1e-12);
    }

    @Test
    void aHundredAndTwentyUnitsShowTheLowestBelowTheCountyOnOnePageAtEightPointsAndAllInTheAppendix() {
        PackContext big = Fixture.context(ManyUnits.tables(120), "2025", cn.jgdj.dashboards.text.Lang.ZH);
        PackChart c = only(new AttainmentByUnit().build(big));
        assertEquals("attainment_by_unit", c.id());
        List<Double> shown = values(categoryPlot(c).getDataset(), 0);
        assertEquals(PackChart.PAPER_ROWS, shown.size());
        assertTrue(shown.stream().allMatch(v -> v < 0.7), shown.toString());
        assertEquals(shown.stream().sorted().toList(), shown);
        // Ticks of 12 px print at 8 pt or more on the page.
        double pt = cn.jgdj.dashboards.charts.ChartTheme.TICK_SIZE * cn.jgdj.dashboards.render.PdfPackWriter.scale(c);
        assertTrue(pt >= 8.0, "ticks print at " + pt);
        var table = new UnitScorecard().build(big).get(0);
        assertEquals(120, table.rows().size());
        // U017 has 6 eligible members: named, no figure; its 20 branch-quarters still count for the cadence.
        List<String> u017 = table.rows().stream().filter(r -> r.get(0).equals("U017")).findFirst().orElseThrow();
        assertEquals(List.of("U017", "不足10人", "—", "—", "—"), u017.subList(0, 5));
        drawsWithoutError(c);
    }

    @Test
    void aHundredAndTwentyUnitsCadenceShowsTheUnitsBelowTheCountyOnOnePageAndAllInTheAppendix() {
        PackContext big = Fixture.context(ManyUnits.tables(120), "2025", cn.jgdj.dashboards.text.Lang.ZH);
        PackChart heat = only(new CadenceHeatmap().build(big));
        List<String> shown = symbols(((XYPlot) heat.chart().getPlot()).getRangeAxis());
        assertTrue(shown.size() <= PackChart.PAPER_ROWS && shown.size() >= 20, shown.toString());
        double pt = cn.jgdj.dashboards.charts.ChartTheme.TICK_SIZE * cn.jgdj.dashboards.render.PdfPackWriter.scale(heat);
        assertTrue(pt >= 8.0, "ticks print at " + pt);
        // ManyUnits: a branch complies unless (unit + branch + quarter) % 3 == 0, so every unit keeps 13 or 14 of its
        // 20 branch-quarters; the units at 13 are below the county's rate.
        var rows = big.tables().branchCompliance().rows();
        var units = cn.jgdj.dashboards.datasets.ComplianceData.byUnit(rows, big.period());
        double county = cn.jgdj.dashboards.datasets.ComplianceData.yearRate(rows, big.period()).getAsDouble();
        assertTrue(units.stream().allMatch(u -> u.yearShare() == 13.0 / 20 || u.yearShare() == 14.0 / 20));
        long below = units.stream().filter(u -> u.yearShare() < county).count();
        assertEquals(Math.min(below, PackChart.PAPER_ROWS), shown.size());
        var table = new UnitCadenceTable().build(big).get(0);
        assertEquals(120, table.rows().size());
        assertEquals("U001", table.rows().get(0).get(0));
        drawsWithoutError(heat);
    }
}
