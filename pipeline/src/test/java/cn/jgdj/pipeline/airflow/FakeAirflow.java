package cn.jgdj.pipeline.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process stand-in for Airflow's stable REST API on 127.0.0.1, following the documented shapes:
 * Airflow 3 (/api/v2, JWT from POST /auth/token, FastAPI {"detail"} errors, 422 validation) or
 * Airflow 2 (/api/v1, basic auth, problem+json errors, 400 validation, execution_date).
 */
final class FakeAirflow implements AutoCloseable {

    enum Api { V1, V2 }

    static final String USER = "ops";
    static final String PASSWORD = "Pa55-very-secret";
    static final String TOKEN = "eyJhbGciOiJIUzUxMiJ9.fake-jwt-for-tests.c2lnbmF0dXJl";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DAG = Pattern.compile("/dags/([^/]+)");
    private static final Pattern RUNS = Pattern.compile("/dags/([^/]+)/dagRuns");
    private static final Pattern RUN = Pattern.compile("/dags/([^/]+)/dagRuns/([^/]+)");
    private static final Pattern TASKS = Pattern.compile("/dags/([^/]+)/dagRuns/([^/]+)/taskInstances");
    private static final Pattern RUN_ID = Pattern.compile("^[A-Za-z0-9_.~:+-]+$");
    private static final Set<String> V2_TRIGGER_FIELDS = Set.of("dag_run_id", "data_interval_start",
            "data_interval_end", "logical_date", "run_after", "conf", "note", "partition_key");
    private static final Set<String> V1_TRIGGER_FIELDS = Set.of("dag_run_id", "execution_date", "logical_date",
            "conf", "note");

    private final Api api;
    private final HttpServer server;
    private final Map<String, Boolean> dags = new LinkedHashMap<>();
    private final Map<String, ObjectNode> runs = new LinkedHashMap<>();
    private final Map<String, Deque<String>> scriptedStates = new HashMap<>();
    private final Map<String, List<ObjectNode>> tasks = new HashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private List<String> newRunStates = List.of("queued");
    private List<ObjectNode> newRunTasks = List.of();
    private int maxPageSize = 100;
    private int runCounter;
    private boolean expireTokenOnce;
    private boolean tokenSecretRotated;
    private String serverErrorDetail;
    private boolean rejectLogins;
    private String forbiddenTriggerField;
    private int failingRunReads;

