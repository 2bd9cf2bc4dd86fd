package cn.jgdj.dashboards.figures;

import static cn.jgdj.dashboards.figures.ChartModel.*;
import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import java.util.Arrays;
import java.util.List;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * The county report's questions answered from observation_by_unit, training_reach, training_mix and coverage, and
 * the committee's unit scorecard and data-quality pages; every figure worked out by hand from the fixture CSVs.
 */
class CountyQuestionsFiguresTest {
    private final PackContext ctx = Fixture.context("2025");

    @Test
    void unitsNeverObservedAreChartedAndListedWithUnitsThatHeldNoSession() {
        // 2025: U01 3 sessions (2 observed), 县教育局 2 (none), 县人民医院 none held, U04 1 (observed).
        PackChart c = only(new UnitsNotObserved().build(ctx));
        assertEquals("2025年理论学习中心组学习未安排列席旁听的单位：1个", c.title());
        CategoryDataset d = categoryPlot(c).getDataset();
        assertEquals(List.of("县教育局"), columns(d));
        assertEquals(List.of(2.0), values(d, 0));
        assertTrue(sourceLine(c.chart()).contains("全县3个单位举行中心组学习6次，其中3次有工委人员列席旁听；1个单位全年未举行"),
                sourceLine(c.chart()));
        TablePage t = only(new UnitsNotObservedTable().build(ctx));
        assertEquals(List.of(List.of("县教育局", "2", "0", "未列席旁听"), List.of("县人民医院", "0", "0", "未举行中心组学习")),
                t.rows());
        drawsWithoutError(c);
    }

    @Test
    void countySentenceSaysAZeroCountInWordsAndOneUnitInTheSingular() {
        PackContext en = Fixture.context(Fixture.tables(), "2025", cn.jgdj.dashboards.text.Lang.EN);
        assertEquals("24 units held 263 sessions, 27 of them observed; every unit held at least one",
                UnitsNotObserved.countySentence(en, 24, 263, 27, 0));
        assertEquals("3 units held 6 sessions, 3 of them observed; 1 unit held none",
                UnitsNotObserved.countySentence(en, 3, 6, 3, 1));
        assertEquals("1 unit held 1 session, 0 of them observed; 2 units held none",
                UnitsNotObserved.countySentence(en, 1, 1, 0, 2));
        assertEquals("全县24个单位举行中心组学习263次，其中27次有工委人员列席旁听；每个单位全年至少举行一次",
                UnitsNotObserved.countySentence(ctx, 24, 263, 27, 0));
    }

    @Test
    void trainingReachShowsEachProgrammeAgainstItsAudienceAndHidesSmallOnes() {
        PackChart c = only(new TrainingReachByProgram().build(ctx));
        CategoryDataset d = categoryPlot(c).getDataset();
        // other_class has no audience: in the table only. party_affairs_class has 5 in its audience: suppressed.
        assertEquals(List.of("集中轮训（5班次）", "党组织书记培训班（2班次）", "党务工作者培训班（1班次） 已抑制（不足10人）",
                "发展对象培训班（1班次）"), columns(d));
        assertEquals(Arrays.asList(0.9, 0.9444, null, 0.8), values(d, 0));
        assertTrue(sourceLine(c.chart()).contains("共10班次、235人次"), sourceLine(c.chart()));
        TablePage t = only(new TrainingReachTable().build(ctx));
        assertEquals(List.of(
                List.of("集中轮训", "5", "180", "90", "应训党员", "100", "90（90.0%）"),
                List.of("党组织书记培训班", "2", "30", "17", "党组织书记·支委", "18", "17（94.4%）"),
                List.of("党务工作者培训班", "1", "—", "—", "党务干部", "—", "已抑制（不足10人）"),
                List.of("发展对象培训班", "1", "12", "12", "发展对象", "15", "12（80.0%）"),
                List.of("其他培训班", "1", "—", "—", "—", "—", "—")), t.rows());
        drawsWithoutError(c);
    }

