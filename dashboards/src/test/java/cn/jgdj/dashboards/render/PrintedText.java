package cn.jgdj.dashboards.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The text of a PDF as printed: every text object (one string a chart or table drew) with its page, its size in
 * points on paper (font size × every scale applied on the way to the page) and, for horizontal text, its box.
 */
public final class PrintedText {
    /** One drawn string: page (1-based), size in pt on paper, box in pt from the page's top left. */
    public record Run(int page, String text, double pt, boolean horizontal, double left, double top, double right,
                      double bottom) {
        /**
         * True when the two horizontal runs' glyph boxes overlap by more than {@code slack} pt each way, or when they
         * sit on one line closer than {@code slack} pt apart: two labels that touch read as one ("No end/venueLate
         * platform").
         */
        public boolean overlaps(Run o, double slack) {
            if (!horizontal || !o.horizontal || page != o.page) {
                return false;
            }
            double across = Math.min(right, o.right) - Math.max(left, o.left);
            double down = Math.min(bottom, o.bottom) - Math.max(top, o.top);
            boolean sameLine = Math.abs(bottom - o.bottom) < 0.5;
            return across > slack && down > slack || sameLine && across > -slack;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "page %d '%s' %.2f pt at (%.0f, %.0f)", page, text, pt, left, top);
        }
    }

    private PrintedText() {
    }

    /** Every text object of every page, in drawing order. */
    public static List<Run> of(Path pdf) {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            Collector c = new Collector();
            c.setSortByPosition(false);
            c.writeText(d, new StringWriter());
            c.flush();
            return c.runs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
    }

    /** The first text drawn on each page (its title), by page. */
    public static String firstTextOf(List<Run> runs, int page) {
        return runs.stream().filter(r -> r.page() == page && !r.text().isBlank()).map(Run::text).findFirst().orElse("");
    }

    /**
     * Groups glyphs into strings: a PDF text object (BT … ET) holds one string a chart drew, but a whole column of
     * paragraphs for the document's own text, so a new line, a jump back or a gap also starts a new string.
     */
    private static final class Collector extends PDFTextStripper {
        final List<Run> runs = new ArrayList<>();
        private final List<TextPosition> current = new ArrayList<>();

        Collector() throws IOException {
        }

        @Override
        public void beginText() throws IOException {
            flush();
            super.beginText();
        }

        @Override
        public void endText() throws IOException {
            super.endText();
            flush();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!current.isEmpty()) {
                TextPosition last = current.get(current.size() - 1);
                boolean sameLine = text.getDir() == last.getDir()
                        && Math.abs(text.getYDirAdj() - last.getYDirAdj()) < 0.5;
                double gap = text.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                float space = Float.isNaN(last.getWidthOfSpace()) ? 3f : last.getWidthOfSpace();
                if (!sameLine || gap < -1 || gap > 2 * space + 1) {
                    flush();
                }
            }
            current.add(text);
        }

        void flush() {
            if (current.isEmpty()) {
                return;
            }
            StringBuilder sb = new StringBuilder();
            double pt = Double.MAX_VALUE;
            boolean horizontal = true;
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (TextPosition t : current) {
                sb.append(t.getUnicode());
                double size = printedSize(t.getTextMatrix());
                pt = Math.min(pt, size);
                horizontal &= t.getDir() == 0;
                left = Math.min(left, t.getXDirAdj());
                right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
                // The em box of CJK and Latin glyphs: about 0.8 em above the baseline and 0.1 em below it.
                top = Math.min(top, t.getYDirAdj() - 0.8 * size);
                bottom = Math.max(bottom, t.getYDirAdj() + 0.1 * size);
            }
            runs.add(new Run(getCurrentPageNo(), sb.toString(), pt, horizontal, left, top, right, bottom));
            current.clear();
        }

        /** The glyph's size on the page: the square root of the text rendering matrix's area scale. */
        private static double printedSize(Matrix m) {
            return Math.sqrt(Math.abs(m.getScaleX() * m.getScaleY() - m.getShearX() * m.getShearY()));
        }
    }
}
