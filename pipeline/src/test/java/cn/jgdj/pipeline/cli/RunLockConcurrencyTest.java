package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.pipeline.runner.RunId;
import cn.jgdj.pipeline.runner.RunLock;
import cn.jgdj.pipeline.runner.RunRecords;
import cn.jgdj.pipeline.runner.RunRequest;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on one OUT, in this JVM: while the first is inside a task, the second ('pipeline run' on the same
 * OUT) fails at once naming the first, and the first completes with its outputs. Then a killed run's lock and
 * record are taken over and marked by the next run.
 */
class RunLockConcurrencyTest {
    private static final Map<String, String> OPERATOR_KEY = Map.of("JGDJ_MEMBER_KEY", "an operator secret");

    @TempDir
    Path tmp;
    private Path in;
    private String out;
    private final CountDownLatch inTask = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private CompletableFuture<RunRecord> running;

    /** Even after a failed assertion: the first run ends (and stops its Spark) before the next test starts. */
    @AfterEach
    void letTheTaskEnd() {
        release.countDown();
        if (running != null) {
            running.handle((r, e) -> r).join();
        }
    }

    @BeforeEach
    void files() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("numbers.csv"), "n\n1\n2\n3\n4\n5\n");
        out = tmp.resolve("out").toString();
    }

    /** Reads the numbers, waiting inside the task until the test lets it finish. */
    private Dag blockingDag() {
        return Dag.of(Map.of("raw/numbers", in + "/numbers.*"), List.of(
                new Task("load", Task.inputs("raw/numbers"), Task.outputs("work/numbers"), (io, p) -> {
                    inTask.countDown();
                    if (!release.await(2, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("the test never released the task");
                    }
                    io.write("work/numbers", SparkSession.active().read().option("header", "true")
                            .option("inferSchema", "true").csv(p.inputDir() + "/numbers.csv"));
                })));
    }

    private RunRequest request(RunId id) {
        return new RunRequest(id, new JobParams(in.toString(), null, 10, LocalDate.of(2025, 12, 31), null,
                "k".getBytes(StandardCharsets.UTF_8), false), Selection.all(), null, Map.of("lang", "en"));
    }

    private PipelineRun pipelineRun(ByteArrayOutputStream printed, RunLock.ProcessAlive alive) {
        CliContext context = new CliContext(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err,
                Map.of(), false);
        return new PipelineRun(context, new OutputLayout(out), Preflight.Machine.current(), alive);
    }

    @Test
    void theSecondRunFailsFastAndTheFirstCompletes() throws Exception {
        RunId first = RunId.startingAt(LocalDateTime.now());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        running = CompletableFuture.supplyAsync(() -> pipelineRun(printed,
                RunLock.ProcessAlive.SYSTEM).run(blockingDag(), request(first), PipelineRun.resumeHint(out)));
        assertTrue(inTask.await(2, TimeUnit.MINUTES), "the first run reached its task");
        String started = RunLock.holder(out, new Configuration()).orElseThrow().started();

        Cli second = Cli.run(OPERATOR_KEY, "run", "--input", in.toString(), "--out", out, "--lang", "en");

        assertEquals(1, second.exitCode(), second.out() + second.err());
        assertEquals("error: OUT is in use by run " + first + " started " + started + " (pid "
                + ProcessHandle.current().pid() + " on " + hostName() + "): wait for it to end, or give another "
                + "--out. If that run is gone, delete " + out + "/_lock.\n", second.err());
        assertFalse(second.out().contains("starting"), second.out());
        assertEquals(first.value(), RunLock.holder(out, new Configuration()).orElseThrow().runId(),
                "the first run still holds OUT");
        assertFalse(running.isDone());

        release.countDown();
        RunRecord record = running.get(2, TimeUnit.MINUTES);

        assertEquals(RunRecord.SUCCEEDED, record.state());
        assertEquals(5L, record.task("load").orElseThrow().rowsOut());
        assertTrue(Files.isRegularFile(Path.of(out, "work/numbers/_SUCCESS")), "the output is committed");
        assertEquals(in.toString(), record.input());
        assertEquals(out, record.out());
        assertFalse(Files.exists(Path.of(out, "_lock")), "the lock is released");
        assertTrue(Files.isDirectory(Path.of(out, "_spark-local")), "Spark's scratch folder is under OUT");
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(Path.of(out, "_spark-local"))));
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("Run " + first + " starting; its record: "
                + out + "/runs/" + first + ".json\n"), printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aKilledRunsLockIsTakenOverAndItsRecordMarkedInterrupted() throws Exception {
        String killed = "20261129T100000-dead";
        OutputLayout layout = new OutputLayout(out);
        new RunRecords(layout, new Configuration()).write(new RunRecord(killed, RunRecord.RUNNING,
                "2026-11-29T10:00:00Z", null, in.toString(), out, "2025-12-31", null, "all", null, Map.of(), "fp",
                List.of()));
        Files.writeString(Path.of(out, "_lock"), "{\"run_id\":\"" + killed + "\",\"host\":\"" + hostName()
                + "\",\"pid\":4242,\"started\":\"2026-11-29T10:00:00Z\"}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        release.countDown();

        RunId next = RunId.startingAt(LocalDateTime.now());
        RunRecord record = pipelineRun(printed, (pid, started) -> pid != 4242)
                .run(blockingDag(), request(next), PipelineRun.resumeHint(out));

        assertEquals(RunRecord.SUCCEEDED, record.state());
        assertEquals(RunRecord.INTERRUPTED, new RunRecords(layout, new Configuration()).read(killed).orElseThrow()
                .state());
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith(
                "Taking over " + out + "/_lock from run " + killed + " started 2026-11-29T10:00:00Z: its process "
                        + "(pid 4242 on " + hostName() + ") is gone.\n"
                        + "Run " + killed + " did not end (its process was stopped): its record now says interrupted; "
                        + "resume it with\n  bin/pipeline run --out " + out + " --resume " + killed + "\n"
                        + "Run " + next + " starting"), printed.toString(StandardCharsets.UTF_8));
    }

    private static String hostName() throws IOException {
        return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    }
}
