package cn.jgdj.dashboards.fonts;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.text.Lang;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CjkFontsTest {
    @Test
    void findsWenQuanYiZenHeiFirst() {
        PackFont f = CjkFonts.system().forLang(Lang.ZH);
        assertTrue(f.isCjk());
        assertEquals(CjkFonts.PREFERRED, f.file().orElseThrow());
        assertEquals(0, f.index());
        assertEquals(-1, f.base().canDisplayUpTo("机关党员教育培训"));
        assertEquals(CjkFonts.PREFERRED + ",0", f.pdfFontName().orElseThrow());
    }

    @Test
    void missingFontFailsChineseWithTheDebianPackage() {
        CjkFonts none = new CjkFonts(List::of);
        MissingCjkFontException e = assertThrows(MissingCjkFontException.class, () -> none.forLang(Lang.ZH));
        assertTrue(e.getMessage().contains("apt-get install fonts-wqy-zenhei"), e.getMessage());
    }

    @Test
    void missingFontFallsBackToSansSerifForEnglish() {
        PackFont f = new CjkFonts(List::of).forLang(Lang.EN);
        assertFalse(f.isCjk());
        assertTrue(f.pdfFontName().isEmpty());
    }

    @Test
    void fileWithoutChineseGlyphsIsSkipped() {
        Path notAFont = Path.of("pom.xml");
        assertTrue(new CjkFonts(() -> List.of(notAFont)).find().isEmpty());
    }
}
