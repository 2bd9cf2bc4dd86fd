package cn.jgdj.pipeline.airflow;

import java.time.Instant;
import java.util.Map;

/**
 * One run of a DAG. {@code state} is Airflow's word (queued, running, success, failed);
 * dates are null until Airflow sets them.
 */
public record DagRun(String dagId, String runId, String state, Instant logicalDate, Instant startDate,
                     Instant endDate, Map<String, Object> conf) {

    public static final String SUCCESS = "success";
    public static final String FAILED = "failed";

    public DagRun {
        conf = conf == null ? Map.of() : Map.copyOf(conf);
    }

    /** True once the run will not change state again. */
    public boolean finished() {
        return SUCCESS.equals(state) || FAILED.equals(state);
    }

    public boolean succeeded() {
        return SUCCESS.equals(state);
    }
}
