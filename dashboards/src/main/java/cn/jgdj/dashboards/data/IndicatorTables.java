package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import cn.jgdj.schemas.indicators.Indicators.Coverage;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import cn.jgdj.schemas.indicators.Indicators.ObservationCoverage;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import cn.jgdj.schemas.indicators.Indicators.UnitDirectory;
import cn.jgdj.schemas.indicators.Indicators.VenueUse;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The public indicator tables, read from their CSV copies OUT/indicators/NAME.csv into typed rows.
 * A missing file gives an empty table marked not present (its charts say "no data"); a malformed one fails
 * with the file, row, column and value.
 */
public record IndicatorTables(Table<UnitRow> units, Table<CoverageRow> coverage, Table<ParticipationRow> participation,
                              Table<BranchComplianceRow> branchCompliance, Table<ObservationRow> observation,
                              Table<PlatformRow> platform, Table<VolunteerRow> volunteer, Table<VenueRow> venues,
                              Table<TrendRow> trends, Table<UnderServedRow> underServed,
                              Table<EffectivenessRow> effectiveness, ActingTables acting,
                              ReportTables report) {

    /** Loads every public table under the output root. */
    public static IndicatorTables load(Path outRoot) {
        OutputLayout layout = new OutputLayout(outRoot.toString());
        return new IndicatorTables(
                read(layout, UnitDirectory.NAME, UnitDirectory.COLUMNS, UnitRow::read),
                read(layout, Coverage.NAME, Coverage.COLUMNS, CoverageRow::read),
                read(layout, Participation.NAME, Participation.COLUMNS, ParticipationRow::read),
                read(layout, BranchCompliance.NAME, branchComplianceColumns(), BranchComplianceRow::read),
                read(layout, ObservationCoverage.NAME, ObservationCoverage.COLUMNS, ObservationRow::read),
                read(layout, PlatformEngagement.NAME, PlatformEngagement.COLUMNS, PlatformRow::read),
                read(layout, Volunteer.NAME, Volunteer.COLUMNS, VolunteerRow::read),
                read(layout, VenueUse.NAME, VenueUse.COLUMNS, VenueRow::read),
                read(layout, Trends.NAME, Trends.COLUMNS, TrendRow::read),
                read(layout, UnderServed.NAME, UnderServed.COLUMNS, UnderServedRow::read),
                read(layout, Effectiveness.NAME, Effectiveness.COLUMNS, EffectivenessRow::read),
                ActingTables.load(layout),
                ReportTables.load(layout));
    }

    /** Unit names by id (empty when the directory is missing: packs then print the ids). */
    public Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        units.rows().forEach(u -> names.put(u.unitId(), u.unitName()));
        return names;
    }

    /** branch_compliance's columns: period, branch_id, unit_id, one count per cadence type, compliant. */
    public static List<String> branchComplianceColumns() {
        List<String> cols = new ArrayList<>(List.of(Indicators.PERIOD, BranchCompliance.BRANCH_ID,
                Indicators.UNIT_ID));
        cols.addAll(Codes.CADENCE_TYPES);
        cols.add(BranchCompliance.COMPLIANT);
        return List.copyOf(cols);
    }

    static <T> Table<T> read(OutputLayout layout, String name, List<String> columns,
                                     Function<RowReader, T> parse) {
        Path file = Path.of(layout.indicatorCsv(name));
        if (!Files.isRegularFile(file)) {
            return Table.missing(name);
        }
        CsvFile csv = CsvFile.read(file);
        if (csv.header().isEmpty()) {
            return new Table<>(name, true, List.of());
        }
        // `partial` (a period still in progress on the run's as-of day) is not required: packs review complete
        // periods only, and tables written before it existed still read.
        RowReader reader = new RowReader(csv).require(columns.stream()
                .filter(c -> !c.equals(Indicators.PARTIAL)).toList());
        List<T> rows = new ArrayList<>(csv.records().size());
        for (CsvFile.Record rec : csv.records()) {
            rows.add(parse.apply(reader.at(rec)));
        }
        return new Table<>(name, true, rows);
    }
}
