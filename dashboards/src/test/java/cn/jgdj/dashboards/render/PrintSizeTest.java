package cn.jgdj.dashboards.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.dashboards.CountyScale;
import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.packs.PackRenderer;
import cn.jgdj.dashboards.packs.PackRequest;
import cn.jgdj.dashboards.text.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every pack is readable on paper: no text of any page (chart ticks, legends, category and cell labels, source
 * lines, tables) prints below 8 pt at the size it is placed in the PDF, and no two strings of a page print over
 * each other. Measured in the written PDFs of every pack, Chinese and English, rendered from the hand-written
 * fixture and from the same fixture grown to county size (120 units, every group of every dimension).
 */
class PrintSizeTest {
    static final double MIN_PT = 8.0;

    @TempDir
    static Path tmp;

    /** Every pack's PDF: "fixture zh committee.pdf" → its printed strings. */
    private static final Map<String, List<PrintedText.Run>> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void renderEveryPack() throws IOException {
        Path fixture = Files.createDirectories(tmp.resolve("fixture"));
        CountyScale.copy(Fixture.root(), fixture);
        Path county = CountyScale.write(tmp.resolve("county"));
        for (Map.Entry<String, Path> out : Map.of("fixture", fixture, "county", county).entrySet()) {
            for (Lang lang : List.of(Lang.ZH, Lang.EN)) {
                for (String period : List.of("2025", "2025Q3")) {
                    for (Path f : PackRenderer.render(new PackRequest(out.getValue(), period, null, lang,
                            Fixture.RUN_ID, Fixture.AS_OF))) {
                        if (f.toString().endsWith(".pdf")) {
                            PDFS.put(out.getKey() + " " + lang + " " + f.getFileName(), PrintedText.of(f));
                        }
                    }
                }
            }
        }
    }

    @Test
    void measuresTheSizeTextIsPrintedAtNotTheSizeItWasDrawnAt() {
        List<PrintedText.Run> runs = PDFS.get("fixture EN leadership.pdf");
        PrintedText.Run title = runs.stream().filter(r -> r.text().equals("Quarterly training brief")).findFirst()
                .orElseThrow();
        assertEquals(24.0, title.pt(), 0.01); // the cover's title, set at 24 pt
        // A chart drawn 1000 px wide on a 786 pt wide landscape page: its 18 px title prints at 18 × 0.786 = 14.1 pt
        // or less (less when the reading text under it leaves less height).
        PrintedText.Run chartTitle = runs.stream().filter(r -> r.text().startsWith("Headline indicators")).findFirst()
                .orElseThrow(() -> new AssertionError(runs.stream().map(PrintedText.Run::text).toList().toString()));
        assertTrue(chartTitle.pt() > 10 && chartTitle.pt() <= 18 * 786.0 / 1000 + 0.01, chartTitle.toString());
    }

    @Test
    void sixPacksOfEachFixtureAreMeasured() {
        assertEquals(12, PDFS.size(), PDFS.keySet().toString());
        assertTrue(PDFS.values().stream().allMatch(r -> r.size() > 100));
    }

    @Test
    void noTextPrintsBelow8Pt() {
        List<String> problems = new ArrayList<>();
        PDFS.forEach((pdf, runs) -> runs.stream().filter(r -> r.pt() < MIN_PT - 0.005 && !r.text().isBlank())
                .collect(Collectors.groupingBy(PrintedText.Run::page, TreeMap::new, Collectors.toList()))
                .forEach((page, small) -> problems.add(pdf + " page " + page + " (" + PrintedText.firstTextOf(runs, page)
                        + "): " + small.size() + " strings below 8 pt, e.g. " + small.get(0))));
        assertEquals(List.of(), problems);
    }

    @Test
    void noLabelIsCutShort() {
        // JFreeChart ends a category label that does not fit its lines with "..." (a venue's name lost its counts);
        // the definitions' own "(bad format, ..., future dates, ...)" is text, not a cut label.
        List<String> cut = new ArrayList<>();
        PDFS.forEach((pdf, runs) -> runs.stream().filter(r -> r.text().strip().endsWith("...") || r.text().strip().endsWith("…"))
                .forEach(r -> cut.add(pdf + ": " + r)));
        assertEquals(List.of(), cut);
    }

    @Test
    void noTwoStringsPrintOverEachOther() {
        List<String> problems = new ArrayList<>();
        PDFS.forEach((pdf, runs) -> {
            for (int i = 0; i < runs.size(); i++) {
                for (int j = i + 1; j < runs.size() && runs.get(j).page() == runs.get(i).page(); j++) {
                    if (runs.get(i).overlaps(runs.get(j), 1.0) && !runs.get(i).text().isBlank()
                            && !runs.get(j).text().isBlank()) {
                        problems.add(pdf + ": " + runs.get(i) + " overlaps " + runs.get(j));
                    }
                }
            }
        });
        assertEquals(List.of(), problems);
    }
}
