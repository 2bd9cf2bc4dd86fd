package cn.jgdj.dashboards.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Line breaking for Chinese text in the PDF (避头尾): the PDF library may break after any CJK character, which
 * leaves a lone "。" or "）" at the start of a line. A line never starts with closing punctuation and never ends
 * with opening punctuation; the break moves one character earlier instead, as Chinese typesetting does.
 */
final class ChineseLineBreaks implements SplitCharacter {
    static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    /** Characters that must not begin a line. */
    private static final String CLOSING = "。，、；：？！）」』》〉】”’…—%％.,;:?!)]";
    /** Characters that must not end a line. */
    private static final String OPENING = "（「『《〈【“‘([";

    private ChineseLineBreaks() {
    }

    /** A paragraph of one text in one font that breaks lines by these rules. */
    static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        for (Element e : p.getChunks()) {
            ((Chunk) e).setSplitCharacter(INSTANCE);
        }
        return p;
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (!DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
            return false;
        }
        boolean nextCloses = current + 1 < end && CLOSING.indexOf(cc[current + 1]) >= 0;
        return !nextCloses && OPENING.indexOf(cc[current]) < 0;
    }
}
