package cn.jgdj.pipeline.runner;

import static cn.jgdj.pipeline.dag.Task.inputs;
import static cn.jgdj.pipeline.dag.Task.outputs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.ingest.MemberKeys;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.pipeline.dag.TaskAction;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.TaskRecord;
import cn.jgdj.schemas.run.TaskState;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.OutputLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner over real staged writes. The tasks are small test tasks (read a CSV, double a column, sum it),
 * so every count below is known: numbers.csv holds 1..5, extra.csv holds 10 and 20.
 */
@ExtendWith(SparkSessionExtension.class)
class LocalRunnerTest {
    private static SparkSession spark;

    @TempDir
    Path tmp;
    private Path in;
    private OutputLayout layout;
    private final AtomicBoolean totalFails = new AtomicBoolean();
    private final Map<String, AtomicInteger> runs = new LinkedHashMap<>();

    @BeforeAll
    static void setUp(SparkSession s) {
        spark = s;
    }

    @BeforeEach
    void files() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("numbers.csv"), "n\n1\n2\n3\n4\n5\n");
        Files.writeString(in.resolve("extra.csv"), "n\n10\n20\n");
        layout = new OutputLayout(tmp.resolve("out").toString());
    }

    private Task counted(String name, List<String> ins, List<String> outs, cn.jgdj.pipeline.dag.TaskAction a) {
        runs.put(name, new AtomicInteger());
        return new Task(name, ins, outs, (io, p) -> {
            runs.get(name).incrementAndGet();
            a.run(io, p);
        });
    }

    private Dataset<Row> csv(JobParams p, String file) {
        return spark.read().option("header", "true").option("inferSchema", "true").csv(p.inputDir() + "/" + file);
    }

    /** load -> doubled -> total -> publish, and an independent branch: other. */
    private Dag dag() {
        return Dag.of(Map.of("raw/numbers", in + "/numbers.*", "raw/extra", in + "/extra.*"), List.of(
                counted("load", inputs("raw/numbers"), outputs("work/numbers"),
                        (io, p) -> io.write("work/numbers", csv(p, "numbers.csv"))),
                counted("doubled", inputs("work/numbers"), outputs("work/doubled"),
                        (io, p) -> io.write("work/doubled",
                                io.read("work/numbers").select(col("n").multiply(2).as("n")))),
                counted("total", inputs("work/doubled"), outputs("indicators/total"), (io, p) -> {
                    io.write("indicators/total", io.read("work/doubled").agg(sum("n").as("total")));
                    if (totalFails.get()) {
                        throw new IllegalStateException("total broke after writing");
                    }
                }),
                counted("publish", inputs("indicators/total"), outputs("work/published"),
                        (io, p) -> io.write("work/published", io.read("indicators/total"))),
                counted("other", inputs("raw/extra"), outputs("work/other"),
                        (io, p) -> io.write("work/other", csv(p, "extra.csv")))));
    }

    private RunOutcome run(RunRecord previous) {
        return run(previous, Selection.all());
    }

    private RunOutcome run(RunRecord previous, Selection selection) {
        return run(previous, selection, 1);
    }

    private RunOutcome run(RunRecord previous, Selection selection, int parallelTasks) {
        return run(dag(), previous, selection, parallelTasks, new ByteArrayOutputStream());
    }

    private RunOutcome run(Dag dag, RunRecord previous, Selection selection, int parallelTasks,
                           ByteArrayOutputStream progress) {
        JobParams params = new JobParams(in.toString(), null, 10, LocalDate.of(2026, 1, 1), null,
                "test key".getBytes(StandardCharsets.UTF_8), false);
        RunRequest request = new RunRequest(RunId.startingAt(LocalDateTime.now()), params, selection, previous,
                Map.of("lang", "zh"));
        return new LocalRunner(spark, layout, Progress.forStream(new PrintStream(progress, true), false),
                RunLock.ProcessAlive.SYSTEM, parallelTasks).run(dag, request);
    }

    private static Map<String, TaskState> states(RunRecord r) {
        Map<String, TaskState> m = new LinkedHashMap<>();
        r.tasks().forEach(t -> m.put(t.task(), t.state()));
        return m;
    }

    private Path out(String name) {
        return Path.of(layout.root(), name);
    }

    private void resetCounts() {
        runs.values().forEach(c -> c.set(0));
    }

    @Test
    void runsEveryTaskInOrderAndRecordsRowsInAndOut() throws IOException {
        RunOutcome outcome = run(null);

        assertTrue(outcome.succeeded());
        RunRecord r = outcome.record();
        assertEquals(List.of("load", "doubled", "total", "publish", "other"),
                r.tasks().stream().map(TaskRecord::task).toList());
        assertTrue(r.tasks().stream().allMatch(t -> t.state() == TaskState.SUCCEEDED));
        TaskRecord load = r.task("load").orElseThrow();
        assertNull(load.rowsIn(), "a raw source is not a table");
        assertEquals(5L, load.rowsOut());
        assertEquals(5L, r.task("doubled").orElseThrow().rowsIn());
        assertEquals(5L, r.task("doubled").orElseThrow().rowsOut());
        assertEquals(1L, r.task("total").orElseThrow().rowsOut());
        assertEquals(Map.of("work/other", 2L), r.task("other").orElseThrow().outputs());
        assertEquals(30L, spark.read().parquet(out("indicators/total").toString()).first().getLong(0));
        assertTrue(Files.isRegularFile(out("indicators/total.csv")), "the CSV copy is committed too");
        assertFalse(Files.exists(out("_staging")), "nothing left in staging");

        JsonNode json = new ObjectMapper().readTree(Files.readString(Path.of(layout.run(r.runId()))));
        assertEquals(r.runId(), json.get("run_id").asText());
        assertEquals("succeeded", json.get("state").asText());
        assertEquals("operator key", json.get("member_key").asText());
        assertEquals("succeeded", json.get("tasks").get(1).get("state").asText());
        assertEquals(5, json.get("tasks").get(1).get("rows_out").asInt());
        assertNotNull(json.get("tasks").get(1).get("start"));
        assertNotNull(json.get("tasks").get(1).get("inputs").get("work/numbers"));
    }

    @Test
    void anIngestTaskReportsTheRowsItReadFromItsRawFileNotItsLookupTable() {
        // Like ingest_branches: a raw export, plus a warehouse table it looks rows up in (5 rows).
        String counts = Catalog.ingestCounts("branches");
        Dag dag = Dag.of(Map.of("raw/numbers", in + "/numbers.*", "raw/branches", in + "/extra.*"), List.of(
                new Task("load", inputs("raw/numbers"), outputs("work/numbers"),
                        (io, p) -> io.write("work/numbers", csv(p, "numbers.csv"))),
                new Task("ingest_branches", inputs("raw/branches", "work/numbers"), outputs("warehouse/branches", counts),
                        (io, p) -> {
                            io.write("warehouse/branches", csv(p, "extra.csv"));
                            io.writeText(counts, new IngestCounts("branches", "branches.csv", "UTF-8", 3, 2, 0,
                                    Map.of(ReasonCode.values()[0], 1L), 0, List.of()).toJson());
                        })));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        RunRequest request = new RunRequest(RunId.startingAt(LocalDateTime.now()), new JobParams(in.toString(), null,
                10, LocalDate.of(2026, 1, 1), null, "k".getBytes(StandardCharsets.UTF_8), false), Selection.all(),
                null, Map.of());

        RunRecord r = new LocalRunner(spark, layout, Progress.forStream(new PrintStream(progress, true), false))
                .run(dag, request).record();

        assertEquals(TaskState.SUCCEEDED, r.task("ingest_branches").orElseThrow().state(),
                () -> r.task("ingest_branches").orElseThrow().error());
        assertEquals(3L, r.task("ingest_branches").orElseThrow().rowsIn(), "rows_read of its counts, not the 5 lookup rows");
        assertEquals(2L, r.task("ingest_branches").orElseThrow().rowsOut());
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("ingest_branches: succeeded in "), progress.toString());
        assertTrue(progress.toString(StandardCharsets.UTF_8).matches("(?s).*\\[2/2\\] ingest_branches: succeeded in "
                + "[0-9.]+ s, rows in 3 out 2\n.*"), progress.toString());
    }

    @Test
    void aTaskFailingMidwayLeavesNoOutputAndItsDownstreamDoesNotRunButOthersDo() {
        totalFails.set(true);
        RunOutcome failed = run(null);

        assertFalse(failed.succeeded());
        assertEquals(Map.of("load", TaskState.SUCCEEDED, "doubled", TaskState.SUCCEEDED,
                "total", TaskState.FAILED, "publish", TaskState.NOT_RUN, "other", TaskState.SUCCEEDED),
                states(failed.record()));
        TaskRecord total = failed.record().task("total").orElseThrow();
        assertEquals("total broke after writing", total.error());
        assertEquals("upstream task total did not succeed", failed.record().task("publish").orElseThrow().reason());
        assertFalse(Files.exists(out("indicators/total")), "the half-done output is not under its final name");
        assertFalse(Files.exists(out("indicators/total.csv")));
        assertFalse(Files.exists(out("_staging")), "the staged output is discarded");
        assertEquals(RunRecord.FAILED, failed.record().state());

        // The next run, resuming, repairs it: only the failed task and its downstream run again.
        totalFails.set(false);
        resetCounts();
        RunOutcome repaired = run(failed.record());

        assertTrue(repaired.succeeded());
        assertEquals(Map.of("load", TaskState.SKIPPED, "doubled", TaskState.SKIPPED,
                "total", TaskState.SUCCEEDED, "publish", TaskState.SUCCEEDED, "other", TaskState.SKIPPED),
                states(repaired.record()));
        assertEquals(List.of(0, 0, 1, 1, 0), runs.values().stream().map(AtomicInteger::get).toList());
        assertEquals(30L, spark.read().parquet(out("indicators/total").toString()).first().getLong(0));
        assertEquals(failed.record().runId(), repaired.record().resumedFrom());
        assertEquals(5L, repaired.record().task("doubled").orElseThrow().rowsOut(), "a skipped task keeps its counts");
    }

    @Test
    void resumeRerunsExactlyTheTasksWhoseInputsChanged() throws IOException {
        RunRecord first = run(null).record();
        Files.writeString(in.resolve("extra.csv"), "n\n10\n20\n30\n");
        resetCounts();

        RunOutcome second = run(first);

        assertEquals(Map.of("load", TaskState.SKIPPED, "doubled", TaskState.SKIPPED, "total", TaskState.SKIPPED,
                "publish", TaskState.SKIPPED, "other", TaskState.SUCCEEDED), states(second.record()));
        assertEquals(List.of(0, 0, 0, 0, 1), runs.values().stream().map(AtomicInteger::get).toList());
        assertEquals(3L, second.record().task("other").orElseThrow().rowsOut());

        // A changed input upstream re-runs its reader and everything downstream of it.
        Files.writeString(in.resolve("numbers.csv"), "n\n1\n2\n");
        resetCounts();
        RunOutcome third = run(second.record());

        assertEquals(Map.of("load", TaskState.SUCCEEDED, "doubled", TaskState.SUCCEEDED,
                "total", TaskState.SUCCEEDED, "publish", TaskState.SUCCEEDED, "other", TaskState.SKIPPED),
                states(third.record()));
        assertEquals(6L, spark.read().parquet(out("indicators/total").toString()).first().getLong(0));
    }

    @Test
    void resumeRerunsATaskWhoseOutputWasDeleted() throws IOException {
        RunRecord first = run(null).record();
        try (var files = Files.walk(out("work/published"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        resetCounts();

        RunOutcome second = run(first);

        assertEquals(TaskState.SUCCEEDED, second.record().task("publish").orElseThrow().state());
        assertEquals(List.of(0, 0, 0, 1, 0), runs.values().stream().map(AtomicInteger::get).toList());
    }

    @Test
    void onlyRunsOneTaskAndRecordsTheOthersAsNotSelected() {
        run(null);
        resetCounts();

        RunOutcome only = run(null, Selection.only("total"));

        assertTrue(only.succeeded());
        assertEquals(Map.of("load", TaskState.NOT_RUN, "doubled", TaskState.NOT_RUN, "total", TaskState.SUCCEEDED,
                "publish", TaskState.NOT_RUN, "other", TaskState.NOT_RUN), states(only.record()));
        assertEquals("not selected (--only total)", only.record().task("load").orElseThrow().reason());
        assertEquals(List.of(0, 0, 1, 0, 0), runs.values().stream().map(AtomicInteger::get).toList());
    }

    @Test
    void aTaskWritingWhatItDoesNotDeclareFailsAndCommitsNothing() {
        Dag dag = Dag.of(Map.of(), List.of(new Task("sneaky", inputs(), outputs("work/declared"), (io, p) -> {
            io.write("work/declared", spark.range(3).toDF());
            io.write("work/undeclared", spark.range(3).toDF());
        })));
        JobParams params = new JobParams(in.toString(), null, 10, LocalDate.of(2026, 1, 1), null,
                MemberKeys.DEMO_SECRET, true);
        RunOutcome outcome = new LocalRunner(spark, layout, Progress.forStream(new PrintStream(
                new ByteArrayOutputStream()), false)).run(dag, new RunRequest(RunId.startingAt(LocalDateTime.now()),
                params, Selection.all(), null, Map.of()));

        TaskRecord sneaky = outcome.record().task("sneaky").orElseThrow();
        assertEquals(TaskState.FAILED, sneaky.state());
        assertEquals("task sneaky wrote undeclared output(s) work/undeclared", sneaky.error());
        assertFalse(Files.exists(out("work/declared")));
        assertEquals(LocalRunner.DEMO_KEY, outcome.record().memberKey());
    }

    @Test
    void twoTasksSideBySideAFailureStopsOnlyItsDownstreamAndTheRecordKeepsPlanOrder() throws IOException {
        totalFails.set(true);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        RunOutcome failed = run(dag(), null, Selection.all(), 2, progress);

        assertFalse(failed.succeeded());
        assertEquals(RunRecord.FAILED, failed.record().state());
        assertEquals(List.of("load", "doubled", "total", "publish", "other"),
                failed.record().tasks().stream().map(TaskRecord::task).toList());
        assertEquals(Map.of("load", TaskState.SUCCEEDED, "doubled", TaskState.SUCCEEDED,
                "total", TaskState.FAILED, "publish", TaskState.NOT_RUN, "other", TaskState.SUCCEEDED),
                states(failed.record()));
        assertEquals("upstream task total did not succeed", failed.record().task("publish").orElseThrow().reason());
        assertEquals("total broke after writing", failed.record().task("total").orElseThrow().error());
        assertEquals(List.of("total"), List.copyOf(failed.failures().keySet()));
        assertFalse(Files.exists(out("indicators/total")));
        assertFalse(Files.exists(out("_staging")), "the staged output is discarded");
        assertEquals(List.of(1, 1, 1, 0, 1), runs.values().stream().map(AtomicInteger::get).toList());
        // The record on disk is the final one, in plan order.
        JsonNode json = new ObjectMapper().readTree(Files.readString(Path.of(layout.run(failed.record().runId()))));
        assertEquals("failed", json.get("state").asText());
        assertEquals("publish", json.get("tasks").get(3).get("task").asText());
        assertEquals("not_run", json.get("tasks").get(3).get("state").asText());
        String shown = progress.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("[4/5] publish: not_run (upstream task total did not succeed)\n"), shown);
        assertTrue(shown.contains("[3/5] total: failed in "), shown);

        // Resumed, side by side again: only the failed task and its downstream run.
        totalFails.set(false);
        resetCounts();
        RunOutcome repaired = run(failed.record(), Selection.all(), 2);

        assertTrue(repaired.succeeded());
        assertEquals(Map.of("load", TaskState.SKIPPED, "doubled", TaskState.SKIPPED,
                "total", TaskState.SUCCEEDED, "publish", TaskState.SUCCEEDED, "other", TaskState.SKIPPED),
                states(repaired.record()));
        assertEquals(List.of("load", "doubled", "total", "publish", "other"),
                repaired.record().tasks().stream().map(TaskRecord::task).toList());
        assertEquals(List.of(0, 0, 1, 1, 0), runs.values().stream().map(AtomicInteger::get).toList());
        assertEquals(30L, spark.read().parquet(out("indicators/total").toString()).first().getLong(0));
        assertEquals(failed.record().runId(), repaired.record().resumedFrom());
    }

    @Test
    void independentTasksRunAtTheSameTimeEachUnderItsOwnJobGroup() {
        // Each of the two waits for the other to have started: with one task at a time the barrier would break.
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        Map<String, String> groupSeen = new ConcurrentHashMap<>();
        TaskAction meetTheOther = (io, p) -> {
            String name = Thread.currentThread().getName();
            try {
                bothStarted.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other task did not start beside this one on " + name, e);
            }
        };
        Dag dag = Dag.of(Map.of("raw/numbers", in + "/numbers.*", "raw/extra", in + "/extra.*"), List.of(
                new Task("left", inputs("raw/numbers"), outputs("work/left"), (io, p) -> {
                    meetTheOther.run(io, p);
                    groupSeen.put("left", spark.sparkContext().getLocalProperty("spark.jobGroup.id"));
                    io.write("work/left", csv(p, "numbers.csv"));
                }),
                new Task("right", inputs("raw/extra"), outputs("work/right"), (io, p) -> {
                    meetTheOther.run(io, p);
                    groupSeen.put("right", spark.sparkContext().getLocalProperty("spark.jobGroup.id"));
                    io.write("work/right", csv(p, "extra.csv"));
                }),
                new Task("both", inputs("work/left", "work/right"), outputs("work/both"),
                        (io, p) -> io.write("work/both", io.read("work/left").union(io.read("work/right"))))));

        RunOutcome outcome = run(dag, null, Selection.all(), 2, new ByteArrayOutputStream());

        assertTrue(outcome.succeeded(), () -> outcome.record().tasks().toString());
        assertEquals(Map.of("left", "left", "right", "right"), groupSeen);
        assertEquals(7L, outcome.record().task("both").orElseThrow().rowsOut(), "5 numbers and 2 extra");
        assertNull(spark.sparkContext().getLocalProperty("spark.jobGroup.id"), "the caller's thread has none");
    }

    @Test
    void withOneTaskAtATimeEveryTaskRunsOnTheCallersThreadInPlanOrder() {
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        TaskAction noted = (io, p) -> {
            assertTrue(Thread.currentThread() == caller, "on the caller's thread");
        };
        Dag dag = Dag.of(Map.of("raw/numbers", in + "/numbers.*"), List.of(
                new Task("a", inputs("raw/numbers"), outputs("work/a"), (io, p) -> {
                    noted.run(io, p);
                    order.add("a");
                    io.write("work/a", csv(p, "numbers.csv"));
                }),
                new Task("b", inputs("raw/numbers"), outputs("work/b"), (io, p) -> {
                    noted.run(io, p);
                    order.add("b");
                    io.write("work/b", csv(p, "numbers.csv"));
                }),
                new Task("c", inputs("work/a"), outputs("work/c"), (io, p) -> {
                    noted.run(io, p);
                    order.add("c");
                    io.write("work/c", io.read("work/a"));
                })));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        RunOutcome outcome = run(dag, null, Selection.all(), 1, progress);

        assertTrue(outcome.succeeded(), () -> outcome.record().tasks().toString());
        assertEquals(List.of("a", "b", "c"), order);
        assertTrue(progress.toString(StandardCharsets.UTF_8).matches("\\[1/3\\] a: started\n\\[1/3\\] a: succeeded in .*\n"
                + "\\[2/3\\] b: started\n\\[2/3\\] b: succeeded in .*\n\\[3/3\\] c: started\n\\[3/3\\] c: succeeded in .*\n"),
                progress.toString(StandardCharsets.UTF_8));
    }
}
