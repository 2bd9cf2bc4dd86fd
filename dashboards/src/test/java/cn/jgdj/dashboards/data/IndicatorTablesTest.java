package cn.jgdj.dashboards.data;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.schemas.Period;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorTablesTest {
    @TempDir
    Path out;

    @Test
    void readsEveryFixtureTableIntoTypedRows() {
        IndicatorTables t = Fixture.tables();
        assertEquals(36, t.coverage().rows().size());
        CoverageRow all = t.coverage().rows().get(0);
        assertEquals(new CoverageRow(Period.year(2025), "all", "all", 100, 90, 72, 0.9, 0.72, 0.6251, 0.7986, false),
                all);
        assertTrue(t.coverage().rows().stream().anyMatch(r -> r.group().equals("U03") && r.suppressed()));

        assertEquals(48, t.branchCompliance().rows().size());
        BranchComplianceRow b = t.branchCompliance().rows().get(3);
        assertEquals("B04", b.branchId());
        assertEquals(Map.of("branch_general_meeting", 2L, "branch_committee_meeting", 3L, "group_meeting", 4L,
                "party_lecture", 1L, "theme_party_day", 3L), b.heldByType());
        assertTrue(b.compliant());

        VenueRow quoted = t.venues().rows().get(3);
        assertEquals("县委党校, 现场教学基地", quoted.venueName());
        assertEquals("", quoted.ownerUnitId());

        PlatformRow blank = t.platform().rows().get(14);
        assertTrue(blank.suppressed());
        assertEquals(0, blank.active());
        assertTrue(Double.isNaN(blank.activeRate()));

        UnderServedRow flagged = t.underServed().rows().get(0);
        assertTrue(flagged.flagged());
        assertEquals(-32.0, flagged.gapPp());
        assertEquals(24, t.trends().rows().size());
        assertEquals(12, t.participation().rows().size());
        assertEquals(12, t.volunteer().rows().size());
        assertEquals(3, t.observation().rows().size());
        // The report-question tables: observation per unit, training reach (a blank audience reads as none).
        assertEquals(8, t.report().observationByUnit().rows().size());
        assertEquals(new UnitObservationRow(Period.year(2025), "U02", 2, 0, false),
                t.report().observationByUnit().rows().get(5));
        TrainingReachRow other = t.report().trainingReach().rows().get(4);
        assertEquals("other_class", other.program());
        assertFalse(other.hasTarget());
        assertTrue(Double.isNaN(other.targetRate()));
        assertEquals(20, t.report().trainingMix().rows().size());
        assertTrue(t.coverage().present());
    }

    @Test
    void missingFileIsAnEmptyTableNotAnError() {
        IndicatorTables t = IndicatorTables.load(out);
        assertFalse(t.coverage().present());
        assertTrue(t.coverage().isEmpty());
        assertEquals("coverage.csv", t.coverage().fileName());
    }

    @Test
    void headerOnlyFileIsPresentAndEmpty() throws IOException {
        write("observation_coverage.csv", "period,units_with_study_group,units_observed,observed_share\n");
        Table<ObservationRow> t = IndicatorTables.load(out).observation();
        assertTrue(t.present());
        assertTrue(t.isEmpty());
    }

    @Test
    void badValueNamesFileRowColumnAndValue() throws IOException {
        write("observation_coverage.csv", "period,units_with_study_group,units_observed,observed_share\n"
                + "2025,20,18,0.9\n2025,20,x18,0.9\n");
        IndicatorTables t = IndicatorTables.load(out);
        IndicatorFileException e = assertThrows(IndicatorFileException.class, t::observation);
        assertEquals("observation_coverage.csv row 3: units_observed 'x18' is not a whole number", e.getMessage());
    }

    @Test
    void rateOutsideUnitIntervalIsRejected() throws IOException {
        write("observation_coverage.csv", "period,units_with_study_group,units_observed,observed_share\n"
                + "2025,20,18,90\n");
        IndicatorTables t = IndicatorTables.load(out);
        IndicatorFileException e = assertThrows(IndicatorFileException.class, t::observation);
        assertEquals("observation_coverage.csv row 2: observed_share '90' is not a rate in [0, 1]", e.getMessage());
    }

    @Test
    void badPeriodAndBooleanAreNamed() throws IOException {
        write("venue_use.csv", "period,venue_id,venue_name,kind,owner_unit_id,sessions,visiting_units,external_share\n"
                + "2025年,V1,x,red_base,,1,1,1\n");
        assertEquals("venue_use.csv row 2: period '2025年' is not a period (2025, 2025Q2 or 2025-04)",
                assertThrows(IndicatorFileException.class, () -> IndicatorTables.load(out).venues()).getMessage());
        Files.delete(out.resolve("indicators/venue_use.csv"));
        write("observation_coverage.csv", "period,units_with_study_group,units_observed,observed_share\n");
        write("volunteer.csv", "period,dimension,group,theme,members,participants,participation_rate,hours,suppressed\n"
                + "2025,all,all,all,10,5,0.5,20,yes\n");
        assertEquals("volunteer.csv row 2: suppressed 'yes' is not true or false",
                assertThrows(IndicatorFileException.class, () -> IndicatorTables.load(out).volunteer()).getMessage());
    }

    @Test
    void missingColumnIsNamedBeforeAnyRow() throws IOException {
        write("branch_compliance.csv", "period,branch_id,unit_id,branch_general_meeting,compliant\n"
                + "2025Q1,B1,U1,1,true\n");
        IndicatorFileException e = assertThrows(IndicatorFileException.class, () -> IndicatorTables.load(out));
        assertTrue(e.getMessage().startsWith("branch_compliance.csv: missing column 'branch_committee_meeting'"),
                e.getMessage());
    }

    @Test
    void missingFilesFollowThePublishedList() throws IOException {
        write("coverage.csv", String.join(",", cn.jgdj.schemas.indicators.Indicators.Coverage.COLUMNS) + "\n");
        write("venue_use.csv", "");
        assertEquals(java.util.List.of("units.csv", "participation.csv", "branch_compliance.csv",
                "observation_coverage.csv", "platform_engagement.csv", "volunteer.csv", "trends.csv",
                "under_served.csv", "effectiveness.csv", "forecast.csv", "secretary_readiness.csv",
                "data_quality.csv", "observation_by_unit.csv", "training_reach.csv", "training_mix.csv"),
                IndicatorTables.load(out).missingFiles());
    }

    @Test
    void aFigureReadsAPublishedTableWithItsOwnRowReader() throws IOException {
        write("venue_use.csv", "period,venue_id,venue_name,kind,owner_unit_id,sessions,visiting_units,external_share\n"
                + "2025,V1,x,red_base,,4,2,1\n2025,V2,y,school,U1,3,0,0\n");
        record Sessions(String venue, long sessions) {
        }
        Table<Sessions> t = IndicatorTables.load(out).get("venue_use",
                r -> new Sessions(r.text("venue_id"), r.count("sessions", false)));
        assertEquals(java.util.List.of(new Sessions("V1", 4), new Sessions("V2", 3)), t.rows());
        assertEquals("venue_use", t.name());
    }

    @Test
    void onlyPublishedTablesAreRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndicatorTables.load(out).get("followup", r -> r));
        assertTrue(e.getMessage().startsWith("'followup' is not a published indicator table"), e.getMessage());
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(out.resolve("indicators"));
        Files.writeString(out.resolve("indicators").resolve(name), text);
    }
}
