package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import cn.jgdj.schemas.indicators.Indicators.Coverage;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import cn.jgdj.schemas.indicators.Indicators.ObservationCoverage;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.indicators.Indicators.Published;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The public indicator tables ({@link Indicators#PUBLISHED}), read from their CSV copies OUT/indicators/NAME.csv.
 * Loading checks the header of every published file against the table's columns; a table's rows are streamed
 * from its file into typed records the first time a figure asks for them ({@link #get}), so a new table needs no
 * entry here: its figure reads it with {@code tables.get(NAME, MyRow::read)}. Parsed tables are shared with the
 * other packs rendered in this JVM while their files stay unchanged ({@link SharedTables}). A missing file gives
 * an empty table marked not present (its charts say "no data"); a malformed one fails with the file, row, column
 * and value.
 */
public final class IndicatorTables {
    /** Published tables whose CSV is there, by name (absent: no file). */
    private final Map<String, Path> files;
    private final SharedTables shared;
    private final Map<String, Table<?>> parsed = new ConcurrentHashMap<>();
    private final ActingTables acting = new ActingTables(this);
    private final ReportTables report = new ReportTables(this);

    private IndicatorTables(Map<String, Path> files, SharedTables shared) {
        this.files = files;
        this.shared = shared;
    }

    /**
     * Finds every published table under the output root, sharing parsed tables with earlier loads of the same
     * root in this JVM; a wrong header fails here, before any figure.
     */
    public static IndicatorTables load(Path outRoot) {
        return load(outRoot, SharedTables.JVM);
    }

    static IndicatorTables load(Path outRoot, SharedTables shared) {
        OutputLayout layout = new OutputLayout(outRoot.toString());
        Map<String, Path> files = new LinkedHashMap<>();
        for (Published p : Indicators.PUBLISHED) {
            Path file = Path.of(layout.indicatorCsv(p.name()));
            if (Files.isRegularFile(file)) {
                try (CsvReader csv = CsvReader.open(file)) {
                    reader(p, csv);
                }
                files.put(p.name(), file);
            }
        }
        shared.keepOnly(outRoot);
        return new IndicatorTables(files, shared);
    }

    /** The rows of a published table, parsed once by the given reader. */
    @SuppressWarnings("unchecked")
    public <T> Table<T> get(String name, Function<RowReader, T> parse) {
        Published table = Indicators.published(name);
        return (Table<T>) parsed.computeIfAbsent(name, n -> {
            Path file = files.get(n);
            if (file == null) {
                return Table.missing(table.name());
            }
            return shared.get(file, parse.getClass(), () -> parse(table, file, parse));
        });
    }

    /** The published tables asked for so far, in the order of {@link Indicators#PUBLISHED}: what the pages read. */
    public List<String> requested() {
        return Indicators.PUBLIC_TABLES.stream().filter(parsed::containsKey).toList();
    }

    /** The published tables whose CSV file is missing, as file names, in the order of {@link Indicators#PUBLISHED}. */
    public List<String> missingFiles() {
        return Indicators.PUBLIC_TABLES.stream().filter(n -> !files.containsKey(n)).map(n -> n + ".csv").toList();
    }

    public Table<UnitRow> units() {
        return get(UnitDirectory.NAME, UnitRow::read);
    }

    public Table<CoverageRow> coverage() {
        return get(Coverage.NAME, CoverageRow::read);
    }

    public Table<ParticipationRow> participation() {
        return get(Participation.NAME, ParticipationRow::read);
    }

    public Table<BranchComplianceRow> branchCompliance() {
        return get(BranchCompliance.NAME, BranchComplianceRow::read);
    }

    public Table<ObservationRow> observation() {
        return get(ObservationCoverage.NAME, ObservationRow::read);
    }

    public Table<PlatformRow> platform() {
        return get(PlatformEngagement.NAME, PlatformRow::read);
    }

    public Table<VolunteerRow> volunteer() {
        return get(Volunteer.NAME, VolunteerRow::read);
    }

    public Table<VenueRow> venues() {
        return get(VenueUse.NAME, VenueRow::read);
    }

    public Table<TrendRow> trends() {
        return get(Trends.NAME, TrendRow::read);
    }

    public Table<UnderServedRow> underServed() {
        return get(UnderServed.NAME, UnderServedRow::read);
    }

    public Table<EffectivenessRow> effectiveness() {
        return get(Effectiveness.NAME, EffectivenessRow::read);
    }

    /** Forecast, secretary readiness, data quality. */
    public ActingTables acting() {
        return acting;
    }

    /** The county report's own questions. */
    public ReportTables report() {
        return report;
    }

    /** Unit names by id (empty when the directory is missing: packs then print the ids). */
    public Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        units().rows().forEach(u -> names.put(u.unitId(), u.unitName()));
        return names;
    }

    // `partial` (a period still in progress on the run's as-of day) is not required: packs review complete
    // periods only, and tables written before it existed still read.
    private static RowReader reader(Published table, CsvReader csv) {
        RowReader reader = new RowReader(csv.fileName(), csv.header());
        if (!csv.header().isEmpty()) {
            reader.require(table.columns().stream().filter(c -> !c.equals(Indicators.PARTIAL)).toList());
        }
        return reader;
    }

    /** Streams the file's rows into typed records: no row is held as text. */
    private static <T> Table<T> parse(Published table, Path file, Function<RowReader, T> parse) {
        try (CsvReader csv = CsvReader.open(file)) {
            RowReader reader = reader(table, csv);
            List<T> rows = new ArrayList<>();
            for (CsvFile.Record rec = csv.next(); rec != null; rec = csv.next()) {
                rows.add(parse.apply(reader.at(rec)));
            }
            return new Table<>(table.name(), true, rows);
        }
    }
}
