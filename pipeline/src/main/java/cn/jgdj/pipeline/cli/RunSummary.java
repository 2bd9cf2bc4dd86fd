package cn.jgdj.pipeline.cli;

import cn.jgdj.dashboards.data.CsvFile;
import cn.jgdj.dashboards.packs.Packs;
import cn.jgdj.jobs.ingest.IngestReport;
import cn.jgdj.pipeline.dag.PackTasks;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.CsvFormulaGuard;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.TaskRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a person wants to know when a run ends: what was read and set aside, what was computed, where the packs are. */
final class RunSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunSummary() {
    }

    /**
     * The ingest totals and the share of rows set aside, from the committed ingest report, and the units whose
     * records the data-quality scorecard says need review (when the run computed it).
     */
    static void ingest(OutFiles out, PrintStream ps) {
        String json = out.readText(Catalog.INGEST_REPORT);
        if (json == null) {
            return;
        }
        IngestReport r = IngestReport.fromJson(json);
        ps.println(String.format(Locale.ROOT, "Ingest: %,d rows read, %,d written, %,d exact duplicates collapsed, "
                        + "%,d quarantined (%.1f%%); details in %s", r.rowsRead(), r.rowsWritten(), r.rowsCollapsed(),
                r.rowsQuarantined(), r.rowsRead() == 0 ? 0.0 : 100.0 * r.rowsQuarantined() / r.rowsRead(),
                out.location(Catalog.INGEST_REPORT)));
        String scorecard = out.readText(DATA_QUALITY_CSV);
        if (scorecard != null) {
            reviewUnits(scorecard, out.location(DATA_QUALITY_CSV)).forEach(ps::println);
        }
    }

    /** How many units the summary lists; the rest are counted. */
    static final int MAX_LISTED = 10;

    private static final String DATA_QUALITY_CSV = Catalog.indicator(DataQuality.NAME) + ".csv";

    /**
     * The units the data-quality scorecard marks needs_review, each with its quarters and the checks above their
     * threshold (a reason code's set_aside:REASON rather than the set_aside total when both are over), the units with
     * the most flagged quarters first (then by unit) and at most {@link #MAX_LISTED} of them; one line saying none
     * when none.
     */
    static List<String> reviewUnits(String csv, String location) {
        CsvFile f = CsvFile.parse(location, csv);
        int period = f.column(Indicators.PERIOD);
        int unit = f.column(Indicators.UNIT_ID);
        int check = f.column(DataQuality.CHECK);
        int exceeds = f.column(DataQuality.EXCEEDS);
        Map<String, TreeSet<String>> quarters = new TreeMap<>();
        Map<String, TreeSet<String>> checks = new TreeMap<>();
        Set<String> units = new TreeSet<>();
        for (CsvFile.Record r : f.records()) {
            String u = CsvFormulaGuard.reveal(r.cells().get(unit));
            units.add(u);
            if (Boolean.parseBoolean(r.cells().get(exceeds))) {
                quarters.computeIfAbsent(u, k -> new TreeSet<>()).add(r.cells().get(period));
                checks.computeIfAbsent(u, k -> new TreeSet<>()).add(r.cells().get(check));
            }
        }
        if (quarters.isEmpty()) {
            return List.of("Data quality: no unit needs review (" + location + ").");
        }
        // The units with the most flagged quarters first, so that a county where every unit is flagged still gets a
        // short, useful list on the terminal; the CSV has them all.
        List<String> order = new ArrayList<>(quarters.keySet());
        order.sort(Comparator.comparingInt((String u) -> -quarters.get(u).size()).thenComparing(u -> u));
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Units needing review (data quality, %d of %d units%s; %s):",
                quarters.size(), units.size(), order.size() > MAX_LISTED ? ", most flagged quarters first" : "",
                location));
        for (String u : order.subList(0, Math.min(MAX_LISTED, order.size()))) {
            TreeSet<String> c = checks.get(u);
            if (c.stream().anyMatch(x -> x.startsWith(DataQuality.SET_ASIDE + ":"))) {
                c.remove(DataQuality.SET_ASIDE);
            }
            lines.add(String.format(Locale.ROOT, "  %s in %s: %s", u, String.join(", ", quarters.get(u)),
                    String.join(", ", c)));
        }
        if (order.size() > MAX_LISTED) {
            lines.add(String.format(Locale.ROOT, "  ... and %d more units needing review (%s)",
                    order.size() - MAX_LISTED, location));
        }
        return lines;
    }

    /** The indicator tables the run wrote or kept, with their rows. */
    static void indicators(RunRecord record, OutFiles out, PrintStream ps) {
        Map<String, Long> tables = new TreeMap<>();
        for (TaskRecord t : record.tasks()) {
            if (t.outputs() != null) {
                t.outputs().forEach((name, rows) -> {
                    if (name.startsWith("indicators/") && rows != null) {
                        tables.put(name.substring("indicators/".length()), rows);
                    }
                });
            }
        }
        if (tables.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("Indicators (CSV and Parquet) in " + out.location("indicators") + ":");
        tables.forEach((name, rows) -> sb.append(String.format(Locale.ROOT, " %s.csv (%,d rows),", name, rows)));
        ps.println(sb.substring(0, sb.length() - 1));
    }

    /** Where each pack of the run is, from the manifests the pack tasks committed. */
    static void packs(OutFiles out, PrintStream ps) {
        StringBuilder sb = new StringBuilder();
        for (String pack : new String[] {Packs.COMMITTEE, Packs.ANALYST, Packs.LEADERSHIP}) {
            String json = out.readText(PackTasks.manifest(pack));
            if (json == null) {
                continue;
            }
            try {
                JsonNode m = JSON.readTree(json);
                sb.append(String.format(Locale.ROOT, "  %-10s %-7s %s%n", pack, m.path("period").asText(),
                        out.location(m.path("pdf").asText())));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the manifest of the " + pack + " pack: " + e.getMessage(), e);
            }
        }
        if (!sb.isEmpty()) {
            ps.print("Packs (PDF; index.html and the charts beside each):\n" + sb);
        }
    }
}
