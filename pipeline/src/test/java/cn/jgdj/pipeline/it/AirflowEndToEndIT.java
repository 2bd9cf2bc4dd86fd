package cn.jgdj.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.pipeline.airflow.AirflowClient;
import cn.jgdj.pipeline.airflow.AirflowCredentials;
import cn.jgdj.pipeline.airflow.ApiVersion;
import cn.jgdj.pipeline.airflow.TaskInstance;
import cn.jgdj.pipeline.cli.CliContext;
import cn.jgdj.pipeline.cli.Main;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.pipeline.export.DagFileSpec;
import cn.jgdj.pipeline.runner.RunRecords;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.TaskRecord;
import cn.jgdj.schemas.run.TaskState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product as deployed: the DAG file from {@code pipeline airflow export-dag} in a real Airflow 3 (ci/airflow-start.sh),
 * every task a spark-submit of the jobs jar to the standalone cluster, triggered with
 * {@code pipeline airflow trigger --period 2025 --wait}. Every task must succeed, the indicators must equal those of
 * the local reference run on the same county, and the packs must appear. The exported DAG's default lets two tasks
 * run at once: they must have overlapped, and each task's `pipeline run --only` must have kept its own record.
 */
@Tag("integration")
@ExtendWith(SharedFixtures.class)
class AirflowEndToEndIT {
    static final String DAG_ID = "jgdj_pipeline";
    static final String PERIOD = "2025";
    static final String RUN_ID = "e2e-" + PERIOD;

    private static final Timings TIMINGS = new Timings("AirflowE2E");
    private static Path repo;
    private static Path work;
    private static ReferenceRun reference;
    private static Path out;
    private static Path home;
    private static String url;
    private static Map<String, String> credentialsEnv;
    private static StandaloneCluster cluster;

