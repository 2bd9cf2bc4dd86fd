package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CellParsingTest {

    @Test
    void fullWidthBecomesHalfWidthAndIdsLoseInnerSpaces() {
        assertEquals("DY-0003", Normalize.id("ＤＹ－０００３"));
        assertEquals("DY-0003", Normalize.id(" DY - 00 03\u3000"));
        assertEquals("县国资公司", Normalize.text("\u00A0 县国资公司 \uFEFF"));
        assertEquals("学时(分钟)", Normalize.text("学时（分钟）"));
        assertEquals("a b", Normalize.text("a\u3000b"));
        assertNull(Normalize.text(" \u3000 "));
        assertNull(Normalize.id(null));
    }

    @Test
    void aCellIsBlankExactlyWhenItsCleanedTextIsNull() {
        // isBlank skips building the cleaned text; it must agree with text() == null for every character, alone
        // and beside a space, since a cell is blank when every character cleans to a space.
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            for (String cell : new String[] {one, " " + one + "\u3000", one + one}) {
                assertEquals(Normalize.text(cell) == null, Normalize.isBlank(cell), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(Normalize.isBlank(null));
        assertTrue(Normalize.isBlank(""));
        assertTrue(Normalize.isBlank(" \u3000\u00A0\uFEFF\u200B\t"));
        assertFalse(Normalize.isBlank(" \uFF10 "));
        assertFalse(Normalize.isBlank("\u3000x"));
    }

    @Test
    void datesInEveryExportFormat() {
        LocalDate march1 = LocalDate.of(2025, 3, 1);
        for (String s : new String[] {"2025-03-01", "2025/3/1", "2025.3.1", "2025年3月1日", "2025年3月1", "20250301",
                "2025-03-01 00:00:00", "45717", "45717.75"}) {
            assertEquals(march1, CellParsing.date(s), s);
        }
    }

    @Test
    void badDatesAreNull() {
        for (String s : new String[] {"1985-13-02", "2025-02-29", "2025-03/01", "2025", "1.5", "03/01/2025",
                "2025-03-01 25:00", "2025-03-01x", "昨天", "60"}) {
            assertNull(CellParsing.date(s), s);
        }
    }

    @Test
    void dateTimesWithHoursMinutesAndSeconds() {
        LocalDateTime nine = LocalDateTime.of(2025, 3, 1, 9, 0);
        for (String s : new String[] {"2025-03-01 09:00", "2025-03-01T09:00:00", "2025/3/1 9:00",
                "2025年3月1日 9:00", "2025年3月1日9时00分", "20250301 09:00:00", "45717.375"}) {
            assertEquals(nine, CellParsing.dateTime(s), s);
        }
        assertEquals(LocalDateTime.of(2025, 3, 1, 0, 0), CellParsing.dateTime("2025-03-01"));
        assertEquals(LocalDateTime.of(2025, 4, 1, 11, 0), CellParsing.dateTime("45748.4583333333"));
        assertEquals(LocalDateTime.of(2025, 3, 1, 16, 30, 15), CellParsing.dateTime("2025-03-01 16:30:15.000"));
    }

    @Test
    void excelSerialsFollowThe1900SystemWithItsPhantomLeapDay() {
        assertEquals(LocalDate.of(1990, 5, 7), CellParsing.date("33000"));
        assertEquals(LocalDate.of(1927, 5, 18), CellParsing.date("10000"));
        assertEquals(LocalDateTime.of(1900, 3, 1, 0, 0), CellParsing.excelSerial(new java.math.BigDecimal(61)));
        assertEquals(LocalDateTime.of(1900, 2, 28, 0, 0), CellParsing.excelSerial(new java.math.BigDecimal(59)));
        assertNull(CellParsing.excelSerial(new java.math.BigDecimal(60)));
    }

    @Test
    void numbers() {
        assertEquals(2.5, CellParsing.decimal("2.5"));
        assertEquals(0.5, CellParsing.decimal(".5"));
        assertEquals(-1.0, CellParsing.decimal("-1"));
        assertNull(CellParsing.decimal("abc"));
        assertNull(CellParsing.decimal("1e3"));
        assertNull(CellParsing.decimal("1,5"));
        assertEquals(12, CellParsing.whole("12"));
        assertEquals(12, CellParsing.whole("12.0"));
        assertEquals(-5, CellParsing.whole("-5"));
        assertNull(CellParsing.whole("12.5"));
        assertNull(CellParsing.whole("99999999999"));
    }

    @Test
    void shortDigitRunsAndIsoDatesTakeTheFastPathWithTheSameValues() {
        // Read without the regex engine: only ASCII digits, 1 to 9 of them; "dddd-dd-dd" exactly.
        assertTrue(CellParsing.isShortDigitRun("0"));
        assertTrue(CellParsing.isShortDigitRun("123456789"));
        assertFalse(CellParsing.isShortDigitRun("1234567890"));
        assertFalse(CellParsing.isShortDigitRun(""));
        assertFalse(CellParsing.isShortDigitRun("+1"));
        assertFalse(CellParsing.isShortDigitRun("\uFF11"));
        assertEquals(42, CellParsing.whole("0042"));
        assertEquals(123456789, CellParsing.whole("123456789"));
        assertEquals(1234567890, CellParsing.whole("1234567890"));
        assertNull(CellParsing.whole("2147483648"));
        assertEquals(12.0, CellParsing.decimal("12"));
        assertEquals(7.0, CellParsing.decimal("007"));
        assertTrue(CellParsing.isIsoDate("2024-02-29"));
        assertFalse(CellParsing.isIsoDate("2024-2-29"));
        assertFalse(CellParsing.isIsoDate("2024/02/29"));
        assertFalse(CellParsing.isIsoDate("2024-0a-29"));
        assertEquals(LocalDateTime.of(2024, 2, 29, 0, 0), CellParsing.dateTime("2024-02-29"));
        assertEquals(LocalDate.of(2021, 12, 31), CellParsing.date("2021-12-31"));
        assertNull(CellParsing.date("2025-02-29"));
        assertNull(CellParsing.date("2025-00-10"));
        assertNull(CellParsing.date("2025-13-10"));
    }

    @Test
    void aCleanCellIsReturnedAsItIs() {
        String id = "M000001";
        assertTrue(id == Normalize.id(id));
        assertTrue(id == Normalize.text(id));
        String words = "a b";
        assertTrue(words == Normalize.text(words));
        assertEquals("ab", Normalize.id(words));
        assertTrue(Normalize.isPlainAscii("a b", true));
        assertFalse(Normalize.isPlainAscii("a b", false));
        assertFalse(Normalize.isPlainAscii(" a", true));
        assertFalse(Normalize.isPlainAscii("a ", true));
        assertFalse(Normalize.isPlainAscii("", true));
        assertFalse(Normalize.isPlainAscii("a\tb", true));
        assertFalse(Normalize.isPlainAscii("\uFF21", true));
        assertFalse(Normalize.isPlainAscii("a\u007F", true));
        assertEquals("A", Normalize.id("\uFF21"));
        assertEquals("a", Normalize.text("a\t"));
    }
}