    FakeAirflow(Api api) throws IOException {
        this.api = api;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- set-up ----

    FakeAirflow dag(String dagId, boolean paused) {
        dags.put(dagId, paused);
        return this;
    }

    /** An existing run whose successive GETs report these states (the last one sticks). */
    FakeAirflow run(String dagId, String runId, List<String> states, Map<String, Object> conf) {
        ObjectNode run = runJson(dagId, runId, states.get(0), JSON.valueToTree(conf));
        runs.put(dagId + "/" + runId, run);
        scriptedStates.put(dagId + "/" + runId, new ArrayDeque<>(states));
        return this;
    }

    FakeAirflow tasks(String dagId, String runId, List<ObjectNode> taskInstances) {
        tasks.put(dagId + "/" + runId, taskInstances);
        return this;
    }

    /** What a run triggered from now on reports on successive GETs, and its task instances. */
    FakeAirflow onTrigger(List<String> states, List<ObjectNode> taskInstances) {
        newRunStates = states;
        newRunTasks = taskInstances;
        return this;
    }

    FakeAirflow maxPageSize(int size) {
        maxPageSize = size;
        return this;
    }

    /** The next API call with the current token gets 401, as after the JWT expired. */
    FakeAirflow expireTokenOnce() {
        expireTokenOnce = true;
        return this;
    }

    /** The next {@code n} reads of a run answer 503, as a server too busy to answer. */
    FakeAirflow failRunReads(int n) {
        failingRunReads = n;
        return this;
    }

    /** The trigger body schema forbids this field, as a newer Airflow might. */
    FakeAirflow forbidTriggerField(String field) {
        forbiddenTriggerField = field;
        return this;
    }

    /** /auth/token answers 422 echoing the request body, as FastAPI does for a body it cannot validate. */
    FakeAirflow rejectLogins() {
        rejectLogins = true;
        return this;
    }

    /** The next API call with the current token gets 403, as after a restart with a new JWT secret. */
    FakeAirflow rotateTokenSecretOnce() {
        tokenSecretRotated = true;
        return this;
    }

    /** Every API call answers 500 with this detail (a careless server echoing what it got). */
    FakeAirflow failWith(String detail) {
        serverErrorDetail = detail;
        return this;
    }

    static ObjectNode task(String taskId, String state, int tryNumber, String start, String end) {
        ObjectNode t = JSON.createObjectNode();
        t.put("task_id", taskId);
        t.put("map_index", -1);
        if (state == null) {
            t.putNull("state");
        } else {
            t.put("state", state);
        }
        t.put("try_number", tryNumber);
        putDate(t, "start_date", start);
        putDate(t, "end_date", end);
        return t;
    }

    // ---- what happened ----

    /** "METHOD /path?query" of every request, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** Request bodies of every request that had one, in order. */
    List<String> bodies() {
        return List.copyOf(bodies);
    }

    boolean paused(String dagId) {
        return dags.get(dagId);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- the API ----

    private synchronized void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getRawQuery();
        String method = ex.getRequestMethod();
        requests.add(method + " " + path + (query == null ? "" : "?" + query));
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!body.isEmpty()) {
            bodies.add(body);
        }
        String prefix = api == Api.V2 ? "/api/v2" : "/api/v1";
        try {
            if (path.equals("/api/v2/version") || path.equals("/api/v1/version")) {
                if (path.startsWith(prefix)) {
                    send(ex, 200, JSON.createObjectNode().put("version", api == Api.V2 ? "3.3.2" : "2.11.0")
                            .putNull("git_version"));
                } else {
                    sendText(ex, 404, "text/html", "<html><body>Not Found</body></html>");
                }
            } else if (api == Api.V2 && path.equals("/auth/token") && method.equals("POST")) {
                token(ex, body);
            } else if (!path.startsWith(prefix + "/")) {
                error(ex, 404, "Not Found");
            } else if (!authorized(ex)) {
                unauthorized(ex);
            } else if (serverErrorDetail != null) {
                error(ex, 500, serverErrorDetail);
            } else {
                route(ex, method, path.substring(prefix.length()), query, body);
            }
        } catch (RuntimeException e) {
            error(ex, 500, "fake failed: " + e);
        }
    }

    private void token(HttpExchange ex, String body) throws IOException {
        JsonNode login;
        try {
            login = JSON.readTree(body);
        } catch (IOException e) {
            login = null;
        }
        if (rejectLogins || login == null || !login.hasNonNull("username") || !login.hasNonNull("password")) {
            // FastAPI validation answers echo the input: a client must not repeat them.
            ArrayNode detail = JSON.createArrayNode();
            detail.addObject().put("type", "missing").put("msg", "Field required").put("input", body)
                    .set("loc", JSON.createArrayNode().add("body").add("username"));
            send(ex, 422, JSON.createObjectNode().set("detail", detail));
        } else if (login.get("username").asText().equals(USER) && login.get("password").asText().equals(PASSWORD)) {
            send(ex, 201, JSON.createObjectNode().put("access_token", TOKEN));
        } else {
            error(ex, 401, "Invalid credentials");
        }
    }

