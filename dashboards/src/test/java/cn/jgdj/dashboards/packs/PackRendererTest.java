package cn.jgdj.dashboards.packs;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.CountyScale;
import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.fonts.CjkFonts;
import cn.jgdj.dashboards.fonts.MissingCjkFontException;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.text.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs rendered end to end from the fixture CSVs: files, PDF pages and the PDF's (Chinese) text layer. */
class PackRendererTest {
    @TempDir
    Path out;

    @BeforeEach
    void copyFixture() throws IOException {
        CountyScale.copy(Fixture.root(), out);
    }

    private List<Path> render(String period, String pack, Lang lang) {
        return PackRenderer.render(new PackRequest(out, period, pack, lang, Fixture.RUN_ID, Fixture.AS_OF));
    }

    @Test
    void yearRendersCommitteeAndAnalystPacks() throws IOException {
        List<Path> files = render("2025", null, null);
        Path committee = out.resolve("reports/2025/committee");
        Path analyst = out.resolve("reports/2025/analyst");
        assertTrue(files.contains(committee.resolve("committee.pdf")));
        assertTrue(files.contains(committee.resolve("index.html")));
        assertTrue(files.contains(committee.resolve("charts/attainment_by_unit.png")));
        assertTrue(files.contains(analyst.resolve("charts/forest_age_band.svg")));
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        // Committee: cover + summary + 14 charts (2 platforms) + 7 effectiveness and early-warning charts + 3 report
        // questions (not observed, training reach, mobility follow-up) + units needing attention + definitions +
        // appendix (units needing attention, scorecard, cadence by unit, branches short every quarter, units not
        // observed, training reach, mobility follow-up, data quality by reason and by unit) + run facts.
        assertEquals(1 + 1 + 14 + 7 + 3 + 1 + 9 + 1, pages(committee.resolve("committee.pdf")));
        // Analyst: cover + summary + 9 forests + gaps + 2 platforms + venues + form mix + 2 effect-by-group + data
        // quality + definitions + units needing attention (the summary names only the 重点关注 one of three) + unit
        // forest table + form mix table + run facts.
        assertEquals(1 + 1 + 13 + 1 + 3 + 1 + 1 + 2 + 1, pages(analyst.resolve("analyst.pdf")));
        assertEquals(2 + 2 * (14 + 7 + 3), files.stream().filter(f -> f.startsWith(committee)).count());

        String text = text(committee.resolve("committee.pdf"));
        for (String expected : List.of("机关党员教育培训年度成效评估", "2025年学时要求完成情况：全体、分单位类型、分职务类别",
                "2025年学时达标率低于全县水平的单位（由低到高）", "2025年“三会一课”制度落实：低于全县水平的单位",
                "已列席旁听单位占比（理论学习中心组学习，截至2025年）", "2025年集中轮训与培训班参加率",
                "2025年志愿服务：各主题参与人数与服务时长", "主要指标同比：2025年与2024年", "指标定义与说明",
                "要点", "一、主要指标", "四、需关注的单位", "附表：2025年各单位情况一览", "附表：需关注的单位（2025年）",
                "附表：2025年未纳入计算的原始数据行（按原因）", "附表：2025年各单位数据质量", "附表：2025年各单位“三会一课”制度落实情况",
                "2025年理论学习中心组学习未安排列席旁听的单位：1个", "2025年集中轮训和各类培训班覆盖情况",
                "2025年行动不便党员学习跟进（送学上门）", "2025年需关注的单位：共3个，按原因统计", "2025年“三会一课”各类会议未达最低次数的支部·季度数",
                "2025年党课和专题宣讲开展场次（按季度）", "不足10人，未作统计",
                "附录：运行信息", "共 15 行", "R20260105", "县教育局（30人）", "内置演示密钥",
                "/data/county-2025")) {
            assertTrue(text.contains(expected) || unwrapped(text).contains(expected), "PDF text lacks " + expected);
        }
        assertTrue(text(analyst.resolve("analyst.pdf")).contains("2025年学时达标率及95%置信区间：按年龄段"));
        assertNoTempFolders();
    }

    @Test
    void quarterRendersTheLeadershipPackOfAtMostSixCharts() throws IOException {
        List<Path> files = render("2025Q3", null, Lang.ZH);
        Path pdf = out.resolve("reports/2025Q3/leadership/leadership.pdf");
        assertTrue(files.contains(pdf));
        // cover, summary, definitions, units needing attention (the summary names only the 重点关注 ones), run facts
        int charts = pages(pdf) - 5;
        assertEquals(5, charts); // four, and the year-end forecast: within the brief's six
        String text = text(pdf);
        for (String expected : List.of("党员教育培训季度简报", "主要指标季度走势（截至2025年第3季度）", "上年同期",
                "2025年累计学时达标率与进度（截至2025年第3季度）", "培训结果差距最大的三个薄弱群体（2025年）",
                "2025年末学时达标率预测")) {
            assertTrue(text.contains(expected) || unwrapped(text).contains(expected), "PDF text lacks " + expected);
        }
    }

