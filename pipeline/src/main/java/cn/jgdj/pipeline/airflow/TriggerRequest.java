package cn.jgdj.pipeline.airflow;

import java.time.Duration;
import java.util.Map;

/**
 * What {@code pipeline airflow trigger} asks for. Null fields take the defaults below;
 * {@code extraConf} entries go into the run's conf next to {@code period}.
 */
public record TriggerRequest(String url, String period, String dagId, String runId, boolean waitForCompletion,
                             Duration timeout, Duration pollInterval, ApiVersion apiVersion,
                             Map<String, String> extraConf) {

    public static final String DEFAULT_DAG_ID = "jgdj_pipeline";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    public TriggerRequest {
        dagId = dagId == null ? DEFAULT_DAG_ID : dagId;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        pollInterval = pollInterval == null ? DEFAULT_POLL_INTERVAL : pollInterval;
        apiVersion = apiVersion == null ? ApiVersion.AUTO : apiVersion;
        extraConf = extraConf == null ? Map.of() : Map.copyOf(extraConf);
    }

    /** Trigger the default DAG for a period, don't wait. */
    public static TriggerRequest of(String url, String period) {
        return new TriggerRequest(url, period, null, null, false, null, null, null, null);
    }

    public TriggerRequest withDagId(String id) {
        return new TriggerRequest(url, period, id, runId, waitForCompletion, timeout, pollInterval, apiVersion, extraConf);
    }

    public TriggerRequest withRunId(String id) {
        return new TriggerRequest(url, period, dagId, id, waitForCompletion, timeout, pollInterval, apiVersion, extraConf);
    }

    /** Wait for the run to finish, polling every {@code poll}, for at most {@code limit}. */
    public TriggerRequest waiting(Duration limit, Duration poll) {
        return new TriggerRequest(url, period, dagId, runId, true, limit, poll, apiVersion, extraConf);
    }

    public TriggerRequest withApiVersion(ApiVersion version) {
        return new TriggerRequest(url, period, dagId, runId, waitForCompletion, timeout, pollInterval, version, extraConf);
    }

    public TriggerRequest withExtraConf(Map<String, String> conf) {
        return new TriggerRequest(url, period, dagId, runId, waitForCompletion, timeout, pollInterval, apiVersion, conf);
    }
}
