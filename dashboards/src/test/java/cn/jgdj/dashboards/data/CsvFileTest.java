package cn.jgdj.dashboards.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {
    @Test
    void readsQuotesBomCrlfAndCountsLines() {
        CsvFile f = CsvFile.parse("t.csv", "\uFEFFa,b\r\n1,\"x, y\"\r\n2,\"two\nlines\"\r\n3,\"say \"\"hi\"\"\"\r\n");
        assertEquals(List.of("a", "b"), f.header());
        assertEquals(3, f.records().size());
        assertEquals(List.of("1", "x, y"), f.records().get(0).cells());
        assertEquals(2, f.records().get(0).line());
        assertEquals("two\nlines", f.records().get(1).cells().get(1));
        assertEquals(5, f.records().get(2).line());
        assertEquals("say \"hi\"", f.records().get(2).cells().get(1));
    }

    @Test
    void backslashIsAPlainCharacterAndQuotesAreDoubled() {
        CsvFile f = CsvFile.parse("venue_use.csv", "name,n\n\"红色\\\"\"教育\"\"基地, 北区\",3\n");
        assertEquals(List.of("红色\\\"教育\"基地, 北区", "3"), f.records().get(0).cells());
    }

    @Test
    void undoesTheFormulaGuard() {
        CsvFile f = CsvFile.parse("units.csv",
                "name,gap\n\"'=HYPERLINK(\"\"x\"\")\",-5.2\n\"'+cmd|' /C calc'!A0\",1\n''quoted,2\n'plain,3\n");
        assertEquals(List.of("=HYPERLINK(\"x\")", "-5.2"), f.records().get(0).cells());
        assertEquals("+cmd|' /C calc'!A0", f.records().get(1).cells().get(0));
        assertEquals("'quoted", f.records().get(2).cells().get(0));
        assertEquals("'plain", f.records().get(3).cells().get(0));
    }

    @Test
    void wrongCellCountNamesFileAndRow() {
        IndicatorFileException e = assertThrows(IndicatorFileException.class,
                () -> CsvFile.parse("coverage.csv", "a,b\n1,2\n3\n"));
        assertEquals("coverage.csv row 3: 1 cells but the header has 2", e.getMessage());
    }

    @Test
    void emptyFileHasNoHeader() {
        assertTrue(CsvFile.parse("t.csv", "").header().isEmpty());
    }
}
