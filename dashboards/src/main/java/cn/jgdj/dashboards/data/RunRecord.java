package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.OutputLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The optional run record OUT/runs/RUN_ID.json; a pack shows its top-level plain fields on the title page. */
public record RunRecord(String runId, boolean present, Map<String, String> fields) {

    private static final int MAX_FIELDS = 8;

    /** Reads the record of a run, or an absent one when the run id is blank or the file does not exist. */
    public static RunRecord load(Path outRoot, String runId) {
        if (runId == null || runId.isBlank()) {
            return new RunRecord(runId, false, Map.of());
        }
        Path file = Path.of(new OutputLayout(outRoot.toString()).run(runId));
        if (!Files.isRegularFile(file)) {
            return new RunRecord(runId, false, Map.of());
        }
        try {
            return fromJson(runId, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IndicatorFileException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    static RunRecord fromJson(String runId, String source, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (Json.parse(source, text) instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object v = e.getValue();
                if (fields.size() < MAX_FIELDS && (v instanceof String || v instanceof Double || v instanceof Boolean)) {
                    fields.put(String.valueOf(e.getKey()), plain(v));
                }
            }
        }
        return new RunRecord(runId, true, java.util.Collections.unmodifiableMap(fields));
    }

    private static String plain(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }
}
