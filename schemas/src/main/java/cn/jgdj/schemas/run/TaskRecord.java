package cn.jgdj.schemas.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One task's line in a run record.
 *
 * @param inputs  fingerprint of each input as the task read it (the runner's digest of the input)
 * @param outputs rows of each committed output (null for a file or a folder that is not a table)
 * @param reason  why a task was skipped or not run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskRecord(String task, TaskState state, String start, String end, Double seconds,
                         Long rowsIn, Long rowsOut, String error, String reason,
                         Map<String, String> inputs, Map<String, Long> outputs) {

    public TaskRecord {
        inputs = inputs == null ? null : new LinkedHashMap<>(inputs);
        outputs = outputs == null ? null : new LinkedHashMap<>(outputs);
    }

    public static TaskRecord notRun(String task, String reason) {
        return new TaskRecord(task, TaskState.NOT_RUN, null, null, null, null, null, null, reason, null, null);
    }
}
