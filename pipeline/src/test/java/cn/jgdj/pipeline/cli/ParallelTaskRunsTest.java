package cn.jgdj.pipeline.cli;

import static cn.jgdj.pipeline.dag.Task.inputs;
import static cn.jgdj.pipeline.dag.Task.outputs;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.pipeline.runner.LocalRunner;
import cn.jgdj.pipeline.runner.Progress;
import cn.jgdj.pipeline.runner.RunId;
import cn.jgdj.pipeline.runner.RunLock;
import cn.jgdj.pipeline.runner.RunRecords;
import cn.jgdj.pipeline.runner.RunRequest;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.TaskState;
import cn.jgdj.testing.SparkSessionExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two single-task runs on one OUT at the same time, as Airflow runs two tasks of one DAG run: each takes its
 * task's lock through the CLI's path ({@link PipelineRun#lock}), stages its output and waits inside its task until
 * the other has staged too. Neither clears the other's staging folder, both commit, each keeps its own record; a
 * second run of a running task and a run of the whole DAG are refused meanwhile. The runs share this JVM's
 * SparkSession (two processes would each start their own; the files on OUT are what is shared).
 */
@ExtendWith(SparkSessionExtension.class)
class ParallelTaskRunsTest {
    private static final String KILLED = "20261130T070000-dead";
    private static final String ENDED = "20261130T060000-gone";
    /** Pid 4242 stands for a killed run's process; every other pid is asked of the real process table. */
    private static final RunLock.ProcessAlive ALIVE = (pid, started) -> pid != 4242
            && RunLock.ProcessAlive.SYSTEM.isAlive(pid, started);
    private static SparkSession spark;

    @TempDir
    Path tmp;
    private Path in;
    private String out;
    private final CountDownLatch doubleStaged = new CountDownLatch(1);
    private final CountDownLatch tripleStaged = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private CompletableFuture<RunRecord> doubling;
    private CompletableFuture<RunRecord> tripling;

    @BeforeAll
    static void setUp(SparkSession s) {
        spark = s;
    }

    @BeforeEach
    void files() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("numbers.csv"), "n\n1\n2\n3\n4\n5\n");
        out = tmp.resolve("out").toString();
    }

    /** Even after a failed assertion: both runs end before the next test starts. */
    @AfterEach
    void letTheTasksEnd() {
        release.countDown();
        for (CompletableFuture<RunRecord> f : new CompletableFuture[] {doubling, tripling}) {
            if (f != null) {
                f.handle((r, e) -> r).join();
            }
        }
    }

    /** load, then double and triple (independent of each other), each staging its output and then waiting. */
    private Dag dag() {
        return Dag.of(Map.of("raw/numbers", in + "/numbers.*"), List.of(
                new Task("load", inputs("raw/numbers"), outputs("work/numbers"), (io, p) -> io.write("work/numbers",
                        spark.read().option("header", "true").option("inferSchema", "true")
                                .csv(p.inputDir() + "/numbers.csv"))),
                new Task("double", inputs("work/numbers"), outputs("work/doubled"), (io, p) -> {
                    io.write("work/doubled", io.read("work/numbers").select(col("n").multiply(2).as("n")));
                    stagedAndWait(doubleStaged);
                }),
                new Task("triple", inputs("work/numbers"), outputs("work/tripled"), (io, p) -> {
                    io.write("work/tripled", io.read("work/numbers").select(col("n").multiply(3).as("n")));
                    stagedAndWait(tripleStaged);
                })));
    }

    private void stagedAndWait(CountDownLatch staged) throws InterruptedException {
        staged.countDown();
        if (!release.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the test never released the task");
        }
    }

    private RunRequest request(RunId id, Selection selection) {
        return new RunRequest(id, new JobParams(in.toString(), null, 10, LocalDate.of(2025, 12, 31), null,
                "k".getBytes(StandardCharsets.UTF_8), false), selection, null, Map.of("lang", "en"));
    }

    private PipelineRun pipelineRun() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new PipelineRun(new CliContext(quiet, quiet, Map.of(), false), new OutputLayout(out),
                Preflight.Machine.current(), ALIVE);
    }

    /** What `pipeline run --only TASK` does, on the shared session: take the task's lock, run, release. */
    private RunRecord runOnly(RunId id, String task) {
        Selection only = Selection.only(task);
        try (RunLock lock = pipelineRun().lock(id, only)) {
            return new LocalRunner(spark, new OutputLayout(out), Progress.forStream(
                    new PrintStream(new ByteArrayOutputStream(), true), false), ALIVE).run(dag(), request(id, only))
                    .record();
        }
    }

    private static RunId id(String value) {
        return new RunId(value);
    }

    @Test
    void twoTasksRunSideBySideNeitherClearsTheOthersStagingAndBothCommit() throws Exception {
        RunRecord loaded = runOnly(RunId.startingAt(LocalDateTime.now()), "load");
        assertEquals(RunRecord.SUCCEEDED, loaded.state());
        // Leftovers: a killed run's staging folder (its lock names a dead process) and an ended run's (no lock).
        Files.createDirectories(Path.of(out, "_staging", KILLED, "double", "work"));
        Files.createDirectories(Path.of(out, "_staging", ENDED, "triple"));
        Files.writeString(Files.createDirectories(Path.of(out, "_locks")).resolve("double"), "{\"run_id\":\"" + KILLED + "\",\"task\":\"double\","
                + "\"host\":\"" + hostName() + "\",\"pid\":4242,\"started\":\"2026-11-30T07:00:00Z\"}");
        ParallelRuns runs = startBoth();

        // Both are inside their tasks now, their outputs staged and not committed.
        Path doubleStaging = Path.of(out, "_staging", runs.doubleId().value(), "double");
        Path tripleStaging = Path.of(out, "_staging", runs.tripleId().value(), "triple");
        assertTrue(hasFiles(doubleStaging), "the first run's staged output survived the second run's start");
        assertTrue(hasFiles(tripleStaging));
        assertEquals(Set.of(runs.doubleId().value(), runs.tripleId().value()), children(Path.of(out, "_staging")),
                "the killed and the ended run's leftovers are cleared, the live runs' kept");
        assertEquals(Set.of(runs.doubleId().value(), runs.tripleId().value()),
                RunLock.liveRuns(out, new Configuration(), ALIVE));

        RunFailedException sameTask = assertThrows(RunFailedException.class,
                () -> pipelineRun().lock(id("20261130T100000-cccc"), Selection.only("double")));
        assertTrue(sameTask.getMessage().startsWith("task double is already running on this OUT in run "
                + runs.doubleId() + " (--only double) started "), sameTask.getMessage());
        assertTrue(sameTask.getMessage().endsWith(": wait for it to end. If that run is gone, delete " + out
                + "/_locks/double."), sameTask.getMessage());
        RunFailedException whole = assertThrows(RunFailedException.class,
                () -> pipelineRun().lock(id("20261130T100000-dddd"), Selection.all()));
        assertTrue(whole.getMessage().matches("OUT is in use by run (" + runs.doubleId() + " \\(--only double\\)|"
                + runs.tripleId() + " \\(--only triple\\)) started .*: wait for it to end, or give another --out\\. "
                + "If that run is gone, delete " + out + "/_locks/(double|triple)\\."), whole.getMessage());
        assertFalse(Files.exists(Path.of(out, "_lock")), "the refused whole run took nothing");
        RunRecords records = new RunRecords(new OutputLayout(out), new Configuration());
        assertEquals(RunRecord.RUNNING, records.read(runs.doubleId().value()).orElseThrow().state());
        assertEquals(RunRecord.RUNNING, records.read(runs.tripleId().value()).orElseThrow().state());

        release.countDown();
        RunRecord doubled = doubling.get(2, TimeUnit.MINUTES);
        RunRecord tripled = tripling.get(2, TimeUnit.MINUTES);

        assertEquals(RunRecord.SUCCEEDED, doubled.state());
        assertEquals(RunRecord.SUCCEEDED, tripled.state());
        assertEquals(List.of(2L, 4L, 6L, 8L, 10L), numbers("work/doubled"));
        assertEquals(List.of(3L, 6L, 9L, 12L, 15L), numbers("work/tripled"));
        assertEquals(states(TaskState.NOT_RUN, TaskState.SUCCEEDED, TaskState.NOT_RUN),
                taskStates(records.read(runs.doubleId().value()).orElseThrow()));
        assertEquals(states(TaskState.NOT_RUN, TaskState.NOT_RUN, TaskState.SUCCEEDED),
                taskStates(records.read(runs.tripleId().value()).orElseThrow()));
        assertEquals(5L, records.read(runs.tripleId().value()).orElseThrow().task("triple").orElseThrow().rowsOut());
        assertEquals(Set.of(), children(Path.of(out, "_staging")), "each run removed its own staging folder");
        assertEquals(Set.of(), children(Path.of(out, "_locks")), "both locks released, the dead one taken over");
        assertEquals(Set.of(loaded.runId() + ".json", runs.doubleId() + ".json", runs.tripleId() + ".json"),
                children(Path.of(out, "runs")), "one record per run, nothing else");
    }

    private record ParallelRuns(RunId doubleId, RunId tripleId) {
    }

    /** Starts `--only double`, waits until it has staged, then starts `--only triple` and waits again. */
    private ParallelRuns startBoth() throws InterruptedException {
        RunId doubleId = id("20261130T090000-aaaa");
        RunId tripleId = id("20261130T090000-bbbb");
        doubling = CompletableFuture.supplyAsync(() -> runOnly(doubleId, "double"));
        assertTrue(doubleStaged.await(2, TimeUnit.MINUTES), "the first run staged its output");
        tripling = CompletableFuture.supplyAsync(() -> runOnly(tripleId, "triple"));
        assertTrue(tripleStaged.await(2, TimeUnit.MINUTES), "the second run staged its output");
        return new ParallelRuns(doubleId, tripleId);
    }

    private List<Long> numbers(String dataset) {
        return spark.read().parquet(out + "/" + dataset).orderBy("n").collectAsList().stream()
                .map(r -> ((Number) r.get(0)).longValue()).toList();
    }

    private static Map<String, TaskState> states(TaskState load, TaskState doubled, TaskState tripled) {
        Map<String, TaskState> m = new LinkedHashMap<>();
        m.put("load", load);
        m.put("double", doubled);
        m.put("triple", tripled);
        return m;
    }

    private static Map<String, TaskState> taskStates(RunRecord r) {
        Map<String, TaskState> m = new LinkedHashMap<>();
        r.tasks().forEach(t -> m.put(t.task(), t.state()));
        return m;
    }

    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".parquet"));
        }
    }

    private static Set<String> children(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc"))
                    .collect(Collectors.toSet());
        }
    }

    private static String hostName() throws IOException {
        return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    }
}
