package cn.jgdj.dashboards.figures;

import static cn.jgdj.dashboards.figures.ChartModel.*;
import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Lang;
import java.util.List;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The leadership charts for 2025Q3 from the fixture. */
class LeadershipFiguresTest {
    private final PackContext ctx = Fixture.context("2025Q3");

    @Test
    void headlineTrendsStartAtTheFirstQuarterWithDataAndMarkTheYearEarlier() {
        PackChart c = only(new HeadlineTrends().build(ctx));
        CategoryPlot plot = categoryPlot(c);
        CategoryDataset d = plot.getDataset();
        // platform_active_rate is suppressed in the fixture, so it is not drawn.
        assertEquals(List.of("累计学时达标率", "季度活动参加率", "季度“三会一课”制度落实率", "季度志愿服务参与率"), rows(d));
        assertEquals(List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"), columns(d));
        assertEquals(0.42, d.getValue("累计学时达标率", "2024Q3").doubleValue());
        assertNull(d.getValue("季度志愿服务参与率", "2024Q3"));
        List<String> marked = plot.getDomainMarkers(Layer.BACKGROUND).stream()
                .map(m -> ((CategoryMarker) m).getKey().toString()).toList();
        assertEquals(List.of("2024Q3", "2025Q3"), marked);
        assertEquals(0.0, plot.getRangeAxis().getLowerBound());
        assertEquals(1.05, plot.getRangeAxis().getUpperBound());
        // One value label per series at this quarter.
        assertEquals(4, plot.getAnnotations().size());
    }

    @Test
    void quarterYearOnYearPairsTheSameQuarters() {
        CategoryDataset d = categoryPlot(only(new QuarterYearOnYear().build(ctx))).getDataset();
        assertEquals(List.of("2024年第3季度", "2025年第3季度"), rows(d));
        assertEquals(List.of("累计学时达标率", "季度活动参加率", "季度“三会一课”制度落实率", "季度志愿服务参与率"), columns(d));
        assertEquals(java.util.Arrays.asList(0.42, 0.78, 0.5, null), values(d, 0));
        assertEquals(List.of(0.5, 0.88, 0.5, 0.3), values(d, 1));
    }

    @Test
    void yearToDatePaceStopsAtThisQuarterAndDrawsLastYearAndAnEvenPace() {
        CategoryDataset d = categoryPlot(only(new YearToDatePace().build(ctx))).getDataset();
        assertEquals(List.of("1–3月", "1–6月", "1–9月", "1–12月"), columns(d));
        assertEquals(java.util.Arrays.asList(0.05, 0.25, 0.5, null), values(d, 0));
        assertEquals(java.util.Arrays.asList(0.4, 0.65, 0.8, null), values(d, 1));
        assertEquals(List.of(0.0316, 0.2105, 0.4211, 0.6316), values(d, 2));
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0), values(d, 3));
    }

    @Test
    void lastYearsLineReadsApartFromThisYearsOnPaper() {
        PackChart c = only(new YearToDatePace().build(ctx));
        var r = (org.jfree.chart.renderer.category.LineAndShapeRenderer) categoryPlot(c).getRenderer();
        java.awt.Color now = (java.awt.Color) r.getSeriesPaint(0);
        java.awt.Color before = (java.awt.Color) r.getSeriesPaint(2);
        // Same hue made pale, dashed, hollow points: told apart without colour too.
        assertNotEquals(now, before);
        assertTrue(before.getRed() + before.getGreen() + before.getBlue() > now.getRed() + now.getGreen() + now.getBlue());
        assertNotNull(((java.awt.BasicStroke) r.getSeriesStroke(2)).getDashArray());
        assertFalse(r.getSeriesShapesFilled(2));
        assertTrue(c.description().contains("浅色虚线（空心点）为上年同期累计达标率"), c.description());
        assertFalse(c.description().contains("下半年"));
    }

    @Test
    void mostUnderServedAreTheThreeFlaggedGroupsWithTheLargestGaps() {
        PackChart c = only(new MostUnderServed().build(ctx));
        CategoryDataset d = categoryPlot(c).getDataset();
        assertEquals(List.of("该群体", "其余党员"), rows(d));
        // The platform-activity group (gap -45) is named apart, not among the three: training outcomes lead.
        assertEquals(List.of("年龄段：35岁及以下 · 学时达标率", "职务类别：普通党员 · 志愿服务参与率"), columns(d));
        assertEquals(List.of(0.48, 0.2), values(d, 0));
        assertEquals(List.of(0.8, 0.5143), values(d, 1));
        assertEquals("培训结果差距最大的三个薄弱群体（2025年）", c.title());
        assertTrue(sourceLine(c.chart()).contains("学习平台活跃度偏低（仅作参照）：学历：中专及以下"), sourceLine(c.chart()));
    }

    @Test
    void aGroupBehindOnTwoOutcomesIsNamedOnceAmongTheThree(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(out.resolve("indicators"));
        try (var files = java.nio.file.Files.list(Fixture.root().resolve("indicators"))) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        // Ordinary members are now also behind on reach (−40, the largest gap) besides volunteering (−31.43);
        // women behind on attainment (−20) are the third group.
        java.nio.file.Files.writeString(dir.resolve("under_served.csv"),
                "2025,reach,role,ordinary,65,0.5,35,0.9,-40.0,z,0.001,0.005,true,false\n"
                        + "2025,attainment,gender,F,45,0.6,55,0.8,-20.0,z,0.001,0.01,true,false\n",
                java.nio.file.StandardOpenOption.APPEND);
        PackContext two = Fixture.context(cn.jgdj.dashboards.data.IndicatorTables.load(out), "2025Q3", Lang.ZH);
        PackChart c = only(new MostUnderServed().build(two));
        assertEquals(List.of("职务类别：普通党员 · 参训率", "年龄段：35岁及以下 · 学时达标率", "性别：女 · 学时达标率"),
                columns(categoryPlot(c).getDataset()));
        assertTrue(sourceLine(c.chart()).contains("培训结果显著偏低的群体共3个"), sourceLine(c.chart()));
    }

    @Test
    void englishLabelsComeFromTheEnglishWords() {
        PackContext en = Fixture.context(Fixture.tables(), "2025Q3", Lang.EN);
        CategoryDataset d = categoryPlot(only(new MostUnderServed().build(en))).getDataset();
        assertEquals(List.of("Age band: 35 or under · Attainment", "Role: Ordinary member · Volunteer participation"),
                columns(d));
        assertEquals("The three most under-served groups, 2025",
                only(new MostUnderServed().build(en)).chart().getTitle().getText());
    }
}
