package cn.jgdj.pipeline.bench;

import cn.jgdj.generator.GeneratorConfig;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run, and their printed table.
 *
 * @param stages        generate, Spark start, then every task of the DAG in run order
 * @param wallSeconds   from the start of generation to the end of the last task
 * @param cpuSeconds    process CPU time over the same span (all threads), or null when unknown
 * @param peakHeapBytes the largest heap use seen during the whole run
 * @param peakLiveBytes the most heap a garbage collection left in use (0 when no collection ran)
 * @param collections   garbage collections during the run, and the milliseconds they took
 * @param compile       the JIT's and Janino's compiling during the run, or null when not measured
 * @param failure       null when every task succeeded, else what failed
 * @param parallelTasks how many DAG tasks the runner ran side by side at most (1: one after another)
 * @param peakResidentBytes the process's largest resident set during the run (heap, off-heap pages, code), or
 *                      {@link ResidentMemory#UNKNOWN}
 */
public record BenchmarkResult(Machine machine, GeneratorConfig county, List<StageFigures> stages, double wallSeconds,
                              Double cpuSeconds, long peakHeapBytes, long peakLiveBytes, long collections, long collectionMillis,
                              CompileWork compile, String failure, int parallelTasks, long peakResidentBytes) {

    private static final double MB = 1024.0 * 1024.0;

    public BenchmarkResult {
        stages = List.copyOf(stages);
    }

    /** A run of one task after another. */
    public BenchmarkResult(Machine machine, GeneratorConfig county, List<StageFigures> stages, double wallSeconds,
                           Double cpuSeconds, long peakHeapBytes, long peakLiveBytes, long collections,
                           long collectionMillis, CompileWork compile, String failure) {
        this(machine, county, stages, wallSeconds, cpuSeconds, peakHeapBytes, peakLiveBytes, collections,
                collectionMillis, compile, failure, 1);
    }

    /** A run whose resident set was not measured. */
    public BenchmarkResult(Machine machine, GeneratorConfig county, List<StageFigures> stages, double wallSeconds,
                           Double cpuSeconds, long peakHeapBytes, long peakLiveBytes, long collections,
                           long collectionMillis, CompileWork compile, String failure, int parallelTasks) {
        this(machine, county, stages, wallSeconds, cpuSeconds, peakHeapBytes, peakLiveBytes, collections,
                collectionMillis, compile, failure, parallelTasks, ResidentMemory.UNKNOWN);
    }

    public boolean succeeded() {
        return failure == null;
    }

    /** The report: what was run, on what, then one line per stage and the totals. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Benchmark: demo county of %,d members over %d year(s) (%d-%d), seed %d%n",
                county.members(), county.years(), county.firstYear(), county.lastYear(), county.seed()));
        b.append(String.format(Locale.ROOT, "Machine: %d cores, max heap %,.0f MB, physical memory %s, "
                        + "load average %s at start; %s; Java %s; Spark %s (master %s)%n",
                machine.cores(), machine.maxHeapBytes() / MB,
                machine.physicalMemoryBytes() > 0 ? String.format(Locale.ROOT, "%,.0f MB",
                        machine.physicalMemoryBytes() / MB) : "unknown",
                machine.loadAverage() >= 0 ? String.format(Locale.ROOT, "%.1f", machine.loadAverage()) : "unknown",
                machine.os(), machine.java(), machine.spark(), machine.master()));
        b.append('\n');
        int width = Math.max(24, stages.stream().mapToInt(s -> s.stage().length()).max().orElse(0) + 2);
        String head = "%-" + width + "s %-10s %9s %9s %12s %12s %11s %9s%n";
        b.append(String.format(Locale.ROOT, head, "stage", "state", "wall s", "cpu s", "rows in", "rows out",
                "rows/s", "peak MB"));
        for (StageFigures s : stages) {
            b.append(String.format(Locale.ROOT, head, s.stage(), s.state(),
                    String.format(Locale.ROOT, "%.1f", s.seconds()), decimal(s.cpuSeconds()), count(s.rowsIn()),
                    count(s.rowsOut()), s.rowsPerSecond() == null ? "-"
                            : String.format(Locale.ROOT, "%,.0f", s.rowsPerSecond()),
                    s.peakHeapBytes() == StageFigures.UNKNOWN_HEAP ? "-"
                            : String.format(Locale.ROOT, "%,.0f", s.peakHeapBytes() / MB)));
        }
        b.append(String.format(Locale.ROOT, head, "total", succeeded() ? "succeeded" : "failed",
                String.format(Locale.ROOT, "%.1f", wallSeconds), decimal(cpuSeconds), "", "", "",
                String.format(Locale.ROOT, "%,.0f", peakHeapBytes / MB)));
        b.append('\n');
        b.append(sparkTable(width));
        b.append('\n');
        b.append(String.format(Locale.ROOT, "Wall time %.1f s; CPU time %s s; peak heap %,.0f MB of %,.0f MB max "
                        + "(at most %,.0f MB left after a collection); %s; %,d garbage collections taking %.1f s.%n",
                wallSeconds, decimal(cpuSeconds), peakHeapBytes / MB, machine.maxHeapBytes() / MB,
                peakLiveBytes / MB, peakResidentBytes == ResidentMemory.UNKNOWN
                        ? "largest resident set unknown"
                        : String.format(Locale.ROOT, "largest resident set %,.0f MB (heap, Spark's off-heap pages, "
                                + "code)", peakResidentBytes / MB),
                collections, collectionMillis / 1000.0));
        if (compile != null) {
            b.append(compile.line());
        }
        b.append("rows in: rows of the raw export (ingest) and of the tables a task reads; rows/s: rows in (rows out "
                + "for generate) per wall second; cpu s: the whole process, all threads; peak MB: the largest heap "
                + "use seen (before each collection, and sampled every 10 ms).\n");
        if (parallelTasks > 1) {
            b.append(overlapNote());
        }
        if (failure != null) {
            b.append("FAILED: ").append(failure).append('\n');
        }
        return b.toString();
    }

    /** What a run of tasks side by side can and cannot say per task. */
    String overlapNote() {
        return "Tasks overlapped: up to " + parallelTasks + " DAG tasks ran side by side, so per-task wall times add "
                + "up to more than the total and include waiting for the cores; the process's CPU and heap are not "
                + "one task's (shown as -, the totals are the whole run's); Spark's figures are per task (its job "
                + "group), and driver s is the task's wall time outside its own Spark jobs.\n";
    }

    /** Spark's figures per DAG task: where the time went (in Spark jobs or on the driver) and how much work. */
    private String sparkTable(int width) {
        StringBuilder b = new StringBuilder();
        String head = "%-" + width + "s %6s %7s %7s %11s %10s %8s %8s %9s %9s%n";
        b.append(String.format(Locale.ROOT, head, "task (Spark)", "jobs", "stages", "tasks", "shuffle MB",
                "input MB", "exec s", "exec cpu", "in jobs s", "driver s"));
        SparkWork total = SparkWork.NONE;
        int measured = 0;
        double driver = 0;
        for (StageFigures s : stages) {
            if (s.spark() == null) {
                continue;
            }
            SparkWork w = s.spark();
            total = total.plus(w);
            measured++;
            driver += s.driverSeconds();
            b.append(sparkLine(head, s.stage(), w, s.driverSeconds()));
        }
        b.append(sparkLine(head, "total", total, driver));
        if (measured > 0) {
            b.append(String.format(Locale.ROOT, "%d DAG tasks: %.1f Spark jobs, %.1f stages and %.1f Spark tasks per "
                            + "DAG task on average.%n", measured, total.jobs() / (double) measured,
                    total.stages() / (double) measured, total.tasks() / (double) measured));
        }
        b.append("exec s: the Spark tasks' run time added up (all cores); in jobs s: wall time while a Spark job of the "
                + "task ran; driver s: the rest of the task's wall time (planning, listing and moving files, "
                + "driver-side code).\n");
        return b.toString();
    }

    private static String sparkLine(String head, String name, SparkWork w, double driverSeconds) {
        return String.format(Locale.ROOT, head, name, w.jobs(), w.stages(), w.tasks(),
                String.format(Locale.ROOT, "%,.1f", w.shuffleBytes() / MB),
                String.format(Locale.ROOT, "%,.1f", w.inputBytes() / MB),
                String.format(Locale.ROOT, "%.1f", w.executorSeconds()),
                String.format(Locale.ROOT, "%.1f", w.executorCpuSeconds()),
                String.format(Locale.ROOT, "%.1f", w.jobSeconds()),
                String.format(Locale.ROOT, "%.1f", driverSeconds));
    }

    /** The DAG tasks' Spark figures added up, or null when none was measured. */
    public SparkWork sparkTotal() {
        SparkWork total = null;
        for (StageFigures s : stages) {
            if (s.spark() != null) {
                total = total == null ? s.spark() : total.plus(s.spark());
            }
        }
        return total;
    }

    private static String decimal(Double x) {
        return x == null ? "-" : String.format(Locale.ROOT, "%.1f", x);
    }

    private static String count(Long n) {
        return n == null ? "-" : String.format(Locale.ROOT, "%,d", n);
    }
}
