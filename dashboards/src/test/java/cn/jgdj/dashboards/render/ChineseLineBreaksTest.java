package cn.jgdj.dashboards.render;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.fonts.CjkFonts;
import cn.jgdj.dashboards.text.Lang;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A line of a PDF paragraph never starts with "。" or "）" and never ends with "（" (避头尾). */
class ChineseLineBreaksTest {
    /** Ten CJK characters of 10 pt fit a 100 pt column: sentences of 1 to 30 characters put "。" at every column. */
    private static final float COLUMN = 100.5f;

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() throws Exception {
        List<String> lines = printedLines(ChineseLineBreaks::paragraph);

        assertTrue(lines.size() > 30, "the sentences wrapped: " + lines);
        assertBrokenByTheRules(lines);
    }

    /** Table cells and reading texts under charts are laid out by another path of the library (ColumnText). */
    @Test
    void tableCellsBreakByTheSameRules() throws Exception {
        List<String> lines = printedLines(ChineseLineBreaks::paragraph, true);

        assertBrokenByTheRules(lines);
    }

    /** The control: the library's own breaking does start lines with "。" on the same text (the defect seen). */
    @Test
    void theDefaultBreakingLeavesALoneFullStop() throws Exception {
        List<String> lines = printedLines(Paragraph::new);

        assertTrue(lines.stream().anyMatch(l -> l.startsWith("。")), lines.toString());
    }

    private static void assertBrokenByTheRules(List<String> lines) {
        for (String line : lines) {
            assertFalse(line.startsWith("。") || line.startsWith("）") || line.startsWith("，"), line);
            assertFalse(line.endsWith("（"), line);
        }
        assertEquals(sentences().replace("\n", ""), String.join("", lines), "no character lost or added");
    }

    private static String sentences() {
        StringBuilder b = new StringBuilder();
        for (int n = 1; n <= 30; n++) {
            b.append("党".repeat(n)).append("。\n").append("学".repeat(n)).append("（习）\n");
        }
        return b.toString();
    }

    private static List<String> printedLines(BiFunction<String, Font, Paragraph> paragraph) throws Exception {
        return printedLines(paragraph, false);
    }

    private static List<String> printedLines(BiFunction<String, Font, Paragraph> paragraph, boolean inTable)
            throws Exception {
        String face = CjkFonts.system().forLang(Lang.ZH).pdfFontName().orElseThrow();
        BaseFont base = BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(COLUMN + 20, 4000), 10, 10, 10, 10);
        PdfWriter.getInstance(document, pdf);
        document.open();
        for (String s : sentences().split("\n")) {
            Paragraph p = paragraph.apply(s, new Font(base, 10));
            p.setAlignment(Element.ALIGN_LEFT);
            if (inTable) {
                PdfPTable table = new PdfPTable(1);
                table.setTotalWidth(COLUMN + 4);
                table.setLockedWidth(true);
                PdfPCell cell = new PdfPCell(p); // as the packs' tables: the cell's text is the paragraph
                table.addCell(cell);
                document.add(table);
            } else {
                document.add(p);
            }
        }
        document.close();
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(read).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }
}
