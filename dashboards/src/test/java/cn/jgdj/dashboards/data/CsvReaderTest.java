package cn.jgdj.dashboards.data;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvFile.Record> all(CsvReader in) {
        List<CsvFile.Record> out = new ArrayList<>();
        for (CsvFile.Record r = in.next(); r != null; r = in.next()) {
            out.add(r);
        }
        return out;
    }

    @Test
    void streamsRowsWithTheirFirstLineSkippingBlankLines() {
        CsvReader in = CsvReader.of("t.csv", new StringReader(
                "\uFEFF a ,b\r\n1,\"x\ny\"\n\n2,\"'=SUM(A1)\"\n   \n3,z"));
        assertEquals(List.of("a", "b"), in.header());
        List<CsvFile.Record> rows = all(in);
        assertEquals(List.of(new CsvFile.Record(2, List.of("1", "x\ny")),
                new CsvFile.Record(5, List.of("2", "=SUM(A1)")),
                new CsvFile.Record(7, List.of("3", "z"))), rows);
        assertNull(in.next());
    }

    @Test
    void aDoubledQuoteAcrossTheReadBufferStaysOneQuote() {
        // 65,536 chars are read at a time: the file's 65,536th char is the first quote of the doubled pair.
        String filler = "x".repeat(65_536 - "h\n\"".length() - 1);
        CsvReader in = CsvReader.of("t.csv", new StringReader("h\n\"" + filler + "\"\"y\"\n"));
        CsvFile.Record r = in.next();
        assertEquals(filler + "\"y", r.cells().get(0));
        assertEquals(2, r.line());
        assertNull(in.next());
    }

    @Test
    void wrongCellCountAndUnclosedQuoteNameFileAndRow() {
        CsvReader in = CsvReader.of("coverage.csv", new StringReader("a,b\n1,2\n3\n"));
        assertEquals(List.of("1", "2"), in.next().cells());
        assertEquals("coverage.csv row 3: 1 cells but the header has 2",
                assertThrows(IndicatorFileException.class, in::next).getMessage());
        CsvReader open = CsvReader.of("trends.csv", new StringReader("a\n1\n\"2\n3\n"));
        assertEquals(List.of("1"), open.next().cells());
        assertEquals("trends.csv row 3: quoted cell never closed",
                assertThrows(IndicatorFileException.class, open::next).getMessage());
    }

    @Test
    void emptyTextHasNoHeaderAndNoRows() {
        CsvReader in = CsvReader.of("t.csv", new StringReader(""));
        assertEquals(List.of(), in.header());
        assertNull(in.next());
    }
}
