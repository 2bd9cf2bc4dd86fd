package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvScanTest {

    private static CsvScan.Result scan(byte[] bytes) throws Exception {
        return CsvScan.scan(new ByteArrayInputStream(bytes), null);
    }

    private static byte[] withBom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    @Test
    void detectsUtf8Utf8WithBomAndGb18030() throws Exception {
        String text = "党员编号,姓名\nDY-0001,张三\n";
        CsvScan.Result utf8 = scan(text.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", utf8.encodingLabel());
        assertEquals(0, utf8.bomLength());
        CsvScan.Result bom = scan(withBom(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("UTF-8 with BOM", bom.encodingLabel());
        assertEquals(3, bom.bomLength());
        CsvScan.Result gb = scan(text.getBytes(CsvScan.GB18030));
        assertEquals("GB18030", gb.encodingLabel());
        assertEquals(CsvScan.GB18030, gb.charset());
    }

    @Test
    void aGb18030ByteInTheLastRowStillDecides() throws Exception {
        StringBuilder b = new StringBuilder("member_id,status\n");
        for (int i = 0; i < 20_000; i++) {
            b.append("DY-").append(i).append(",present\n");
        }
        b.append("DY-X,出席\n");
        assertEquals("GB18030", scan(b.toString().getBytes(CsvScan.GB18030)).encodingLabel());
    }

    @Test
    void anExplicitEncodingWins() throws Exception {
        CsvScan.Result r = CsvScan.scan(new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)),
                java.nio.charset.Charset.forName("GBK"));
        assertEquals("GBK (given)", r.encodingLabel());
    }

    @Test
    void findsLineBreaksInsideQuotedCellsOnly() throws Exception {
        assertFalse(scan("a,b\n1,\"x,y\"\n2,\"say \"\"hi\"\"\"\r\n".getBytes(StandardCharsets.UTF_8))
                .quotedLineBreaks());
        assertTrue(scan("a,b\n1,\"two\nlines\"\n".getBytes(StandardCharsets.UTF_8)).quotedLineBreaks());
        assertTrue(scan("a,b\n1,\"冯\r\n十二\"\n".getBytes(CsvScan.GB18030)).quotedLineBreaks());
        // A quote inside an unquoted cell opens nothing.
        assertFalse(scan("a,b\n5\"3,x\n1,2\n".getBytes(StandardCharsets.UTF_8)).quotedLineBreaks());
    }

    @Test
    void headerRecordAndCellCounts() throws Exception {
        assertEquals(List.of("a", "b,c", "say \"hi\"", ""),
                CsvRecords.firstRecord(new StringReader("a,\"b,c\",\"say \"\"hi\"\"\",\r\n1,2,3,4\n")));
        assertEquals(List.of("one\ntwo", "x"), CsvRecords.firstRecord(new StringReader("\"one\ntwo\",x")));
        assertEquals(List.of(), CsvRecords.firstRecord(new StringReader("")));
        assertEquals(2, CsvRecords.countCells("E01,DY-0001"));
        assertEquals(5, CsvRecords.countCells("1,\"a,b\",\"\"\"q\"\"\",4,"));
    }

    @Test
    void namesWhatANonTextFileLooksLike() throws Exception {
        String text = "unit_id,unit_name\nU1,机关\n";
        assertEquals(null, scan(text.getBytes(StandardCharsets.UTF_8)).notText());
        assertEquals(null, scan(text.getBytes(CsvScan.GB18030)).notText());
        assertEquals(null, scan("a\tb\r\n\f1\n".getBytes(StandardCharsets.UTF_8)).notText());
        assertEquals("UTF-16LE (byte-order mark)", scan(withUtf16LeBom(text)).notText());
        assertEquals("UTF-16BE (byte-order mark)", scan(text.getBytes(StandardCharsets.UTF_16)).notText());
        assertEquals("UTF-16LE (no byte-order mark)", scan("unit_id\nU1\n".getBytes(StandardCharsets.UTF_16LE))
                .notText());
        assertEquals("UTF-16BE (no byte-order mark)", scan("unit_id\nU1\n".getBytes(StandardCharsets.UTF_16BE))
                .notText());
        assertEquals("binary (2 NUL bytes)", scan(new byte[] {'P', 'K', 3, 4, 0, 0, 9}).notText());
        assertEquals("binary (1 control bytes)", scan(new byte[] {'a', ',', 'b', 7, '\n'}).notText());
    }

    private static byte[] withUtf16LeBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }
}
