package cn.jgdj.schemas.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run did, written to OUT/runs/RUN_ID.json after every task so a killed run can still be resumed. The
 * pipeline's runner writes it and the packs read it, both through {@link RunRecordJson}. Plain fields come first:
 * packs show them on their title page.
 *
 * @param state              running, succeeded, failed or interrupted
 * @param memberKey          which kind of key hashed the member ids: {@link cn.jgdj.schemas.RunRecordFormat#DEMO_KEY}
 *                           or {@link cn.jgdj.schemas.RunRecordFormat#OPERATOR_KEY}
 * @param input              the raw exports folder, absolute (a resumed run reads it from any working directory)
 * @param out                the output root, absolute
 * @param settings           the run's settings that shape outputs (no secrets)
 * @param settingsFingerprint a digest of the settings and the member key; resume reuses nothing when it differs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"run_id", "state", "started", "ended", "input", "out", "as_of", "member_key", "selection",
        "resumed_from", "settings", "settings_fingerprint", "tasks"})
public record RunRecord(String runId, String state, String started, String ended, String input, String out,
                        String asOf,
                        String memberKey, String selection, String resumedFrom,
                        Map<String, String> settings, String settingsFingerprint, List<TaskRecord> tasks) {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    /** A run whose process died before it ended: the next run on the same OUT finds it still "running". */
    public static final String INTERRUPTED = "interrupted";

    public RunRecord {
        settings = settings == null ? Map.of() : new LinkedHashMap<>(settings);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public Optional<TaskRecord> task(String name) {
        return tasks.stream().filter(t -> t.task().equals(name)).findFirst();
    }

    public boolean succeeded() {
        return SUCCEEDED.equals(state);
    }

    public RunRecord with(String newState, String newEnded, List<TaskRecord> newTasks) {
        return new RunRecord(runId, newState, started, newEnded, input, out, asOf, memberKey, selection, resumedFrom,
                settings, settingsFingerprint, newTasks);
    }
}
