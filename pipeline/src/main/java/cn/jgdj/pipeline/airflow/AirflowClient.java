package cn.jgdj.pipeline.airflow;

import static cn.jgdj.pipeline.airflow.AirflowException.Kind;

import cn.jgdj.pipeline.airflow.AirflowErrors.Target;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A typed client for the Airflow stable REST API calls the pipeline needs: Airflow 3 ({@code /api/v2},
 * JWT from {@code /auth/token}) and Airflow 2 ({@code /api/v1}, basic auth). One instance per command;
 * not thread-safe. Every error is an {@link AirflowException} whose message never holds the password or token.
 * The parts are its own classes: {@link AirflowTransport} (HTTP and transport failures), {@link ApiVersionProbe}
 * (which API an Airflow serves), the token below (Airflow 3's sign-in), {@link AirflowErrors} (error answers to
 * exceptions, redacted), {@link AirflowAnswers} (JSON to records) and {@link RunPoller} (waiting for a run).
 */
public final class AirflowClient {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Airflow caps a page at its [api] maximum_page_limit (100 by default); the client follows what comes back. */
    static final int PAGE_SIZE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AirflowTransport transport;
    private final AirflowCredentials credentials;
    private final String basicAuth;
    private final AirflowErrors errors;
    private final AirflowAnswers answers;
    private ApiVersion version;
    private String token;

    public AirflowClient(URI baseUrl, AirflowCredentials credentials, ApiVersion version) {
        this(baseUrl, credentials, version, DEFAULT_REQUEST_TIMEOUT);
    }

    public AirflowClient(URI baseUrl, AirflowCredentials credentials, ApiVersion version, Duration requestTimeout) {
        String base = AirflowUrl.checkedBase(baseUrl);
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.version = Objects.requireNonNull(version, "version");
        this.transport = new AirflowTransport(base, Objects.requireNonNull(requestTimeout, "requestTimeout"));
        this.errors = new AirflowErrors(base, credentials, () -> token);
        this.answers = new AirflowAnswers(errors);
        this.basicAuth = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** The base URL, without a trailing slash. */
    public String baseUrl() {
        return transport.base();
    }

    /** The API in use, asking Airflow which one it serves when the client was made with AUTO. */
    public ApiVersion apiVersion() {
        if (version == ApiVersion.AUTO) {
            version = ApiVersionProbe.detect(transport);
        }
        return version;
    }

    public AirflowDag getDag(String dagId) {
        JsonNode dag = call("GET", "/dags/" + AirflowUrl.segment(dagId), null, Target.DAG, dagId, null,
                "reading DAG '" + dagId + "'");
        return answers.dag(dag, "reading DAG '" + dagId + "'");
    }

    /** Unpauses a DAG; a paused DAG's triggered runs stay queued forever. */
    public AirflowDag unpause(String dagId) {
        ObjectNode body = JSON.createObjectNode().put("is_paused", false);
        String action = "unpausing DAG '" + dagId + "'";
        JsonNode dag = call("PATCH", "/dags/" + AirflowUrl.segment(dagId) + "?update_mask=is_paused", body, Target.DAG,
                dagId, null, action);
        return answers.dag(dag, action);
    }

    /** Triggers a run now; {@code runId} null lets Airflow choose one. */
    public DagRun triggerRun(String dagId, String runId, Map<String, ?> conf) {
        ObjectNode body = JSON.createObjectNode();
        if (runId != null) {
            body.put("dag_run_id", runId);
        }
        if (apiVersion() == ApiVersion.V2) {
            // Airflow 3 requires the field to be present; null means "now" for a manual run.
            body.putNull("logical_date");
        }
        body.set("conf", JSON.valueToTree(conf == null ? Map.of() : conf));
        String action = "triggering DAG '" + dagId + "'";
        JsonNode run = call("POST", "/dags/" + AirflowUrl.segment(dagId) + "/dagRuns", body, Target.DAG, dagId, runId, action);
        return answers.run(run, action);
    }

    public DagRun getRun(String dagId, String runId) {
        String action = "reading run '" + runId + "' of DAG '" + dagId + "'";
        JsonNode run = call("GET", runPath(dagId, runId), null, Target.RUN, dagId, runId, action);
        return answers.run(run, action);
    }

    /** Every task instance of a run, following Airflow's pages. */
    public List<TaskInstance> listTaskInstances(String dagId, String runId) {
        String action = "listing the tasks of run '" + runId + "' of DAG '" + dagId + "'";
        List<TaskInstance> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            JsonNode page = call("GET", runPath(dagId, runId) + "/taskInstances?limit=" + PAGE_SIZE + "&offset=" + offset,
                    null, Target.RUN, dagId, runId, action);
            JsonNode items = page.get("task_instances");
            if (items == null || !items.isArray()) {
                throw errors.unexpected(action, "no 'task_instances' list");
            }
            for (JsonNode ti : items) {
                all.add(answers.taskInstance(ti, action));
            }
            offset += items.size();
            int total = page.path("total_entries").asInt(-1);
            boolean more = total >= 0 ? offset < total : items.size() == PAGE_SIZE;
            if (items.isEmpty() || !more) {
                return all;
            }
        }
    }

