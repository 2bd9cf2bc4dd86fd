package cn.jgdj.pipeline.runner;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.io.TableReads;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.PipelineDag;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.RunRecordFormat;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.TaskRecord;
import cn.jgdj.schemas.run.TaskState;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a DAG in one JVM with one SparkSession: task after task in DAG order, or with {@link ParallelTasks} above
 * one, up to that many tasks side by side, each started (in plan order) once every task it reads from has ended.
 * The run record keeps plan order whatever the order tasks end in; each task's Spark jobs carry its name as job
 * group (a property of the thread that runs it). Each task writes through its own
 * {@link StagedJobIO} (staging under OUT/_staging/RUN_ID/TASK): committed when the task succeeds, discarded when
 * it fails, so a task's outputs appear under their final names only whole. A failed task's downstream tasks do
 * not run; tasks that do not depend on it still do. The run record OUT/runs/RUN_ID.json, this run's alone, is
 * rewritten after every task. The caller holds the run's {@link RunLock}; runs of other tasks may go on beside
 * this one, so a run clears only the staging folders of runs that hold no live lock (ended or killed).
 */
public final class LocalRunner {
    /** The run record's member_key field when the built-in demo key was used. */
    public static final String DEMO_KEY = RunRecordFormat.DEMO_KEY;
    public static final String OPERATOR_KEY = RunRecordFormat.OPERATOR_KEY;
    private static final String STAGING = "_staging";
    private final SparkSession spark;
    private final OutputLayout layout;
    private final Progress progress;
    private final Configuration conf;
    private final Fingerprints fingerprints;
    private final RowCounter rows;
    private final RunRecords records;
    private final RunLock.ProcessAlive alive;
    private final int parallelTasks;

    public LocalRunner(SparkSession spark, OutputLayout layout, Progress progress) {
        this(spark, layout, progress, RunLock.ProcessAlive.SYSTEM);
    }

    /** With the process table that judges whether another run's lock holder is gone (tests). */
    public LocalRunner(SparkSession spark, OutputLayout layout, Progress progress, RunLock.ProcessAlive alive) {
        this(spark, layout, progress, alive, 1);
    }

    /**
     * Running up to {@code parallelTasks} tasks at once (1: one after another). The progress must take lines from
     * several threads then.
     */
    public LocalRunner(SparkSession spark, OutputLayout layout, Progress progress, RunLock.ProcessAlive alive,
                       int parallelTasks) {
        if (parallelTasks < 1) {
            throw new IllegalArgumentException("parallel tasks must be at least 1, not " + parallelTasks);
        }
        this.parallelTasks = parallelTasks;
        this.alive = alive;
        this.spark = spark;
        this.layout = layout;
        this.progress = progress;
        this.conf = spark.sparkContext().hadoopConfiguration();
        this.fingerprints = new Fingerprints(conf);
        this.rows = new RowCounter(conf);
        this.records = new RunRecords(layout, conf);
    }

