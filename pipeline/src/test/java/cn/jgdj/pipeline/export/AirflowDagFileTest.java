package cn.jgdj.pipeline.export;

import static cn.jgdj.pipeline.export.DagFileInspector.AIRFLOW2;
import static cn.jgdj.pipeline.export.DagFileInspector.AIRFLOW3;
import static cn.jgdj.pipeline.export.DagFileInspector.AIRFLOW3_SPARK;
import static cn.jgdj.pipeline.export.DagFileInspector.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.pipeline.dag.TaskAction;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated file, run with python3 against a stand-in Airflow 2 or 3 (with or without the Spark provider):
 * what DAG, tasks and dependencies it declares, the exact spark-submit each task makes, and its macros.
 */
class AirflowDagFileTest {
    private static final TaskAction NEVER_RUN = (io, params) -> {
        throw new AssertionError("the export never runs a task");
    };
    /** Four tasks: two ingests, an indicator reading both, a pack reading the indicator and one ingest. */
    private static final Dag DAG = Dag.of(Map.of("raw/members", "IN/members.*", "raw/units", "IN/units.*"), List.of(
            new Task("ingest_members", List.of("raw/members"), List.of("warehouse/members"), NEVER_RUN),
            new Task("ingest_units", List.of("raw/units"), List.of("warehouse/units"), NEVER_RUN),
            new Task("coverage", List.of("warehouse/members", "warehouse/units"), List.of("indicators/coverage"),
                    NEVER_RUN),
            new Task("packs", List.of("indicators/coverage", "warehouse/units"), List.of("reports/packs"), NEVER_RUN)));
    private static final DagFileSpec SPEC = DagFileSpec.of("jgdj_pipeline", "/opt/jgdj/jobs.jar")
            .withData("/data/exports", "/data/out").withRunId(true);

    @TempDir
    static Path dir;
    private static DagFileInspector inspector;

    @BeforeAll
    static void setUp() throws Exception {
        inspector = new DagFileInspector(dir);
    }

    @Test
    void everyTaskAndEveryDependencyOfTheDagAppearsOnce() throws Exception {
        JsonNode built = inspect(AIRFLOW3_SPARK, SPEC);

        List<String> ids = new ArrayList<>();
        built.get("tasks").forEach(t -> ids.add(t.get("task_id").asText()));
        assertEquals(List.of("ingest_members", "ingest_units", "coverage", "packs"), ids);
        assertEquals(List.of(List.of("ingest_members", "coverage"), List.of("ingest_units", "coverage"),
                List.of("ingest_units", "packs"), List.of("coverage", "packs")), edges(built));
        assertEquals(1, built.get("dags").asInt());
    }

    @Test
    void withTheSparkProviderEachTaskIsASparkSubmitOfTheJobsJar() throws Exception {
        JsonNode coverage = task(inspect(AIRFLOW3_SPARK,
                SPEC.withSpark(null, "spark_default", Map.of("spark.executor.memory", "1g"))), "coverage");

        assertEquals("SparkSubmitOperator", coverage.get("operator").asText());
        assertEquals("spark_default", coverage.get("conn_id").asText());
        assertEquals("/opt/jgdj/jobs.jar", coverage.get("application").asText());
        assertEquals("cn.jgdj.pipeline.cli.Main", coverage.get("java_class").asText());
        assertEquals("jgdj coverage", coverage.get("name").asText());
        assertEquals("{\"spark.executor.memory\":\"1g\"}", coverage.get("conf").toString());
        assertEquals(List.of("run", "--input", "/data/exports", "--out", "/data/out", "--only", "coverage",
                "--year", "{{ jgdj_review_year(params.period, jgdj_as_of(params.as_of, params.period, dag_run)) }}",
                "--as-of", "{{ jgdj_as_of(params.as_of, params.period, dag_run) }}",
                "--run-id", "{{ run_id }}"), texts(coverage.get("application_args")));
        assertEquals("Pipeline task `coverage`.\n\nReads: warehouse/members, warehouse/units\n\n"
                + "Writes: indicators/coverage", coverage.get("doc_md").asText());
    }

    @Test
    void withoutTheProviderEachTaskRunsSparkSubmitInBashOnAirflow2And3() throws Exception {
        for (String flavor : List.of(AIRFLOW2, AIRFLOW3)) {
            JsonNode packs = task(inspect(flavor, SPEC), "packs");

            assertEquals("BashOperator", packs.get("operator").asText(), flavor);
            assertEquals("spark-submit --master '{{ jgdj_spark_master() }}' --class cn.jgdj.pipeline.cli.Main"
                    + " --name 'jgdj packs' /opt/jgdj/jobs.jar run --input /data/exports --out /data/out"
                    + " --only packs --year '{{ jgdj_review_year(params.period, jgdj_as_of(params.as_of, params.period, dag_run)) }}'"
                    + " --as-of '{{ jgdj_as_of(params.as_of, params.period, dag_run) }}' --run-id '{{ run_id }}'",
                    packs.get("bash_command").asText(), flavor);
        }
    }

