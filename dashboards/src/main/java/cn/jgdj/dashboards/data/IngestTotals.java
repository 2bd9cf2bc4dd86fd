package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.raw.DatasetDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The totals a pack's title page shows from OUT/quality/ingest_report.json: rows read, rows quarantined and rows
 * superseded (weaker attendance rows of a member and event, e.g. an absence made up later) per raw dataset. The reader is tolerant of the report's layout: it looks for each dataset's name as a key (or as
 * a `dataset`/`name` field) and, beside it, counts whose keys mention quarantine or rows read.
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

    static IngestTotals fromJson(String source, String text) {
        Map<String, Long> quarantined = new LinkedHashMap<>();
        Map<String, Long> read = new LinkedHashMap<>();
        Map<String, Long> superseded = new LinkedHashMap<>();
        walk(Json.parse(source, text), quarantined, read, superseded);
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

    private static void walk(Object node, Map<String, Long> quarantined, Map<String, Long> read,
                             Map<String, Long> superseded) {
        if (node instanceof Map<?, ?> map) {
            Object named = map.containsKey("dataset") ? map.get("dataset") : map.get("name");
            if (named instanceof String s && DATASETS.contains(s)) {
                entry(s, map, quarantined, read, superseded);
                return;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (DATASETS.contains(key)) {
                    if (e.getValue() instanceof Double d) {
                        // {"quarantined": {"members": 3}} or {"members": 3} directly under a quarantine key.
                        quarantined.merge(key, d.longValue(), Long::sum);
                    } else if (e.getValue() instanceof Map<?, ?> m) {
                        entry(key, m, quarantined, read, superseded);
                    }
                } else {
                    walk(e.getValue(), quarantined, read, superseded);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(v -> walk(v, quarantined, read, superseded));
        }
    }

    private static void entry(String dataset, Map<?, ?> map, Map<String, Long> quarantined, Map<String, Long> read,
                              Map<String, Long> superseded) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
            Long value = total(e.getValue());
            if (value == null || key.contains("referring")) {
                // Rows kept that refer to quarantined members are written rows, not quarantined ones.
                continue;
            }
            if (key.contains("superseded")) {
                superseded.putIfAbsent(dataset, value);
            } else if (key.contains("quarantin") || key.contains("rejected")) {
                quarantined.putIfAbsent(dataset, value);
            } else if (key.equals("read") || key.equals("rows_read") || key.equals("rows_in") || key.equals("input")
                    || key.equals("rows") || key.equals("total")) {
                read.putIfAbsent(dataset, value);
            }
        }
    }

    /** A count, or the sum of counts by reason. */
    private static Long total(Object v) {
        if (v instanceof Double d) {
            return d.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            long sum = 0;
            boolean any = false;
            for (Object o : m.values()) {
                if (o instanceof Double d) {
                    sum += d.longValue();
                    any = true;
                }
            }
            return any ? sum : null;
        }
        return null;
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