    /** Plans and runs the selected tasks; never throws for a failing task (see the record's state). */
    public RunOutcome run(Dag dag, RunRequest request) {
        RunPlan plan = new RunPlanner(layout, fingerprints).plan(dag, request);
        String runId = request.runId().value();
        clearStaleStaging(runId);
        // Tasks of this run share the datasets they open (see TableReads): one schema job per table, not per read.
        TableReads reads = TableReads.reusing();
        JobParams params = request.params();
        RunRecord first = new RunRecord(runId, RunRecord.RUNNING, now(), null,
                Locations.absolute(params.inputDir(), conf), Locations.absolute(layout.root(), conf),
                String.valueOf(params.asOf()), memberKeyLabel(params), plan.selection().toString(), plan.resumedFrom(), request.settings(),
                RunPlanner.settingsFingerprint(request.settings(), request.params(), fingerprints), List.of());
        Tally tally = new Tally(dag, plan, first);

        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<PlannedTask> waiting = new ArrayList<>(tally.selected);
        int m = tally.selected.size();
        // Only this thread decides, settles results and writes the record; the slots' threads run execute() alone.
        try (TaskSlots<TaskRecord> slots = new TaskSlots<>(parallelTasks)) {
            while (!waiting.isEmpty() || slots.anyRunning()) {
                for (Iterator<PlannedTask> it = waiting.iterator(); it.hasNext(); ) {
                    PlannedTask p = it.next();
                    Task task = p.task();
                    if (!tally.upstreamEnded(task)) {
                        continue;
                    }
                    it.remove();
                    String brokenUpstream = tally.brokenUpstream(task);
                    if (brokenUpstream != null) {
                        tally.settle(TaskRecord.notRun(task.name(), "upstream task " + brokenUpstream
                                + " did not succeed"));
                    } else if (p.decision() == PlannedTask.Decision.SKIP) {
                        TaskRecord before = request.previous().task(task.name()).orElseThrow();
                        tally.settle(new TaskRecord(task.name(), TaskState.SKIPPED, null, null, null,
                                before.rowsIn(), before.rowsOut(), null, p.reason(), before.inputs(), before.outputs()));
                    } else {
                        int n = tally.number(task.name());
                        progress.taskStarted(n, m, task.name());
                        slots.start(() -> execute(dag, task, n, m, runId, request, reads, failures));
                        if (!slots.hasFree()) {
                            // Wait for one to end before looking further, so each pass starts with a free slot. With
                            // one slot the task has just run here and is settled before any later task, as a loop in
                            // plan order would.
                            break;
                        }
                    }
                }
                if (slots.anyRunning()) {
                    tally.settle(slots.awaitNext());
                }
            }
        }
        RunRecord record = tally.end();
        removeStaging(runId, RunLock.lockedTask(request.selection()) == null);
        Map<String, Throwable> failuresInPlanOrder = new LinkedHashMap<>();
        tally.selected.stream().map(p -> p.task().name()).filter(failures::containsKey)
                .forEach(name -> failuresInPlanOrder.put(name, failures.get(name)));
        return new RunOutcome(record, failuresInPlanOrder);
    }

    /**
     * A run's tasks as far as they have got: each task's record in plan order, written to the run record whenever
     * one changes, and which tasks have ended or not succeeded. Used by the runner's own thread alone.
     */
    private final class Tally {
        private final Dag dag;
        private final List<PlannedTask> selected;
        private final List<String> selectedNames;
        private final Map<String, TaskRecord> done = new LinkedHashMap<>();
        private final Set<String> ended = new HashSet<>();
        private final Set<String> broken = new HashSet<>();
        private RunRecord record;

        Tally(Dag dag, RunPlan plan, RunRecord first) {
            this.dag = dag;
            this.selected = plan.selected();
            this.selectedNames = selected.stream().map(p -> p.task().name()).toList();
            for (PlannedTask p : plan.tasks()) {
                done.put(p.task().name(), TaskRecord.notRun(p.task().name(),
                        p.decision() == PlannedTask.Decision.NOT_SELECTED ? "not selected (" + plan.selection() + ")"
                                : "pending"));
            }
            record = first.with(RunRecord.RUNNING, null, new ArrayList<>(done.values()));
            records.write(record);
        }

        /** The task's number in progress lines: its place among the selected tasks, from 1. */
        int number(String task) {
            return selectedNames.indexOf(task) + 1;
        }

        /** The task's upstream tasks in this run, in DAG order (those not selected count as done before it). */
        private List<String> upstreamInRun(Task task) {
            return dag.upstream(task).stream().map(Task::name).filter(selectedNames::contains).toList();
        }

        boolean upstreamEnded(Task task) {
            return ended.containsAll(upstreamInRun(task));
        }

        /** The first upstream task (DAG order) that did not succeed, or null. */
        String brokenUpstream(Task task) {
            return upstreamInRun(task).stream().filter(broken::contains).findFirst().orElse(null);
        }

