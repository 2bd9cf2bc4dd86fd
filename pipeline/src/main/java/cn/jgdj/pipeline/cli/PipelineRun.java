package cn.jgdj.pipeline.cli;

import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.pipeline.runner.Fingerprints;
import cn.jgdj.pipeline.runner.InputSize;
import cn.jgdj.pipeline.runner.LocalRunner;
import cn.jgdj.pipeline.runner.Locations;
import cn.jgdj.pipeline.runner.ParallelTasks;
import cn.jgdj.pipeline.runner.Progress;
import cn.jgdj.pipeline.runner.RunOutcome;
import cn.jgdj.pipeline.runner.RunPlan;
import cn.jgdj.pipeline.runner.RunId;
import cn.jgdj.pipeline.runner.RunLock;
import cn.jgdj.pipeline.runner.RunLockedException;
import cn.jgdj.pipeline.runner.RunPlanner;
import cn.jgdj.pipeline.runner.RunRecords;
import cn.jgdj.pipeline.runner.RunRequest;
import cn.jgdj.pipeline.runner.SparkLocalDir;
import cn.jgdj.pipeline.runner.SparkSessions;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.TaskRecord;
import cn.jgdj.schemas.run.TaskState;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * What run, ingest and demo share: plan, check the selection's inputs and the machine (preflight), take OUT's run
 * lock, run with one SparkSession, report.
 */
final class PipelineRun {
    private final CliContext context;
    private final OutputLayout layout;
    private final Preflight.Machine machine;
    private final RunLock.ProcessAlive alive;
    private Integer parallelTasks;

    PipelineRun(CliContext context, OutputLayout layout) {
        this(context, layout, Preflight.Machine.current(), RunLock.ProcessAlive.SYSTEM);
    }

    /** With the machine and process table the checks see (tests). */
    PipelineRun(CliContext context, OutputLayout layout, Preflight.Machine machine, RunLock.ProcessAlive alive) {
        this.context = context;
        this.layout = layout;
        this.machine = machine;
        this.alive = alive;
    }

    /** Tasks side by side as {@code --parallel-tasks} gives (null: the launcher's default, {@link ParallelTasks}). */
    PipelineRun withParallelTasks(Integer given) {
        this.parallelTasks = given;
        return this;
    }

