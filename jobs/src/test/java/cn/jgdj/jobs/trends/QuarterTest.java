package cn.jgdj.jobs.trends;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void parsesAndLabels() {
        Quarter q = Quarter.parse("2025Q2");
        assertEquals(new Quarter(2025, 2), q);
        assertEquals("2025Q2", q.label());
        assertEquals(new Quarter(2024, 2), q.yearEarlier());
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse("2025Q5"));
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse("2025"));
    }

    @Test
    void indexIsConsecutiveAcrossYears() {
        assertEquals(1, Quarter.parse("2025Q1").index() - Quarter.parse("2024Q4").index());
        assertEquals(4, Quarter.parse("2025Q3").index() - Quarter.parse("2024Q3").index());
    }

    @Test
    void badLabelIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quarter.parse("2025-Q1"));
        assertEquals("'2025-Q1' is not a quarter like 2025Q2", e.getMessage());
    }
}
