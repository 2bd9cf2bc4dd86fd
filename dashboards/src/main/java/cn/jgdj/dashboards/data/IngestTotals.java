package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.quality.IngestReportJson;
import cn.jgdj.schemas.quality.IngestSummary;
import cn.jgdj.schemas.raw.DatasetDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The totals a pack's title page shows from OUT/quality/ingest_report.json: rows read, rows quarantined and rows
 * superseded (weaker attendance rows of a member and event, e.g. an absence made up later) per raw dataset,
 * read with the codec the ingest job writes it with ({@link IngestReportJson}).
 */
public record IngestTotals(boolean present, Map<String, Long> quarantined, Map<String, Long> read,
                           Map<String, Long> superseded) {

    public static final String FILE = "ingest_report.json";
    /** The raw datasets in ingest order. */
    static final List<String> DATASETS = Datasets.ALL.stream().map(DatasetDef::name).toList();

    /** A report without superseded rows (layouts that do not count them). */
    public IngestTotals(boolean present, Map<String, Long> quarantined, Map<String, Long> read) {
        this(present, quarantined, read, Map.of());
    }

    public static IngestTotals absent() {
        return new IngestTotals(false, Map.of(), Map.of());
    }

    /** Reads OUT/quality/ingest_report.json, or returns an absent report when there is none. */
    public static IngestTotals load(Path outRoot) {
        Path file = Path.of(new OutputLayout(outRoot.toString()).quality(FILE));
        if (!Files.isRegularFile(file)) {
            return absent();
        }
        try {
            return fromJson(FILE, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IndicatorFileException(FILE + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads the report with the ingest job's own codec ({@link IngestReportJson}); errors name the file. */
    static IngestTotals fromJson(String source, String text) {
        IngestSummary report;
        try {
            report = IngestReportJson.readSummary(text);
        } catch (IllegalArgumentException e) {
            throw new IndicatorFileException(source + ": " + e.getMessage(), e);
        }
        Map<String, Long> quarantined = new LinkedHashMap<>();
        Map<String, Long> read = new LinkedHashMap<>();
        Map<String, Long> superseded = new LinkedHashMap<>();
        for (IngestCounts d : report.datasets()) {
            read.put(d.dataset(), d.rowsRead());
            quarantined.put(d.dataset(), d.rowsQuarantined());
            superseded.put(d.dataset(), d.rowsSuperseded());
        }
        return new IngestTotals(true, order(quarantined), order(read), order(superseded));
    }

    /** Total rows superseded over all datasets. */
    public long totalSuperseded() {
        return superseded.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Total rows quarantined over all datasets. */
    public long totalQuarantined() {
        return quarantined.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> order(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String d : DATASETS) {
            if (counts.containsKey(d)) {
                out.put(d, counts.get(d));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
