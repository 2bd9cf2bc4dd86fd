package cn.jgdj.jobs.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodWindowsTest {

    private static String show(PeriodWindow w) {
        return w.period() + " " + w.start() + ".." + w.end() + " req " + w.requirementStart() + ".." + w.requirementEnd();
    }

    @Test
    void coverageWindowsFollowTheDataSpan() {
        List<String> got = PeriodWindows.coverage(LocalDate.of(2024, 8, 15), LocalDate.of(2025, 5, 1)).stream()
                .map(PeriodWindowsTest::show).toList();
        assertEquals(List.of(
                "2024 2024-01-01..2024-12-31 req 2024-01-01..2024-12-31",
                "2025 2025-01-01..2025-12-31 req 2025-01-01..2025-12-31",
                "2024Q3 2024-01-01..2024-09-30 req 2024-01-01..2024-12-31",
                "2024Q4 2024-01-01..2024-12-31 req 2024-01-01..2024-12-31",
                "2025Q1 2025-01-01..2025-03-31 req 2025-01-01..2025-12-31",
                "2025Q2 2025-01-01..2025-06-30 req 2025-01-01..2025-12-31"), got);
    }

    @Test
    void quartersMonthsAndTheYearSoFar() {
        assertEquals(List.of("2024 2024-01-01..2024-12-31 req 2024-01-01..2024-12-31",
                        "2024Q4 2024-10-01..2024-12-31 req 2024-10-01..2024-12-31",
                        "2025 2025-01-01..2025-12-31 req 2025-01-01..2025-12-31",
                        "2025Q1 2025-01-01..2025-03-31 req 2025-01-01..2025-03-31"),
                PeriodWindows.yearsAndQuarters(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)).stream()
                        .map(PeriodWindowsTest::show).sorted().toList());
        assertEquals(List.of("2024-02 2024-02-01..2024-02-29 req 2024-02-01..2024-02-29",
                        "2024-03 2024-03-01..2024-03-31 req 2024-03-01..2024-03-31"),
                PeriodWindows.months(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1)).stream()
                        .map(PeriodWindowsTest::show).toList());
        assertEquals("2025 2025-01-01..2025-05-17 req 2025-01-01..2025-12-31",
                show(PeriodWindow.yearUntil(LocalDate.of(2025, 5, 17))));
    }

    @Test
    void throughTheAsOfDayDropsLaterWindowsAndCutsTheOneInProgress() {
        List<PeriodWindow> windows = PeriodWindows.coverage(LocalDate.of(2024, 8, 15), LocalDate.of(2025, 8, 1));
        assertEquals(List.of(
                "2024 2024-01-01..2024-12-31 req 2024-01-01..2024-12-31",
                "2025 2025-01-01..2025-05-17 req 2025-01-01..2025-12-31",
                "2024Q3 2024-01-01..2024-09-30 req 2024-01-01..2024-12-31",
                "2024Q4 2024-01-01..2024-12-31 req 2024-01-01..2024-12-31",
                "2025Q1 2025-01-01..2025-03-31 req 2025-01-01..2025-12-31",
                "2025Q2 2025-01-01..2025-05-17 req 2025-01-01..2025-12-31"),
                // 2025Q3 (year to date from 1 January) has not begun: its quarter starts on 1 July
                PeriodWindows.through(windows, LocalDate.of(2025, 5, 17)).stream().map(PeriodWindowsTest::show)
                        .toList());
        assertEquals(windows, PeriodWindows.through(windows, null));
    }
}
