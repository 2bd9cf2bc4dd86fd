package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.IngestReportFormat;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.raw.DatasetDef;
import com.fasterxml.jackson.databind.JsonNode;
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
 * read by the exact keys the ingest job writes ({@link IngestReportFormat}).
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

    /**
     * Reads the layout the ingest job writes ({@link IngestReportFormat}): one object per dataset under
     * {@code datasets}, with its rows read, quarantined and (second edition) superseded.
     */
    static IngestTotals fromJson(String source, String text) {
        JsonNode root = RunJson.parse(source, text);
        JsonNode datasets = root.get(IngestReportFormat.DATASETS);
        if (datasets == null || !datasets.isArray()) {
            throw new IndicatorFileException(source + ": an ingest report has a '" + IngestReportFormat.DATASETS
                    + "' list (one entry per dataset, as the ingest job writes it)");
        }
        Map<String, Long> quarantined = new LinkedHashMap<>();
        Map<String, Long> read = new LinkedHashMap<>();
        Map<String, Long> superseded = new LinkedHashMap<>();
        for (JsonNode d : datasets) {
            String name = RunJson.text(d, IngestReportFormat.DATASET);
            if (name == null || !DATASETS.contains(name)) {
                throw new IndicatorFileException(source + ": '" + name + "' is not a raw dataset (" + DATASETS + ")");
            }
            String where = IngestReportFormat.DATASETS + "[" + name + "]";
            put(read, name, RunJson.count(d, IngestReportFormat.ROWS_READ, source, where));
            put(quarantined, name, RunJson.count(d, IngestReportFormat.ROWS_QUARANTINED, source, where));
            put(superseded, name, RunJson.count(d, IngestReportFormat.ROWS_SUPERSEDED, source, where));
        }
        return new IngestTotals(true, order(quarantined), order(read), order(superseded));
    }

    private static void put(Map<String, Long> counts, String dataset, Long value) {
        if (value != null) {
            counts.put(dataset, value);
        }
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
