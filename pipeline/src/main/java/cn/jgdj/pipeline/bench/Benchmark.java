package cn.jgdj.pipeline.bench;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GenerationSummary;
import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.jobs.ingest.MemberKeys;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.PipelineDag;
import cn.jgdj.pipeline.dag.PipelineOptions;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.pipeline.runner.InputSize;
import cn.jgdj.pipeline.runner.LocalRunner;
import cn.jgdj.pipeline.runner.ParallelTasks;
import cn.jgdj.pipeline.runner.Progress;
import cn.jgdj.pipeline.runner.RunId;
import cn.jgdj.pipeline.runner.RunLock;
import cn.jgdj.pipeline.runner.RunOutcome;
import cn.jgdj.pipeline.runner.RunRequest;
import cn.jgdj.pipeline.runner.SparkSessions;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.TaskRecord;
import cn.jgdj.schemas.run.TaskState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the whole pipeline on a generated demo county: generates it into WORK/input, runs every task of the
 * product DAG with the local runner into WORK/out, and records per stage the wall and CPU time, rows in and out
 * and the peak heap, and from Spark's listener bus what Spark did for each task (jobs, stages, tasks, shuffle bytes,
 * executor time). One JVM, one SparkSession, as {@code pipeline run} works, with as many tasks side by side as
 * {@link ParallelTasks} chooses for the county. Tasks that overlapped share the process: their own CPU seconds
 * and peak heap cannot be told apart, so only their wall time and Spark's figures (by job group) are per task.
 */
public final class Benchmark {
    static final String GENERATE = "generate";
    static final String SPARK_START = "spark_start";

    private Benchmark() {
    }

    /** The county's files go to {@code county.out()}; the pipeline's outputs to {@code outRoot}. */
    public static BenchmarkResult run(GeneratorConfig county, Path outRoot, PrintStream progress) throws IOException {
        return run(county, outRoot, progress, null);
    }

    /**
     * As {@link #run(GeneratorConfig, Path, PrintStream)}, with {@code parallelTasks} tasks side by side (null: as
     * {@code pipeline run} chooses for the county, {@link ParallelTasks}).
     */
    public static BenchmarkResult run(GeneratorConfig county, Path outRoot, PrintStream progress, Integer parallelTasks)
            throws IOException {
        List<StageFigures> stages = new ArrayList<>();
        long[] gc0 = HeapWatch.collections();
        CompileWork compile0 = CompileWork.now();
        ResidentMemory.resetPeak();
        try (HeapWatch heap = new HeapWatch()) {
            long t0 = System.nanoTime();
            long c0 = Machine.processCpuNanos();
            double load = Machine.systemLoadAverage();

            progress.printf("generate: %,d members over %d year(s) into %s%n", county.members(), county.years(),
                    county.out());
            Clock clock = new Clock(heap, true);
            GenerationSummary generated = DemoCountyGenerator.generate(county);
            stages.add(clock.stop(GENERATE, TaskState.SUCCEEDED.json(), null, generated.totalRows()));

            clock = new Clock(heap, true);
            // As 'pipeline run' chooses: by the size of the county's raw exports.
            long inputBytes = InputSize.bytes(county.out().toString(), new Configuration());
            int sideBySide = ParallelTasks.forRun(parallelTasks, inputBytes,
                    SparkSessions.runsLocally(new SparkConf()));
            SparkSession spark = SparkSessions.forRun("jgdj benchmark", null, inputBytes);
            Machine machine = Machine.current(load, spark.version(), planning(spark));
            SparkMeter meter = SparkMeter.attach(spark);
            stages.add(clock.stop(SPARK_START, TaskState.SUCCEEDED.json(), null, null));
            RunOutcome outcome;
            Map<String, StageClock> taskClocks = new ConcurrentHashMap<>();
            Dag dag;
            try {
                String input = county.out().toString();
                RunId runId = RunId.startingAt(LocalDateTime.now());
                dag = PipelineDag.build(new PipelineOptions(input, outRoot.toString(),
                        PipelineOptions.DEFAULT_MAX_QUARANTINE_SHARE, "zh").withRunId(runId.value()));
                JobParams params = new JobParams(input, null, JobParams.DEFAULT_MIN_CELL_SIZE,
                        LocalDate.of(county.lastYear(), 12, 31), null, MemberKeys.DEMO_SECRET, true);
                Map<String, String> settings = new LinkedHashMap<>();
                settings.put("benchmark", county.members() + " members, " + county.years() + " years, seed "
                        + county.seed());
                RunRequest request = new RunRequest(runId, params, Selection.all(),
                        null, settings);
                Progress lines = Progress.forStream(progress, false);
                outcome = new LocalRunner(spark, new OutputLayout(outRoot.toString()), new Progress() {
                    @Override
                    public void taskStarted(int n, int m, String task) {
                        lines.taskStarted(n, m, task);
                        taskClocks.put(task, new StageClock(new Clock(heap, sideBySide == 1)));
                    }

                    @Override
                    public void taskFinished(int n, int m, TaskRecord record) {
                        StageClock c = taskClocks.get(record.task());
                        if (c != null) {
                            c.finish();
                        }
                        lines.taskFinished(n, m, record);
                    }
                }, RunLock.ProcessAlive.SYSTEM, sideBySide).run(dag, request);
                SparkMeter.drain(spark);
            } finally {
                spark.stop();
            }
            for (TaskRecord r : outcome.record().tasks()) {
                StageClock c = taskClocks.get(r.task());
                // The run record's rows in already count an ingest task's raw export rows (LocalRunner).
                Long rowsIn = r.rowsIn();
                StageFigures figures = c == null
                        ? new StageFigures(r.task(), r.state().json(), r.seconds() == null ? 0 : r.seconds(), null,
                                rowsIn, r.rowsOut(), 0)
                        : c.figures(r.task(), r.state().json(), rowsIn, r.rowsOut());
                stages.add(c == null ? figures : figures.withSpark(SparkWork.of(meter.of(r.task()))));
            }
            long[] gc1 = HeapWatch.collections();
            long c1 = Machine.processCpuNanos();
            return new BenchmarkResult(machine, county, stages, (System.nanoTime() - t0) / 1e9,
                    c0 < 0 || c1 < 0 ? null : (c1 - c0) / 1e9, heap.peak(), heap.peakAfterCollection(), gc1[0] - gc0[0], gc1[1] - gc0[1],
                    CompileWork.now().minus(compile0), failure(outcome), sideBySide, ResidentMemory.peak());
        }
    }

