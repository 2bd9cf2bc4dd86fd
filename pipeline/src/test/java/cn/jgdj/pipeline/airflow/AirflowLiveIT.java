package cn.jgdj.pipeline.airflow;

import cn.jgdj.testing.IntegrationRequirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The client and commands against a real Airflow 3 started by ci/airflow-start.sh from the venv that
 * ci/airflow-env.sh makes. Skipped when that venv is absent, unless JGDJ_REQUIRE_INTEGRATION is set.
 */
@Tag("integration")
class AirflowLiveIT {

    private static final List<String> DAG_FILES = List.of("jgdj_echo.py", "jgdj_fail.py", "jgdj_spark_submit.py");
    private static final Duration PARSE_WAIT = Duration.ofSeconds(120);
    private static final Duration RUN_WAIT = Duration.ofSeconds(240);

    /** Under target/, not a temp dir, so the Airflow logs outlive a failed run for whoever reads the report. */
    private static Path work;
    private static Path repo;
    private static Path home;
    private static String url;
    private static Map<String, String> env;
    /** Where spark-submit lives: JGDJ_SPARK_HOME, as bin/test sets it from ci/spark-env.sh. */
    private static String sparkHome;

    @BeforeAll
    static void startAirflow() throws Exception {
        Path venv = Path.of(System.getenv().getOrDefault("JGDJ_AIRFLOW_VENV",
                System.getProperty("user.home") + "/.cache/jgdj/airflow-venv"));
        if (!Files.isExecutable(venv.resolve("bin/airflow"))) {
            IntegrationRequirement.unavailable("AirflowLiveIT: no Airflow venv at " + venv + ": run ci/airflow-env.sh");
        }
        repo = repoRoot();
        work = Path.of("target", "airflow-it", Long.toString(System.currentTimeMillis())).toAbsolutePath();
        Path dags = Files.createDirectories(work.resolve("dags"));
        for (String file : DAG_FILES) {
            try (InputStream in = AirflowLiveIT.class.getResourceAsStream("dags/" + file)) {
                Files.copy(in, dags.resolve(file));
            }
        }
        home = work.resolve("home");
        sparkHome = System.getenv("JGDJ_SPARK_HOME");
        List<String> args = new ArrayList<>(List.of("--home", home.toString(), "--dags", dags.toString()));
        if (sparkHome != null) {
            args.addAll(List.of("--spark-home", sparkHome));
        }
        List<String> lines = script(Duration.ofSeconds(420), "ci/airflow-start.sh", args.toArray(String[]::new));
        Map<String, String> started = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                started.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        url = started.get("AIRFLOW_URL");
        env = Map.of(AirflowCredentials.FILE_VAR, started.get("AIRFLOW_CREDENTIALS_FILE"));
    }

    @AfterAll
    static void stopAirflow() throws Exception {
        if (home != null && Files.exists(home.resolve(".jgdj-airflow-home"))) {
            script(Duration.ofSeconds(60), "ci/airflow-stop.sh", "--home", home.toString());
        }
    }

    @Test
    void triggerUnpausesRunsToSuccessAndPassesThePeriod() throws Exception {
        AirflowClient client = client();
        AirflowDag before = awaitDag(client, "jgdj_echo");
        assertTrue(before.paused(), "Airflow pauses new DAGs");
        assertEquals(ApiVersion.V2, client.apiVersion());
        Captured io = new Captured();

        int exit = new TriggerOperation(env).run(TriggerRequest.of(url, "2025Q3").withDagId("jgdj_echo")
                .withRunId("it-echo-1").waiting(RUN_WAIT, Duration.ofSeconds(1)), io.out, io.err);

        assertEquals(0, exit, io.out() + io.err());
        assertTrue(io.out().startsWith("DAG jgdj_echo was paused; unpaused it so the run can start.\n"
                + "Triggered run it-echo-1 of DAG jgdj_echo at " + url + " for period 2025Q3 (state queued).\n"),
                io.out());
        assertTrue(io.out().matches("(?s).*\\necho_period  success  1    \\S+Z  \\S+Z  .*\\nRun it-echo-1 succeeded\\.\\n"),
                io.out());
        Path log = home.resolve("logs/dag_id=jgdj_echo/run_id=it-echo-1/task_id=echo_period/attempt=1.log");
        assertTrue(Files.readString(log).contains("jgdj period=2025Q3"), "task log " + log);

        Captured status = new Captured();
        assertEquals(0, new StatusOperation(env).run(new StatusRequest(url, "jgdj_echo", "it-echo-1", null),
                status.out, status.err));
        assertTrue(status.out().startsWith("Run it-echo-1 of DAG jgdj_echo: success (period 2025Q3)\n"), status.out());
    }

