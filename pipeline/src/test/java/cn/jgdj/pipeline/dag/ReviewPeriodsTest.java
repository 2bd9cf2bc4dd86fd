package cn.jgdj.pipeline.dag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewPeriodsTest {
    /** Data from January 2024 to November 2026, as coverage writes its periods. */
    private static final List<String> TO_NOV_2026 = List.of("2024", "2025", "2026",
            "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4",
            "2026Q1", "2026Q2", "2026Q3", "2026Q4");
    /** Demo data: 2021 to 2025. */
    private static final List<String> DEMO = List.of("2024", "2025",
            "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4");

    @Test
    void currentDataReviewsLastYearAndTheQuarterJustEnded() {
        assertEquals(new ReviewPeriods(2025, "2026Q3"),
                ReviewPeriods.resolve(TO_NOV_2026, null, LocalDate.of(2026, 11, 27)));
    }

    @Test
    void anOlderExportReviewsItsOwnLastYearAndQuarterNotTheCalendars() {
        assertEquals(new ReviewPeriods(2025, "2025Q4"), ReviewPeriods.resolve(DEMO, null, LocalDate.of(2026, 11, 27)));
    }

    @Test
    void aYearEndsOnItsLastDay() {
        assertEquals(new ReviewPeriods(2025, "2025Q4"), ReviewPeriods.resolve(DEMO, null, LocalDate.of(2025, 12, 31)));
        assertEquals(new ReviewPeriods(2024, "2025Q3"), ReviewPeriods.resolve(DEMO, null, LocalDate.of(2025, 12, 30)));
    }

    @Test
    void aRequestedYearTakesTheLatestEndedQuarterOfThatYear() {
        assertEquals(new ReviewPeriods(2024, "2024Q4"),
                ReviewPeriods.resolve(TO_NOV_2026, 2024, LocalDate.of(2026, 11, 27)));
        assertEquals(new ReviewPeriods(2026, "2026Q3"),
                ReviewPeriods.resolve(TO_NOV_2026, 2026, LocalDate.of(2026, 11, 27)));
    }

    @Test
    void aYearOutsideTheDataIsAnErrorSayingWhatTheDataCovers() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReviewPeriods.resolve(DEMO, 2019, LocalDate.of(2026, 1, 1)));
        assertEquals("the data has no year 2019 (it covers 2024–2025): give another --year", e.getMessage());
    }

    @Test
    void noCompleteYearIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReviewPeriods.resolve(List.of("2026", "2026Q1", "2026Q2"), null, LocalDate.of(2026, 7, 1)));
        assertEquals("no year of the data (2026–2026) is complete by the as-of date 2026-07-01: give --year, "
                + "or a later --as-of", e.getMessage());
    }
}
