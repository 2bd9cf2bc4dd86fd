package cn.jgdj.jobs.events;

import static cn.jgdj.jobs.events.EventFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Venues;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.VenueUse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class VenueUseJobTest {
    private static final String ONSITE = "onsite_teaching";

    /** V1: U1's own site; V2: a public red base; V3: U2's site, used only by U2 and only in 2024. */
    private static EventFixtures county(SparkSession spark) {
        return new EventFixtures(spark)
                .venue("V1", "U1", "unit_site").venue("V2", null, "red_base").venue("V3", "U2", "unit_site")
                .event("S1", ONSITE, "U2", null, "V3", "2024-10-01", "invited")
                .event("S2", ONSITE, "U1", null, "V1", "2025-03-01", "unit")
                .event("S3", "party_lecture", "U1", "B1", "V1", "2025-04-01", "branch")
                .event("S4", ONSITE, "U2", null, "V1", "2025-05-01", "invited")
                .event("S5", ONSITE, "U1", null, "V2", "2025-06-01", "unit")
                .event("S6", ONSITE, "U3", null, "V2", "2025-07-01", "unit")
                // No venue, and a venue missing from the venues file: neither counted.
                .event("S7", "branch_general_meeting", "U1", "B1", null, "2025-01-10", "branch")
                .event("S8", ONSITE, "U1", null, "V9", "2025-08-01", "unit");
    }

    /**
     * DOMAIN.md second edition: visiting_units counts organisers other than the owner (V1 2025: U1 twice, U2 once →
     * 1 visitor, 1 of 3 sessions outside; V3 2024: only its owner → 0 visitors, share 0); at a public base every
     * organiser is a visitor and the outside share is 1 by definition (V2 2025: U1 and U3).
     */
    private static final List<String> EXPECTED = List.of(
            // period|venue_id|venue_name|kind|owner_unit_id|sessions|visiting_units|external_share
            "2024|V1|venue V1|unit_site|U1|0|0|null",
            "2024|V2|venue V2|red_base|null|0|0|null",
            "2024|V3|venue V3|unit_site|U2|1|0|0.0",
            "2025|V1|venue V1|unit_site|U1|3|1|0.3333333333333333",
            "2025|V2|venue V2|red_base|null|2|2|1.0",
            "2025|V3|venue V3|unit_site|U2|0|0|null");

    @Test
    void ownerAndExternalUnits(SparkSession spark) {
        EventFixtures f = county(spark);
        Dataset<Row> table = VenueUseJob.venueUse(f.events(), f.venues());
        assertEquals(VenueUse.COLUMNS, List.of(table.columns()));
        assertEquals(EXPECTED, lines(table));
    }

    @Test
    void runReadsWarehouseAndWritesIndicator(SparkSession spark, @TempDir Path out) {
        EventFixtures f = county(spark);
        StagedJobIO setup = new StagedJobIO(spark, out.toString(), out.resolve("_staging/setup").toString());
        setup.write(Catalog.warehouse(Events.NAME), f.events());
        setup.write(Catalog.warehouse(Venues.NAME), f.venues());
        setup.commit();

        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/job").toString());
        VenueUseJob.run(io, new JobParams(null, null, 10, LocalDate.of(2026, 1, 1), null, new byte[0], true));
        io.commit();

        assertEquals(EXPECTED, lines(io.read(Catalog.indicator(VenueUse.NAME))
                .orderBy(Indicators.PERIOD, VenueUse.VENUE_ID)));
    }

    @Test
    void driverRowsGridEveryVenueByYearAndCountVisitors() {
        List<Row> sites = List.of(org.apache.spark.sql.RowFactory.create("V2", "B", "red_base", null),
                org.apache.spark.sql.RowFactory.create("V1", "A", "unit_site", "U1"));
        // (period, venue of the venues file or null, organiser, sessions, organiser visits) as the plan collects.
        List<Row> uses = List.of(
                org.apache.spark.sql.RowFactory.create("2025", "V1", "U1", 2L, false),
                org.apache.spark.sql.RowFactory.create("2025", "V1", "U2", 1L, true),
                org.apache.spark.sql.RowFactory.create("2025", "V1", null, 1L, null),
                org.apache.spark.sql.RowFactory.create("2025", "V2", null, 1L, true),
                org.apache.spark.sql.RowFactory.create("2025", "V2", "U3", 2L, true),
                org.apache.spark.sql.RowFactory.create("2024", null, "U1", 4L, null),
                org.apache.spark.sql.RowFactory.create(null, "V1", "U1", 5L, false));
        // V1 2025: 4 sessions, U2 visits once (1 of 4 outside); V2 2025: 3 sessions all outside, one known visitor.
        assertEquals(List.of(
                        "null|V1|A|unit_site|U1|0|0|null", "null|V2|B|red_base|null|0|0|null",
                        "2024|V1|A|unit_site|U1|0|0|null", "2024|V2|B|red_base|null|0|0|null",
                        "2025|V1|A|unit_site|U1|4|1|0.25", "2025|V2|B|red_base|null|3|1|1.0"),
                VenueUseJob.rows(sites, uses).stream().map(r -> {
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < r.size(); k++) {
                        b.append(k == 0 ? "" : "|").append(r.get(k));
                    }
                    return b.toString();
                }).toList());
    }
}