    private boolean authorized(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (api == Api.V1) {
            String expected = "Basic " + Base64.getEncoder().encodeToString(
                    (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return expected.equals(header);
        }
        return ("Bearer " + TOKEN).equals(header) && !expireTokenOnce && !tokenSecretRotated;
    }

    /** Airflow 3: no token 401, expired token 401, a token it cannot verify 403. */
    private void unauthorized(HttpExchange ex) throws IOException {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (api == Api.V1) {
            error(ex, 401, "Unauthorized");
        } else if (header == null || !header.startsWith("Bearer ")) {
            error(ex, 401, "Not authenticated");
        } else if (expireTokenOnce) {
            expireTokenOnce = false;
            error(ex, 401, "Token Expired");
        } else if (tokenSecretRotated) {
            tokenSecretRotated = false;
            error(ex, 403, "Invalid JWT token");
        } else {
            error(ex, 403, "Invalid JWT token");
        }
    }

    private void route(HttpExchange ex, String method, String path, String query, String body) throws IOException {
        Matcher m;
        if ((m = TASKS.matcher(path)).matches() && method.equals("GET")) {
            listTasks(ex, m.group(1), m.group(2), query);
        } else if ((m = RUN.matcher(path)).matches() && method.equals("GET")) {
            getRun(ex, m.group(1), m.group(2));
        } else if ((m = RUNS.matcher(path)).matches() && method.equals("POST")) {
            trigger(ex, m.group(1), body);
        } else if ((m = DAG.matcher(path)).matches() && method.equals("GET")) {
            String dagId = m.group(1);
            if (!dags.containsKey(dagId)) {
                dagNotFound(ex, dagId);
            } else {
                send(ex, 200, dagJson(dagId));
            }
        } else if ((m = DAG.matcher(path)).matches() && method.equals("PATCH")) {
            patchDag(ex, m.group(1), query, body);
        } else {
            error(ex, api == Api.V2 ? 405 : 405, "Method Not Allowed");
        }
    }

    private void patchDag(HttpExchange ex, String dagId, String query, String body) throws IOException {
        if (!dags.containsKey(dagId)) {
            dagNotFound(ex, dagId);
            return;
        }
        JsonNode patch = JSON.readTree(body);
        if (!"update_mask=is_paused".equals(query) || !patch.has("is_paused") || patch.size() != 1) {
            error(ex, 400, "Only is_paused may be updated");
            return;
        }
        dags.put(dagId, patch.get("is_paused").asBoolean());
        send(ex, 200, dagJson(dagId));
    }

    private void trigger(HttpExchange ex, String dagId, String body) throws IOException {
        JsonNode req = JSON.readTree(body);
        Set<String> allowed = api == Api.V2 ? V2_TRIGGER_FIELDS : V1_TRIGGER_FIELDS;
        List<String> problems = new ArrayList<>();
        req.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f) || f.equals(forbiddenTriggerField)) {
                problems.add(f);
            }
        });
        if (!problems.isEmpty()) {
            validation(ex, problems.get(0), "extra_forbidden", "Extra inputs are not permitted", "Unknown field.");
            return;
        }
        if (api == Api.V2 && !req.has("logical_date")) {
            validation(ex, "logical_date", "missing", "Field required", null);
            return;
        }
        if (api == Api.V1 && req.has("logical_date") && req.get("logical_date").isNull()) {
            validation(ex, "logical_date", null, null, "Field may not be null.");
            return;
        }
        String runId = req.hasNonNull("dag_run_id") ? req.get("dag_run_id").asText() : null;
        if (runId != null && !RUN_ID.matcher(runId).matches()) {
            String why = "The run_id provided '" + runId + "' does not match regex pattern '^[A-Za-z0-9_.~:+-]+$'";
            error(ex, 400, api == Api.V2 ? why : "{'dag_run_id': [\"" + why + "\"]}");
            return;
        }
        if (!dags.containsKey(dagId)) {
            error(ex, 404, api == Api.V2 ? "AirflowDag with dag_id: '" + dagId + "' not found"
                    : "DAG with dag_id: '" + dagId + "' not found");
            return;
        }
        if (runId == null) {
            runId = "manual__2025-10-01T08:00:0" + (runCounter++) + ".123456+00:00";
        }
        String key = dagId + "/" + runId;
        if (runs.containsKey(key)) {
            if (api == Api.V2) {
                // Airflow 3 answers a unique-key violation with this object, hiding the SQL.
                ObjectNode detail = JSON.createObjectNode().put("reason", "Unique constraint violation")
                        .put("statement", "hidden").put("orig_error", "hidden")
                        .put("message", "Serious error when handling your request. Check logs for more details -"
                                + " you will find it in api server when you look for ID dM9QJHOb");
                send(ex, 409, JSON.createObjectNode().set("detail", detail));
            } else {
                error(ex, 409, "DAGRun with DAG ID: '" + dagId + "' and DAGRun ID: '" + runId + "' already exists");
            }
            return;
        }
        ObjectNode run = runJson(dagId, runId, "queued", req.has("conf") ? req.get("conf") : JSON.createObjectNode());
        runs.put(key, run);
        scriptedStates.put(key, new ArrayDeque<>(newRunStates));
        tasks.put(key, newRunTasks);
        send(ex, 200, run);
    }

    private void getRun(HttpExchange ex, String dagId, String runId) throws IOException {
        if (failingRunReads > 0) {
            failingRunReads--;
            error(ex, 503, "Service Unavailable");
            return;
        }
        ObjectNode run = runs.get(dagId + "/" + runId);
        if (run == null) {
            runNotFound(ex, dagId, runId);
            return;
        }
        Deque<String> states = scriptedStates.get(dagId + "/" + runId);
        String state = states.size() > 1 ? states.poll() : states.peek();
        run.put("state", state);
        if (state.equals("success") || state.equals("failed")) {
            run.put("end_date", api == Api.V2 ? "2025-10-01T08:05:00.5Z" : "2025-10-01T08:05:00.500000+00:00");
        }
        send(ex, 200, run);
    }

    private void listTasks(HttpExchange ex, String dagId, String runId, String query) throws IOException {
        List<ObjectNode> all = tasks.get(dagId + "/" + runId);
        if (!runs.containsKey(dagId + "/" + runId) || all == null) {
            runNotFound(ex, dagId, runId);
            return;
        }
        Map<String, String> params = new HashMap<>();
        for (String kv : query == null ? new String[0] : query.split("&")) {
            String[] p = kv.split("=", 2);
            params.put(p[0], p.length > 1 ? p[1] : "");
        }
        int limit = Math.min(Integer.parseInt(params.getOrDefault("limit", "50")), maxPageSize);
        int offset = Integer.parseInt(params.getOrDefault("offset", "0"));
        ArrayNode page = JSON.createArrayNode();
        all.stream().skip(offset).limit(limit).forEach(page::add);
        ObjectNode answer = JSON.createObjectNode();
        answer.set("task_instances", page);
        answer.put("total_entries", all.size());
        send(ex, 200, answer);
    }

    // ---- shapes ----

    private ObjectNode dagJson(String dagId) {
        ObjectNode dag = JSON.createObjectNode();
        dag.put("dag_id", dagId);
        dag.put("dag_display_name", dagId);
        dag.put("is_paused", dags.get(dagId));
        dag.put("fileloc", "/opt/airflow/dags/" + dagId + ".py");
        return dag;
    }

    private ObjectNode runJson(String dagId, String runId, String state, JsonNode conf) {
        ObjectNode run = JSON.createObjectNode();
        run.put("dag_run_id", runId);
        run.put("dag_id", dagId);
        if (api == Api.V2) {
            run.putNull("logical_date");
            run.put("run_after", "2025-10-01T08:00:00.123456Z");
            run.put("start_date", "2025-10-01T08:00:01.25Z");
        } else {
            run.put("execution_date", "2025-10-01T08:00:00.123456+00:00");
            run.put("logical_date", "2025-10-01T08:00:00.123456+00:00");
            run.put("start_date", "2025-10-01T08:00:01.250000+00:00");
        }
        run.putNull("end_date");
        run.put("run_type", "manual");
        run.put("state", state);
        run.set("conf", conf);
        return run;
    }

    private static void putDate(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private void dagNotFound(HttpExchange ex, String dagId) throws IOException {
        error(ex, 404, api == Api.V2 ? "The AirflowDag with ID: `" + dagId + "` was not found"
                : "DAG with dag_id: '" + dagId + "' not found");
    }

    private void runNotFound(HttpExchange ex, String dagId, String runId) throws IOException {
        error(ex, 404, api == Api.V2 ? "The DagRun with dag_id: `" + dagId + "` and run_id: `" + runId
                + "` was not found" : "DAGRun with DAG ID: '" + dagId + "' and DagRun ID: '" + runId + "' not found");
    }

    /** FastAPI's 422 list in Airflow 3; a 400 problem with a marshmallow message in Airflow 2. */
    private void validation(HttpExchange ex, String field, String type, String v2Msg, String v1Msg) throws IOException {
        if (api == Api.V2) {
            ArrayNode detail = JSON.createArrayNode();
            ObjectNode item = detail.addObject();
            item.put("type", type);
            item.set("loc", JSON.createArrayNode().add("body").add(field));
            item.put("msg", v2Msg);
            send(ex, 422, JSON.createObjectNode().set("detail", detail));
        } else {
            error(ex, 400, "{'" + field + "': ['" + v1Msg + "']}");
        }
    }

    private void error(HttpExchange ex, int status, String detail) throws IOException {
        if (api == Api.V2) {
            send(ex, status, JSON.createObjectNode().put("detail", detail));
        } else {
            ObjectNode problem = JSON.createObjectNode();
            problem.put("detail", detail);
            problem.put("status", status);
            problem.put("title", titleOf(status));
            problem.put("type", "https://airflow.apache.org/docs/apache-airflow/2.11.0/stable-rest-api-ref.html#section/Errors/"
                    + titleOf(status).replace(" ", ""));
            sendText(ex, status, "application/problem+json", problem.toString());
        }
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            default -> "Internal Server Error";
        };
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        sendText(ex, status, "application/json", body.toString());
    }

    private static void sendText(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