        /** Takes a task's result: shown (a success was shown by its own thread), kept and written to the record. */
        void settle(TaskRecord result) {
            String name = result.task();
            ended.add(name);
            if (result.state() != TaskState.SUCCEEDED) {
                if (result.state() != TaskState.SKIPPED) {
                    broken.add(name);
                }
                progress.taskFinished(number(name), selected.size(), result);
            }
            done.put(name, result);
            record = record.with(RunRecord.RUNNING, null, new ArrayList<>(done.values()));
            records.write(record);
        }

        /** The run's final record, written: failed when a selected task failed or did not run. */
        RunRecord end() {
            boolean ok = done.values().stream().noneMatch(r -> r.state() == TaskState.FAILED
                    || (r.state() == TaskState.NOT_RUN && !r.reason().startsWith("not selected")));
            record = record.with(ok ? RunRecord.SUCCEEDED : RunRecord.FAILED, now(), new ArrayList<>(done.values()));
            records.write(record);
            return record;
        }
    }

    private TaskRecord execute(Dag dag, Task task, int n, int m, String runId, RunRequest request,
                               TableReads reads, Map<String, Throwable> failures) {
        String start = now();
        long t0 = System.nanoTime();
        Map<String, String> inputs = new LinkedHashMap<>();
        Long rowsIn = null;
        for (String in : task.inputs()) {
            String location = RunPlanner.location(dag, layout, in);
            String fp = fingerprints.of(location);
            inputs.put(in, fp);
            Long r = dag.isSource(in) ? null : rows.rows(location, fp);
            rowsIn = plus(rowsIn, r);
        }
        StagedJobIO io = new StagedJobIO(spark, layout.root(), layout.staging(runId) + "/" + task.name(), reads);
        spark.sparkContext().setJobGroup(task.name(), "task " + n + "/" + m + ": " + task.name(), false);
        try {
            for (String in : task.inputs()) {
                if (!dag.isSource(in) && Fingerprints.ABSENT.equals(inputs.get(in))) {
                    throw new IllegalStateException("input " + in + " does not exist at "
                            + RunPlanner.location(dag, layout, in));
                }
            }
            task.action().run(io, request.params());
            checkDeclaredWrites(dag, task, io.stagedNames());
            io.commit();
        } catch (Exception | LinkageError | AssertionError e) {
            failures.put(task.name(), e);
            try {
                io.abort();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            return new TaskRecord(task.name(), TaskState.FAILED, start, now(), seconds(t0), rowsIn, null,
                    describe(e), null, inputs, null);
        } finally {
            spark.sparkContext().clearJobGroup();
        }
        Long rawRows = rowsReadFromRawFiles(dag, task);
        if (rawRows != null) {
            rowsIn = rawRows;
        }
        Map<String, Long> outputs = new LinkedHashMap<>();
        Long rowsOut = null;
        for (String out : task.outputs()) {
            String location = RunPlanner.location(dag, layout, out);
            Long r = rows.rows(location, fingerprints.of(location));
            outputs.put(out, r);
            rowsOut = plus(rowsOut, r);
        }
        TaskRecord result = new TaskRecord(task.name(), TaskState.SUCCEEDED, start, now(), seconds(t0), rowsIn,
                rowsOut, null, null, inputs, outputs);
        progress.taskFinished(n, m, result);
        return result;
    }

    /**
     * What an ingest task read from its raw export(s): the rows_read of the counts file it wrote for each raw
     * source it reads. The tables it looks rows up in (units for branches) are not what it read. Null for a task
     * that reads no raw export.
     */
    private Long rowsReadFromRawFiles(Dag dag, Task task) {
        String rawPrefix = PipelineDag.raw("");
        Long total = null;
        for (String in : task.inputs()) {
            if (!dag.isSource(in) || !in.startsWith(rawPrefix)) {
                continue;
            }
            String counts = Catalog.ingestCounts(in.substring(rawPrefix.length()));
            if (task.outputs().contains(counts)) {
                total = plus(total, IngestCounts.fromJson(readText(RunPlanner.location(dag, layout, counts))).rowsRead());
            }
        }
        return total;
    }

    private String readText(String location) {
        Path p = new Path(location);
        try (FSDataInputStream in = p.getFileSystem(conf).open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + p + ": " + e.getMessage(), e);
        }
    }

