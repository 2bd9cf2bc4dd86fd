package cn.jgdj.jobs.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class VenueUsesTest {

    @Test
    void eachCountGetsItsSiteAndWhetherItsOrganiserVisits() {
        // V1 is U1's site, V2 a public base (no owner).
        List<Row> sites = List.of(RowFactory.create("V1", "venue V1", "unit_site", "U1"),
                RowFactory.create("V2", "venue V2", "red_base", null));
        List<Row> counts = List.of(
                RowFactory.create("2025", "V1", "U1", 2L),    // the owner: no visit
                RowFactory.create("2025", "V1", "U2", 1L),    // another unit visits
                RowFactory.create("2025", "V1", null, 1L),    // an unknown organiser: unknown
                RowFactory.create("2025", "V2", "U1", 3L),    // at a public base every organiser visits
                RowFactory.create("2025", "V2", null, 1L),    // ... even an unknown one
                RowFactory.create("2024", "V9", "U1", 4L),    // not in the venues file: no site
                RowFactory.create("2024", null, "U1", 5L));   // no venue: no site
        assertEquals(List.of("2025|V1|U1|2|false", "2025|V1|U2|1|true", "2025|V1|null|1|null",
                        "2025|V2|U1|3|true", "2025|V2|null|1|true", "2024|null|U1|4|null", "2024|null|U1|5|null"),
                VenueUseJob.uses(sites, counts).stream().map(r -> r.mkString("|")).toList());
    }
}
