package cn.jgdj.pipeline.bench;

import java.util.List;
import java.util.Locale;

/**
 * The ladder's summary: per county size the raw rows, the pipeline's seconds (every task, without generating the
 * county), raw rows per second, and how much the time grew against the size from the previous rung
 * (1.0 = linear; below 1 = fixed costs still dominate).
 */
public final class LadderTable {
    private LadderTable() {
    }

    public static String of(List<BenchmarkResult> results) {
        StringBuilder b = new StringBuilder("Ladder (" + results.get(0).county().years() + " years each)\n");
        String head = "%10s %12s %10s %10s %12s %10s %9s %16s%n";
        b.append(String.format(Locale.ROOT, head, "members", "raw rows", "total s", "pipeline s", "rows/s",
                "spark jobs", "peak MB", "time/size growth"));
        BenchmarkResult previous = null;
        for (BenchmarkResult r : results) {
            long rows = rawRows(r);
            double pipeline = pipelineSeconds(r);
            String growth = "-";
            if (previous != null) {
                double sizeRatio = r.county().members() / (double) previous.county().members();
                double timeRatio = pipeline / pipelineSeconds(previous);
                growth = String.format(Locale.ROOT, "%.2f", Math.log(timeRatio) / Math.log(sizeRatio));
            }
            SparkWork spark = r.sparkTotal();
            b.append(String.format(Locale.ROOT, head, String.format(Locale.ROOT, "%,d", r.county().members()),
                    String.format(Locale.ROOT, "%,d", rows), String.format(Locale.ROOT, "%.1f", r.wallSeconds()),
                    String.format(Locale.ROOT, "%.1f", pipeline),
                    String.format(Locale.ROOT, "%,.0f", rows / pipeline),
                    spark == null ? "-" : String.valueOf(spark.jobs()),
                    String.format(Locale.ROOT, "%,.0f", r.peakHeapBytes() / (1024.0 * 1024.0)), growth));
            previous = r;
        }
        b.append("pipeline s: wall time from Spark's start to the last task's end; rows/s: raw rows per "
                + "pipeline second; time/size growth: log(time ratio)/log(size ratio) from the previous size "
                + "(1.0 = linear).\n");
        return b.toString();
    }

    /** Raw rows generated (what ingest reads). */
    static long rawRows(BenchmarkResult r) {
        return r.stages().stream().filter(s -> Benchmark.GENERATE.equals(s.stage())).findFirst()
                .map(s -> s.rowsOut() == null ? 0L : s.rowsOut()).orElse(0L);
    }

    /**
     * The run's wall time without generating the county: from Spark's start to the end of the last task. Not the
     * stages' seconds added up, which count twice the time of tasks that ran side by side (--parallel-tasks).
     */
    static double pipelineSeconds(BenchmarkResult r) {
        double generate = r.stages().stream().filter(s -> Benchmark.GENERATE.equals(s.stage()))
                .mapToDouble(StageFigures::seconds).sum();
        return r.wallSeconds() - generate;
    }
}
