package cn.jgdj.jobs.ingest;

import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.quality.IngestReportJson;
import cn.jgdj.schemas.quality.IngestSummary;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ingest report (quality/ingest_report.json): each dataset's counts in ingest order, the totals, and which
 * datasets have no counts yet. The data and its JSON live in schemas ({@link IngestSummary},
 * {@link IngestReportJson}) so the packs read it with the writer's own codec; this class adds the merge step and
 * {@link #summaryText()}, the readable version the CLI prints.
 */
public record IngestReport(List<IngestCounts> datasets, List<String> missing) {

    /** The ingest_report task: merges every dataset's counts into {@link Catalog#INGEST_REPORT}. */
    public static final JobSpec SPEC = new JobSpec("ingest_report",
            Datasets.ALL.stream().map(d -> Catalog.ingestCounts(d.name())).toList(), List.of(Catalog.INGEST_REPORT),
            (io, params) -> merge(io));

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

    /** The report as the shared value that {@link IngestReportJson} writes and the packs read. */
    public IngestSummary summary() {
        return new IngestSummary(datasets, missing);
    }

    public long rowsRead() {
        return summary().rowsRead();
    }

    public long rowsWritten() {
        return summary().rowsWritten();
    }

    public long rowsCollapsed() {
        return summary().rowsCollapsed();
    }

    public long rowsSuperseded() {
        return summary().rowsSuperseded();
    }

    public long rowsQuarantined() {
        return summary().rowsQuarantined();
    }

    public long rowsReferringToQuarantinedMembers() {
        return summary().rowsReferringToQuarantinedMembers();
    }

    /** Quarantined rows per reason code over all datasets (every code, zeros included). */
    public Map<ReasonCode, Long> quarantined() {
        return summary().quarantined();
    }

    public String toJson() {
        return IngestReportJson.write(summary());
    }

    public static IngestReport fromJson(String json) {
        IngestSummary s = IngestReportJson.readSummary(json);
        return new IngestReport(s.datasets(), s.missing());
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
