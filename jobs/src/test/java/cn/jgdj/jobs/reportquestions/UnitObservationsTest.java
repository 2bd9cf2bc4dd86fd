package cn.jgdj.jobs.reportquestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class UnitObservationsTest {

    @Test
    void everyUnitInEveryYearPlusSessionsOfUnknownOrganisers() {
        // (period, organiser unit, study group sessions, observed sessions) as the plan collects them; 2024 held
        // events but no study group.
        List<Row> sessions = List.of(
                RowFactory.create("2025", "U1", 2L, 1L),
                RowFactory.create("2025", "U9", 1L, 0L),
                RowFactory.create("2025", null, 1L, 1L),
                RowFactory.create("2024", "U1", 0L, 0L),
                RowFactory.create(null, "U3", 1L, 1L));
        assertEquals(List.of(
                        "null|U1|0|0|false", "null|U2|0|0|false", "null|U3|1|1|true",
                        "2024|U1|0|0|false", "2024|U2|0|0|false",
                        "2025|null|1|1|true", "2025|U1|2|1|true", "2025|U2|0|0|false", "2025|U9|1|0|false"),
                UnitObservations.rows(List.of("U2", "U1"), sessions).stream()
                        .map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2) + "|" + r.get(3) + "|" + r.get(4))
                        .toList());
    }
}