    @Test
    void aFailingTaskMakesTheTriggerExitWithOne() throws Exception {
        awaitDag(client(), "jgdj_fail");
        Captured io = new Captured();

        int exit = new TriggerOperation(env).run(TriggerRequest.of(url, "2025").withDagId("jgdj_fail")
                .withRunId("it-fail-1").waiting(RUN_WAIT, Duration.ofSeconds(1)), io.out, io.err);

        assertEquals(1, exit, io.out() + io.err());
        assertEquals("Run it-fail-1 of DAG jgdj_fail failed; failed tasks: boom; not run because of them: after."
                + " The task logs are in Airflow at " + url + "\n", io.err());
    }

    @Test
    void theRealServerAnswersWithTheErrorKindsTheFakeModels() throws Exception {
        AirflowClient client = client();
        awaitDag(client, "jgdj_echo");
        AirflowClient wrong = new AirflowClient(URI.create(url), AirflowCredentials.of("jgdj", "not-the-password"),
                ApiVersion.AUTO);

        assertKind(AirflowException.Kind.UNAUTHORIZED, () -> wrong.getDag("jgdj_echo"));
        assertKind(AirflowException.Kind.DAG_NOT_FOUND, () -> client.getDag("no_such_dag"));
        assertKind(AirflowException.Kind.DAG_NOT_FOUND, () -> client.triggerRun("no_such_dag", null, Map.of()));
        assertKind(AirflowException.Kind.RUN_NOT_FOUND, () -> client.getRun("jgdj_echo", "no-such-run"));
        assertKind(AirflowException.Kind.VALIDATION, () -> client.triggerRun("jgdj_echo", "bad id", Map.of()));
        client.triggerRun("jgdj_echo", "it-dup", Map.of("period", "2025"));
        AirflowException dup = assertKind(AirflowException.Kind.DUPLICATE_RUN,
                () -> client.triggerRun("jgdj_echo", "it-dup", Map.of("period", "2025")));
        assertEquals("DAG 'jgdj_echo' already has a run with id 'it-dup' (HTTP 409): choose another run id, or leave"
                + " it out and Airflow picks one (Airflow: Unique constraint violation)", dup.getMessage());
    }

    @Test
    void aDagUsingTheSparkProviderParses() throws Exception {
        assertEquals(new AirflowDag("jgdj_spark_submit", true), awaitDag(client(), "jgdj_spark_submit"));
    }

    @Test
    void sparkSubmitOperatorRunsThroughTheDefaultConnection() throws Exception {
        if (sparkHome == null) {
            IntegrationRequirement.unavailable("AirflowLiveIT: JGDJ_SPARK_HOME is not set (bin/test sets it from "
                    + "ci/spark-env.sh)");
        }
        Path app = work.resolve("spark_sum.py");
        try (InputStream in = AirflowLiveIT.class.getResourceAsStream("apps/spark_sum.py")) {
            Files.copy(in, app);
        }
        awaitDag(client(), "jgdj_spark_submit");
        Captured io = new Captured();

        int exit = new TriggerOperation(env).run(TriggerRequest.of(url, "2025Q3").withDagId("jgdj_spark_submit")
                .withRunId("it-spark-1").withExtraConf(Map.of("app", app.toString()))
                .waiting(Duration.ofSeconds(600), Duration.ofSeconds(2)), io.out, io.err);

        assertEquals(0, exit, io.out() + io.err());
        Path log = home.resolve("logs/dag_id=jgdj_spark_submit/run_id=it-spark-1/task_id=submit/attempt=1.log");
        String text = Files.readString(log);
        assertTrue(text.contains("jgdj spark sum=499500"), "task log " + log);
        assertTrue(text.contains("--master local[2]"), "the default connection's master in " + log);
    }

    private static AirflowClient client() {
        return new AirflowClient(URI.create(url), AirflowCredentials.fromEnvironment(env), ApiVersion.AUTO);
    }

    private static AirflowException assertKind(AirflowException.Kind kind, Executable call) {
        AirflowException e = assertThrows(AirflowException.class, call);
        assertEquals(kind, e.kind(), e.getMessage());
        return e;
    }

    /** The DAG processor parses a new file within its refresh interval; until then the DAG is unknown. */
    private static AirflowDag awaitDag(AirflowClient client, String dagId) throws InterruptedException {
        long deadline = System.nanoTime() + PARSE_WAIT.toNanos();
        while (true) {
            try {
                return client.getDag(dagId);
            } catch (AirflowException e) {
                if (e.kind() != AirflowException.Kind.DAG_NOT_FOUND || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(1000);
        }
    }

    private static List<String> script(Duration limit, String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", repo.resolve(script).toString()));
        command.addAll(List.of(args));
        Path stderr = work.resolve(Path.of(script).getFileName() + ".log");
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(script + " did not finish within " + limit.toSeconds() + " s; log: " + Files.readString(stderr));
        }
        if (p.exitValue() != 0) {
            fail(script + " exited " + p.exitValue() + ": " + Files.readString(stderr));
        }
        return out.lines().toList();
    }

    private static Path repoRoot() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("ci/airflow-start.sh"))) {
                return dir;
            }
        }
        throw new IOException("no ci/airflow-start.sh above " + Path.of("").toAbsolutePath());
    }
}
