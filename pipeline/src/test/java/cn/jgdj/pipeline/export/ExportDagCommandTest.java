package cn.jgdj.pipeline.export;

import static cn.jgdj.pipeline.export.DagFileInspector.AIRFLOW3_SPARK;
import static cn.jgdj.pipeline.export.DagFileInspector.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.pipeline.cli.Main;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.PipelineDag;
import cn.jgdj.pipeline.dag.PipelineOptions;
import cn.jgdj.pipeline.dag.Task;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pipeline airflow export-dag} in-process: the file holds exactly the real pipeline DAG's tasks and edges. */
class ExportDagCommandTest {

    @TempDir
    static Path dir;
    private static DagFileInspector inspector;

    @BeforeAll
    static void setUp() throws Exception {
        inspector = new DagFileInspector(dir);
    }

    @Test
    void theDagFileStartsTheCommandLineThatIsThere() {
        // The class spark-submit starts is written into the DAG file as text (export must not depend on cli).
        assertEquals(Main.class.getName(), DagFileSpec.MAIN_CLASS);
    }

    @Test
    void theExportedFileHasThePipelineDagsTasksAndDependencies() throws Exception {
        Path file = dir.resolve("dags/jgdj_pipeline.py");
        Result r = run("airflow", "export-dag", "--out", file.toString(), "--jobs-jar", "/opt/jgdj/jobs.jar",
                "--input", "/data/exports", "--out-root", "hdfs://nn:8020/jgdj/out");

        assertEquals(0, r.exit(), r.err());
        Dag dag = PipelineDag.build(new PipelineOptions("/data/exports", "hdfs://nn:8020/jgdj/out",
                PipelineOptions.DEFAULT_MAX_QUARANTINE_SHARE, "zh"));
        List<String> edges = AirflowDagFile.edges(dag).stream().map(e -> e.upstream() + " >> " + e.downstream())
                .toList();
        assertFalse(edges.isEmpty(), "the pipeline has dependencies: " + dag.tasks());
        assertTrue(r.out().startsWith("Wrote DAG jgdj_pipeline (" + dag.tasks().size() + " tasks, " + edges.size()
                + " dependencies) to " + file + ".\n"), r.out());
        DagFileInspector.compile(file);
        JsonNode built = inspector.inspect(AIRFLOW3_SPARK, file);
        List<String> ids = new ArrayList<>();
        built.get("tasks").forEach(t -> ids.add(t.get("task_id").asText()));
        assertEquals(dag.tasks().stream().map(Task::name).toList(), ids);
        List<String> builtEdges = new ArrayList<>();
        built.get("edges").forEach(e -> builtEdges.add(e.get(0).asText() + " >> " + e.get(1).asText()));
        assertEquals(edges, builtEdges);
        // Each Java task's direct upstream tasks, recomputed from the declared inputs and outputs.
        for (Task t : dag.tasks()) {
            List<String> upstream = dag.tasks().stream()
                    .filter(u -> u.outputs().stream().anyMatch(t.inputs()::contains)).map(Task::name).toList();
            assertEquals(upstream, builtEdges.stream().filter(e -> e.endsWith(" >> " + t.name()))
                    .map(e -> e.substring(0, e.indexOf(" >> "))).toList(), t.name());
        }
    }

    @Test
    void relativeLocalPathsBecomeAbsoluteAndUrisStay() throws Exception {
        Path file = dir.resolve("relative.py");
        Result r = run("airflow", "export-dag", "--out", file.toString(), "--jobs-jar", "target/jobs.jar",
                "--input", "exports", "--out-root", "s3a://bucket/out");

        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(file);
        String cwd = Path.of("").toAbsolutePath().toString();
        assertTrue(text.contains("\nJOBS_JAR = \"" + cwd + "/target/jobs.jar\"\n"), text);
        assertTrue(text.contains("\nINPUT = \"" + cwd + "/exports\"\n"), text);
        assertTrue(text.contains("\nOUT_ROOT = \"s3a://bucket/out\"\n"), text);
        assertTrue(r.out().contains("Note: " + cwd + "/target/jobs.jar does not exist here; it must exist on the "
                + "Airflow workers."), r.out());
    }

