package cn.jgdj.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.pipeline.cli.Main;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Task;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The exported DAG file in a real Airflow 3 without a scheduler ({@code airflow dags test}): both operator kinds
 * render their templates in Airflow's own task runtime and call spark-submit once per task, in dependency order,
 * with the arguments the pipeline expects. spark-submit here is a stand-in that records its arguments, so this
 * checks the Airflow side only; {@link AirflowEndToEndIT} runs the real thing.
 */
@Tag("integration")
class AirflowDagFileIT {
    private static final String PERIOD = "2025Q3";
    private static Path venv;
    private static Path work;
    private static Path fakeBin;
    private static Path home;

    @BeforeAll
    static void setUp() throws Exception {
        venv = IntegrationEnv.airflowVenv();
        work = IntegrationEnv.workDir("airflow-dag-file");
        fakeBin = Files.createDirectories(work.resolve("bin"));
        Path fake = fakeBin.resolve("spark-submit");
        // One line per call: the arguments separated by tabs.
        Files.writeString(fake, "#!/bin/sh\n(IFS=\"$(printf '\\t')\"; echo \"$*\") >> \"$JGDJ_FAKE_SUBMITS\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        home = Files.createDirectories(work.resolve("airflow-home"));
        Command.Result migrated = airflow(work.resolve("db-migrate.log"), Duration.ofMinutes(5), "db", "migrate");
        assertEquals(0, migrated.exit(), migrated.describe());
    }

    @Test
    void withTheSparkProviderEveryTaskSubmitsThroughTheConnection() throws Exception {
        List<List<String>> calls = runDag("jgdj_provider", List.of(), ", \"as_of\": \"2026-01-15\"");

        assertCallsFollowTheDag(calls, "2026-01-15", List.of("--master", "spark://127.0.0.1:7077", "--conf",
                "spark.cores.max=1", "--name", "jgdj TASK", "--class", "cn.jgdj.pipeline.cli.Main", "/opt/jgdj/jobs.jar"));
    }

    @Test
    void withAPinnedMasterEveryTaskSubmitsFromBash() throws Exception {
        List<List<String>> calls = runDag("jgdj_bash", List.of("--spark-master", "spark://10.1.2.3:7077"), "");

        // No as_of in the conf: the earlier of the day the run was due (today) and the period's last day.
        assertCallsFollowTheDag(calls, "2025-09-30", List.of("--master", "spark://10.1.2.3:7077", "--class",
                "cn.jgdj.pipeline.cli.Main", "--name", "jgdj TASK", "--conf", "spark.cores.max=1", "/opt/jgdj/jobs.jar"));
    }

    /** Exports a DAG into its own folder, runs it once with {@code airflow dags test}, returns the submits. */
    private static List<List<String>> runDag(String dagId, List<String> extraExportArgs, String extraConf)
            throws Exception {
        Path dags = Files.createDirectories(work.resolve(dagId + "-dags"));
        List<String> args = new ArrayList<>(List.of("airflow", "export-dag", "--out",
                dags.resolve(dagId + ".py").toString(), "--dag-id", dagId, "--jobs-jar", "/opt/jgdj/jobs.jar",
                "--input", "/data/exports", "--out-root", "/data/out", "--schedule", "none", "--retries", "0",
                "--spark-conf", "spark.cores.max=1"));
        args.addAll(extraExportArgs);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8);
        assertEquals(0, Main.run(ps, ps, args.toArray(String[]::new)), printed.toString(StandardCharsets.UTF_8));
        Path submits = work.resolve(dagId + "-submits.txt");

        Command.Result r = airflow(work.resolve(dagId + "-dags-test.log"), Duration.ofMinutes(5), dags, submits,
                "dags", "test", "-c", "{\"period\": \"" + PERIOD + "\"" + extraConf + "}", dagId);

        assertEquals(0, r.exit(), r.describe());
        assertTrue(r.output().contains("state=success"), r.describe());
        List<List<String>> calls = new ArrayList<>();
        for (String line : Files.readAllLines(submits)) {
            calls.add(List.of(line.split("\t", -1)));
        }
        return calls;
    }

    /** One call per task, each after its upstream tasks' calls, each with the expected arguments. */
    private static void assertCallsFollowTheDag(List<List<String>> calls, String asOf, List<String> submitArgs) {
        Dag dag = PipelineOutputs.dag(Path.of("/data/exports"), Path.of("/data/out"));
        Map<String, Integer> position = new LinkedHashMap<>();
        for (List<String> call : calls) {
            int only = call.indexOf("--only");
            assertTrue(only > 0, "a --only in " + call);
            String task = call.get(only + 1);
            position.put(task, position.size());
            List<String> expected = new ArrayList<>();
            submitArgs.forEach(a -> expected.add(a.replace("TASK", task)));
            expected.addAll(List.of("run", "--input", "/data/exports", "--out", "/data/out", "--only", task,
                    "--year", "2025", "--as-of", asOf));
            assertEquals(expected, call.subList(0, expected.size()), "task " + task);
            List<String> rest = call.subList(expected.size(), call.size());
            assertTrue(rest.isEmpty() || rest.size() == 2 && rest.get(0).equals("--run-id")
                    && rest.get(1).startsWith("manual__"), "the run id, if any: " + rest);
        }
        assertEquals(dag.tasks().stream().map(Task::name).sorted().toList(),
                position.keySet().stream().sorted().toList(), "every task submitted once");
        assertEquals(dag.tasks().size(), calls.size(), "no task submitted twice");
        for (Task t : dag.tasks()) {
            for (Task up : dag.upstream(t)) {
                assertTrue(position.get(up.name()) < position.get(t.name()), up.name() + " before " + t.name());
            }
        }
    }

    private static Command.Result airflow(Path log, Duration limit, String... args) throws Exception {
        return airflow(log, limit, home.resolve("dags"), work.resolve("unused-submits.txt"), args);
    }

    private static Command.Result airflow(Path log, Duration limit, Path dags, Path submits, String... args)
            throws Exception {
        List<String> argv = new ArrayList<>(List.of(venv.resolve("bin/airflow").toString()));
        argv.addAll(List.of(args));
        return new Command(argv)
                .env("AIRFLOW_HOME", home.toString())
                .env("AIRFLOW__CORE__DAGS_FOLDER", dags.toString())
                .env("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
                .env("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "sqlite:///" + home.resolve("airflow.db"))
                .env("AIRFLOW_CONN_SPARK_DEFAULT", "spark://127.0.0.1:7077")
                .env("PATH", fakeBin + ":" + System.getenv("PATH"))
                .env("JGDJ_FAKE_SUBMITS", submits.toString())
                .run(log, limit);
    }
}