    @Test
    void formMixStacksEachGroupsHoursAndNamesSuppressedGroups() {
        PackChart c = only(new TrainingFormMix().build(ctx));
        CategoryDataset d = categoryPlot(c).getDataset();
        assertEquals(List.of("全体党员", "35岁及以下"), columns(d));
        assertEquals(List.of("会议", "集中培训", "现场教学", "讲座宣讲", "线上学习"), rows(d));
        assertEquals(List.of(0.4, 0.5), values(d, 0));
        assertEquals(List.of(0.1, 0.0), values(d, 2));
        assertTrue(sourceLine(c.chart()).contains("不足10人未作统计：党务干部"), sourceLine(c.chart()));
        TablePage t = only(new TrainingFormMixTable().build(ctx));
        assertEquals(List.of(List.of("全体党员", "100", "40.0%", "30.0%", "10.0%", "10.0%", "10.0%"),
                List.of("35岁及以下", "25", "50.0%", "30.0%", "0.0%", "10.0%", "10.0%"),
                List.of("党务干部", "不足10人", "—", "—", "—", "—", "—")), t.rows());
        drawsWithoutError(c);
    }

    @Test
    void mobilityImpairedFollowUpTracksReachAndAttainmentThroughTheYear() {
        PackChart c = only(new MobilityImpairedFollowUp().build(ctx));
        CategoryDataset d = categoryPlot(c).getDataset();
        assertEquals(List.of("第1季度末", "第2季度末", "第3季度末", "第4季度末"), columns(d));
        assertEquals(List.of(0.25, 0.4167, 0.5833, 0.6667), values(d, 0));
        assertEquals(List.of(0.0, 0.0833, 0.25, 0.4167), values(d, 1));
        assertEquals(List.of(0.0568, 0.2727, 0.5341, 0.7614), values(d, 2));
        assertTrue(sourceLine(c.chart()).contains("行动不便的应训党员12人"), sourceLine(c.chart()));
        TablePage t = only(new MobilityImpairedFollowUpTable().build(ctx));
        assertEquals(List.of("截至1季度末", "12", "3", "9", "0（0.0%）", "5.7%"), t.rows().get(0));
        assertEquals(List.of("截至4季度末", "12", "8", "4", "5（41.7%）", "76.1%"), t.rows().get(3));
        assertTrue(t.note().contains("全年学时构成：会议25.0%、线上学习75.0%。"), t.note());
        drawsWithoutError(c);
    }

    @Test
    void scorecardHasOneRowPerUnitWithEveryMeasureAndItsReasons() {
        TablePage t = only(new UnitScorecard().build(ctx));
        assertEquals(9, t.header().size());
        // Name order: the id U04 first, then by pinyin: 县教育局 (jiao), 县人民医院 (ren), 县委组织部 (wei).
        assertEquals(List.of("U04", "14", "78.6%", "57.1%", "—", "3/8", "1/1", "25.0%",
                "学时达标率低于全县较多；“三会一课”落实率低于全县较多"), t.rows().get(0));
        assertEquals(List.of("县教育局", "30", "90.0%", "66.7%", "—", "3/4", "0/2", "—", "中心组学习全年未列席旁听"),
                t.rows().get(1));
        assertEquals(List.of("县人民医院", "不足10人", "—", "—", "—", "3/4", "未举行", "—", "数据质量需复核"),
                t.rows().get(2));
        assertEquals(List.of("县委组织部", "50", "94.0%", "80.0%", "—", "7/8", "2/3", "54.6%", "—"), t.rows().get(3));
    }

    @Test
    void dataQualityPagesCountRowsSetAsideByReasonAndByUnit() {
        List<TablePage> pages = new DataQualityTables().build(ctx);
        assertEquals(2, pages.size());
        // data_quality.csv, 2025: UNKNOWN_MEMBER 10 (U03), BAD_DATE 1 (U01); 3 undated BAD_DATE rows apart.
        assertEquals(List.of(List.of("党员编号不存在（UNKNOWN_MEMBER）", "10", "1"), List.of("日期格式错误（BAD_DATE）", "1", "1"),
                List.of("合计", "11", "—")), pages.get(0).rows());
        assertTrue(pages.get(0).note().contains("另有3行日期无法识别"), pages.get(0).note());
        // U03 needs review in Q1 (first): 10 of its 100 rows (50 in each of Q1 and Q2); U01 1 of 100.
        assertEquals(List.of(List.of("县人民医院", "10", "10.0%", "无出勤记录的支部活动、导入隔离的行", "第1季度"),
                List.of("县委组织部", "1", "1.0%", "—", "—")), pages.get(1).rows());
    }

