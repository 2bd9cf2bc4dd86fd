package cn.jgdj.pipeline.runner;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.schemas.run.RunRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a run needs besides the DAG.
 *
 * @param previous the record of the run being resumed, or null
 * @param settings the run's settings that shape outputs, recorded and fingerprinted (no secrets)
 */
public record RunRequest(RunId runId, JobParams params, Selection selection, RunRecord previous,
                         Map<String, String> settings) {

    public RunRequest {
        settings = settings == null ? Map.of() : new LinkedHashMap<>(settings);
        if (previous != null && selection.kind() != Selection.Kind.ALL) {
            throw new IllegalArgumentException("resume runs every task that is not up to date; "
                    + "it cannot be combined with " + selection);
        }
    }
}
