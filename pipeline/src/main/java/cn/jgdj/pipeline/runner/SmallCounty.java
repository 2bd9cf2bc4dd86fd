package cn.jgdj.pipeline.runner;

import org.apache.spark.SparkConf;

/**
 * The launcher's settings for a small county, chosen by the size of its raw exports. A small county's run is
 * almost all fixed cost per Spark plan (planning, Janino, the JIT compiling each plan's code), not row work, so
 * what pays at 10,000 members costs there: C2's compiles above all, 38 of a 435-member run's 100 CPU seconds.
 * So all code stays in C1, and Spark plans without adaptive execution on one shuffle partition per core: a few
 * megabytes need none of AQE's coalescing or runtime join choices, and each of its query stages is a Spark job
 * of its own (3.4 jobs per DAG task with it, 2.4 without). docs/performance.md, "Small county, ninth round" and
 * "Plan-independent forecast, and Spark jobs per task", has the measurements.
 *
 * <p>Results do not depend on these settings: every published double is either a sum of exact binary fractions
 * or, in the forecast, computed in a fixed order on the driver; the benchmark's {@code --compare-to} checks it.
 *
 * <p>A launcher choice, not a job's: {@link SparkSessions} applies it only to a run whose Spark runs in this JVM
 * ({@code local[*]}), never to a cluster's executors; {@code -Djgdj.smallCounty=false} keeps HotSpot's tiered JIT
 * and adaptive execution whatever the size, and a Spark setting given explicitly wins.
 */
public final class SmallCounty {
    /**
     * Raw exports up to this size count as small: C1 alone saved CPU at 2.4 MB (435 × 2) and 16.5 MB (2,000 × 3),
     * and cost 60 % more wall time at 120 MB (10,000 × 5, third round: 270 → 432 s), where the rows' work dominates.
     */
    public static final long MAX_INPUT_BYTES = 32L << 20;
    /** A system property that, set to false, makes no county small. */
    public static final String ENABLED = "jgdj.smallCounty";
    static final String JIT_RESOURCE = "small-county-jit.json";

    private static String jitOutcome;

    private SmallCounty() {
    }

    /** Whether raw exports of this size (bytes; {@link InputSize#UNKNOWN} when not known) make a small county. */
    public static boolean applies(long inputBytes) {
        return inputBytes >= 0 && inputBytes <= MAX_INPUT_BYTES
                && !"false".equalsIgnoreCase(System.getProperty(ENABLED));
    }

    /**
     * Runs {@code work} with no county small (as {@code -Djgdj.smallCounty=false}), then restores the property. For
     * several counties in one JVM (the benchmark's ladder): the rule's directive stays for the JVM's life once a
     * small county added it, so a later, bigger county would run in C1 too, and sizes measured under two JIT
     * policies would not compare.
     */
    public static <T> T neverSmallDuring(java.util.concurrent.Callable<T> work) throws Exception {
        String before = System.getProperty(ENABLED);
        System.setProperty(ENABLED, "false");
        try {
            return work.call();
        } finally {
            if (before == null) {
                System.clearProperty(ENABLED);
            } else {
                System.setProperty(ENABLED, before);
            }
        }
    }

    /**
     * Spark's settings for a small county run locally, each only where not given: no adaptive execution, and as
     * many shuffle partitions as cores.
     */
    static void configure(SparkConf conf, int cores) {
        conf.setIfMissing("spark.sql.adaptive.enabled", "false");
        conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(cores));
    }

    /**
     * Keeps every method compiled from now on out of C2, once per JVM (a HotSpot compiler directive, as
     * {@link GeneratedCodeJit} adds for Spark's generated classes), and says what happened. Never fails the run.
     */
    public static synchronized String keepAllCodeInC1() {
        if (jitOutcome == null) {
            jitOutcome = JitDirective.add(SmallCounty.class, JIT_RESOURCE);
        }
        return jitOutcome;
    }

    /** What {@link #keepAllCodeInC1()} did in this JVM, or null when it was not called. */
    public static synchronized String jitOutcome() {
        return jitOutcome;
    }
}
