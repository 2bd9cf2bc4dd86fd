package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The line-break count that bounds a file's records (a small file skips Spark's counting pass with it). */
class CsvScanLineBreaksTest {

    private static long lineBreaks(String text) throws Exception {
        return CsvScan.scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null).lineBreaks();
    }

    @Test
    void countsLfCrAndCrlfOnceEach() throws Exception {
        assertEquals(0, lineBreaks("a,b"));
        assertEquals(2, lineBreaks("a,b\n1,2\n"));
        assertEquals(2, lineBreaks("a,b\r\n1,2\r\n3,4"));
        assertEquals(3, lineBreaks("a,b\r1,2\r3,4\r"));
        // LF CR is two breaks (a blank line between), CR LF is one.
        assertEquals(3, lineBreaks("a\n\r1\r\n"));
        // Blank lines and breaks inside quotes count too: the count is a bound, never below the records.
        assertEquals(4, lineBreaks("a,b\n\n\"x\ny\",2\n"));
    }

    @Test
    void crlfSplitAcrossReadBuffersCountsOnce() throws Exception {
        byte[] head = "a,b\r".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n1,2\r\n".getBytes(StandardCharsets.UTF_8);
        // A stream that returns the CR and the LF in separate reads, as a buffer boundary would.
        InputStream in = new InputStream() {
            private int pos;
            private final byte[] all = (new String(head, StandardCharsets.UTF_8)
                    + new String(tail, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);

            @Override
            public int read() {
                return pos < all.length ? all[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= all.length) {
                    return -1;
                }
                int n = pos < head.length ? Math.min(len, head.length - pos) : Math.min(len, all.length - pos);
                System.arraycopy(all, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        assertEquals(2, CsvScan.scan(in, null).lineBreaks());
    }
}