    /** A task writes exactly what it declares: else the DAG's order and resume would be wrong. */
    private void checkDeclaredWrites(Dag dag, Task task, List<String> staged) {
        List<String> missing = new ArrayList<>();
        for (String out : task.outputs()) {
            if (!staged.contains(out)
                    && Fingerprints.ABSENT.equals(fingerprints.of(RunPlanner.location(dag, layout, out)))) {
                missing.add(out);
            }
        }
        List<String> undeclared = staged.stream()
                .filter(s -> !task.outputs().contains(s)
                        && !(s.endsWith(".csv") && task.outputs().contains(s.substring(0, s.length() - 4))))
                .toList();
        if (!missing.isEmpty() || !undeclared.isEmpty()) {
            StringBuilder sb = new StringBuilder("task " + task.name());
            if (!missing.isEmpty()) {
                sb.append(" did not write its declared output(s) ").append(String.join(", ", missing));
            }
            if (!undeclared.isEmpty()) {
                sb.append(missing.isEmpty() ? "" : " and").append(" wrote undeclared output(s) ")
                        .append(String.join(", ", undeclared));
            }
            throw new IllegalStateException(sb.toString());
        }
    }

    /** The exception's message, and its root cause's when that differs (Spark wraps the interesting one). */
    public static String describe(Throwable e) {
        String msg = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !msg.contains(root.getMessage())) {
            msg += " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return msg;
    }

    /**
     * Deletes the staging folders of runs that are over: listed first, then kept if a live lock names their run
     * (a run takes its lock before it stages anything, see {@link RunLock#liveRuns}).
     */
    private void clearStaleStaging(String runId) {
        Path staging = new Path(layout.root(), STAGING);
        try {
            FileSystem fs = staging.getFileSystem(conf);
            FileStatus[] folders;
            try {
                folders = fs.listStatus(staging);
            } catch (FileNotFoundException e) {
                return;
            }
            Set<String> live = RunLock.liveRuns(layout.root(), conf, alive);
            for (FileStatus st : folders) {
                String owner = st.getPath().getName();
                if (!owner.equals(runId) && !live.contains(owner)) {
                    fs.delete(st.getPath(), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("clearing " + staging + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes this run's staging folder, and OUT/_staging too when it is empty and this run holds the whole OUT:
     * beside a single-task run, another run may be creating its folder in there just now.
     */
    private void removeStaging(String runId, boolean holdsWholeOut) {
        Path p = new Path(layout.staging(runId));
        try {
            FileSystem fs = p.getFileSystem(conf);
            fs.delete(p, true);
            Path parent = p.getParent();
            if (holdsWholeOut && fs.exists(parent) && fs.listStatus(parent).length == 0) {
                fs.delete(parent, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("removing " + p + ": " + e.getMessage(), e);
        }
    }

    /** Which kind of member key hashed the ids, for the record (never the key itself); null when none was given. */
    static String memberKeyLabel(JobParams params) {
        if (params.memberKeySecret() == null) {
            return null;
        }
        return params.demoKey() ? DEMO_KEY : OPERATOR_KEY;
    }

    /** Adds counts where null means "not a table". */
    private static Long plus(Long total, Long rows) {
        if (rows == null) {
            return total;
        }
        return total == null ? rows : Long.valueOf(total + rows);
    }

    private static String now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static double seconds(long t0) {
        return Math.round(Duration.ofNanos(System.nanoTime() - t0).toMillis() / 100.0) / 10.0;
    }
}
