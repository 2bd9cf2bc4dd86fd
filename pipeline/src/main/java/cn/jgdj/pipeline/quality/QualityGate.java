package cn.jgdj.pipeline.quality;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.ingest.IngestReport;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.quality.ReasonCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality gate between ingest and the indicators: it fails the run when any source has a larger share of its
 * rows in quarantine than allowed (default 5%), naming the source and its top reasons; below that the run goes on
 * and the packs say how many rows were set aside. A run whose members or attendance file holds no data rows (a
 * header-only export) fails too: every indicator would be empty or zero. It reads the ingest report (written by the ingest_report task,
 * so the report survives a failing gate) and writes its verdict, quality/gate.json, which every task reading the
 * warehouse declares as an input: nothing downstream runs on data the gate has not passed.
 */
public final class QualityGate {
    /** The gate's verdict: threshold and per-source shares. */
    public static final String VERDICT = "quality/gate.json";
    /** The gate's task name. */
    public static final String TASK = "quality_gate";
    public static final List<String> INPUTS = List.of(Catalog.INGEST_REPORT);
    public static final List<String> OUTPUTS = List.of(VERDICT);
    private static final int REASONS_NAMED = 3;
    /** Sources without which no indicator means anything. */
    static final List<String> MUST_HAVE_ROWS = List.of(Members.NAME, Attendance.NAME);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final double maxShare;

    public QualityGate(double maxShare) {
        if (!(maxShare >= 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("the maximum quarantine share must be between 0 and 1, got " + maxShare);
        }
        this.maxShare = maxShare;
    }

    /** The gate's task at a maximum quarantine share, declared like every job. */
    public static JobSpec spec(double maxShare) {
        return new JobSpec(TASK, INPUTS, OUTPUTS, new QualityGate(maxShare)::run);
    }

    public void run(JobIO io, JobParams params) {
        String json = io.readText(Catalog.INGEST_REPORT);
        if (json == null) {
            throw new IllegalStateException(Catalog.INGEST_REPORT + " is missing at " + io.location(Catalog.INGEST_REPORT));
        }
        IngestReport report = IngestReport.fromJson(json);
        List<SourceQuality> sources = sources(report);
        List<SourceQuality> failing = failing(sources);
        List<SourceQuality> empty = emptyButNeeded(sources);
        List<String> unbalanced = unbalanced(report);
        io.writeText(VERDICT, verdict(report, sources, failing.isEmpty() && empty.isEmpty() && unbalanced.isEmpty()));
        if (!unbalanced.isEmpty()) {
            throw new QualityGateException("quality gate: ingest lost track of rows (read = written + collapsed + "
                    + "superseded + quarantined does not hold): " + String.join("; ", unbalanced));
        }
        if (!report.missing().isEmpty()) {
            throw new QualityGateException("quality gate: not ingested: " + String.join(", ", report.missing()));
        }
        if (!empty.isEmpty()) {
            throw new QualityGateException("quality gate: " + String.join(", ", empty.stream()
                    .map(s -> s.sourceFile() + " (" + s.dataset() + ")").toList())
                    + (empty.size() == 1 ? " has" : " have")
                    + " no data rows, only a header: the indicators need members and attendance; "
                    + "check the export");
        }
        if (!failing.isEmpty()) {
            throw new QualityGateException(message(failing));
        }
    }

    static List<SourceQuality> sources(IngestReport report) {
        List<SourceQuality> out = new ArrayList<>();
        for (IngestCounts c : report.datasets()) {
            out.add(new SourceQuality(c.dataset(), c.sourceFile(), c.rowsRead(), c.rowsQuarantined(),
                    SourceQuality.ranked(c.quarantined())));
        }
        return out;
    }

    /** Members or attendance sources without a data row, in ingest order. */
    static List<SourceQuality> emptyButNeeded(List<SourceQuality> sources) {
        return sources.stream().filter(s -> s.rowsRead() == 0 && MUST_HAVE_ROWS.contains(s.dataset())).toList();
    }

    /** Each dataset whose rows read are not all accounted for, with its counts. */
    static List<String> unbalanced(IngestReport report) {
        List<String> out = new ArrayList<>();
        for (IngestCounts c : report.datasets()) {
            if (!c.balanced()) {
                out.add(String.format(Locale.ROOT, "%s: %,d read, %,d written, %,d collapsed, %,d superseded, "
                        + "%,d quarantined", c.dataset(), c.rowsRead(), c.rowsWritten(), c.rowsCollapsed(),
                        c.rowsSuperseded(), c.rowsQuarantined()));
            }
        }
        return out;
    }

    /** The sources over the threshold, in ingest order. */
    List<SourceQuality> failing(List<SourceQuality> sources) {
        return sources.stream().filter(s -> s.share() > maxShare).toList();
    }

    /** Names each failing source, its share and its top reasons, and where to look. */
    String message(List<SourceQuality> failing) {
        StringBuilder sb = new StringBuilder("quality gate: ");
        sb.append(failing.size() == 1 ? "a source has more than " + percent(maxShare) + " of its rows"
                : failing.size() + " sources have more than " + percent(maxShare) + " of their rows")
                .append(" in quarantine");
        for (SourceQuality s : failing) {
            sb.append("\n  ").append(s.dataset()).append(" (").append(s.sourceFile()).append("): ")
                    .append(String.format(Locale.ROOT, "%,d of %,d rows (%s)", s.rowsQuarantined(), s.rowsRead(),
                            percent(s.share())))
                    .append("; top reasons: ");
            List<String> reasons = new ArrayList<>();
            for (Map.Entry<ReasonCode, Long> r : s.topReasons().subList(0, Math.min(REASONS_NAMED,
                    s.topReasons().size()))) {
                reasons.add(String.format(Locale.ROOT, "%s %,d (%s)", r.getKey().name(), r.getValue(),
                        r.getKey().chinese()));
            }
            sb.append(String.join(", ", reasons)).append("; rows in ").append(Catalog.quarantine(s.dataset()))
                    .append(".csv");
        }
        sb.append("\nCorrect the exports and run again, or, once the quarantined rows are understood, allow more with "
                + "--max-quarantine-share.");
        return sb.toString();
    }

    private String verdict(IngestReport report, List<SourceQuality> sources, boolean passed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("passed", passed);
        root.put("max_quarantine_share", maxShare);
        Map<String, Object> per = new LinkedHashMap<>();
        for (SourceQuality s : sources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rows_read", s.rowsRead());
            m.put("rows_quarantined", s.rowsQuarantined());
            report.datasets().stream().filter(c -> c.dataset().equals(s.dataset())).findFirst().ifPresent(c -> {
                // Not judged by the threshold, shown so a reader sees every row accounted for.
                m.put("rows_superseded", c.rowsSuperseded());
                m.put("rows_referring_to_quarantined_members", c.rowsReferringToQuarantinedMembers());
            });
            m.put("share", Math.round(s.share() * 1e6) / 1e6);
            m.put("passed", s.share() <= maxShare);
            per.put(s.dataset(), m);
        }
        root.put("datasets", per);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
