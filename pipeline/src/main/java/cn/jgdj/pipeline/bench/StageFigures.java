package cn.jgdj.pipeline.bench;

/**
 * One measured stage: generating the county, starting Spark, or one task of the DAG.
 *
 * @param state      the task's state (succeeded, failed, not_run, ...)
 * @param cpuSeconds CPU time of the whole process during the stage (all threads), or null when unknown
 * @param rowsIn     rows the stage read (raw export rows for ingest, plus the tables it reads), or null
 * @param rowsOut    rows the stage wrote, or null when it wrote no table
 * @param peakHeapBytes the largest heap use seen during the stage, or {@link #UNKNOWN_HEAP} (a task that ran beside
 *                   others)
 * @param spark      what Spark did for the stage (DAG tasks only), or null
 */
public record StageFigures(String stage, String state, double seconds, Double cpuSeconds, Long rowsIn, Long rowsOut,
                    long peakHeapBytes, SparkWork spark) {

    /** The peak heap of a stage that overlapped others: not its own to tell. */
    public static final long UNKNOWN_HEAP = -1;

    public StageFigures(String stage, String state, double seconds, Double cpuSeconds, Long rowsIn, Long rowsOut,
                        long peakHeapBytes) {
        this(stage, state, seconds, cpuSeconds, rowsIn, rowsOut, peakHeapBytes, null);
    }

    /** The same figures with Spark's part added. */
    public StageFigures withSpark(SparkWork work) {
        return new StageFigures(stage, state, seconds, cpuSeconds, rowsIn, rowsOut, peakHeapBytes, work);
    }

    /** Seconds of the stage's wall time when none of its Spark jobs was running: planning, file system, driver code. */
    public Double driverSeconds() {
        return spark == null ? null : Math.max(0, seconds - spark.jobSeconds());
    }

    /** Rows read per second, or rows written when the stage reads no table (generate); null without either. */
    public Double rowsPerSecond() {
        Long rows = rowsIn != null && rowsIn > 0 ? rowsIn : rowsOut;
        if (rows == null || seconds <= 0) {
            return null;
        }
        return rows / seconds;
    }
}
