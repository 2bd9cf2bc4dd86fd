package cn.jgdj.schemas;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void parsesTheThreeKinds() {
        assertEquals(Period.year(2025), Period.parse("2025"));
        assertEquals(Period.quarter(2025, 2), Period.parse(" 2025Q2 "));
        assertEquals(Period.month(2025, 4), Period.parse("2025-04"));
        assertEquals("2025-04", Period.month(2025, 4).toString());
        assertEquals("2025Q2", Period.quarter(2025, 2).toString());
    }

    @Test
    void rejectsOthersNamingTheText() {
        for (String bad : List.of("2025Q5", "2025-13", "25", "2025q1", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(bad));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void quarterArithmeticCrossesYears() {
        assertEquals(Period.quarter(2024, 4), Period.quarter(2025, 1).plusQuarters(-1));
        assertEquals(Period.quarter(2022, 4), Period.quarter(2025, 3).plusQuarters(-11));
        assertEquals(Period.quarter(2024, 3), Period.quarter(2025, 3).yearEarlier());
        assertEquals(List.of(Period.quarter(2025, 1), Period.quarter(2025, 2), Period.quarter(2025, 3),
                Period.quarter(2025, 4)), Period.year(2025).quarters());
        assertEquals(12, Period.year(2025).months().size());
        assertEquals(LocalDate.of(2025, 6, 30), Period.quarter(2025, 2).lastDay());
        assertEquals(1, Period.quarter(2025, 1).quarterNumber() - Period.quarter(2024, 4).quarterNumber());
        assertEquals(4, Period.quarter(2025, 3).quarterNumber() - Period.quarter(2024, 3).quarterNumber());
    }

    @Test
    void firstDaysAndTheQuarterOfADay() {
        assertEquals(LocalDate.of(2025, 1, 1), Period.year(2025).firstDay());
        assertEquals(LocalDate.of(2025, 7, 1), Period.quarter(2025, 3).firstDay());
        assertEquals(LocalDate.of(2025, 4, 1), Period.month(2025, 4).firstDay());
        assertEquals(Period.quarter(2025, 3), Period.quarterOf(LocalDate.of(2025, 9, 30)));
        assertEquals(Period.quarter(2025, 4), Period.quarterOf(LocalDate.of(2025, 10, 1)));
        assertEquals(Period.month(2025, 7), Period.monthOf(java.time.YearMonth.of(2025, 7)));
    }

    @Test
    void theRegexAcceptsWhatParseAccepts() {
        for (String label : List.of("2025", "2025Q1", "2025Q4", "2025-01", "2025-12")) {
            assertTrue(label.matches(Period.LABEL_REGEX), label);
            assertTrue(Period.tryParse(label).isPresent(), label);
            assertEquals(label.contains("Q"), label.matches(Period.QUARTER_REGEX), label);
        }
        for (String bad : List.of("2025Q0", "2025Q5", "2025-00", "2025-13", "2025-1", "25")) {
            assertFalse(bad.matches(Period.LABEL_REGEX), bad);
            assertTrue(Period.tryParse(bad).isEmpty(), bad);
        }
    }

    @Test
    void ordersByEndThenLongerFirst() {
        assertTrue(Period.quarter(2025, 1).compareTo(Period.quarter(2025, 2)) < 0);
        assertTrue(Period.year(2025).compareTo(Period.quarter(2025, 4)) < 0);
        assertTrue(Period.year(2024).compareTo(Period.quarter(2025, 1)) < 0);
    }
}
