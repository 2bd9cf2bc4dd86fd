package cn.jgdj.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The as-of rules of DOMAIN.md's second edition; the period-label columns are exercised by the jobs' tests. */
class AsOfTest {
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Test
    void givenWins() {
        assertEquals(LocalDate.of(2025, 6, 30), AsOf.forRun(LocalDate.of(2025, 6, 30), JULY_1, null));
    }

    @Test
    void elseTheEarlierOfTodayAndThePeriodsLastDay() {
        // A run for 2025Q3 made in October is as of 30 September; one made on 1 July is as of 1 July.
        assertEquals(LocalDate.of(2025, 9, 30),
                AsOf.forRun(null, LocalDate.of(2025, 10, 12), LocalDate.of(2025, 9, 30)));
        assertEquals(JULY_1, AsOf.forRun(null, JULY_1, LocalDate.of(2025, 9, 30)));
        assertEquals(JULY_1, AsOf.forRun(null, JULY_1, null));
    }
}
