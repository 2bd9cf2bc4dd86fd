package cn.jgdj.dashboards.render;

import cn.jgdj.dashboards.fonts.PackFont;
import cn.jgdj.dashboards.page.Definition;
import cn.jgdj.dashboards.findings.Summary;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.TablePage;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes a pack as one PDF: a cover, the summary page (要点), one chart per page (A4 landscape, portrait for tall
 * charts) drawn through {@link ChartFiles#draw} with its reading text under it, the definitions and the appendix
 * tables. Chinese text is drawn with the pack's CJK TrueType
 * face embedded as a subset (Identity-H), so it shows everywhere and stays extractable.
 */
public final class PdfPackWriter {
    private static final float MARGIN = 28f;
    /** Size of a table's header row. */
    private static final float HEADER_PT = 10f;
    /** A table cell's left and right padding (the PDF library's default). */
    private static final float CELL_SIDE_PADDING = 2f;

    private final PackFont font;
    private final BaseFont baseFont;

    public PdfPackWriter(PackFont font) {
        this.font = font;
        try {
            this.baseFont = font.pdfFontName().isPresent()
                    ? BaseFont.createFont(font.pdfFontName().get(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED)
                    : BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the PDF font " + font.pdfFontName().orElse("Helvetica"), e);
        }
    }

    public void write(PackDocument doc, Path file) {
        write(doc, file, i -> { });
    }

    /**
     * Writes the PDF, calling {@code beforeChart} with each chart's index before drawing its page: a caller drawing
     * the same charts on other threads waits there until the chart is free.
     */
    public void write(PackDocument doc, Path file, IntConsumer beforeChart) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(doc.title());
            document.addSubject(doc.subtitle());
            document.addCreator("jgdj dashboards");
            document.open();
            titlePage(document, doc);
            if (doc.summary() != null) {
                document.newPage();
                summaryPage(document, writer, doc.summary());
            }
            FontMapper mapper = mapper();
            for (int i = 0; i < doc.charts().size(); i++) {
                PackChart c = doc.charts().get(i);
                beforeChart.accept(i);
                Rectangle page = pageFor(c);
                document.setPageSize(page);
                document.newPage();
                chartPage(writer.getDirectContent(), page, c, mapper);
                writer.setPageEmpty(false);
            }
            document.setPageSize(PageSize.A4);
            document.newPage();
            definitionsPage(document, doc);
            for (TablePage t : doc.appendix()) {
                document.newPage();
                table(document, t, 16);
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void titlePage(Document document, PackDocument doc) {
        Paragraph title = ChineseLineBreaks.paragraph(doc.title(), new Font(baseFont, 24));
        title.setSpacingBefore(160);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph sub = ChineseLineBreaks.paragraph(doc.subtitle(), new Font(baseFont, 15));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingBefore(12);
        sub.setSpacingAfter(40);
        document.add(sub);
        PdfPTable facts = new PdfPTable(new float[] {1.2f, 3f});
        facts.setWidthPercentage(80);
        Font label = new Font(baseFont, 11, Font.NORMAL, new java.awt.Color(0x44, 0x44, 0x44));
        Font value = new Font(baseFont, 11);
        for (PackDocument.Fact f : doc.facts()) {
            facts.addCell(cell(ChineseLineBreaks.paragraph(f.label(), label)));
            facts.addCell(cell(ChineseLineBreaks.paragraph(f.value(), value)));
        }
        document.add(facts);
    }

    private static PdfPCell cell(Paragraph p) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(new java.awt.Color(0xDD, 0xDD, 0xDD));
        c.setPaddingTop(5);
        c.setPaddingBottom(6);
        c.setPaddingLeft(CELL_SIDE_PADDING);
        c.setPaddingRight(CELL_SIDE_PADDING);
        return c;
    }

    /** The summary (要点): intro, numbered sections of sentences, then the units needing attention. */
    private void summaryPage(Document document, PdfWriter writer, Summary s) {
        Paragraph heading = ChineseLineBreaks.paragraph(s.heading(), new Font(baseFont, 18));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(10);
        document.add(heading);
        Font body = new Font(baseFont, 10f);
        Font section = new Font(baseFont, 11.5f, Font.NORMAL, new java.awt.Color(0x00, 0x48, 0x7A));
        document.add(sentence(s.intro(), body));
        for (Summary.Section sec : s.sections()) {
            boolean table = s.units() != null && sec.heading().equals(s.units().title());
            if (writer.getVerticalPosition(true) - document.bottom() < keepWithNext(sec, table,
                    document.right() - document.left())) {
                document.newPage(); // a section heading never ends a page without its first lines
            }
            Paragraph h = ChineseLineBreaks.paragraph(sec.heading(), section);
            h.setSpacingBefore(4);
            h.setSpacingAfter(1);
            document.add(h);
            for (String line : sec.sentences()) {
                document.add(sentence(line, body));
            }
            if (table) {
                table(document, new TablePage("", null, s.units().header(), s.units().rows(), s.units().widths()), 0);
            }
        }
    }

    /**
     * Room a section needs left on the page for its heading to start there: the heading, its first three sentences
     * (each as many 14 pt lines as it wraps to) and, when the units table follows, the table's header and first
     * row. The table itself would jump whole to the next page and leave the heading behind.
     */
    static float keepWithNext(Summary.Section sec, boolean table, float width) {
        // The heading's leading (1.5 × 11.5 pt) and spacing, and a line's worth of slack for the descent of the
        // last line, which the page must also hold.
        float room = 11.5f * 1.5f + 4 + 1 + 14;
        for (String line : sec.sentences().stream().limit(3).toList()) {
            room += linesOf(line, 10f, width - 20) * 14 + 1;
        }
        return table ? room + TABLE_HEAD_AND_FIRST_ROW : room;
    }

    /** A table's header row and a first row of up to three lines, with the table's spacing before it. */
    private static final float TABLE_HEAD_AND_FIRST_ROW = 4 + 24 + 3 * 12 + 11;

    /** Lines a text takes at this size across this width: CJK characters one em, others about half. */
    static int linesOf(String text, float pt, float width) {
        double units = text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.55 : 1.0).sum();
        return Math.max(1, (int) Math.ceil(units * pt / width));
    }

    private static Paragraph sentence(String text, Font font) {
        Paragraph p = ChineseLineBreaks.paragraph(text, font);
        p.setLeading(14);
        p.setFirstLineIndent(20);
        p.setSpacingAfter(1);
        return p;
    }

    /** A table page: title, note, header row repeated on each page, rows at 9.5 pt. */
    private void table(Document document, TablePage t, float titleSize) {
        if (titleSize > 0 && t.title() != null && !t.title().isBlank()) {
            Paragraph h = ChineseLineBreaks.paragraph(t.title(), new Font(baseFont, titleSize));
            h.setSpacingAfter(8);
            document.add(h);
        }
        if (t.note() != null && !t.note().isBlank()) {
            Paragraph n = ChineseLineBreaks.paragraph(t.note(), new Font(baseFont, 10, Font.NORMAL, new java.awt.Color(0x44, 0x44, 0x44)));
            n.setSpacingAfter(6);
            document.add(n);
        }
        PdfPTable table = new PdfPTable(t.header().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        Font head = new Font(baseFont, HEADER_PT, Font.NORMAL, new java.awt.Color(0x00, 0x48, 0x7A));
        Font cellFont = new Font(baseFont, 9f);
        for (String h : t.header()) {
            table.addCell(cell(ChineseLineBreaks.paragraph(h, head)));
        }
        for (List<String> row : t.rows()) {
            for (String v : row) {
                table.addCell(cell(ChineseLineBreaks.paragraph(v, cellFont)));
            }
        }
        table.setWidths(relativeWidths(t));
        document.add(table);
    }

    /** A table's column widths relative to each other: its own, else a wider 2nd and 3rd of three, else equal. */
    private static float[] relativeWidths(TablePage t) {
        if (t.widths() != null) {
            return t.widths();
        }
        float[] w = new float[t.header().size()];
        java.util.Arrays.fill(w, 1f);
        if (w.length == 3) {
            w = new float[] {1.1f, 2.2f, 2.2f};
        }
        return w;
    }

    /**
     * Header words wider than their column on an A4 page, as "header: word": the PDF library would break them
     * mid-word ("Branche|s"). Headers may wrap at spaces, so each word alone must fit its column.
     */
    List<String> headerWordsWiderThanTheirColumn(TablePage t) {
        float[] w = relativeWidths(t);
        float sum = 0;
        for (float x : w) {
            sum += x;
        }
        float tableWidth = PageSize.A4.getWidth() - 2 * MARGIN;
        List<String> tooWide = new java.util.ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            float room = tableWidth * w[i] / sum - 2 * CELL_SIDE_PADDING;
            for (String word : t.header().get(i).split(" ")) {
                if (baseFont.getWidthPoint(word, HEADER_PT) > room) {
                    tooWide.add(t.header().get(i) + ": " + word);
                }
            }
        }
        return tooWide;
    }

    /** Height of the reading text under a chart: its lines at 10 pt across the page, plus padding. */
    static float descriptionHeight(String text, float width) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        double units = text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.55 : 1.0).sum();
        int lines = (int) Math.ceil(units * DESCRIPTION_PT / width) + 1;
        return lines * (DESCRIPTION_PT + 4) + 8;
    }

    private static final float DESCRIPTION_PT = 10f;

    /**
     * The page a chart goes on: the orientation that prints it larger (a chart a little wider than tall would
     * print smaller on landscape, its height squeezed by the reading text under it, than on portrait).
     */
    public static Rectangle pageFor(PackChart c) {
        return scale(c, PageSize.A4.rotate()) >= scale(c, PageSize.A4) ? PageSize.A4.rotate() : PageSize.A4;
    }

    /** Points per chart pixel on its page, after the reading text's room (12 px ticks print at 12 × this pt). */
    public static double scale(PackChart c) {
        return scale(c, pageFor(c));
    }

    private static double scale(PackChart c, Rectangle page) {
        float availW = page.getWidth() - 2 * MARGIN;
        float availH = page.getHeight() - 2 * MARGIN - descriptionHeight(c.description(), availW);
        return Math.min(availW / c.width(), availH / c.height());
    }

    private void chartPage(PdfContentByte cb, Rectangle page, PackChart c, FontMapper mapper) {
        float availW = page.getWidth() - 2 * MARGIN;
        float descH = descriptionHeight(c.description(), availW);
        float availH = page.getHeight() - 2 * MARGIN - descH;
        if (descH > 0) {
            // The reading text the HTML shows beside the chart, under it on paper.
            ColumnText ct = new ColumnText(cb);
            ct.setSimpleColumn(MARGIN, MARGIN, page.getWidth() - MARGIN, MARGIN + descH);
            Paragraph p = ChineseLineBreaks.paragraph(c.description(), new Font(baseFont, DESCRIPTION_PT, Font.NORMAL,
                    new java.awt.Color(0x33, 0x33, 0x33)));
            p.setLeading(DESCRIPTION_PT + 4);
            ct.addElement(p);
            try {
                ct.go();
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("cannot write the reading text of " + c.id(), e);
            }
        }
        double scale = scale(c);
        float w = (float) (c.width() * scale);
        float h = (float) (c.height() * scale);
        // createGraphics spans the whole page, y down from the top; the chart is centred in the margins.
        Graphics2D g2 = cb.createGraphics(page.getWidth(), page.getHeight(), mapper);
        try {
            g2.translate((page.getWidth() - w) / 2.0, MARGIN + (availH - h) / 2.0);
            ChartFiles.draw(c.chart(), g2, c.width(), c.height(), scale);
        } finally {
            g2.dispose();
        }
    }

    private void definitionsPage(Document document, PackDocument doc) {
        Paragraph heading = ChineseLineBreaks.paragraph(doc.definitionsHeading(), new Font(baseFont, 18));
        heading.setSpacingAfter(14);
        document.add(heading);
        Font term = new Font(baseFont, 11.5f, Font.NORMAL, new java.awt.Color(0x00, 0x48, 0x7A));
        Font body = new Font(baseFont, 10.5f);
        for (Definition d : doc.definitions()) {
            Paragraph p = new Paragraph();
            p.add(new Chunk(d.term(), term));
            document.add(p);
            Paragraph m = ChineseLineBreaks.paragraph(d.meaning(), body);
            m.setLeading(16);
            m.setSpacingAfter(10);
            document.add(m);
        }
    }

    /** Every AWT font the charts use maps to the one embedded face (the charts use only the pack font). */
    private FontMapper mapper() {
        if (font.pdfFontName().isEmpty()) {
            return new DefaultFontMapper();
        }
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font f) {
                return baseFont;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont b, int size) {
                return font.sized(size);
            }
        };
    }
}
