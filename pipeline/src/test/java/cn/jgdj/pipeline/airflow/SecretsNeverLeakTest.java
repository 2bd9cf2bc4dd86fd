package cn.jgdj.pipeline.airflow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static cn.jgdj.pipeline.airflow.FakeAirflow.Api;
import static cn.jgdj.pipeline.airflow.FakeAirflow.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The password, the token and the basic-auth header never reach a message or the commands' output. */
class SecretsNeverLeakTest {

    private static final String WRONG_PASSWORD = "Wr0ng-but-still-secret";
    private static final String BASIC = Base64.getEncoder().encodeToString(
            (FakeAirflow.USER + ":" + FakeAirflow.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final Map<String, String> ENV = Map.of("AIRFLOW_USERNAME", FakeAirflow.USER,
            "AIRFLOW_PASSWORD", FakeAirflow.PASSWORD);

    @TempDir
    Path dir;
    private final List<FakeAirflow> fakes = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void stop() {
        fakes.forEach(FakeAirflow::close);
    }

    private FakeAirflow fake(Api api) throws IOException {
        FakeAirflow f = new FakeAirflow(api);
        fakes.add(f);
        return f;
    }

    private void trigger(Map<String, String> env, TriggerRequest req) {
        Captured io = new Captured();
        new TriggerOperation(env).run(req, io.out, io.err);
        seen.add(io.out());
        seen.add(io.err());
    }

    private void status(Map<String, String> env, StatusRequest req) {
        Captured io = new Captured();
        new StatusOperation(env).run(req, io.out, io.err);
        seen.add(io.out());
        seen.add(io.err());
    }

    @Test
    void aServerEchoingSecretsIsRedacted() throws IOException {
        FakeAirflow v2 = fake(Api.V2).dag("d", false)
                .failWith("bad header Authorization: Bearer " + FakeAirflow.TOKEN + " for password "
                        + FakeAirflow.PASSWORD);
        AirflowClient client = new AirflowClient(URI.create(v2.url()),
                AirflowCredentials.of(FakeAirflow.USER, FakeAirflow.PASSWORD), ApiVersion.AUTO);

        AirflowException e = assertThrows(AirflowException.class, () -> client.getDag("d"));

        assertEquals(AirflowException.Kind.SERVER_ERROR, e.kind());
        assertEquals("Airflow at " + v2.url() + " answered HTTP 500 while reading DAG 'd' (Airflow: bad header"
                + " Authorization: Bearer *** for password ***)", e.getMessage());
    }

    @Test
    void aServerEchoingTheBasicAuthValueWithoutItsPrefixOrTheUrlEncodedPasswordIsRedacted() throws IOException {
        // The basic-auth value alone (no "Basic "), URL-encoded password, and the password in a form body.
        for (Api api : Api.values()) {
            FakeAirflow fake = fake(api).dag("d", false).failWith("credentials " + BASIC + " / user=ops&password="
                    + FakeAirflow.PASSWORD.replace("-", "%2d") + " / " + BASIC.replace("=", ""));
            AirflowClient client = new AirflowClient(URI.create(fake.url()),
                    AirflowCredentials.of(FakeAirflow.USER, FakeAirflow.PASSWORD), ApiVersion.AUTO);

            AirflowException e = assertThrows(AirflowException.class, () -> client.getDag("d"));

            assertEquals("Airflow at " + fake.url() + " answered HTTP 500 while reading DAG 'd' (Airflow: credentials"
                    + " *** / user=ops&password=*** / ***)", e.getMessage(), api.toString());
        }
    }

    @Test
    void aLoginValidationAnswerEchoingTheBodyIsNotRepeated() throws IOException {
        FakeAirflow v2 = fake(Api.V2).dag("d", false).rejectLogins();
        AirflowClient client = new AirflowClient(URI.create(v2.url()),
                AirflowCredentials.of(FakeAirflow.USER, FakeAirflow.PASSWORD), ApiVersion.AUTO);

        AirflowException e = assertThrows(AirflowException.class, () -> client.getDag("d"));

        assertEquals(AirflowException.Kind.VALIDATION, e.kind());
        assertEquals("Airflow at " + v2.url() + " answered HTTP 422 while signing in as 'ops' at /auth/token",
                e.getMessage());
    }

    @Test
    void noMessageOrOutputHoldsAPasswordOrToken() throws IOException {
        Map<String, String> wrong = Map.of("AIRFLOW_USERNAME", FakeAirflow.USER, "AIRFLOW_PASSWORD", WRONG_PASSWORD);
        for (Api api : Api.values()) {
            FakeAirflow ok = fake(api).dag("jgdj_pipeline", true).onTrigger(List.of("running", "failed"),
                    List.of(task("ingest", "failed", 1, "2025-10-01T08:00:02Z", "2025-10-01T08:00:03Z")));
            trigger(ENV, TriggerRequest.of(ok.url(), "2025Q3").withRunId("r1").waiting(Duration.ofSeconds(10),
                    Duration.ofMillis(5)));
            trigger(ENV, TriggerRequest.of(ok.url(), "2025Q3").withRunId("r1"));
            trigger(ENV, TriggerRequest.of(ok.url(), "2025Q3").withRunId("bad id"));
            trigger(ENV, TriggerRequest.of(ok.url(), "2025Q3").withDagId("missing"));
            status(ENV, StatusRequest.of(ok.url(), "r1"));
            status(ENV, StatusRequest.of(ok.url(), "r404"));
            trigger(wrong, TriggerRequest.of(ok.url(), "2025Q3"));
            FakeAirflow strict = fake(api).dag("jgdj_pipeline", false).forbidTriggerField("conf");
            trigger(ENV, TriggerRequest.of(strict.url(), "2025Q3"));
            status(wrong, StatusRequest.of(ok.url(), "r1"));

            // A v1 client never holds a token, so only the secrets it sent can come back.
            String echoed = api == Api.V2 ? "Bearer " + FakeAirflow.TOKEN : "Basic " + BASIC;
            FakeAirflow echoing = fake(api).dag("jgdj_pipeline", false).failWith(
                    "got " + FakeAirflow.PASSWORD + " / " + echoed);
            trigger(ENV, TriggerRequest.of(echoing.url(), "2025Q3"));
            status(ENV, StatusRequest.of(echoing.url(), "r1"));
        }
        trigger(ENV, TriggerRequest.of("http://" + FakeAirflow.USER + ":" + FakeAirflow.PASSWORD + "@127.0.0.1:1",
                "2025Q3"));
        Path file = Files.writeString(dir.resolve("creds"), "username=ops\n" + FakeAirflow.PASSWORD + "\n");
        trigger(Map.of("AIRFLOW_CREDENTIALS_FILE", file.toString()), TriggerRequest.of("http://127.0.0.1:1", "2025"));
        seen.add(AirflowCredentials.fromEnvironment(ENV).toString());

        assertEquals(49, seen.size()); // (9 + 2 runs) × 2 streams × 2 APIs + 2 + 2 + 1
        String all = String.join("\n", seen);
        for (String secret : List.of(FakeAirflow.PASSWORD, WRONG_PASSWORD, FakeAirflow.TOKEN, BASIC)) {
            assertFalse(all.contains(secret), () -> "leaked " + secret + " in:\n" + all);
        }
        // The scenarios did run: each kind of failure is in the output.
        for (String expected : List.of("Run r1 of DAG jgdj_pipeline failed", "(HTTP 409)", "(HTTP 422): body.conf: Extra inputs",
                "(HTTP 400)", "DAG 'missing' not found", "run 'r404' of DAG", "refused the user name and password",
                "refused the credentials (HTTP 401)", "answered HTTP 500", "must not carry a user name",
                "line 2: expected username=")) {
            assertTrue(all.contains(expected), () -> "missing '" + expected + "' in:\n" + all);
        }
    }
}
