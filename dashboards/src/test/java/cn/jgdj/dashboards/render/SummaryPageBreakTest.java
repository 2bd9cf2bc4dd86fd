package cn.jgdj.dashboards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.dashboards.findings.Summary;
import cn.jgdj.dashboards.fonts.CjkFonts;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A summary heading is never the last thing on a page: it keeps with the lines that follow it. Checked in the
 * written PDF for first sections of every length from a few lines to a page and a half, so that every later
 * heading falls, in one of the runs, where the page ends.
 */
class SummaryPageBreakTest {
    @TempDir
    Path tmp;

    @Test
    void everySectionHeadingHasItsFirstLinesOnTheSamePage() {
        PdfPackWriter writer = new PdfPackWriter(CjkFonts.system().forLang(Lang.ZH));
        Set<String> headings = Set.of("一、主要指标", "二、变化趋势", "三、薄弱群体", "四、需关注的单位");
        int pagesSeen = 0;
        for (int lines = 30; lines <= 80; lines++) {
            Path pdf = tmp.resolve("summary-" + lines + ".pdf");
            writer.write(document(lines), pdf);
            List<PrintedText.Run> runs = PrintedText.of(pdf);
            pagesSeen = Math.max(pagesSeen, runs.get(runs.size() - 1).page());
            for (int i = 0; i < runs.size(); i++) {
                PrintedText.Run r = runs.get(i);
                if (!headings.contains(r.text())) {
                    continue;
                }
                // The next text of the page, if any, is the section's first line (not the next page's content).
                int page = r.page();
                long after = runs.stream().skip(i + 1).filter(n -> n.page() == page && !n.text().isBlank()).count();
                assertTrue(after >= 2, lines + " lines in the first section: '" + r.text() + "' ends page " + page
                        + " with " + after + " lines under it");
            }
        }
        assertTrue(pagesSeen >= 3, "the runs must push headings across page ends, saw " + pagesSeen + " pages");
    }

    @Test
    void aHeadingIsFoundByItsText() {
        Path pdf = tmp.resolve("one.pdf");
        new PdfPackWriter(CjkFonts.system().forLang(Lang.ZH)).write(document(3), pdf);
        List<String> texts = PrintedText.of(pdf).stream().map(PrintedText.Run::text).toList();
        assertTrue(texts.contains("二、变化趋势"), texts.toString());
        assertEquals(1, texts.stream().filter("四、需关注的单位"::equals).count());
    }

    /** A summary whose first section has {@code lines} one-line sentences, then three short sections and a table. */
    private static PackDocument document(int lines) {
        List<String> first = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            first.add("第" + i + "条：全年学时达标率为78.6%，较上年提高2.1个百分点。");
        }
        List<Summary.Section> sections = List.of(new Summary.Section("一、主要指标", first),
                new Summary.Section("二、变化趋势", List.of("季度活动参加率呈下降趋势。", "学习平台活跃率呈下降趋势。",
                        "志愿服务参与率无明显变化。")),
                new Summary.Section("三、薄弱群体", List.of("35岁及以下党员学时达标率低于其余党员5个百分点及以上。",
                        "行动不便党员参训率偏低，建议送学上门。")),
                new Summary.Section("四、需关注的单位", List.of("共3个单位需关注，其中重点关注1个，全部名单见附表。")));
        TablePage units = new TablePage("四、需关注的单位", null, List.of("单位", "原因", "建议"),
                List.of(List.of("县教育局", "学时达标率低于全县", "督导检查")));
        Summary s = new Summary("要点", "本页由指标表自动生成。", sections, units);
        return new PackDocument("committee", "标题", "2025年", Lang.ZH, List.of(), s, List.of(), List.of(), "指标定义与说明",
                List.of());
    }
}