    @Test
    void aPinnedMasterMakesEveryTaskABashSparkSubmitToIt() throws Exception {
        JsonNode built = inspect(AIRFLOW3_SPARK, SPEC.withSpark("spark://10.0.0.5:7077", "spark_default",
                Map.of("spark.executor.memory", "1g", "spark.cores.max", "1")));

        for (JsonNode t : built.get("tasks")) {
            assertEquals("BashOperator", t.get("operator").asText());
        }
        assertTrue(task(built, "ingest_units").get("bash_command").asText().startsWith(
                "spark-submit --master spark://10.0.0.5:7077 --class cn.jgdj.pipeline.cli.Main"
                        + " --name 'jgdj ingest_units' --conf spark.cores.max=1 --conf spark.executor.memory=1g"
                        + " /opt/jgdj/jobs.jar run "), built.toString());
    }

    /** The bash command really is the argument list: run it with a spark-submit that prints its arguments. */
    @Test
    void theBashCommandQuotesAwkwardPathsSoSparkSubmitGetsThemVerbatim() throws Exception {
        String input = "/data/县 exports/it's \"2025\"";
        String out = "/data/out $HOME `x`";
        JsonNode ingest = task(inspect(AIRFLOW2, SPEC.withData(input, out).withRunId(false)), "ingest_members");
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path fake = bin.resolve("spark-submit");
        Files.writeString(fake, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        // What Airflow's Jinja would put in place of the templates.
        String rendered = ingest.get("bash_command").asText()
                .replace("{{ jgdj_spark_master() }}", "local[2]")
                .replace("{{ jgdj_review_year(params.period, jgdj_as_of(params.as_of, params.period, dag_run)) }}", "2025")
                .replace("{{ jgdj_as_of(params.as_of, params.period, dag_run) }}", "2026-04-01");

        String printed = DagFileInspector.run(List.of("bash", "-c", "PATH='" + bin + "':\"$PATH\"; " + rendered));

        assertEquals(List.of("--master", "local[2]", "--class", "cn.jgdj.pipeline.cli.Main", "--name",
                "jgdj ingest_members", "/opt/jgdj/jobs.jar", "run", "--input", input, "--out", out, "--only",
                "ingest_members", "--year", "2025", "--as-of", "2026-04-01"), printed.lines().toList());
    }

    @Test
    void theDagIsQuarterlyWithRetriesWithoutCatchupAndTakesThePeriodAsAParam() throws Exception {
        JsonNode dag = inspect(AIRFLOW3_SPARK, SPEC).get("dag");

        assertEquals("jgdj_pipeline", dag.get("dag_id").asText());
        assertEquals("0 6 1 1,4,7,10 *", dag.get("schedule").asText());
        assertFalse(dag.get("catchup").asBoolean());
        assertEquals(1, dag.get("max_active_runs").asInt());
        assertEquals(DagFileSpec.DEFAULT_MAX_ACTIVE_TASKS, dag.get("max_active_tasks").asInt());
        assertEquals(2, DagFileSpec.DEFAULT_MAX_ACTIVE_TASKS);
        assertEquals(2, dag.get("default_args").get("retries").asInt());
        assertEquals(300.0, dag.get("default_args").get("retry_delay").get("seconds").asDouble());
        assertEquals("2024-01-01T00:00:00+00:00", dag.get("start_date").asText());
        JsonNode period = dag.get("params").get("period");
        assertEquals("", period.get("default").asText());
        assertEquals("string", period.get("type").asText());
        assertEquals(AirflowDagFile.PERIOD_PATTERN, period.get("pattern").asText());
        JsonNode asOf = dag.get("params").get("as_of");
        assertEquals("", asOf.get("default").asText());
        assertEquals(AirflowDagFile.AS_OF_PATTERN, asOf.get("pattern").asText());
    }

    @Test
    void unscheduledWithoutRetriesAndWithMoreTasksAtOnceWhenAsked() throws Exception {
        JsonNode dag = inspect(AIRFLOW2, SPEC.withSchedule(null, 0).withMaxActiveTasks(4)).get("dag");

        assertTrue(dag.get("schedule").isNull(), dag.toString());
        assertEquals(0, dag.get("default_args").get("retries").asInt());
        assertEquals(4, dag.get("max_active_tasks").asInt());
    }

    @Test
    void withoutPinnedDataTheTasksReadTheAirflowVariables() throws Exception {
        JsonNode coverage = task(inspect(AIRFLOW3_SPARK, SPEC.withData(null, null)), "coverage");

        assertEquals(List.of("run", "--input", "{{ var.value.jgdj_input }}", "--out", "{{ var.value.jgdj_out_root }}"),
                texts(coverage.get("application_args")).subList(0, 5));
    }

    @Test
    void withoutRunIdSupportTheTasksDoNotPassOne() throws Exception {
        JsonNode coverage = task(inspect(AIRFLOW3_SPARK, SPEC.withRunId(false)), "coverage");

        assertFalse(texts(coverage.get("application_args")).contains("--run-id"), coverage.toString());
    }

    /**
     * Hand-worked: a scheduled run on 2026-01-01 reports on 2025 (Q4 just ended) as of 2025-12-31; on 2026-04-01 on
     * 2026 as of 2026-03-31; a run for a period is as of the earlier of its day and the period's last day.
     */
    @Test
    void theMacrosGiveTheReviewYearTheAsOfDateAndTheConnectionsMaster() throws Exception {
        for (String flavor : List.of(AIRFLOW2, AIRFLOW3, AIRFLOW3_SPARK)) {
            JsonNode probes = inspect(flavor, SPEC).get("probes");
            Map<String, String> got = new LinkedHashMap<>();
            probes.fields().forEachRemaining(e -> got.put(e.getKey(), e.getValue().asText()));

            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("as-of given", "2026-01-15");
            // Due 2026-03-31 18:00 UTC, mid-Q1: as of the end of 2025Q4.
            expected.put("as-of in UTC+8", "2025-12-31");
            expected.put("as-of manual Airflow 3 run", "2026-09-30");
            expected.put("as-of scheduled Airflow 2 run", "2026-03-31");
            expected.put("as-of period 2025Q3 run on 2026-11-27", "2025-09-30");
            expected.put("as-of period 2026 run on 2026-11-27", "2026-11-27");
            expected.put("as-of period 2024-02 run on 2026-11-27", "2024-02-29");
            expected.put("as-of period 2025Q4 run on 2026-11-27", "2025-12-31");
            expected.put("as-of without dates", "ValueError: the DAG run namespace() carries no date");
            expected.put("master URL in host", "spark://m1:7077");
            expected.put("master host and port", "spark://127.0.0.1:7077");
            expected.put("master local", "local[2]");
            expected.put("master yarn", "yarn");
            expected.put("year 2024-07", "2024");
            expected.put("year 2025Q3", "2025");
            expected.put("year scheduled 2026-01-01 (Airflow 2)", "2025");
            expected.put("year as of 2026-01-15", "2026");
            expected.put("year scheduled 2026-04-01 (Airflow 3)", "2026");
            assertEquals(expected, got, flavor);
        }
    }

    @Test
    void theFileByteCompilesAndTheSameInputsGiveTheSameText() throws Exception {
        String text = AirflowDagFile.render(DAG, SPEC);
        Path file = Files.writeString(dir.resolve("compiled.py"), text);

        DagFileInspector.compile(file);
        assertEquals(text, AirflowDagFile.render(DAG, SPEC));
        assertTrue(text.contains("(4 tasks, 4 dependencies)"), text);
    }

    @Test
    void thePeriodParamAcceptsWhatTheTriggerCommandSends() {
        Pattern p = Pattern.compile(AirflowDagFile.PERIOD_PATTERN);
        for (String ok : List.of("", "2025", "2025Q1", "2025Q4", "2025-01", "2025-12")) {
            assertTrue(p.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("25", "2025Q5", "2025-13", "2025-1", "2025 ", "q3")) {
            assertFalse(p.matcher(bad).matches(), bad);
        }
    }

    @Test
    void theAsOfParamAcceptsDatesOrNothing() {
        Pattern p = Pattern.compile(AirflowDagFile.AS_OF_PATTERN);
        for (String ok : List.of("", "2026-01-15", "2024-02-29", "2025-12-31")) {
            assertTrue(p.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("2026-1-15", "2026-13-01", "2026-01-32", "20260115", "2026-01-15T00:00")) {
            assertFalse(p.matcher(bad).matches(), bad);
        }
    }

    @Test
    void theSpecRejectsWhatAirflowOrSparkWouldReject() {
        assertMessage("the DAG id 'jgdj pipeline' must be letters, digits, '_', '.' or '-' (Airflow's rule)",
                () -> DagFileSpec.of("jgdj pipeline", "/j.jar"));
        assertMessage("'0 6 1 *' is not a five-field cron expression", () -> SPEC.withSchedule("0 6 1 *", 2));
        assertMessage("'executor.memory' is not a Spark property (spark.something)",
                () -> SPEC.withSpark(null, "spark_default", Map.of("executor.memory", "1g")));
        assertMessage("the input folder '/data/{{ ds }}' holds control characters or Jinja markup, which Airflow "
                + "would render", () -> SPEC.withData("/data/{{ ds }}", "/out"));
        assertMessage("retries must not be negative, got -1", () -> SPEC.withSchedule(null, -1));
        assertMessage("at least one task must be able to run, got 0", () -> SPEC.withMaxActiveTasks(0));
    }

    private static void assertMessage(String message, Runnable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call::run).getMessage());
    }

    private static JsonNode inspect(String flavor, DagFileSpec spec) throws Exception {
        Path file = Files.createTempFile(dir, "dag-", ".py");
        Files.writeString(file, AirflowDagFile.render(DAG, spec));
        return inspector.inspect(flavor, file);
    }

    static JsonNode task(JsonNode built, String id) {
        for (JsonNode t : built.get("tasks")) {
            if (t.get("task_id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no task " + id + " in " + built);
    }

    static List<List<String>> edges(JsonNode built) {
        List<List<String>> edges = new ArrayList<>();
        built.get("edges").forEach(e -> edges.add(texts(e)));
        return edges;
    }
}