    /**
     * Polls a run until it succeeds or fails, calling {@code progress} with every state seen (see
     * {@link RunPoller}).
     */
    public DagRun waitForCompletion(String dagId, String runId, Duration pollInterval, Duration timeout,
                                    Consumer<DagRun> progress) {
        return new RunPoller(this).waitFor(dagId, runId, pollInterval, timeout, progress);
    }

    private String runPath(String dagId, String runId) {
        return "/dags/" + AirflowUrl.segment(dagId) + "/dagRuns/" + AirflowUrl.segment(runId);
    }

    private JsonNode call(String method, String pathAndQuery, JsonNode body, Target target,
                          String dagId, String runId, String action) {
        ApiVersion v = apiVersion();
        boolean freshToken = v == ApiVersion.V2 && token == null;
        HttpResponse<String> response = transport.send(request(method, v.prefix() + pathAndQuery, body, v), action);
        if (v == ApiVersion.V2 && !freshToken && staleToken(response)) {
            // Expired (401), or signed with a secret the server no longer has (403 after a restart): sign in again once.
            token = null;
            response = transport.send(request(method, v.prefix() + pathAndQuery, body, v), action);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return answers.object(response.body(), action);
        }
        throw errors.failure(response, target, dagId, runId, action, version);
    }

    private static boolean staleToken(HttpResponse<String> response) {
        return response.statusCode() == 401
                || (response.statusCode() == 403 && response.body() != null && response.body().contains("Invalid JWT token"));
    }

    private HttpRequest request(String method, String path, JsonNode body, ApiVersion v) {
        HttpRequest.Builder b = transport.request(path)
                .header("Authorization", v == ApiVersion.V2 ? "Bearer " + token() : basicAuth);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return b.build();
    }

    /** Airflow 3's JWT, signed in for once per client (and again when it goes stale). */
    private String token() {
        if (token != null) {
            return token;
        }
        String action = "signing in as '" + credentials.username() + "'";
        ObjectNode body = JSON.createObjectNode()
                .put("username", credentials.username())
                .put("password", credentials.password());
        HttpRequest req = transport.request("/auth/token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = transport.send(req, action);
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            JsonNode answer = answers.object(response.body(), action);
            JsonNode access = answer.get("access_token");
            if (access == null || !access.isTextual() || access.asText().isEmpty()) {
                throw errors.unexpected(action, "no 'access_token' in the answer");
            }
            token = access.asText();
            return token;
        }
        String base = transport.base();
        // No detail from this endpoint: a validation answer may echo the request body, password included.
        if (status == 401 || status == 403) {
            throw new AirflowException(Kind.UNAUTHORIZED, status, "Airflow at " + base
                    + " refused the user name and password (HTTP " + status + " from /auth/token): check "
                    + AirflowCredentials.USERNAME_VAR + "/" + AirflowCredentials.PASSWORD_VAR
                    + " (read from " + credentials.source() + ")");
        }
        throw new AirflowException(status >= 500 || status == 404 ? Kind.SERVER_ERROR : Kind.VALIDATION, status,
                "Airflow at " + base + " answered HTTP " + status + " while " + action + " at /auth/token");
    }
}
