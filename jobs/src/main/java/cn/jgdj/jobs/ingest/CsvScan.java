package cn.jgdj.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * One streaming pass over a CSV file's bytes on the driver, to learn what Spark must be told before it reads:
 * the encoding (a UTF-8 byte-order mark, else bytes that are valid UTF-8, else GB18030) and whether a quoted
 * cell holds a line break (then Spark must read the file whole, in multiLine mode; otherwise it can split it).
 * Neither fact can be learned from a prefix: a GB18030 byte or a quoted newline may first appear in the last row.
 */
final class CsvScan {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 1 << 16;

    /**
     * What the scan found. {@code bomLength} bytes at the start are a byte-order mark. {@code notText} names what
     * the bytes look like when they are not text in UTF-8 or GB18030 (UTF-16, binary), else it is null.
     * {@code lineBreaks} counts LF, CR and CRLF as one each; the file holds at most that many records besides the
     * first (a record ends at a line break or at the end of the file). {@code recordsPerSplit} holds, for each
     * split start given to {@link #scan(InputStream, Charset, long[])}, how many records Spark's line reader finds
     * in that split (null when none were given); it counts lines, so it holds only when no quoted cell holds a
     * line break.
     */
    record Result(Charset charset, String encodingLabel, int bomLength, boolean quotedLineBreaks, long bytes,
                  String notText, long lineBreaks, long[] recordsPerSplit) {
    }

    static Result scan(InputStream in, Charset override) throws IOException {
        return scan(in, override, null);
    }

