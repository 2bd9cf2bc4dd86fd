package cn.jgdj.jobs.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates, date-times and numbers the way county exports write them. Every method takes a cell already
 * cleaned by {@link Normalize#text} and returns null when the cell cannot be read (the caller quarantines it).
 */
public final class CellParsing {
    private CellParsing() {
    }

    private static final Pattern SEPARATED_DATE =
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /**
     * Excel serials with five whole digits (1927-05-18 to 2173-10-14): shorter numbers are far likelier to be
     * a stray year or typo than a date before 1927.
     */
    private static final Pattern EXCEL_SERIAL = Pattern.compile("[1-9]\\d{4}(\\.\\d+)?");
    private static final Pattern TIME =
            Pattern.compile("(?:\\s*|T)(\\d{1,2})(?::|时)(\\d{2})(?:(?::|分)(\\d{2})(?:\\.\\d+)?秒?|分)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+(\\.0*)?");

    /** Excel's 1900 date system counts 1900-02-29, a day that never was: serial 60. */
    private static final int EXCEL_PHANTOM_LEAP_DAY = 60;
    private static final LocalDate EXCEL_EPOCH_BEFORE_LEAP = LocalDate.of(1899, 12, 31);
    private static final LocalDate EXCEL_EPOCH_AFTER_LEAP = LocalDate.of(1899, 12, 30);
    private static final long SECONDS_PER_DAY = 86_400L;

    /** A calendar date; a time part, if any, is dropped. */
    public static LocalDate date(String s) {
        LocalDateTime t = dateTime(s);
        return t == null ? null : t.toLocalDate();
    }

    /** A local date-time; a date alone is midnight. */
    public static LocalDateTime dateTime(String s) {
        if (s == null) {
            return null;
        }
        if (isIsoDate(s)) {
            // What SEPARATED_DATE reads from "yyyy-MM-dd" with nothing after it, without the regex engine.
            LocalDate date = safeDate(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            return date == null ? null : date.atStartOfDay();
        }
        if (EXCEL_SERIAL.matcher(s).matches()) {
            return excelSerial(new BigDecimal(s));
        }
        for (Pattern p : new Pattern[] {SEPARATED_DATE, CHINESE_DATE, COMPACT_DATE}) {
            Matcher m = p.matcher(s);
            if (m.lookingAt()) {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(p == SEPARATED_DATE ? 3 : 2));
                int d = Integer.parseInt(m.group(p == SEPARATED_DATE ? 4 : 3));
                LocalDate date = safeDate(y, mo, d);
                if (date == null) {
                    return null;
                }
                String rest = s.substring(m.end());
                if (rest.isEmpty()) {
                    return date.atStartOfDay();
                }
                LocalTime time = time(rest);
                return time == null ? null : date.atTime(time);
            }
        }
        return null;
    }

    /** Exactly "dddd-dd-dd" (ASCII digits): the form most exports write, read without the regex engine. */
    static boolean isIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The number the ASCII digits s[from, to) write (at most 9 of them, so it fits an int). */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Only ASCII digits, at least one and at most 9 (so the number fits an int): WHOLE and DECIMAL match it. */
    static boolean isShortDigitRun(String s) {
        int n = s.length();
        if (n == 0 || n > 9) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static LocalTime time(String rest) {
        Matcher m = TIME.matcher(rest);
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return LocalTime.of(h, min, sec);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** An Excel 1900-system serial: whole days since 1899-12-31 (with the phantom leap day), fraction = time. */
    static LocalDateTime excelSerial(BigDecimal serial) {
        long days = serial.longValue();
        if (days < 1 || days == EXCEL_PHANTOM_LEAP_DAY) {
            return null;
        }
        LocalDate date = days < EXCEL_PHANTOM_LEAP_DAY
                ? EXCEL_EPOCH_BEFORE_LEAP.plusDays(days)
                : EXCEL_EPOCH_AFTER_LEAP.plusDays(days);
        BigDecimal fraction = serial.subtract(BigDecimal.valueOf(days));
        long seconds = fraction.multiply(BigDecimal.valueOf(SECONDS_PER_DAY))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return date.atStartOfDay().plusSeconds(seconds);
    }

    /** A decimal number such as 2, 2.5 or .5 (no exponent, no thousands separator). */
    public static Double decimal(String s) {
        if (s != null && isShortDigitRun(s)) {
            return Double.valueOf(s);
        }
        if (s == null || !DECIMAL.matcher(s).matches()) {
            return null;
        }
        return Double.valueOf(s);
    }

    /** A whole number that fits an int; 12.0 counts as 12 (spreadsheets write it so). */
    public static Integer whole(String s) {
        if (s != null && isShortDigitRun(s)) {
            return digits(s, 0, s.length());
        }
        if (s == null || !WHOLE.matcher(s).matches()) {
            return null;
        }
        int dot = s.indexOf('.');
        String digits = dot < 0 ? s : s.substring(0, dot);
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
