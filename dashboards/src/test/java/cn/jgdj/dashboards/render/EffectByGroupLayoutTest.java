package cn.jgdj.dashboards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.dashboards.CountyScale;
import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.dashboards.figures.TrainingEffectByGroup;
import cn.jgdj.dashboards.fonts.CjkFonts;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training effects by group: with many groups of long names (ten units named like
 * 县市场监督管理局综合行政执法大队第14党支部联合体, four programs each: 40 rows) no two row labels print over each
 * other or over the effects, and nothing prints below 8 pt; the rows go on as many pages as they need.
 */
class EffectByGroupLayoutTest {
    @TempDir
    Path tmp;

    @Test
    void manyGroupsWithLongNamesPrintApartAndReadable() throws IOException {
        Path out = CountyScale.write(tmp.resolve("county"));
        StringBuilder rows = new StringBuilder();
        for (int u = 14; u <= 14 + 9 * 7; u += 7) {
            for (String program : List.of("rotation_training", "training_class", "onsite_teaching", "special_lecture")) {
                for (String outcome : List.of("platform_active_days", "meeting_attendance", "volunteer_participation")) {
                    rows.append(String.format(Locale.ROOT, "2025,%s,%s,unit,U%d,overall,-0.3,-0.9,0.4,30,150,false,"
                            + "false,499,20251130%n", program, outcome, u));
                }
            }
        }
        Files.writeString(out.resolve("indicators/effectiveness.csv"), rows, StandardOpenOption.APPEND);
        IndicatorTables tables = IndicatorTables.load(out);
        for (Lang lang : List.of(Lang.ZH, Lang.EN)) {
            PackContext ctx = Fixture.context(tables, "2025", lang);
            List<PackChart> pages = new TrainingEffectByGroup("unit").build(ctx);
            assertTrue(pages.size() >= 2, "40 rows do not fit one page: " + pages.size());
            Path pdf = tmp.resolve("effects-" + lang + ".pdf");
            new PdfPackWriter(CjkFonts.system().forLang(lang)).write(new PackDocument("analyst", "t", "2025", lang,
                    List.of(), null, pages, List.of(), "d", List.of()), pdf);
            List<PrintedText.Run> runs = PrintedText.of(pdf);
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                PrintedText.Run r = runs.get(i);
                if (r.pt() < PrintSizeTest.MIN_PT - 0.005 && !r.text().isBlank()) {
                    problems.add("small: " + r);
                }
                for (int j = i + 1; j < runs.size(); j++) {
                    if (r.overlaps(runs.get(j), 1.0) && !r.text().isBlank() && !runs.get(j).text().isBlank()) {
                        problems.add(r + " overlaps " + runs.get(j));
                    }
                }
            }
            assertEquals(List.of(), problems, lang.toString());
            // Every unit's rows are printed: 10 units × 4 programs, in the labels of the row axis.
            String all = String.join("\n", runs.stream().map(PrintedText.Run::text).toList());
            for (int u = 14; u <= 14 + 9 * 7; u += 7) {
                assertTrue(all.contains(u + "党支部联合体"), "unit U" + u + " missing");
            }
        }
    }
}
