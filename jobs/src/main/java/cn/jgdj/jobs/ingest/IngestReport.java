package cn.jgdj.jobs.ingest;

import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The ingest report (quality/ingest_report.json): each dataset's counts in ingest order, the totals, and which
 * datasets have no counts yet. {@link #summaryText()} is the readable version the CLI prints.
 */
public record IngestReport(List<IngestCounts> datasets, List<String> missing) {

    public IngestReport {
        datasets = List.copyOf(datasets);
        missing = List.copyOf(missing);
    }

    /** Reads every dataset's counts, writes {@link Catalog#INGEST_REPORT} and returns the report. */
    public static IngestReport merge(JobIO io) {
        List<IngestCounts> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (DatasetDef d : Datasets.ALL) {
            String json = io.readText(Catalog.ingestCounts(d.name()));
            if (json == null) {
                missing.add(d.name());
            } else {
                found.add(IngestCounts.fromJson(json));
            }
        }
        IngestReport report = new IngestReport(found, missing);
        io.writeText(Catalog.INGEST_REPORT, report.toJson());
        return report;
    }

    public long rowsRead() {
        return total(IngestCounts::rowsRead);
    }

    public long rowsWritten() {
        return total(IngestCounts::rowsWritten);
    }

    public long rowsCollapsed() {
        return total(IngestCounts::rowsCollapsed);
    }

    public long rowsSuperseded() {
        return total(IngestCounts::rowsSuperseded);
    }

    public long rowsQuarantined() {
        return total(IngestCounts::rowsQuarantined);
    }

    public long rowsReferringToQuarantinedMembers() {
        return total(IngestCounts::rowsReferringToQuarantinedMembers);
    }

    /** Quarantined rows per reason code over all datasets (every code, zeros included). */
    public Map<ReasonCode, Long> quarantined() {
        Map<ReasonCode, Long> out = new EnumMap<>(ReasonCode.class);
        for (ReasonCode code : ReasonCode.values()) {
            out.put(code, datasets.stream().mapToLong(c -> c.quarantined().get(code)).sum());
        }
        return out;
    }

    private long total(ToLongFunction<IngestCounts> f) {
        return datasets.stream().mapToLong(f).sum();
    }

    public String toJson() {
        ObjectNode root = IngestCounts.JSON.createObjectNode();
        ArrayNode list = root.putArray("datasets");
        datasets.forEach(c -> list.add(c.toJsonNode()));
        ArrayNode miss = root.putArray("missing");
        missing.forEach(miss::add);
        ObjectNode totals = root.putObject("totals");
        totals.put("rows_read", rowsRead());
        totals.put("rows_written", rowsWritten());
        totals.put("rows_collapsed", rowsCollapsed());
        totals.put("rows_superseded", rowsSuperseded());
        totals.put("rows_quarantined", rowsQuarantined());
        ObjectNode q = totals.putObject("quarantined");
        quarantined().forEach((code, n) -> q.put(code.name(), n));
        totals.put("rows_referring_to_quarantined_members", rowsReferringToQuarantinedMembers());
        try {
            return IngestCounts.JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static IngestReport fromJson(String json) {
        JsonNode root;
        try {
            root = IngestCounts.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an ingest report: " + e.getOriginalMessage(), e);
        }
        List<IngestCounts> list = new ArrayList<>();
        root.path("datasets").forEach(n -> list.add(IngestCounts.fromJsonNode(n)));
        List<String> missing = new ArrayList<>();
        root.path("missing").forEach(n -> missing.add(n.asText()));
        IngestReport report = new IngestReport(list, missing);
        JsonNode totals = root.path("totals");
        if (totals.has("rows_read") && totals.get("rows_read").asLong() != report.rowsRead()) {
            throw new IllegalArgumentException("ingest report totals disagree with its datasets");
        }
        return report;
    }

    /** A plain-text table for the terminal: counts per dataset, totals, reasons, ignored columns, missing. */
    public String summaryText() {
        StringBuilder b = new StringBuilder();
        String row = "%-16s %-22s %9s %9s %10s %11s %12s%n";
        b.append("Ingest report\n");
        b.append(String.format(row, "dataset", "source file", "read", "written", "collapsed", "superseded",
                "quarantined"));
        for (IngestCounts c : datasets) {
            b.append(String.format(row, c.dataset(), c.sourceFile(), c.rowsRead(), c.rowsWritten(),
                    c.rowsCollapsed(), c.rowsSuperseded(), c.rowsQuarantined()));
        }
        b.append(String.format(row, "total", "", rowsRead(), rowsWritten(), rowsCollapsed(), rowsSuperseded(),
                rowsQuarantined()));
        if (rowsSuperseded() > 0) {
            b.append("Superseded rows are weaker attendance rows of a member and event (e.g. an absence made up "
                    + "later): the strongest row stands.\n");
        }
        if (rowsQuarantined() > 0) {
            b.append("Quarantined rows by reason:\n");
            quarantined().forEach((code, n) -> {
                if (n > 0) {
                    List<String> where = new ArrayList<>();
                    for (IngestCounts c : datasets) {
                        long k = c.quarantined().get(code);
                        if (k > 0) {
                            where.add(c.dataset() + " " + k);
                        }
                    }
                    b.append(String.format("  %-21s %6d  %s (%s)%n", code.name(), n, code.chinese(),
                            String.join(", ", where)));
                }
            });
        }
        for (IngestCounts c : datasets) {
            if (c.rowsRead() == 0) {
                b.append("Warning: ").append(c.sourceFile()).append(" has no data rows (header only)\n");
            }
            if (c.rowsReferringToQuarantinedMembers() > 0) {
                b.append("Kept in ").append(c.dataset()).append(", referring to members whose rows are all in "
                        + "quarantine: ").append(c.rowsReferringToQuarantinedMembers()).append('\n');
            }
            if (!c.ignoredColumns().isEmpty()) {
                b.append("Ignored columns in ").append(c.sourceFile()).append(": ")
                        .append(String.join(", ", c.ignoredColumns())).append('\n');
            }
            if (c.blankRows() > 0) {
                b.append("Blank rows skipped in ").append(c.sourceFile()).append(": ").append(c.blankRows())
                        .append('\n');
            }
        }
        if (!missing.isEmpty()) {
            b.append("Not ingested yet: ").append(String.join(", ", missing)).append('\n');
        }
        return b.toString();
    }
}
