package cn.jgdj.jobs.ingest;

import cn.jgdj.schemas.quality.ReasonCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What ingesting one dataset did: rows read from the file (blank rows excluded), written to the warehouse,
 * collapsed as exact duplicates, superseded by a stronger row of the same key (an absence made up later), and
 * quarantined per reason code. Always rowsRead = rowsWritten + rowsCollapsed + rowsSuperseded + rowsQuarantined.
 * {@code rowsReferringToQuarantinedMembers} counts written rows whose member is known (in the members file) but
 * has every row in quarantine. Stored as quality/ingest/DATASET.json.
 */
public record IngestCounts(String dataset, String sourceFile, String encoding, long rowsRead, long rowsWritten,
                           long rowsCollapsed, long rowsSuperseded, Map<ReasonCode, Long> quarantined, long blankRows,
                           List<String> ignoredColumns, long rowsReferringToQuarantinedMembers) {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public IngestCounts {
        EnumMap<ReasonCode, Long> all = new EnumMap<>(ReasonCode.class);
        for (ReasonCode c : ReasonCode.values()) {
            all.put(c, quarantined.getOrDefault(c, 0L));
        }
        quarantined = Collections.unmodifiableMap(all);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** Counts of a dataset without ranked rows or member references (nothing superseded, none kept). */
    public IngestCounts(String dataset, String sourceFile, String encoding, long rowsRead, long rowsWritten,
                        long rowsCollapsed, Map<ReasonCode, Long> quarantined, long blankRows,
                        List<String> ignoredColumns) {
        this(dataset, sourceFile, encoding, rowsRead, rowsWritten, rowsCollapsed, 0, quarantined, blankRows,
                ignoredColumns, 0);
    }

    public long rowsQuarantined() {
        return quarantined.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether every row read is accounted for. */
    public boolean balanced() {
        return rowsRead == rowsWritten + rowsCollapsed + rowsSuperseded + rowsQuarantined();
    }

    ObjectNode toJsonNode() {
        ObjectNode o = JSON.createObjectNode();
        o.put("dataset", dataset);
        o.put("source_file", sourceFile);
        o.put("encoding", encoding);
        o.put("rows_read", rowsRead);
        o.put("rows_written", rowsWritten);
        o.put("rows_collapsed", rowsCollapsed);
        o.put("rows_superseded", rowsSuperseded);
        o.put("rows_quarantined", rowsQuarantined());
        ObjectNode q = o.putObject("quarantined");
        quarantined.forEach((code, n) -> q.put(code.name(), n));
        o.put("blank_rows", blankRows);
        ArrayNode ignored = o.putArray("ignored_columns");
        ignoredColumns.forEach(ignored::add);
        o.put("rows_referring_to_quarantined_members", rowsReferringToQuarantinedMembers);
        return o;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(toJsonNode()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static IngestCounts fromJson(String json) {
        try {
            return fromJsonNode(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an ingest counts document: " + e.getOriginalMessage(), e);
        }
    }

    static IngestCounts fromJsonNode(JsonNode o) {
        Map<ReasonCode, Long> q = new EnumMap<>(ReasonCode.class);
        o.path("quarantined").properties().forEach(e -> q.put(ReasonCode.valueOf(e.getKey()), e.getValue().asLong()));
        List<String> ignored = new ArrayList<>();
        o.path("ignored_columns").forEach(n -> ignored.add(n.asText()));
        IngestCounts c = new IngestCounts(o.path("dataset").asText(), o.path("source_file").asText(),
                o.path("encoding").asText(), o.path("rows_read").asLong(), o.path("rows_written").asLong(),
                o.path("rows_collapsed").asLong(), o.path("rows_superseded").asLong(0), q,
                o.path("blank_rows").asLong(), ignored, o.path("rows_referring_to_quarantined_members").asLong(0));
        if (o.has("rows_quarantined") && o.get("rows_quarantined").asLong() != c.rowsQuarantined()) {
            throw new IllegalArgumentException(c.dataset() + ": rows_quarantined disagrees with the per-reason counts");
        }
        return c;
    }
}