    @Test
    void suppressionMarksQuoteTheMinimumCellSizeTheRunUsed() throws IOException {
        // The fixture's run record says 10; a request that says 20 wins (the pipeline passes its own setting).
        PackRenderer.render(new PackRequest(out, "2025", Packs.COMMITTEE, Lang.ZH, Fixture.RUN_ID, Fixture.AS_OF, 20));
        String text = text(out.resolve("reports/2025/committee/committee.pdf"));
        assertTrue(unwrapped(text).contains("不足20人，未作统计"), text);
        assertTrue(text.contains("成员少于20人的群体"));
        assertFalse(text.contains("不足10人"));

        // Without one, the run record's settings.min_cell_size is used.
        Path record = out.resolve("runs/R20260105.json");
        Files.writeString(record, Files.readString(record).replace("\"min_cell_size\" : \"10\"", "\"min_cell_size\" : \"15\""));
        render("2025", Packs.COMMITTEE, Lang.ZH);
        assertTrue(unwrapped(text(out.resolve("reports/2025/committee/committee.pdf"))).contains("不足15人，未作统计"));
    }

    @Test
    void englishPackUsesEnglishWords() throws IOException {
        render("2025", Packs.COMMITTEE, Lang.EN);
        String text = text(out.resolve("reports/2025/committee/committee.pdf"));
        assertTrue(text.contains("Annual review of party-member training"), text);
        assertTrue(text.contains("Units below the county attainment, 2025, lowest first"));
        assertTrue(text.contains("Summary"));
        assertTrue(text.contains("Appendix: run facts"));
        assertTrue(text.contains("Definitions"));
        assertFalse(Files.exists(out.resolve("reports/2025/analyst")));
    }

    @Test
    void htmlLinksEachPngToItsSvgWithAsOfAndRunId() throws IOException {
        render("2025Q3", Packs.LEADERSHIP, Lang.ZH);
        Path dir = out.resolve("reports/2025Q3/leadership");
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        for (String id : List.of("headline_trends", "quarter_year_on_year", "ytd_pace", "most_under_served")) {
            assertTrue(html.contains("<a href=\"charts/" + id + ".svg\"><img src=\"charts/" + id + ".png\""), id);
            assertTrue(Files.exists(dir.resolve("charts/" + id + ".svg")));
        }
        assertTrue(html.contains("2026-01-05"));
        assertTrue(html.contains("R20260105"));
        assertTrue(html.contains("<figcaption>"));
        // SVG text is drawn as paths so it shows without the font.
        String svg = Files.readString(dir.resolve("charts/headline_trends.svg"), StandardCharsets.UTF_8);
        assertFalse(svg.contains("<text"));
        assertTrue(svg.contains("<path"));
    }

    @Test
    void htmlEmbedsTheSubsetOfTheFontItsTextNeeds() throws Exception {
        render("2025Q3", Packs.LEADERSHIP, Lang.ZH);
        String html = Files.readString(out.resolve("reports/2025Q3/leadership/index.html"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("@font-face\\{font-family:'PackCJK';src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)")
                .matcher(html);
        assertTrue(m.find(), "no embedded font");
        assertTrue(html.contains("body{font-family:'PackCJK',"));
        byte[] ttf = java.util.Base64.getDecoder().decode(m.group(1));
        java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(ttf));
        // Every character of the page's title and of a definition is in the subset; one the page lacks is not.
        assertEquals(-1, font.canDisplayUpTo("党员教育培训季度简报指标定义与说明"));
        assertFalse(font.canDisplay('龘'));
        assertTrue(ttf.length < 2_000_000, "a subset, not the whole face: " + ttf.length + " bytes");
    }

    @Test
    void publishedPackHasTheFolderPermissionsOfItsParent() throws IOException {
        render("2025Q3", Packs.LEADERSHIP, Lang.ZH);
        Path parent = out.resolve("reports/2025Q3");
        Path plain = Files.createDirectory(parent.resolve("plain"));
        // Readers other than the pipeline's user (a web server, a colleague) see the pack as they see any folder.
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(parent.resolve("leadership")));
    }

    @Test
    void missingFontFailsBeforeWritingAnything() {
        MissingCjkFontException e = assertThrows(MissingCjkFontException.class, () -> PackRenderer.render(
                new PackRequest(out, "2025", null, Lang.ZH, null, Fixture.AS_OF), new CjkFonts(List::of)));
        assertTrue(e.getMessage().contains("apt-get install fonts-wqy-zenhei"));
        assertFalse(Files.exists(out.resolve("reports")));
    }

