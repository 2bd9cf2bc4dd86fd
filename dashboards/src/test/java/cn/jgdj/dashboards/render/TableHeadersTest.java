package cn.jgdj.dashboards.render;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.data.IngestTotals;
import cn.jgdj.dashboards.data.RunFacts;
import cn.jgdj.dashboards.fonts.CjkFonts;
import cn.jgdj.dashboards.packs.PackDefinition;
import cn.jgdj.dashboards.packs.PackRenderer;
import cn.jgdj.dashboards.packs.Packs;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Lang;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every appendix table of every English pack has header words that fit their columns whole (Chinese headers may
 * wrap between any two characters, as Chinese text does).
 */
class TableHeadersTest {

    @Test
    void aHeaderWordTooWideForItsColumnIsFound() {
        PdfPackWriter writer = new PdfPackWriter(CjkFonts.system().forLang(Lang.EN));
        TablePage narrow = new TablePage("", null, List.of("Unit", "Branches", "Q1"), List.of(),
                new float[] {40f, 1f, 5f});
        assertEquals(List.of("Branches: Branches"), writer.headerWordsWiderThanTheirColumn(narrow));
    }

    @Test
    void noEnglishPackTableBreaksAHeaderWordMidWord() {
        for (Lang lang : List.of(Lang.EN)) {
            PdfPackWriter writer = new PdfPackWriter(CjkFonts.system().forLang(lang));
            List<String> tooWide = new ArrayList<>();
            tooWide.addAll(check(writer, Packs.COMMITTEE_REVIEW, "2025", lang));
            tooWide.addAll(check(writer, Packs.ANALYST_PACK, "2025", lang));
            tooWide.addAll(check(writer, Packs.LEADERSHIP_PACK, "2025Q3", lang));
            assertEquals(List.of(), tooWide, lang.toString());
        }
    }

    private static List<String> check(PdfPackWriter writer, PackDefinition pack, String period, Lang lang) {
        var ctx = Fixture.context(Fixture.tables(), period, lang);
        PackDocument doc = PackRenderer.document(pack, ctx, IngestTotals.absent(),
                RunFacts.load(Fixture.root(), Fixture.RUN_ID), LocalDate.of(2026, 11, 30));
        List<String> tooWide = new ArrayList<>();
        for (TablePage t : doc.appendix()) {
            writer.headerWordsWiderThanTheirColumn(t).forEach(w -> tooWide.add(t.title() + " | " + w));
        }
        return tooWide;
    }
}