    @Test
    void englishDataQualityPageNamesEachReasonInEnglishBesideItsCode() {
        PackContext en = Fixture.context(Fixture.tables(), "2025", cn.jgdj.dashboards.text.Lang.EN);
        assertEquals(List.of(List.of("Unknown member id (UNKNOWN_MEMBER)", "10", "1"),
                List.of("Unreadable date (BAD_DATE)", "1", "1"), List.of("Total", "11", "—")),
                new DataQualityTables().build(en).get(0).rows());
        for (cn.jgdj.schemas.quality.ReasonCode c : cn.jgdj.schemas.quality.ReasonCode.values()) {
            String label = cn.jgdj.dashboards.datasets.DataQualityChecks.reason(en.labels(), c.name());
            assertTrue(label.matches("[A-Z][a-z][a-z ,]+ \\(" + c.name() + "\\)"), label);
        }
    }

    @Test
    void unitForestShowsUnitsBelowAllMembersOnOnePageAndEveryUnitInTheAppendix() {
        PackContext big = Fixture.context(ManyUnits.tables(120), "2025", cn.jgdj.dashboards.text.Lang.ZH);
        PackChart c = only(new GroupForest(cn.jgdj.schemas.indicators.Dimensions.UNIT).build(big));
        assertEquals(PackChart.PAPER_WIDTH, c.width());
        double pt = cn.jgdj.dashboards.charts.ChartTheme.TICK_SIZE * cn.jgdj.dashboards.render.PdfPackWriter.scale(c);
        assertTrue(pt >= 8.0, "ticks print at " + pt);
        assertTrue(sourceLine(c.chart()).contains("共120个单位，7个单位不足10人，已抑制，图中为低于全体党员或显著偏低的35个"),
                sourceLine(c.chart()));
        TablePage t = only(new UnitForestTable().build(big));
        assertEquals(120, t.rows().size());
        // The fixture: U04 14 members, 57.1 % (32.6–78.6 %), gap -17.3, q 0.300, not flagged; no test for U01.
        List<List<String>> rows = only(new UnitForestTable().build(ctx)).rows();
        assertEquals(List.of("U04", "14", "57.1%", "32.6%–78.6%", "-17.3", "0.300", "否"), rows.get(0));
        // Then by pinyin: 县教育局 (jiao), 县人民医院 (ren), 县委组织部 (wei).
        assertEquals("县教育局", rows.get(1).get(0));
        assertEquals(List.of("县人民医院", "不足10人，未作统计", "—", "—", "—", "—", "—"), rows.get(2));
        assertEquals(List.of("县委组织部", "50", "80.0%", "67.0%–88.8%", "—", "—", "—"), rows.get(3));
        drawsWithoutError(c);
    }

    @Test
    void aSetAsideOrganiserOutsideTheUnitDirectoryIsNoUnitNeedingAttention(@org.junit.jupiter.api.io.TempDir
                                                                           java.nio.file.Path out) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(out.resolve("indicators"));
        try (var files = java.nio.file.Files.list(Fixture.root().resolve("indicators"))) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        // An event set aside as UNKNOWN_REFERENCE names organiser U99, which the units file does not have.
        java.nio.file.Files.writeString(dir.resolve("data_quality.csv"), "2025Q3,U99,set_aside,2,2,1.0,0.05,true,true\n"
                + "2025Q3,U99,set_aside:UNKNOWN_REFERENCE,2,2,1.0,0.05,true,true\n", java.nio.file.StandardOpenOption.APPEND);
        PackContext withU99 = Fixture.context(cn.jgdj.dashboards.data.IndicatorTables.load(out), "2025",
                cn.jgdj.dashboards.text.Lang.ZH);
        var units = cn.jgdj.dashboards.findings.UnitsNeedingAttention.of(withU99,
                cn.jgdj.dashboards.findings.Texts.of(cn.jgdj.dashboards.text.Lang.ZH));
        assertEquals(List.of("U04", "U02", "U03"), units.stream().map(u -> u.unitId()).toList());
        List<List<String>> byUnit = new DataQualityTables().build(withU99).get(1).rows();
        assertTrue(byUnit.contains(List.of("U99（单位名录中无此单位）", "2", "100.0%", "导入隔离的行", "第3季度")), byUnit.toString());
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }
}
