package cn.jgdj.pipeline.cli;

import cn.jgdj.dashboards.packs.Packs;
import cn.jgdj.jobs.ingest.IngestReport;
import cn.jgdj.pipeline.dag.PackTasks;
import cn.jgdj.pipeline.runner.RunRecord;
import cn.jgdj.pipeline.runner.TaskRecord;
import cn.jgdj.schemas.Catalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a person wants to know when a run ends: what was read and set aside, what was computed, where the packs are. */
final class RunSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunSummary() {
    }

    /** The ingest totals and the share of rows set aside, from the committed ingest report. */
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