    /** @param splitStarts the byte offsets where Spark's splits of the file start, ascending, the first 0; or null */
    static Result scan(InputStream in, Charset override, long[] splitStarts) throws IOException {
        byte[] buf = new byte[BUFFER];
        Utf8Check utf8 = new Utf8Check();
        QuoteState quotes = new QuoteState();
        ControlBytes control = new ControlBytes();
        SplitRecords records = splitStarts == null ? null : new SplitRecords(splitStarts);
        long lineBreaks = 0;
        boolean afterCr = false;
        long total = 0;
        int bomLength = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            int from = 0;
            if (total == 0 && n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                bomLength = 3;
                from = 3;
            }
            for (int i = from; i < n; i++) {
                int b = buf[i] & 0xFF;
                if (utf8.valid) {
                    utf8.accept(b);
                }
                quotes.accept(b);
                if (b < 0x20) {
                    control.accept(b, total + i);
                    if (b == '\r' || (b == '\n' && !afterCr)) {
                        lineBreaks++;
                    }
                }
                if (records != null) {
                    records.accept(b, total + i, afterCr);
                }
                afterCr = b == '\r';
            }
            if (total == 0) {
                control.start(buf, n);
            }
            total += n;
        }
        boolean validUtf8 = utf8.valid && utf8.pending == 0;
        Charset charset;
        String label;
        if (override != null) {
            charset = override;
            label = override.name() + " (given)";
        } else if (bomLength > 0) {
            charset = StandardCharsets.UTF_8;
            label = "UTF-8 with BOM";
        } else if (validUtf8) {
            charset = StandardCharsets.UTF_8;
            label = "UTF-8";
        } else {
            charset = GB18030;
            label = "GB18030";
        }
        int bom = charset.equals(StandardCharsets.UTF_8) ? bomLength : 0;
        return new Result(charset, label, bom, quotes.lineBreakInQuotes, total, control.notText(), lineBreaks,
                records == null ? null : records.end());
    }

    /**
     * Counts the records of each file split as Spark reads a CSV file that has no line break in a quoted cell:
     * Hadoop's line reader ends a line at LF, CR or CRLF and strips a UTF-8 byte-order mark at the start; a split
     * reads every line that starts after its first byte and at or before its end (the first split also the line
     * at byte 0), since a split skips its first partial line and reads past its end to finish its last one; and
     * Spark drops a line whose characters are all at most U+0020 ({@code String.trim}), which in UTF-8 and in the
     * ISO-8859-1 reading of other files means every byte is at most 0x20. Every other line is one record.
     */
    private static final class SplitRecords {
        private final long[] starts;
        private final long[] counts;
        /** How many split starts lie before the current line's first byte. */
        private int before;
        private long lineStart;
        private boolean lineHasText;

        SplitRecords(long[] starts) {
            if (starts.length == 0 || starts[0] != 0) {
                throw new IllegalArgumentException("split starts must begin at byte 0");
            }
            this.starts = starts.clone();
            this.counts = new long[starts.length];
        }

        /** @param afterCr the byte before was CR (so an LF now completes a CRLF that ended the line already) */
        void accept(int b, long offset, boolean afterCr) {
            if (b == '\n') {
                if (!afterCr) {
                    endLine();
                }
                lineStart = offset + 1;
            } else if (b == '\r') {
                endLine();
                lineStart = offset + 1;
            } else if (b > 0x20) {
                lineHasText = true;
            }
        }

        private void endLine() {
            if (lineHasText) {
                while (before < starts.length && starts[before] < lineStart) {
                    before++;
                }
                counts[Math.max(0, before - 1)]++;
            }
            lineHasText = false;
        }

        long[] end() {
            endLine();
            return counts;
        }
    }

    /**
     * Bytes no text export holds: NUL (UTF-16 puts one beside every ASCII character) and other C0 controls
     * besides tab, line feed, form feed, carriage return and escape; and a UTF-16 or UTF-32 byte-order mark.
     */
    private static final class ControlBytes {
        private String bom;
        private long nulAtEven;
        private long nulAtOdd;
        private long other;

        void start(byte[] buf, int n) {
            int b0 = n > 0 ? buf[0] & 0xFF : -1;
            int b1 = n > 1 ? buf[1] & 0xFF : -1;
            boolean utf32le = n > 3 && b0 == 0xFF && b1 == 0xFE && buf[2] == 0 && buf[3] == 0;
            if (utf32le) {
                bom = "UTF-32LE (byte-order mark)";
            } else if (b0 == 0xFF && b1 == 0xFE) {
                bom = "UTF-16LE (byte-order mark)";
            } else if (b0 == 0xFE && b1 == 0xFF) {
                bom = "UTF-16BE (byte-order mark)";
            }
        }

        void accept(int b, long offset) {
            if (b == 0) {
                if ((offset & 1) == 0) {
                    nulAtEven++;
                } else {
                    nulAtOdd++;
                }
            } else if (b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1B) {
                other++;
            }
        }

        String notText() {
            if (bom != null) {
                return bom;
            }
            if (nulAtEven + nulAtOdd > 0) {
                // ASCII text in UTF-16 has its NUL bytes all on one side: odd offsets for LE, even for BE.
                if (other == 0 && nulAtEven == 0) {
                    return "UTF-16LE (no byte-order mark)";
                }
                if (other == 0 && nulAtOdd == 0) {
                    return "UTF-16BE (no byte-order mark)";
                }
                return "binary (" + (nulAtEven + nulAtOdd) + " NUL bytes)";
            }
            return other > 0 ? "binary (" + other + " control bytes)" : null;
        }
    }

    /** Validates UTF-8 byte by byte (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
    private static final class Utf8Check {
        boolean valid = true;
        int pending;
        int nextMin = 0x80;
        int nextMax = 0xBF;

        void accept(int b) {
            if (pending > 0) {
                if (b < nextMin || b > nextMax) {
                    valid = false;
                    return;
                }
                pending--;
                nextMin = 0x80;
                nextMax = 0xBF;
                return;
            }
            if (b < 0x80) {
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                nextMin = b == 0xE0 ? 0xA0 : 0x80;
                nextMax = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                nextMin = b == 0xF0 ? 0x90 : 0x80;
                nextMax = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                valid = false;
            }
        }
    }

    /**
     * Tracks CSV quoting over bytes. Safe for GB18030 too: its multi-byte sequences never contain the bytes of
     * '"', ',', CR or LF.
     */
    private static final class QuoteState {
        private static final int CELL_START = 0;
        private static final int UNQUOTED = 1;
        private static final int QUOTED = 2;
        private static final int QUOTE_IN_QUOTED = 3;
        int state = CELL_START;
        boolean lineBreakInQuotes;

        void accept(int b) {
            boolean lineBreak = b == '\n' || b == '\r';
            switch (state) {
                case CELL_START -> state = b == '"' ? QUOTED : (b == ',' || lineBreak) ? CELL_START : UNQUOTED;
                case UNQUOTED -> state = (b == ',' || lineBreak) ? CELL_START : UNQUOTED;
                case QUOTED -> {
                    if (b == '"') {
                        state = QUOTE_IN_QUOTED;
                    } else if (lineBreak) {
                        lineBreakInQuotes = true;
                    }
                }
                case QUOTE_IN_QUOTED -> state = b == '"' ? QUOTED : (b == ',' || lineBreak) ? CELL_START : UNQUOTED;
                default -> throw new IllegalStateException();
            }
        }
    }
}
