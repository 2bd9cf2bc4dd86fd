package cn.jgdj.pipeline.airflow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.jgdj.pipeline.airflow.FakeAirflow.Api;
import static cn.jgdj.pipeline.airflow.FakeAirflow.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AirflowClientTest {

    private FakeAirflow fake;

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    private AirflowClient client(Api api, String password) throws IOException {
        fake = fake == null ? new FakeAirflow(api) : fake;
        return new AirflowClient(URI.create(fake.url()), AirflowCredentials.of(FakeAirflow.USER, password),
                ApiVersion.AUTO);
    }

    private AirflowClient client(Api api) throws IOException {
        return client(api, FakeAirflow.PASSWORD);
    }

    @Test
    void v2SignsInOnceAndSendsTheBearerToken() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("jgdj_pipeline", true);

        assertEquals(new AirflowDag("jgdj_pipeline", true), client.getDag("jgdj_pipeline"));
        assertEquals(new AirflowDag("jgdj_pipeline", true), client.getDag("jgdj_pipeline"));

        assertEquals(ApiVersion.V2, client.apiVersion());
        assertEquals(List.of("GET /api/v2/version", "POST /auth/token", "GET /api/v2/dags/jgdj_pipeline",
                "GET /api/v2/dags/jgdj_pipeline"), fake.requests());
        assertEquals(List.of("{\"username\":\"ops\",\"password\":\"Pa55-very-secret\"}"), fake.bodies());
    }

    @Test
    void v2WrongPasswordIsUnauthorized() throws IOException {
        AirflowClient client = client(Api.V2, "wrong-password");
        fake.dag("jgdj_pipeline", false);

        AirflowException e = assertThrows(AirflowException.class, () -> client.getDag("jgdj_pipeline"));

        assertEquals(AirflowException.Kind.UNAUTHORIZED, e.kind());
        assertEquals(401, e.httpStatus());
        assertEquals("Airflow at " + fake.url() + " refused the user name and password (HTTP 401 from /auth/token):"
                + " check AIRFLOW_USERNAME/AIRFLOW_PASSWORD (read from the caller)", e.getMessage());
    }

    @Test
    void v2ExpiredTokenIsRenewedOnce() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false);
        client.getDag("d");
        fake.expireTokenOnce();

        assertEquals(new AirflowDag("d", false), client.getDag("d"));

        assertEquals(List.of("GET /api/v2/version", "POST /auth/token", "GET /api/v2/dags/d",
                "GET /api/v2/dags/d", "POST /auth/token", "GET /api/v2/dags/d"), fake.requests());
    }

    @Test
    void unknownDagIsDagNotFound() throws IOException {
        AirflowClient client = client(Api.V2);

        AirflowException e = assertThrows(AirflowException.class, () -> client.getDag("nope"));

        assertEquals(AirflowException.Kind.DAG_NOT_FOUND, e.kind());
        assertEquals("DAG 'nope' not found on Airflow at " + fake.url() + " (HTTP 404 while reading DAG 'nope'):"
                + " check the DAG id, and that the DAG file is in Airflow's DAG folder and imports cleanly"
                + " (Airflow: The AirflowDag with ID: `nope` was not found)", e.getMessage());
    }

    @Test
    void unknownRunIsRunNotFound() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false);

        AirflowException e = assertThrows(AirflowException.class, () -> client.getRun("d", "r1"));

        assertEquals(AirflowException.Kind.RUN_NOT_FOUND, e.kind());
        assertEquals("run 'r1' of DAG 'd' not found on Airflow at " + fake.url() + " (HTTP 404): check the run id"
                + " and the DAG id (Airflow: The DagRun with dag_id: `d` and run_id: `r1` was not found)",
                e.getMessage());
    }

    @Test
    void v2TriggerSendsNullLogicalDateAndTheConf() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false);

        DagRun run = client.triggerRun("d", "run:1+a", Map.of("period", "2025Q3"));

        assertEquals(new DagRun("d", "run:1+a", "queued", null, Instant.parse("2025-10-01T08:00:01.25Z"), null,
                Map.of("period", "2025Q3")), run);
        assertEquals("POST /api/v2/dags/d/dagRuns", fake.requests().get(2));
        assertEquals("{\"dag_run_id\":\"run:1+a\",\"logical_date\":null,\"conf\":{\"period\":\"2025Q3\"}}",
                fake.bodies().get(1));
    }

    @Test
    void duplicateRunIdIsDuplicateRun() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false);
        client.triggerRun("d", "r1", Map.of());

        AirflowException e = assertThrows(AirflowException.class, () -> client.triggerRun("d", "r1", Map.of()));

        assertEquals(AirflowException.Kind.DUPLICATE_RUN, e.kind());
        assertEquals(409, e.httpStatus());
        assertEquals("DAG 'd' already has a run with id 'r1' (HTTP 409): choose another run id, or leave it out and"
                + " Airflow picks one (Airflow: Unique constraint violation)", e.getMessage());
    }

    @Test
    void v2ValidationErrorCarriesFastApiDetail() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false).forbidTriggerField("logical_date");

        AirflowException e = assertThrows(AirflowException.class, () -> client.triggerRun("d", null, Map.of()));

        assertEquals(AirflowException.Kind.VALIDATION, e.kind());
        assertEquals(422, e.httpStatus());
        assertEquals("Airflow rejected the request while triggering DAG 'd' (HTTP 422): body.logical_date: Extra inputs"
                + " are not permitted", e.getMessage());
    }

    @Test
    void v2BadRunIdIsA400Validation() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false);

        AirflowException e = assertThrows(AirflowException.class, () -> client.triggerRun("d", "bad id", Map.of()));

        assertEquals(AirflowException.Kind.VALIDATION, e.kind());
        assertEquals(400, e.httpStatus());
        assertEquals("Airflow rejected the request while triggering DAG 'd' (HTTP 400): The run_id provided 'bad id'"
                + " does not match regex pattern '^[A-Za-z0-9_.~:+-]+$'", e.getMessage());
    }

    @Test
    void v2TokenTheServerCannotVerifyIsRenewedOnce() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false);
        client.getDag("d");
        fake.rotateTokenSecretOnce();

        assertEquals(new AirflowDag("d", false), client.getDag("d"));

        assertEquals(List.of("GET /api/v2/version", "POST /auth/token", "GET /api/v2/dags/d",
                "GET /api/v2/dags/d", "POST /auth/token", "GET /api/v2/dags/d"), fake.requests());
    }

    @Test
    void unpausePatchesOnlyIsPaused() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", true);

        assertEquals(new AirflowDag("d", false), client.unpause("d"));

        assertFalse(fake.paused("d"));
        assertEquals("PATCH /api/v2/dags/d?update_mask=is_paused", fake.requests().get(2));
        assertEquals("{\"is_paused\":false}", fake.bodies().get(1));
    }

    @Test
    void taskInstancesFollowPagesThatAirflowCaps() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false).maxPageSize(2)
                .run("d", "r", List.of("success"), Map.of())
                .tasks("d", "r", List.of(
                        task("ingest", "success", 1, "2025-10-01T08:00:02Z", "2025-10-01T08:00:10Z"),
                        task("credit", "success", 2, "2025-10-01T08:00:11.5Z", "2025-10-01T08:01:00Z"),
                        task("report", "upstream_failed", 0, null, null)));

        List<TaskInstance> tasks = client.listTaskInstances("d", "r");

        assertEquals(List.of(
                new TaskInstance("ingest", -1, "success", 1, Instant.parse("2025-10-01T08:00:02Z"),
                        Instant.parse("2025-10-01T08:00:10Z")),
                new TaskInstance("credit", -1, "success", 2, Instant.parse("2025-10-01T08:00:11.5Z"),
                        Instant.parse("2025-10-01T08:01:00Z")),
                new TaskInstance("report", -1, "upstream_failed", 0, null, null)), tasks);
        assertEquals(List.of("GET /api/v2/dags/d/dagRuns/r/taskInstances?limit=100&offset=0",
                "GET /api/v2/dags/d/dagRuns/r/taskInstances?limit=100&offset=2"), fake.requests().subList(2, 4));
        assertEquals(4, fake.requests().size());
    }

    @Test
    void waitPollsUntilSuccessAndReportsEveryState() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false).run("d", "r", List.of("queued", "running", "running", "success"), Map.of());
        List<String> seen = new ArrayList<>();

        DagRun done = client.waitForCompletion("d", "r", Duration.ofMillis(5), Duration.ofSeconds(10),
                run -> seen.add(run.state()));

        assertEquals(List.of("queued", "running", "running", "success"), seen);
        assertTrue(done.succeeded());
        assertEquals(Instant.parse("2025-10-01T08:05:00.5Z"), done.endDate());
    }

    @Test
    void waitRidesOutAFewFailedPolls() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false).run("d", "r", List.of("running", "success"), Map.of())
                .failRunReads(RunPoller.MAX_FAILED_POLLS - 1);
        List<String> seen = new ArrayList<>();

        DagRun done = client.waitForCompletion("d", "r", Duration.ofMillis(5), Duration.ofSeconds(10),
                run -> seen.add(run.state()));

        assertEquals(List.of("running", "success"), seen);
        assertTrue(done.succeeded());
    }

    @Test
    void waitGivesUpAfterTooManyFailedPollsInARow() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false).run("d", "r", List.of("running", "success"), Map.of())
                .failRunReads(RunPoller.MAX_FAILED_POLLS);

        AirflowException e = assertThrows(AirflowException.class, () -> client.waitForCompletion("d", "r",
                Duration.ofMillis(5), Duration.ofSeconds(10), run -> { }));

        assertEquals(AirflowException.Kind.SERVER_ERROR, e.kind());
        assertEquals("Airflow at " + fake.url() + " answered HTTP 503 while reading run 'r' of DAG 'd'"
                + " (Airflow: Service Unavailable)", e.getMessage());
    }

    @Test
    void waitDoesNotRetryAMissingRun() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false);

        AirflowException e = assertThrows(AirflowException.class, () -> client.waitForCompletion("d", "gone",
                Duration.ofMillis(5), Duration.ofSeconds(10), run -> { }));

        assertEquals(AirflowException.Kind.RUN_NOT_FOUND, e.kind());
        assertEquals(List.of("GET /api/v2/version", "POST /auth/token", "GET /api/v2/dags/d/dagRuns/gone"),
                fake.requests());
    }

    @Test
    void waitReturnsAFailedRun() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false).run("d", "r", List.of("running", "failed"), Map.of());

        DagRun done = client.waitForCompletion("d", "r", Duration.ofMillis(5), Duration.ofSeconds(10), run -> { });

        assertEquals("failed", done.state());
        assertTrue(done.finished());
        assertFalse(done.succeeded());
    }

    @Test
    void waitGivesUpAtTheTimeout() throws IOException {
        AirflowClient client = client(Api.V2);
        fake.dag("d", false).run("d", "r", List.of("running"), Map.of());
        client.getDag("d"); // signs in, so the wait below measures polls only
        int[] polls = {0};

        AirflowException e = assertThrows(AirflowException.class, () -> client.waitForCompletion("d", "r",
                Duration.ofMillis(50), Duration.ofSeconds(1), run -> polls[0]++));

        assertEquals(AirflowException.Kind.TIMEOUT, e.kind());
        assertEquals("run 'r' of DAG 'd' is still running after 1 s; it goes on in Airflow at " + fake.url(),
                e.getMessage());
        // One poll at the start, then one every 50 ms until 1 s has passed: at most 1 + 1000/50.
        assertTrue(polls[0] >= 2 && polls[0] <= 21, "polls: " + polls[0]);
    }

    @Test
    void closedPortIsConnectionRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        AirflowClient client = new AirflowClient(URI.create(url), AirflowCredentials.of("u", "p4ss"), ApiVersion.AUTO);

        AirflowException e = assertThrows(AirflowException.class, () -> client.getDag("d"));

        assertEquals(AirflowException.Kind.CONNECTION_REFUSED, e.kind());
        assertEquals("cannot connect to Airflow at " + url + " while asking which API version it serves"
                + " (connection refused): is Airflow running at " + url + "?", e.getMessage());
    }

    @Test
    void aUrlWithCredentialsIsRefusedWithoutEchoingIt() {
        AirflowException e = assertThrows(AirflowException.class,
                () -> AirflowUrl.parse("http://ops:Pa55-very-secret@127.0.0.1:8080"));

        assertEquals(AirflowException.Kind.CONFIGURATION, e.kind());
        assertEquals("the Airflow URL must not carry a user name or password: set AIRFLOW_USERNAME/AIRFLOW_PASSWORD"
                + " instead", e.getMessage());
    }

    @Test
    void aUrlWithoutHttpIsAConfigurationError() {
        AirflowException bare = assertThrows(AirflowException.class, () -> AirflowUrl.parse("127.0.0.1:8080"));
        AirflowException ftp = assertThrows(AirflowException.class, () -> AirflowUrl.parse("ftp://host/x"));

        assertEquals("the Airflow URL is not a valid URL (Illegal character in scheme name): write it like"
                + " http://127.0.0.1:8080", bare.getMessage());
        assertEquals("Airflow URL 'ftp://host/x' must be http:// or https:// with a host, e.g. http://127.0.0.1:8080",
                ftp.getMessage());
    }

    @Test
    void runIdsArePercentEncodedAsPathSegments() {
        assertEquals("manual__2025-10-01T08%3A00%3A00%2B00%3A00", AirflowUrl.segment("manual__2025-10-01T08:00:00+00:00"));
        assertEquals("a%20b%2Fc~d", AirflowUrl.segment("a b/c~d"));
    }

    // ---- Airflow 2 ----

    @Test
    void v1UsesBasicAuthAndNoLogicalDate() throws IOException {
        AirflowClient client = client(Api.V1);
        fake.dag("d", true);

        assertEquals(new AirflowDag("d", true), client.getDag("d"));
        DagRun run = client.triggerRun("d", null, Map.of("period", "2025"));

        assertEquals(ApiVersion.V1, client.apiVersion());
        assertEquals(List.of("GET /api/v2/version", "GET /api/v1/version", "GET /api/v1/dags/d",
                "POST /api/v1/dags/d/dagRuns"), fake.requests());
        assertEquals(List.of("{\"conf\":{\"period\":\"2025\"}}"), fake.bodies());
        assertEquals(new DagRun("d", "manual__2025-10-01T08:00:00.123456+00:00", "queued",
                Instant.parse("2025-10-01T08:00:00.123456Z"), Instant.parse("2025-10-01T08:00:01.25Z"), null,
                Map.of("period", "2025")), run);
    }

    @Test
    void v1WrongPasswordMentionsTheBasicAuthBackend() throws IOException {
        AirflowClient client = client(Api.V1, "nope-nope");

        AirflowException e = assertThrows(AirflowException.class, () -> client.getDag("d"));

        assertEquals(AirflowException.Kind.UNAUTHORIZED, e.kind());
        assertEquals("Airflow at " + fake.url() + " refused the credentials (HTTP 401) while reading DAG 'd': check"
                + " AIRFLOW_USERNAME/AIRFLOW_PASSWORD (read from the caller); Airflow 2 also needs [api] auth_backends"
                + " to include airflow.api.auth.backend.basic_auth", e.getMessage());
    }

    @Test
    void v1ValidationIsA400ProblemWithItsDetail() throws IOException {
        AirflowClient client = client(Api.V1);
        fake.dag("d", false);

        AirflowException e = assertThrows(AirflowException.class, () -> client.triggerRun("d", "bad id", Map.of()));

        assertEquals(AirflowException.Kind.VALIDATION, e.kind());
        assertEquals(400, e.httpStatus());
        assertEquals("Airflow rejected the request while triggering DAG 'd' (HTTP 400): {'dag_run_id':"
                + " [\"The run_id provided 'bad id' does not match regex pattern '^[A-Za-z0-9_.~:+-]+$'\"]}",
                e.getMessage());
    }

    @Test
    void v1RunNotFoundAndTaskPaging() throws IOException {
        AirflowClient client = client(Api.V1);
        fake.dag("d", false).maxPageSize(1)
                .run("d", "r", List.of("running"), Map.of())
                .tasks("d", "r", List.of(task("a", "running", 1, "2025-10-01T08:00:02.000000+00:00", null),
                        task("b", null, 0, null, null)));

        assertEquals(List.of(
                new TaskInstance("a", -1, "running", 1, Instant.parse("2025-10-01T08:00:02Z"), null),
                new TaskInstance("b", -1, null, 0, null, null)), client.listTaskInstances("d", "r"));
        AirflowException e = assertThrows(AirflowException.class, () -> client.getRun("d", "zz"));
        assertEquals(AirflowException.Kind.RUN_NOT_FOUND, e.kind());
        assertEquals("run 'zz' of DAG 'd' not found on Airflow at " + fake.url() + " (HTTP 404): check the run id"
                + " and the DAG id (Airflow: DAGRun with DAG ID: 'd' and DagRun ID: 'zz' not found)", e.getMessage());
    }

    @Test
    void explicitVersionSkipsDetection() throws IOException {
        fake = new FakeAirflow(Api.V1);
        fake.dag("d", false);
        AirflowClient client = new AirflowClient(URI.create(fake.url() + "/"),
                AirflowCredentials.of(FakeAirflow.USER, FakeAirflow.PASSWORD), ApiVersion.V1);

        client.getDag("d");

        assertEquals(List.of("GET /api/v1/dags/d"), fake.requests());
    }

    @Test
    void aServerWithoutTheApiIsNamedAsSuch() throws IOException {
        fake = new FakeAirflow(Api.V2);
        // Both version paths are absent below a wrong prefix.
        AirflowClient client = new AirflowClient(URI.create(fake.url() + "/wrong"),
                AirflowCredentials.of(FakeAirflow.USER, FakeAirflow.PASSWORD), ApiVersion.AUTO);

        AirflowException e = assertThrows(AirflowException.class, () -> client.getDag("d"));

        assertEquals(AirflowException.Kind.SERVER_ERROR, e.kind());
        assertEquals("no Airflow REST API at " + fake.url() + "/wrong (/api/v2/version → HTTP 404, /api/v1/version"
                + " → HTTP 404): is this the Airflow API server (Airflow 3) or web server (Airflow 2)?", e.getMessage());
    }
}
