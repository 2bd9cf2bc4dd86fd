package cn.jgdj.dashboards.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataQualityRowTest {

    private static DataQualityRow in(String period) {
        return new DataQualityRow(period, "U01", "late_record", 1, 10, 0.1, 0.05, true, false);
    }

    @Test
    void aRowIsInAYearWhenItsQuarterIs() {
        assertTrue(in("2025Q3").inYear(2025));
        assertFalse(in("2024Q4").inYear(2025));
        // Set-aside rows whose date could not be read belong to no year; the table has quarters only.
        assertFalse(in("undated").inYear(2025));
        assertFalse(in("2025").inYear(2025));
    }
}
