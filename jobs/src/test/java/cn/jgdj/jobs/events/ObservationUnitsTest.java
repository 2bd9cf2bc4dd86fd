package cn.jgdj.jobs.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class ObservationUnitsTest {

    @Test
    void aUnitHeldAStudyGroupAndWasObservedWhenOneOfItsSessionsWas() {
        List<Row> sessions = List.of(
                RowFactory.create("2024", null, null, 7L),     // 2024: other events only
                RowFactory.create("2025", "U1", "S1", 1L),
                RowFactory.create("2025", "U1", "S2", 1L),     // observed: U1 is observed in 2025
                RowFactory.create("2025", "U2", "S3", 1L),     // held, not observed
                RowFactory.create("2025", null, "S4", 1L),     // a session without an organiser: not a unit
                RowFactory.create("2025", null, null, 3L));
        assertEquals(List.of("2024|null|false|false", "2025|U1|true|true", "2025|U2|true|false",
                        "2025|null|false|false"),
                ObservationCoverageJob.units(sessions, Set.of("S2", "S4", "X9")).stream()
                        .map(r -> r.mkString("|")).toList());
        // And the table from them: 2024 has no unit, 2025 two units, one observed.
        assertEquals(List.of("2024|0|0|null", "2025|2|1|0.5"), ObservationCoverageJob.rows(
                ObservationCoverageJob.units(sessions, Set.of("S2", "S4", "X9"))).stream()
                .map(r -> r.mkString("|")).toList());
    }
}