    @Test
    void packMustFitThePeriod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> render("2025Q3", Packs.COMMITTEE, Lang.ZH));
        assertEquals("pack 'committee' reviews a year (e.g. 2025), not '2025Q3'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> render("2025-04", null, Lang.ZH));
        assertThrows(IllegalArgumentException.class, () -> render("2025", "board", Lang.ZH));
    }

    @Test
    void rerenderReplacesThePackAndAFailedRenderKeepsTheOldOne() throws IOException {
        render("2025Q3", Packs.LEADERSHIP, Lang.ZH);
        Path pdf = out.resolve("reports/2025Q3/leadership/leadership.pdf");
        Path stray = out.resolve("reports/2025Q3/leadership/charts/stray.png");
        Files.writeString(stray, "old");
        render("2025Q3", Packs.LEADERSHIP, Lang.ZH);
        assertFalse(Files.exists(stray), "a re-render replaces the whole folder");
        long size = Files.size(pdf);

        Files.writeString(out.resolve("indicators/trends.csv"), "indicator,dimension\nx,y\n");
        assertThrows(RuntimeException.class, () -> render("2025Q3", Packs.LEADERSHIP, Lang.ZH));
        assertEquals(size, Files.size(pdf));
        assertNoTempFolders();
    }

    @Test
    void emptyOutputRootStillRendersEveryPageSayingNoData() throws IOException {
        Path bare = Files.createTempDirectory(out, "bare");
        List<Path> files = PackRenderer.render(new PackRequest(bare, "2025", Packs.COMMITTEE, Lang.ZH, null, null));
        Path pdf = bare.resolve("reports/2025/committee/committee.pdf");
        assertTrue(files.contains(pdf));
        // cover, summary, 13 + 7 + 3 no-data charts, definitions, run facts (no appendix table has rows)
        assertEquals(1 + 1 + 13 + 7 + 3 + 1 + 1, pages(pdf));
        String text = text(pdf);
        assertTrue(text.contains("无数据：未找到 coverage.csv"));
        assertTrue(text.contains("无数据：未找到 effectiveness.csv"));
        assertTrue(text.contains("未找到 quality/ingest_report.json"));
    }

    @Test
    void coverSaysTitlePeriodDataAsOfAndGeneratedOnRunFactsGoToTheAppendix() {
        var ctx = Fixture.context("2025");
        var doc = PackRenderer.document(Packs.COMMITTEE_REVIEW, ctx, cn.jgdj.dashboards.data.IngestTotals.absent(),
                cn.jgdj.dashboards.data.RunFacts.load(out, Fixture.RUN_ID), java.time.LocalDate.of(2026, 11, 29));
        assertEquals(List.of("评估期 2025年", "数据截至 2026年1月5日", "生成日期 2026年11月29日"),
                doc.facts().stream().map(f -> f.label() + " " + f.value()).toList());
        var runFacts = doc.appendix().get(doc.appendix().size() - 1);
        assertEquals("附录：运行信息", runFacts.title());
        assertTrue(runFacts.rows().contains(List.of("运行编号", "R20260105")));
        assertTrue(runFacts.rows().contains(List.of("学时规则", "系统内置规则")), runFacts.rows().toString());
    }

    @Test
    void runFactsPrintThePeriodCodeOnlyWhereTheWordsDoNotReadAsIt() {
        assertEquals(List.of("评估期", "2025年 (2025)"), runFactsPeriodRow("2025", Lang.ZH));
        assertEquals(List.of("评估期", "2025年第4季度 (2025Q4)"), runFactsPeriodRow("2025Q4", Lang.ZH));
        assertEquals(List.of("Period", "2025"), runFactsPeriodRow("2025", Lang.EN));
        assertEquals(List.of("Period", "2025 Q4"), runFactsPeriodRow("2025Q4", Lang.EN));
    }

    private List<String> runFactsPeriodRow(String period, Lang lang) {
        var ctx = Fixture.context(Fixture.tables(), period, lang);
        var page = PackRenderer.runFacts(ctx, cn.jgdj.dashboards.data.IngestTotals.absent(),
                cn.jgdj.dashboards.data.RunFacts.load(out, Fixture.RUN_ID), 0);
        return page.rows().get(0);
    }

    @Test
    void readingTextBesideEachChartIsAlsoInThePdf() throws IOException {
        render("2025Q3", Packs.LEADERSHIP, Lang.ZH);
        String text = text(out.resolve("reports/2025Q3/leadership/leadership.pdf")).replaceAll("\\s+", "");
        var ctx = Fixture.context("2025Q3");
        for (PackChart c : Packs.LEADERSHIP_PACK.figures().stream().flatMap(f -> f.build(ctx).stream()).toList()) {
            assertTrue(text.contains(c.description().replaceAll("\\s+", "")), "PDF lacks the reading text of " + c.id());
        }
    }

    private void assertNoTempFolders() throws IOException {
        try (Stream<Path> s = Files.walk(out.resolve("reports"))) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(".")).toList());
        }
    }

    /** The text with its line breaks removed: a source line wraps where the chart's width ends, mid-phrase. */
    private static String unwrapped(String text) {
        return text.replaceAll("\\s*\\R\\s*", "");
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
