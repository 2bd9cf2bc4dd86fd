package cn.jgdj.schemas.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one JSON codec of the run record (OUT/runs/RUN_ID.json): the pipeline's runner writes with it and the packs
 * read with it, so both agree on every key. Keys are snake_case in the record's declared order, indented, with a
 * final newline; absent fields are left out. Reading ignores keys it does not know (a record written by a newer
 * runner still opens). Errors are {@link IllegalArgumentException}s saying where the text stops being a run record;
 * the caller adds the file.
 */
public final class RunRecordJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunRecordJson() {
    }

    public static String write(RunRecord record) {
        try {
            return JSON.writeValueAsString(record) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write run record " + record.runId() + ": " + e.getMessage(), e);
        }
    }

    public static RunRecord read(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("not a run record: the file is empty");
        }
        try {
            RunRecord record = JSON.readValue(json, RunRecord.class);
            if (record == null) {
                throw new IllegalArgumentException("not a run record: the file holds null");
            }
            return record;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("not a run record" + where + ": " + e.getOriginalMessage(), e);
        }
    }
}
