package cn.jgdj.pipeline.runner;

/**
 * How many DAG tasks a local run runs side by side: a launcher's choice, like {@link SmallCounty}, never a job's.
 * A county's run is mostly fixed cost per Spark plan on the driver's one thread (planning, Janino, moving files),
 * so two independent tasks at once give that work the second core. Two big ingests side by side would also hold
 * twice the rows, so by default only counties whose raw exports are at most {@link #MAX_INPUT_BYTES} run two tasks
 * at once (docs/performance.md, "Independent DAG tasks side by side, tenth round", has the measurements).
 *
 * <p>{@code --parallel-tasks N} on the command line, else {@code -Djgdj.parallelTasks=N}, overrides the default
 * (1: one task after another, as before). Under spark-submit to a cluster the default is 1.
 */
public final class ParallelTasks {
    /** A system property giving the number of tasks side by side (a whole number, at least 1). */
    public static final String PROPERTY = "jgdj.parallelTasks";
    /**
     * Raw exports up to this size run two tasks at once by default: 10,000 members × 5 years (129 MiB) gained with
     * a peak heap well inside the default 6 GB, and so did 100,000 × 5 (1,289 MiB: 312 s instead of 354 s, the
     * same 2.9 GB peak heap as one at a time, since a big file's ingest holds only the rows it does not write).
     * Larger counties were not measured side by side.
     */
    public static final long MAX_INPUT_BYTES = 2048L << 20;
    /** Tasks side by side by default for a county up to {@link #MAX_INPUT_BYTES}. */
    static final int SIDE_BY_SIDE = 2;

    private ParallelTasks() {
    }

    /**
     * The number of tasks side by side for a run.
     *
     * @param option      the command line's {@code --parallel-tasks}, or null when not given
     * @param inputBytes  the size of the raw exports ({@link InputSize#UNKNOWN} when not known)
     * @param runsLocally whether Spark runs in this JVM ({@link SparkSessions#runsLocally})
     */
    public static int forRun(Integer option, long inputBytes, boolean runsLocally) {
        if (option != null) {
            return atLeastOne(option, "--parallel-tasks");
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            try {
                return atLeastOne(Integer.parseInt(property.trim()), "-D" + PROPERTY);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + "=" + property + ": not a whole number");
            }
        }
        boolean small = inputBytes >= 0 && inputBytes <= MAX_INPUT_BYTES;
        return runsLocally && small ? Math.min(SIDE_BY_SIDE, SparkSessions.localCores()) : 1;
    }

    private static int atLeastOne(int n, String where) {
        if (n < 1) {
            throw new IllegalArgumentException(where + " " + n + ": at least 1 task at a time");
        }
        return n;
    }
}