    @BeforeAll
    static void setUp(SharedFixtures.SharedCluster sharedCluster, SharedFixtures.Reference sharedReference)
            throws Exception {
        Path sparkHome = IntegrationEnv.sparkHome();
        Path venv = IntegrationEnv.airflowVenv();
        cluster = sharedCluster.get();
        reference = sharedReference.get();
        repo = IntegrationEnv.repo();
        Path jar = IntegrationEnv.jobsJar();
        work = IntegrationEnv.workDir("airflow-e2e");
        out = work.resolve("out");
        Path dags = Files.createDirectories(work.resolve("dags"));

        exportDag(dags.resolve(DAG_ID + ".py"), jar);
        home = work.resolve("airflow-home");
        Command start = Command.of("bash", repo.resolve("ci/airflow-start.sh").toString(), "--home", home.toString(),
                        "--dags", dags.toString(), "--wait", "420", "--spark-home", sparkHome.toString())
                .env(IntegrationEnv.AIRFLOW_VENV, venv.toString())
                .env(IntegrationEnv.SPARK_HOME, sparkHome.toString())
                // What the Airflow tasks inherit: spark-submit on the PATH and the master in the connection.
                .env("PATH", sparkHome.resolve("bin") + ":" + System.getenv("PATH"))
                .env("AIRFLOW_CONN_SPARK_DEFAULT", cluster.masterUrl());
        Command.Result started = TIMINGS.time("start Airflow", () ->
                start.run(work.resolve("airflow-start.log"), Duration.ofMinutes(8)));
        assertEquals(0, started.exit(), started.describe());
        Map<String, String> vars = new HashMap<>();
        started.output().lines().filter(l -> l.matches("AIRFLOW_[A-Z_]+=.*"))
                .forEach(l -> vars.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        url = vars.get("AIRFLOW_URL");
        credentialsEnv = Map.of(AirflowCredentials.FILE_VAR, vars.get("AIRFLOW_CREDENTIALS_FILE"));
    }

    @AfterAll
    static void tearDown() throws Exception {
        try {
            if (home != null && Files.exists(home.resolve(".jgdj-airflow-home"))) {
                Command.of("bash", repo.resolve("ci/airflow-stop.sh").toString(), "--home", home.toString())
                        .run(work.resolve("airflow-stop.log"), Duration.ofMinutes(2));
            }
        } finally {
            TIMINGS.report();
        }
    }

    @Test
    void aTriggeredRunSucceedsInEveryTaskAndWritesIndicatorsAndPacks() throws Exception {
        AirflowClient client = new AirflowClient(URI.create(url), AirflowCredentials.fromEnvironment(credentialsEnv),
                ApiVersion.AUTO);
        TIMINGS.time("Airflow parses the exported DAG", () -> awaitDag(client));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int exit = TIMINGS.time("trigger --period " + PERIOD + " --wait (every task a spark-submit)", () ->
                Main.run(new CliContext(ps, ps, credentialsEnv, false), "airflow", "trigger", "--url", url,
                        "--period", PERIOD, "--conf", "as_of=" + ReferenceRun.AS_OF, "--run-id", RUN_ID, "--wait",
                        "--timeout", "30m", "--poll", "2s"));

        String said = printed.toString(StandardCharsets.UTF_8);
        System.out.print(said);
        if (exit != 0) {
            // CI keeps only the console: say there why the run failed or stalled.
            Path logs = home.resolve("logs/dag_id=" + DAG_ID + "/run_id=" + RUN_ID);
            String why = RunDiagnosis.of(logs, client.listTaskInstances(DAG_ID, RUN_ID),
                    cluster.logDir(), work);
            System.out.print(why);
            assertEquals(0, exit, said + "\nTask logs: " + logs + "\n" + why);
        }
        Dag dag = PipelineOutputs.dag(reference.input(), out);
        Map<String, String> states = new TreeMap<>();
        List<TaskInstance> instances = client.listTaskInstances(DAG_ID, RUN_ID);
        for (TaskInstance ti : instances) {
            states.put(ti.taskId(), ti.state());
        }
        assertEquals(dag.tasks().stream().collect(Collectors.toMap(Task::name, t -> "success", (a, b) -> a,
                TreeMap::new)), states);
        TIMINGS.note("the tasks' own durations, summed", instances.stream().map(TaskInstance::duration)
                .reduce(Duration.ZERO, Duration::plus));
        int atOnce = mostAtOnce(instances);
        System.out.println("[timing] AirflowE2E   at most " + atOnce + " tasks ran at once");
        assertTrue(atOnce >= 2, "Airflow ran independent tasks side by side (max_active_tasks "
                + DagFileSpec.DEFAULT_MAX_ACTIVE_TASKS + "), at most " + atOnce + " at once here");
        assertEveryTaskKeptItsOwnRecord(dag);
        assertEquals(List.of(), children(out.resolve("_staging")), "no staging left behind");
        assertEquals(List.of(), children(out.resolve("_locks")), "every task's lock released");
        IndicatorCsvs indicators = IndicatorCsvs.read(out);
        assertEquals(PipelineOutputs.indicatorCsvs(dag), List.copyOf(indicators.tables().keySet()));
        assertEquals(IndicatorCsvs.read(reference.out()), indicators, "every task submitted alone by Airflow "
                + "gives the indicators of the local run");
        List<Path> pdfs = PipelineOutputs.pdfs(out.resolve("reports"));
        assertFalse(pdfs.isEmpty(), "packs under " + out.resolve("reports"));
        for (Path pdf : pdfs) {
            byte[] head = new byte[5];
            try (var in = Files.newInputStream(pdf)) {
                assertEquals(5, in.read(head));
            }
            assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII), pdf.toString());
        }
    }

    /** The most task attempts that were running at the same moment. */
    private static int mostAtOnce(List<TaskInstance> instances) {
        int most = 0;
        for (TaskInstance a : instances) {
            int running = 0;
            for (TaskInstance b : instances) {
                if (!b.startDate().isAfter(a.startDate()) && b.endDate().isAfter(a.startDate())) {
                    running++;
                }
            }
            most = Math.max(most, running);
        }
        return most;
    }

    /** Each task ran as its own `pipeline run --only TASK`: one record per task, succeeded, none lost or mixed. */
    private static void assertEveryTaskKeptItsOwnRecord(Dag dag) throws IOException {
        Map<String, String> byTask = new TreeMap<>();
        for (String name : children(out.resolve("runs"))) {
            RunRecord record = RunRecords.parse(Files.readString(out.resolve("runs").resolve(name)));
            assertEquals(RunRecord.SUCCEEDED, record.state(), name);
            List<String> ran = record.tasks().stream().filter(t -> t.state() == TaskState.SUCCEEDED)
                    .map(TaskRecord::task).toList();
            assertEquals(1, ran.size(), name + " ran " + ran);
            assertEquals("--only " + ran.get(0), record.selection(), name);
            byTask.put(ran.get(0), record.runId() + ".json");
        }
        assertEquals(dag.tasks().stream().map(Task::name).sorted().toList(), List.copyOf(byTask.keySet()));
    }

    private static List<String> children(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void exportDag(Path file, Path jar) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8);
        // No schedule: unpausing a scheduled DAG would also start the latest quarter's run next to ours.
        // No --jobs-jar: the default must be the jobs jar beside the code (target/pipeline-*-jobs.jar), not the
        // thin module jar.
        List<String> args = new ArrayList<>(List.of("airflow", "export-dag", "--out", file.toString(), "--dag-id",
                DAG_ID, "--input", reference.input().toString(), "--out-root", out.toString(), "--schedule", "none"));
        // The cluster settings of ClusterIT: each task's driver lives for a minute, C1 halves its CPU time.
        SparkSubmit.CONF.forEach((k, v) -> args.addAll(List.of("--spark-conf", k + "=" + v)));
        // One of the worker's two cores per application: else the first task's application takes both and a
        // task beside it waits for an executor until the first ends.
        args.addAll(List.of("--spark-conf", "spark.cores.max=1"));
        // No retries: a failed task fails the run at once, with its log below, instead of 5 minutes later.
        args.addAll(List.of("--retries", "0"));
        int exit = Main.run(ps, ps, args.toArray(String[]::new));
        assertEquals(0, exit, printed.toString(StandardCharsets.UTF_8));
        try {
            String text = Files.readString(file);
            assertTrue(text.contains("\nJOBS_JAR = \"" + jar.toAbsolutePath().normalize() + "\"\n"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The DAG processor picks a new file up within its refresh interval; until then the DAG is unknown. */
    private static Object awaitDag(AirflowClient client) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                return client.getDag(DAG_ID);
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Airflow did not load " + DAG_ID + " within 5 minutes; see "
                            + home.resolve("logs"), e);
                }
            }
            Thread.sleep(2000);
        }
    }
}