    @Test
    void theTasksPassTheRunIdExactlyWhenPipelineRunAcceptsOne() throws Exception {
        Path file = dir.resolve("runid.py");
        boolean runHasRunId = run("run", "--help").out().contains("--run-id");

        Result r = run("airflow", "export-dag", "--out", file.toString(), "--jobs-jar", "/j.jar", "--input", "/in",
                "--out-root", "/out");

        assertEquals(0, r.exit(), r.err());
        assertEquals(runHasRunId, Files.readString(file).contains("\"--run-id\", \"{{ run_id }}\""));
        assertEquals(!runHasRunId, r.out().contains("'pipeline run' has no --run-id option"), r.out());
    }

    @Test
    void scheduleNoneAndACronAreWrittenAsGiven() throws Exception {
        Path none = dir.resolve("none.py");
        Path cron = dir.resolve("cron.py");

        assertEquals(0, run("airflow", "export-dag", "--out", none.toString(), "--jobs-jar", "/j.jar",
                "--schedule", "none").exit());
        assertEquals(0, run("airflow", "export-dag", "--out", cron.toString(), "--jobs-jar", "/j.jar",
                "--schedule", "0  6 1 * *").exit());

        assertTrue(Files.readString(none).contains("\nSCHEDULE = None\n"));
        assertTrue(Files.readString(cron).contains("\nSCHEDULE = \"0 6 1 * *\"\n"));
    }

    @Test
    void withoutInputAndOutRootItSaysToSetTheAirflowVariables() throws Exception {
        Result r = run("airflow", "export-dag", "--out", dir.resolve("vars.py").toString(), "--jobs-jar", "/j.jar");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Set the Airflow Variables jgdj_input and jgdj_out_root (or export again with "
                + "--input and --out-root)."), r.out());
        assertTrue(r.out().contains("set the Airflow connection spark_default to the Spark master, e.g. "
                + "AIRFLOW_CONN_SPARK_DEFAULT=spark://HOST:7077."), r.out());
    }

    @Test
    void wrongCommandLinesExitTwoAndSayWhy() {
        Result notPy = run("airflow", "export-dag", "--out", dir.resolve("dag.txt").toString(), "--jobs-jar", "/j");
        Result cron = run("airflow", "export-dag", "--out", dir.resolve("c.py").toString(), "--jobs-jar", "/j",
                "--schedule", "monthly");
        Result conf = run("airflow", "export-dag", "--out", dir.resolve("c.py").toString(), "--jobs-jar", "/j",
                "--spark-conf", "executor.memory=1g");

        assertEquals(2, notPy.exit());
        assertTrue(notPy.err().startsWith("error: --out " + dir.resolve("dag.txt")
                + ": Airflow reads only .py files from its DAG folder\n"), notPy.err());
        assertEquals(2, cron.exit());
        assertTrue(cron.err().contains("--schedule 'monthly': write quarterly, none or five cron fields"), cron.err());
        assertEquals(2, conf.exit());
        assertTrue(conf.err().contains("'executor.memory' is not a Spark property (spark.something)"), conf.err());
        assertFalse(Files.exists(dir.resolve("c.py")));
    }

    @Test
    void withoutJobsJarTheJobsJarBesideTheCodeIsTheDefault() throws Exception {
        Path file = dir.resolve("default-jar.py");
        // Tests run from target/classes: the default is target/pipeline-*-jobs.jar when a build made it.
        var expected = JobsJar.running();

        Result r = run("airflow", "export-dag", "--out", file.toString(), "--input", "/in", "--out-root", "/out");

        if (expected.isPresent()) {
            assertEquals(0, r.exit(), r.err());
            assertTrue(expected.get().endsWith("-jobs.jar"), expected.get());
            assertTrue(Files.readString(file).contains("\nJOBS_JAR = \"" + expected.get() + "\"\n"));
        } else {
            assertEquals(2, r.exit());
            assertTrue(r.err().startsWith("error: give --jobs-jar PATH: there is no pipeline-*-jobs.jar beside this "
                    + "command's code (bin/pipeline builds it; or build it with: mvn -pl pipeline -am package "
                    + "-DskipTests)\n"), r.err());
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
