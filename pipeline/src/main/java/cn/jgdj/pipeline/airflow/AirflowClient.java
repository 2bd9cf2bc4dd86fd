package cn.jgdj.pipeline.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import static cn.jgdj.pipeline.airflow.AirflowException.Kind;

/**
 * A typed client for the Airflow stable REST API calls the pipeline needs: Airflow 3 ({@code /api/v2},
 * JWT from {@code /auth/token}) and Airflow 2 ({@code /api/v1}, basic auth). One instance per command;
 * not thread-safe. Every error is an {@link AirflowException} whose message never holds the password or token.
 */
public final class AirflowClient {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Airflow caps a page at its [api] maximum_page_limit (100 by default); the client follows what comes back. */
    static final int PAGE_SIZE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL_CHARS = 600;

    private enum Target { DAG, RUN, OTHER }

    private final String base;
    private final AirflowCredentials credentials;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final String basicAuth;
    private final SecretForms secrets;
    private ApiVersion version;
    private String token;

    public AirflowClient(URI baseUrl, AirflowCredentials credentials, ApiVersion version) {
        this(baseUrl, credentials, version, DEFAULT_REQUEST_TIMEOUT);
    }

    public AirflowClient(URI baseUrl, AirflowCredentials credentials, ApiVersion version, Duration requestTimeout) {
        this.base = AirflowUrl.checkedBase(baseUrl);
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.version = Objects.requireNonNull(version, "version");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.secrets = SecretForms.of(credentials);
        this.basicAuth = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
        // HTTP/1.1: the default h2c upgrade attempt on plain http confuses some ASGI servers.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The base URL, without a trailing slash. */
    public String baseUrl() {
        return base;
    }

    /** The API in use, asking Airflow which one it serves when the client was made with AUTO. */
    public ApiVersion apiVersion() {
        if (version == ApiVersion.AUTO) {
            version = detectVersion();
        }
        return version;
    }

    public AirflowDag getDag(String dagId) {
        JsonNode dag = call("GET", "/dags/" + AirflowUrl.segment(dagId), null, Target.DAG, dagId, null,
                "reading DAG '" + dagId + "'");
        return parseDag(dag, "reading DAG '" + dagId + "'");
    }

    /** Unpauses a DAG; a paused DAG's triggered runs stay queued forever. */
    public AirflowDag unpause(String dagId) {
        ObjectNode body = JSON.createObjectNode().put("is_paused", false);
        String action = "unpausing DAG '" + dagId + "'";
        JsonNode dag = call("PATCH", "/dags/" + AirflowUrl.segment(dagId) + "?update_mask=is_paused", body, Target.DAG,
                dagId, null, action);
        return parseDag(dag, action);
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
        return parseRun(run, action);
    }

    public DagRun getRun(String dagId, String runId) {
        String action = "reading run '" + runId + "' of DAG '" + dagId + "'";
        JsonNode run = call("GET", runPath(dagId, runId), null, Target.RUN, dagId, runId, action);
        return parseRun(run, action);
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
                throw unexpected(action, "no 'task_instances' list");
            }
            for (JsonNode ti : items) {
                all.add(parseTaskInstance(ti, action));
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

    // ---- HTTP ----

    private JsonNode call(String method, String pathAndQuery, JsonNode body, Target target, String dagId,
                          String runId, String action) {
        ApiVersion v = apiVersion();
        boolean freshToken = v == ApiVersion.V2 && token == null;
        HttpResponse<String> response = send(request(method, v.prefix() + pathAndQuery, body, v), action);
        if (v == ApiVersion.V2 && !freshToken && staleToken(response)) {
            // Expired (401), or signed with a secret the server no longer has (403 after a restart): sign in again once.
            token = null;
            response = send(request(method, v.prefix() + pathAndQuery, body, v), action);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return readJson(response.body(), action);
        }
        throw failure(response, target, dagId, runId, action);
    }

    private static boolean staleToken(HttpResponse<String> response) {
        return response.statusCode() == 401
                || (response.statusCode() == 403 && response.body() != null && response.body().contains("Invalid JWT token"));
    }

    private HttpRequest request(String method, String path, JsonNode body, ApiVersion v) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Authorization", v == ApiVersion.V2 ? "Bearer " + token() : basicAuth);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return b.build();
    }

    private String token() {
        if (token != null) {
            return token;
        }
        String action = "signing in as '" + credentials.username() + "'";
        ObjectNode body = JSON.createObjectNode()
                .put("username", credentials.username())
                .put("password", credentials.password());
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/auth/token"))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(req, action);
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            JsonNode answer = readJson(response.body(), action);
            JsonNode access = answer.get("access_token");
            if (access == null || !access.isTextual() || access.asText().isEmpty()) {
                throw unexpected(action, "no 'access_token' in the answer");
            }
            token = access.asText();
            return token;
        }
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

    private ApiVersion detectVersion() {
        List<String> tried = new ArrayList<>();
        for (ApiVersion candidate : List.of(ApiVersion.V2, ApiVersion.V1)) {
            String path = candidate.prefix() + "/version";
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(requestTimeout).header("Accept", "application/json").GET().build();
            HttpResponse<String> response = send(req, "asking which API version it serves");
            int status = response.statusCode();
            if (status == 401 || status == 403 || (status == 200 && answersVersion(response.body()))) {
                return candidate;
            }
            tried.add(path + " → HTTP " + status);
        }
        throw new AirflowException(Kind.SERVER_ERROR, "no Airflow REST API at " + base + " ("
                + String.join(", ", tried) + "): is this the Airflow API server (Airflow 3) or web server (Airflow 2)?");
    }

    private static boolean answersVersion(String body) {
        try {
            return JSON.readTree(body).hasNonNull("version");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private HttpResponse<String> send(HttpRequest request, String action) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new AirflowException(Kind.CONNECTION_REFUSED, "no connection to Airflow at " + base + " within "
                    + RunPoller.describe(requestTimeout) + " while " + action + ": is Airflow running at " + base + "?", e);
        } catch (HttpTimeoutException e) {
            throw new AirflowException(Kind.TIMEOUT, "Airflow at " + base + " did not answer within "
                    + RunPoller.describe(requestTimeout) + " while " + action, e);
        } catch (ConnectException e) {
            throw new AirflowException(Kind.CONNECTION_REFUSED, "cannot connect to Airflow at " + base + " while "
                    + action + " (" + reason(e) + "): is Airflow running at " + base + "?", e);
        } catch (IOException e) {
            throw new AirflowException(Kind.SERVER_ERROR, "lost the connection to Airflow at " + base + " while "
                    + action + " (" + reason(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AirflowException(Kind.TIMEOUT, "interrupted while " + action, e);
        }
    }

    // ---- errors ----

    private AirflowException failure(HttpResponse<String> response, Target target, String dagId, String runId,
                                     String action) {
        int status = response.statusCode();
        String detail = detail(response.body());
        String airflowSays = detail.isEmpty() ? "" : " (Airflow: " + detail + ")";
        String credentialVars = AirflowCredentials.USERNAME_VAR + "/" + AirflowCredentials.PASSWORD_VAR;
        Kind kind;
        String message;
        if (status == 401) {
            kind = Kind.UNAUTHORIZED;
            message = "Airflow at " + base + " refused the credentials (HTTP 401) while " + action + ": check "
                    + credentialVars + " (read from " + credentials.source() + ")"
                    + (version == ApiVersion.V1 ? "; Airflow 2 also needs [api] auth_backends to include"
                    + " airflow.api.auth.backend.basic_auth" : "");
        } else if (status == 403) {
            kind = Kind.UNAUTHORIZED;
            message = "user '" + credentials.username() + "' is not allowed to do this on Airflow at " + base
                    + " (HTTP 403 while " + action + "): check " + credentialVars + " and the user's role"
                    + airflowSays;
        } else if (status == 404 && target == Target.DAG) {
            kind = Kind.DAG_NOT_FOUND;
            message = "DAG '" + dagId + "' not found on Airflow at " + base + " (HTTP 404 while " + action
                    + "): check the DAG id, and that the DAG file is in Airflow's DAG folder and imports cleanly"
                    + airflowSays;
        } else if (status == 404 && target == Target.RUN) {
            kind = Kind.RUN_NOT_FOUND;
            message = "run '" + runId + "' of DAG '" + dagId + "' not found on Airflow at " + base
                    + " (HTTP 404): check the run id and the DAG id" + airflowSays;
        } else if (status == 409) {
            kind = Kind.DUPLICATE_RUN;
            message = "DAG '" + dagId + "' already has a run with id '" + runId + "' (HTTP 409): choose another"
                    + " run id, or leave it out and Airflow picks one" + airflowSays;
        } else if (status == 400 || status == 422) {
            kind = Kind.VALIDATION;
            message = "Airflow rejected the request while " + action + " (HTTP " + status + ")"
                    + (detail.isEmpty() ? "" : ": " + detail);
        } else {
            kind = Kind.SERVER_ERROR;
            message = "Airflow at " + base + " answered HTTP " + status + " while " + action + airflowSays;
        }
        return new AirflowException(kind, status, redact(message));
    }

    private AirflowException unexpected(String action, String what) {
        return new AirflowException(Kind.SERVER_ERROR, redact("unexpected answer from Airflow at " + base + " while "
                + action + ": " + what));
    }

    /**
     * Airflow's {"detail": ...}: a text, FastAPI's list of {loc, msg}, or Airflow 3's database-error object
     * whose "reason" is the only part meant for users; else a problem+json title.
     */
    private String detail(String body) {
        String text;
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode d = node == null ? null : node.get("detail");
            if (d == null || d.isNull()) {
                text = node != null && node.hasNonNull("title") ? node.get("title").asText() : "";
            } else if (d.isTextual()) {
                text = d.asText();
            } else if (d.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode item : d) {
                    parts.add(validationItem(item));
                }
                text = String.join("; ", parts);
            } else if (d.hasNonNull("reason")) {
                text = d.get("reason").asText();
            } else {
                text = d.toString();
            }
        } catch (JsonProcessingException e) {
            text = body == null ? "" : body.strip();
        }
        // Before folding white space too: a password may itself hold white space.
        text = redact(redact(text).replaceAll("\\s+", " "));
        return text.length() > MAX_DETAIL_CHARS ? text.substring(0, MAX_DETAIL_CHARS) + "…" : text;
    }

    private static String validationItem(JsonNode item) {
        if (!item.isObject()) {
            return item.asText();
        }
        List<String> loc = new ArrayList<>();
        for (JsonNode part : item.path("loc")) {
            loc.add(part.asText());
        }
        String msg = item.path("msg").asText(item.toString());
        return loc.isEmpty() ? msg : String.join(".", loc) + ": " + msg;
    }

    /** The last guard: whatever the server echoed, no secret leaves in a message. */
    private String redact(String text) {
        return secrets.withToken(token).redact(text);
    }

    // ---- parsing ----

    private JsonNode readJson(String body, String action) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw unexpected(action, "not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw unexpected(action, "not JSON");
        }
    }

