package cn.jgdj.jobs.ingest;

/** Text clean-up applied to every raw cell before it is parsed: trimming and full-width to half-width. */
public final class Normalize {
    private Normalize() {
    }

    /** Full-width ASCII (U+FF01..U+FF5E) and the ideographic space to their half-width forms. */
    public static String halfWidth(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char h = c;
            if (c >= '\uFF01' && c <= '\uFF5E') {
                h = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                h = ' ';
            }
            if (h != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(i, h);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Whitespace as exports produce it, including no-break, zero-width and byte-order-mark characters. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** A text cell: half-width, trimmed; null for blank. */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        if (isPlainAscii(raw, true)) {
            return raw;
        }
        String t = trim(halfWidth(raw));
        return t.isEmpty() ? null : t;
    }

    /** An identifier: as {@link #text} and without inner spaces (exports pad ids with them); null for blank. */
    public static String id(String raw) {
        if (raw != null && isPlainAscii(raw, false)) {
            return raw;
        }
        String t = text(raw);
        if (t == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether a cell is already clean, so {@link #text} (with {@code innerSpaces}) or {@link #id} (without) would
     * return it unchanged: not empty, only printable ASCII (no full-width form, no space but the ASCII one), and no
     * space at either end. Most cells of a big export are such ids, codes and numbers; for them the clean-up then
     * builds no new string.
     */
    static boolean isPlainAscii(String s, boolean innerSpaces) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > '~' || c < ' ' || (c == ' ' && !innerSpaces)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a raw cell is blank after clean-up: {@code text(raw) == null}, without building the cleaned text (it
     * runs on every cell of every row). Half-width mapping never turns a non-space into a space or back: the
     * ideographic space is a space either way, and the full-width forms map to printable ASCII.
     */
    public static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (!isSpace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The raw cell as shown in messages: trimmed but otherwise as the file has it. */
    static String display(String raw) {
        return raw == null ? "" : trim(raw);
    }
}
