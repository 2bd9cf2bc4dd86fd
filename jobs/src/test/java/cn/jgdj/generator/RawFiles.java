package cn.jgdj.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test-side reading of the raw files, written independently of the generator: CSV cells, dates, ids. */
final class RawFiles {
    private RawFiles() {
    }

    /** Decodes strictly (an undecodable byte fails the test) and drops a leading byte-order mark. */
    static String decode(Path file, Charset cs) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid " + cs + ": " + e);
        }
    }

    /** Rows of a CSV text (RFC 4180 quoting); the first row is the header. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Rows of the first sheet as text; trailing empty cells are dropped as Excel does. */
    static List<List<String>> xlsx(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    Cell c = r.getCell(i);
                    cells.add(c == null ? "" : c.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Trimmed, full-width to half-width, inner spaces removed. */
    static String id(String raw) {
        StringBuilder b = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            }
            if (c != ' ' && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{4,5})(\\.\\d+)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    /** A date in any accepted spelling, or null when it is not one. */
    static LocalDate date(String raw) {
        LocalDateTime t = dateTime(raw, false);
        return t == null ? null : t.toLocalDate();
    }

    /** A date-time (date, blank, HH:mm[:ss]) or an Excel serial with a fraction; null when not one. */
    static LocalDateTime dateTime(String raw) {
        return dateTime(raw, true);
    }

    private static LocalDateTime dateTime(String raw, boolean withTime) {
        String s = raw.strip();
        String datePart = s;
        String timePart = null;
        int space = s.indexOf(' ');
        if (space > 0) {
            datePart = s.substring(0, space);
            timePart = s.substring(space + 1).strip();
        }
        if (!withTime && timePart != null) {
            return null;
        }
        Matcher m = SERIAL.matcher(datePart);
        if (timePart == null && m.matches() && datePart.length() <= 10 && !COMPACT.matcher(datePart).matches()) {
            double serial = Double.parseDouble(datePart);
            if (!withTime && m.group(2) != null) {
                return null;
            }
            LocalDate d = LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serial));
            long minutes = Math.round((serial - Math.floor(serial)) * 1440);
            return d.atStartOfDay().plusMinutes(minutes);
        }
        LocalDate d = null;
        for (Pattern p : List.of(ISO, SLASH, CHINESE, COMPACT)) {
            Matcher dm = p.matcher(datePart);
            if (dm.matches()) {
                try {
                    d = LocalDate.of(Integer.parseInt(dm.group(1)), Integer.parseInt(dm.group(2)),
                            Integer.parseInt(dm.group(3)));
                } catch (java.time.DateTimeException e) {
                    return null;
                }
                break;
            }
        }
        if (d == null) {
            return null;
        }
        if (timePart == null) {
            return withTime ? null : d.atStartOfDay();
        }
        Matcher tm = TIME.matcher(timePart);
        if (!tm.matches()) {
            return null;
        }
        int h = Integer.parseInt(tm.group(1));
        int min = Integer.parseInt(tm.group(2));
        int sec = tm.group(3) == null ? 0 : Integer.parseInt(tm.group(3));
        if (h > 23 || min > 59 || sec > 59) {
            return null;
        }
        return d.atTime(h, min, sec);
    }

    /** A decimal number, or null. */
    static Double number(String raw) {
        try {
            return Double.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
