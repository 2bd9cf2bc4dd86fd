package cn.jgdj.dashboards.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON files a run leaves (ingest report, run record) with Jackson, the parser their writers use. */
final class RunJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunJson() {
    }

    /** The document's root, or an error naming the file and where it stops being JSON. */
    static JsonNode parse(String source, String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new IndicatorFileException(source + ": not valid JSON: the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IndicatorFileException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A count field, or an error naming the file and the field when it is there but not a whole number. */
    static Long count(JsonNode node, String field, String source, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new IndicatorFileException(source + ": " + where + "." + field + " '" + v.asText()
                    + "' is not a whole number");
        }
        return v.asLong();
    }

    /** A text field (numbers as written), or null when absent. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
