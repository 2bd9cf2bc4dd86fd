package cn.jgdj.pipeline.airflow;

/** What {@code pipeline airflow status} asks for; a null DAG id means {@value TriggerRequest#DEFAULT_DAG_ID}. */
public record StatusRequest(String url, String dagId, String runId, ApiVersion apiVersion) {

    public StatusRequest {
        dagId = dagId == null ? TriggerRequest.DEFAULT_DAG_ID : dagId;
        apiVersion = apiVersion == null ? ApiVersion.AUTO : apiVersion;
    }

    public static StatusRequest of(String url, String runId) {
        return new StatusRequest(url, null, runId, null);
    }
}
