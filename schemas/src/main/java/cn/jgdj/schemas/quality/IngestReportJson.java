package cn.jgdj.schemas.quality;

import static cn.jgdj.schemas.IngestReportFormat.*;

import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.raw.DatasetDef;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON codec of the ingest counts (quality/ingest/DATASET.json) and the ingest report
 * (quality/ingest_report.json), used by the ingest job that writes them and by the packs that read them, so the
 * reader can never guess a key the writer does not write. Output is Jackson's indented layout plus a final newline.
 * Reading is strict: a count that is there must be a whole number, a dataset must be a raw dataset, a reason must
 * be a {@link ReasonCode}, and stored sums must agree with the parts; a count left out reads as 0 (older reports
 * had no superseded rows). Errors are {@link IllegalArgumentException}s naming the entry and key; the caller adds
 * the file.
 */
public final class IngestReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> RAW_DATASETS = Datasets.ALL.stream().map(DatasetDef::name).toList();

    private IngestReportJson() {
    }

    public static String write(IngestCounts counts) {
        return text(node(counts));
    }

    public static String write(IngestSummary report) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray(DATASETS);
        report.datasets().forEach(c -> list.add(node(c)));
        ArrayNode missing = root.putArray(MISSING);
        report.missing().forEach(missing::add);
        ObjectNode totals = root.putObject(TOTALS);
        totals.put(ROWS_READ, report.rowsRead());
        totals.put(ROWS_WRITTEN, report.rowsWritten());
        totals.put(ROWS_COLLAPSED, report.rowsCollapsed());
        totals.put(ROWS_SUPERSEDED, report.rowsSuperseded());
        totals.put(ROWS_QUARANTINED, report.rowsQuarantined());
        ObjectNode q = totals.putObject(QUARANTINED);
        report.quarantined().forEach((code, n) -> q.put(code.name(), n));
        totals.put(ROWS_REFERRING_TO_QUARANTINED_MEMBERS, report.rowsReferringToQuarantinedMembers());
        return text(root);
    }

    /** Reads one dataset's counts (quality/ingest/DATASET.json). */
    public static IngestCounts readCounts(String json) {
        JsonNode o = parse(json);
        return counts(o, string(o, DATASET));
    }

    /** Reads the ingest report (quality/ingest_report.json). */
    public static IngestSummary readSummary(String json) {
        JsonNode root = parse(json);
        JsonNode list = root.get(DATASETS);
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("an ingest report has a '" + DATASETS
                    + "' list (one entry per dataset, as the ingest job writes it)");
        }
        List<IngestCounts> datasets = new ArrayList<>();
        for (JsonNode d : list) {
            datasets.add(counts(d, DATASETS + "[" + string(d, DATASET) + "]"));
        }
        List<String> missing = new ArrayList<>();
        root.path(MISSING).forEach(n -> missing.add(n.asText()));
        IngestSummary report = new IngestSummary(datasets, missing);
        JsonNode totals = root.path(TOTALS);
        if (totals.has(ROWS_READ) && count(totals, ROWS_READ, TOTALS) != report.rowsRead()) {
            throw new IllegalArgumentException("ingest report totals disagree with its datasets");
        }
        return report;
    }

    private static ObjectNode node(IngestCounts c) {
        ObjectNode o = JSON.createObjectNode();
        o.put(DATASET, c.dataset());
        o.put(SOURCE_FILE, c.sourceFile());
        o.put(ENCODING, c.encoding());
        o.put(ROWS_READ, c.rowsRead());
        o.put(ROWS_WRITTEN, c.rowsWritten());
        o.put(ROWS_COLLAPSED, c.rowsCollapsed());
        o.put(ROWS_SUPERSEDED, c.rowsSuperseded());
        o.put(ROWS_QUARANTINED, c.rowsQuarantined());
        ObjectNode q = o.putObject(QUARANTINED);
        c.quarantined().forEach((code, n) -> q.put(code.name(), n));
        o.put(BLANK_ROWS, c.blankRows());
        ArrayNode ignored = o.putArray(IGNORED_COLUMNS);
        c.ignoredColumns().forEach(ignored::add);
        o.put(ROWS_REFERRING_TO_QUARANTINED_MEMBERS, c.rowsReferringToQuarantinedMembers());
        return o;
    }

    private static IngestCounts counts(JsonNode o, String where) {
        String dataset = string(o, DATASET);
        if (!RAW_DATASETS.contains(dataset)) {
            throw new IllegalArgumentException("'" + dataset + "' is not a raw dataset " + RAW_DATASETS);
        }
        Map<ReasonCode, Long> q = new EnumMap<>(ReasonCode.class);
        o.path(QUARANTINED).properties().forEach(e -> q.put(reason(e.getKey(), where), count(o.path(QUARANTINED),
                e.getKey(), where + "." + QUARANTINED)));
        List<String> ignored = new ArrayList<>();
        o.path(IGNORED_COLUMNS).forEach(n -> ignored.add(n.asText()));
        IngestCounts c = new IngestCounts(dataset, string(o, SOURCE_FILE), string(o, ENCODING),
                count(o, ROWS_READ, where), count(o, ROWS_WRITTEN, where), count(o, ROWS_COLLAPSED, where),
                count(o, ROWS_SUPERSEDED, where), q, count(o, BLANK_ROWS, where), ignored,
                count(o, ROWS_REFERRING_TO_QUARANTINED_MEMBERS, where));
        if (o.has(ROWS_QUARANTINED) && count(o, ROWS_QUARANTINED, where) != c.rowsQuarantined()) {
            throw new IllegalArgumentException(where + ": " + ROWS_QUARANTINED
                    + " disagrees with the per-reason counts");
        }
        return c;
    }

    private static ReasonCode reason(String name, String where) {
        try {
            return ReasonCode.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "." + QUARANTINED + ": '" + name + "' is not a reason code");
        }
    }

    /** A count, 0 when left out, or an error when it is there but not a whole number. */
    private static long count(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(where + "." + key + " '" + v.asText() + "' is not a whole number");
        }
        return v.asLong();
    }

    private static String string(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new IllegalArgumentException("not valid JSON: the text is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