    /** The raw exports folder must exist (on any Hadoop filesystem) before anything is planned. */
    static void requireInputFolder(String inputDir) {
        Path p = new Path(inputDir);
        try {
            if (!p.getFileSystem(new Configuration()).getFileStatus(p).isDirectory()) {
                throw new UsageException("--input " + inputDir + " is not a folder");
            }
        } catch (FileNotFoundException e) {
            throw new UsageException("--input " + inputDir + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("looking at --input " + inputDir + ": " + e.getMessage(), e);
        }
    }

    /** The plan without running anything (and without Spark): what --dry-run prints. */
    RunPlan plan(Dag dag, RunRequest request) {
        return new RunPlanner(layout, new Fingerprints(new Configuration())).plan(dag, request);
    }

    /**
     * Runs the request; a failed run is a {@link RunFailedException} saying what failed and what to do next.
     *
     * @param nextStep what to do after a failure, RUN_ID standing for the failed run's id
     */
    RunRecord run(Dag dag, RunRequest request, String nextStep) {
        RunPlan plan = plan(dag, request);
        requireInputsOfSelection(dag, plan);
        long inputBytes = InputSize.bytes(request.params().inputDir(), new Configuration());
        preflight(rendersChinesePacks(plan, request), Preflight.diskNeed(ingests(plan) ? inputBytes : 0));
        try (RunLock lock = lock(request.runId(), request.selection())) {
            return runLocked(dag, request, nextStep, inputBytes);
        }
    }

    /**
     * Checks the machine before any work; see {@link Preflight}.
     *
     * @param diskNeed bytes the run will write under OUT ({@link Preflight#diskNeed})
     */
    void preflight(boolean chinesePacks, long diskNeed) {
        new Preflight(machine, new Configuration()).check(layout.root(), chinesePacks, diskNeed);
    }

    /** Whether the plan reads raw exports (then it needs room for twice their size under OUT). */
    static boolean ingests(RunPlan plan) {
        return plan.selected().stream().flatMap(p -> p.task().inputs().stream()).anyMatch(Catalog::isRaw);
    }

    /** Whether the plan renders packs in Chinese (which need a CJK font). */
    static boolean rendersChinesePacks(RunPlan plan, RunRequest request) {
        return "zh".equals(request.settings().get("lang"))
                && plan.selected().stream().anyMatch(p -> p.task().name().endsWith("_pack"));
    }

    /** Takes the lock of a run of several tasks: see {@link #lock(RunId, Selection)}. */
    RunLock lock(RunId runId) {
        return lock(runId, Selection.all());
    }

    /**
     * Takes the run's lock (OUT's own, or the task's for {@code --only}; a run in the way fails this one at once)
     * and marks the records of runs that were killed as interrupted.
     */
    RunLock lock(RunId runId, Selection selection) {
        Configuration conf = new Configuration();
        RunLock lock;
        try {
            lock = RunLock.acquire(layout.root(), conf, runId.value(), RunLock.lockedTask(selection), alive,
                    context.out()::println);
        } catch (RunLockedException e) {
            throw new RunFailedException(e.getMessage());
        }
        RunRecords records = new RunRecords(layout, conf);
        // Checked after the lock: a run that used this id before has written its record before releasing its lock.
        if (records.read(runId.value()).isPresent()) {
            lock.close();
            throw new RunFailedException("run id " + runId + " is taken by an earlier run on the same OUT ("
                    + records.location(runId.value()) + "): start this run again (it gets a new id)");
        }
        for (String killed : records.markInterrupted(alive)) {
            context.out().println("Run " + killed + " did not end (its process was stopped): its record now says "
                    + RunRecord.INTERRUPTED + "; resume it with\n  " + resumeCommand(layout.root(), killed));
        }
        return lock;
    }

    /** As {@link #run}, with OUT's lock already held. */
    RunRecord runLocked(Dag dag, RunRequest request, String nextStep) {
        return runLocked(dag, request, nextStep, InputSize.bytes(request.params().inputDir(), new Configuration()));
    }

    /** As {@link #runLocked(Dag, RunRequest, String)}, with the raw exports' size already measured. */
    private RunRecord runLocked(Dag dag, RunRequest request, String nextStep, long inputBytes) {
        long t0 = System.nanoTime();
        context.out().println("Run " + request.runId() + " starting; its record: " + layout.run(request.runId().value()));
        context.out().flush();
        int sideBySide = ParallelTasks.forRun(parallelTasks, inputBytes, SparkSessions.runsLocally(new SparkConf()));
        if (sideBySide > 1) {
            context.out().println("Up to " + sideBySide + " independent tasks run side by side (--parallel-tasks).");
        }
        java.nio.file.Path scratch = sparkLocalDir(request.runId());
        SparkSession spark = SparkSessions.forRun("jgdj pipeline " + request.runId(), scratch, inputBytes);
        RunOutcome outcome;
        try {
            outcome = new LocalRunner(spark, layout, Progress.forStream(context.out(), context.terminal()), alive,
                    sideBySide).run(dag, request);
        } finally {
            spark.stop();
            if (scratch != null) {
                SparkLocalDir.remove(scratch);
            }
        }
        RunRecord record = outcome.record();
        long ran = record.tasks().stream().filter(t -> t.state() == TaskState.SUCCEEDED).count();
        long skipped = record.tasks().stream().filter(t -> t.state() == TaskState.SKIPPED).count();
        String took = String.format("%.0f s", (System.nanoTime() - t0) / 1e9);
        if (!outcome.succeeded()) {
            StringBuilder msg = new StringBuilder("run " + record.runId() + " failed");
            for (TaskRecord t : record.tasks()) {
                if (t.state() == TaskState.FAILED) {
                    msg.append("\n  task ").append(t.task()).append(": ").append(t.error());
                }
            }
            List<String> notRun = record.tasks().stream()
                    .filter(t -> t.state() == TaskState.NOT_RUN && t.reason().startsWith("upstream"))
                    .map(TaskRecord::task).toList();
            if (!notRun.isEmpty()) {
                msg.append("\n  not run because of it: ").append(String.join(", ", notRun));
            }
            msg.append("\nRun record: ").append(layout.run(record.runId()));
            msg.append("\n").append(nextStep.replace("RUN_ID", record.runId()));
            throw new RunFailedException(msg.toString());
        }
        context.out().println("Run " + record.runId() + " succeeded in " + took + ": " + ran + " task(s) run, "
                + skipped + " up to date.");
        context.out().println("Run record: " + layout.run(record.runId()));
        return record;
    }

    /**
     * The run's private folder for Spark's scratch files in a local run (the folders of runs that are over are
     * deleted now); null on a cluster.
     */
    private java.nio.file.Path sparkLocalDir(RunId runId) {
        if (!SparkSessions.runsLocally(new SparkConf())) {
            return null;
        }
        Configuration conf = new Configuration();
        String out = Locations.absolute(layout.root(), conf);
        return SparkLocalDir.prepare(SparkLocalDir.forOut(out, java.nio.file.Path.of(System.getProperty("user.home"))),
                runId.value(), () -> RunLock.liveRuns(layout.root(), conf, alive));
    }

    /** The usual next step after a failed run: resume it. */
    static String resumeHint(String outRoot) {
        return "Fix the cause, then resume (tasks that succeeded and are up to date are skipped):\n  "
                + resumeCommand(outRoot, "RUN_ID");
    }

    /** The command that resumes a run, with OUT absolute so it works from any folder. */
    static String resumeCommand(String outRoot, String runId) {
        return "bin/pipeline run --out " + Locations.absolute(outRoot, new Configuration()) + " --resume " + runId;
    }

    /** With --from or --only, what the selected tasks read from unselected ones must already exist. */
    private void requireInputsOfSelection(Dag dag, RunPlan plan) {
        Set<Task> selected = new HashSet<>();
        plan.selected().forEach(p -> selected.add(p.task()));
        Fingerprints fp = new Fingerprints(new Configuration());
        for (Task t : dag.tasks()) {
            if (!selected.contains(t)) {
                continue;
            }
            for (String in : t.inputs()) {
                Task producer = dag.producer(in).orElse(null);
                if (producer != null && !selected.contains(producer)
                        && Fingerprints.ABSENT.equals(fp.of(RunPlanner.location(dag, layout, in)))) {
                    throw new UsageException("task " + t.name() + " reads " + in + ", which does not exist in "
                            + layout.root() + " and which task " + producer.name() + " (not selected) writes: "
                            + "run it first, or use --from " + producer.name());
                }
            }
        }
    }
}