    private static String failure(RunOutcome outcome) {
        if (outcome.succeeded()) {
            return null;
        }
        List<String> failed = new ArrayList<>();
        for (TaskRecord t : outcome.record().tasks()) {
            if (t.state() == TaskState.FAILED) {
                failed.add("task " + t.task() + ": " + t.error());
            }
        }
        return failed.isEmpty() ? "run " + outcome.record().runId() + " " + outcome.record().state()
                : String.join("; ", failed);
    }

    private static Long plus(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(a + b);
    }

    /**
     * Wall time of one stage from its start, and when the stage runs alone also its CPU time and peak heap (the
     * whole process's: a stage beside others would count theirs too, so those are left unknown then).
     */
    private static final class Clock {
        private final HeapWatch heap;
        private final boolean alone;
        private final long t0 = System.nanoTime();
        private final long c0 = Machine.processCpuNanos();

        Clock(HeapWatch heap, boolean alone) {
            this.heap = heap;
            this.alone = alone;
            if (alone) {
                heap.mark();
            }
        }

        StageFigures stop(String stage, String state, Long rowsIn, Long rowsOut) {
            long c1 = Machine.processCpuNanos();
            Double cpu = !alone || c0 < 0 || c1 < 0 ? null : (c1 - c0) / 1e9;
            return new StageFigures(stage, state, (System.nanoTime() - t0) / 1e9, cpu, rowsIn, rowsOut,
                    alone ? heap.peakSinceMark() : StageFigures.UNKNOWN_HEAP);
        }
    }

    /** A task's clock, stopped when the runner reports the task finished; rows are known only from its record. */
    private static final class StageClock {
        private final Clock clock;
        private StageFigures stopped;

        StageClock(Clock clock) {
            this.clock = clock;
        }

        void finish() {
            stopped = clock.stop("", "", null, null);
        }

        StageFigures figures(String task, String state, Long rowsIn, Long rowsOut) {
            StageFigures s = stopped != null ? stopped : clock.stop(task, state, null, null);
            return new StageFigures(task, state, s.seconds(), s.cpuSeconds(), rowsIn, rowsOut, s.peakHeapBytes());
        }
    }

    /** The session's master, and how it plans when not adaptively (the small-county rule, or set by hand). */
    static String planning(SparkSession spark) {
        String master = spark.sparkContext().master();
        if (Boolean.parseBoolean(spark.conf().get("spark.sql.adaptive.enabled", "true"))) {
            return master;
        }
        return master + ", adaptive execution off, " + spark.conf().get("spark.sql.shuffle.partitions")
                + " shuffle partitions";
    }
}
