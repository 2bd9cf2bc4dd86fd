package cn.jgdj.jobs.events;

import static cn.jgdj.jobs.events.EventFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.ObservationCoverage;
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
class ObservationCoverageJobTest {
    private static final String TSG = "theory_study_group";

    private static EventFixtures county(SparkSession spark) {
        return new EventFixtures(spark)
                // 2023: events, but no study group.
                .event("X0", "party_lecture", "U1", "B1", null, "2023-06-01", "branch")
                // 2024: U3's only study group observed.
                .event("T0", TSG, "U3", null, null, "2024-12-01", "invited")
                .attendance("T0", 2024, "w1", "observer")
                // 2025: U1 observed at one of two sessions, U2 observed, U3 not (an observer at its branch
                // meeting is no study-group observation).
                .event("T1", TSG, "U1", null, null, "2025-03-01", "invited")
                .attendance("T1", 2025, "w1", "observer", "m1", "present")
                .event("T2", TSG, "U1", null, null, "2025-06-01", "invited")
                .attendance("T2", 2025, "m1", "present")
                .event("T3", TSG, "U2", null, null, "2025-04-01", "invited")
                .attendance("T3", 2025, "w2", "observer")
                .event("T4", TSG, "U3", null, null, "2025-05-01", "invited")
                .attendance("T4", 2025, "m8", "present")
                .event("X1", "branch_general_meeting", "U3", "B3", null, "2025-05-02", "branch")
                .attendance("X1", 2025, "w1", "observer");
    }

    private static final List<String> EXPECTED = List.of(
            // period|units_with_study_group|units_observed|observed_share
            "2023|0|0|null",
            "2024|1|1|1.0",
            "2025|3|2|0.6666666666666666");

    @Test
    void twoOfThreeUnitsObserved(SparkSession spark) {
        EventFixtures f = county(spark);
        Dataset<Row> table = ObservationCoverageJob.observationCoverage(f.events(), f.attendance());
        assertEquals(ObservationCoverage.COLUMNS, List.of(table.columns()));
        assertEquals(EXPECTED, lines(table));
    }

    @Test
    void runReadsWarehouseAndWritesIndicator(SparkSession spark, @TempDir Path out) {
        EventFixtures f = county(spark);
        StagedJobIO setup = new StagedJobIO(spark, out.toString(), out.resolve("_staging/setup").toString());
        setup.write(Catalog.warehouse(Events.NAME), f.events());
        setup.write(Catalog.warehouse(Attendance.NAME), f.attendance());
        setup.commit();

        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/job").toString());
        ObservationCoverageJob.run(io, new JobParams(null, null, 10, LocalDate.of(2026, 1, 1), null, new byte[0],
                true));
        io.commit();

        assertEquals(EXPECTED, lines(io.read(Catalog.indicator(ObservationCoverage.NAME))
                .orderBy(Indicators.PERIOD)));
    }

    @Test
    void driverRowsCountKnownUnitsPerYearAndKeepEveryYear() {
        // (period, unit, held a study group, one was observed) per year and organiser unit, as the plan collects.
        List<Row> units = List.of(
                org.apache.spark.sql.RowFactory.create("2025", "U1", true, true),
                org.apache.spark.sql.RowFactory.create("2025", "U2", true, false),
                org.apache.spark.sql.RowFactory.create("2025", null, true, true),
                org.apache.spark.sql.RowFactory.create("2024", "U1", false, false),
                org.apache.spark.sql.RowFactory.create(null, "U3", true, true));
        // An unknown unit or year is not counted; a year without study groups keeps its row; nulls sort first.
        assertEquals(List.of("null|0|0|null", "2024|0|0|null", "2025|2|1|0.5"),
                ObservationCoverageJob.rows(units).stream()
                        .map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2) + "|" + r.get(3)).toList());
    }
}