    private AirflowDag parseDag(JsonNode node, String action) {
        return new AirflowDag(text(node, "dag_id", action), node.path("is_paused").asBoolean(false));
    }

    private DagRun parseRun(JsonNode node, String action) {
        Map<String, Object> conf = node.hasNonNull("conf")
                ? JSON.convertValue(node.get("conf"), new TypeReference<Map<String, Object>>() { })
                : Map.of();
        String logical = node.hasNonNull("logical_date") ? "logical_date" : "execution_date";
        return new DagRun(text(node, "dag_id", action), text(node, "dag_run_id", action), text(node, "state", action),
                instant(node, logical, action), instant(node, "start_date", action), instant(node, "end_date", action),
                conf);
    }

    private TaskInstance parseTaskInstance(JsonNode node, String action) {
        String state = node.hasNonNull("state") ? node.get("state").asText() : null;
        return new TaskInstance(text(node, "task_id", action), node.path("map_index").asInt(-1), state,
                node.path("try_number").asInt(0), instant(node, "start_date", action),
                instant(node, "end_date", action));
    }

    private String text(JsonNode node, String field, String action) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw unexpected(action, "no '" + field + "' text field");
        }
        return value.asText();
    }

    private Instant instant(JsonNode node, String field, String action) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw unexpected(action, "'" + field + "' is not a date-time: '" + value.asText() + "'");
        }
    }

    /** The JDK's connect failures carry no message; their cause chain tells an unknown host from a refusal. */
    private static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
        }
        String m = e.getMessage();
        if (e instanceof ConnectException && (m == null || m.isBlank())) {
            return "connection refused";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

}
