package cn.jgdj.pipeline.runner;

/**
 * The launcher's settings for a small county, chosen by the size of its raw exports. A small county's run is
 * almost all fixed cost per Spark plan (planning, Janino, the JIT compiling each plan's code), not row work, so
 * what pays at 10,000 members costs there: C2's compiles above all, 38 of a 435-member run's 100 CPU seconds.
 * So all code stays in C1 (docs/performance.md, "Small county, ninth round", has the measurements behind it and
 * the Spark settings tried and not kept).
 *
 * <p>A launcher choice, not a job's: {@link SparkSessions} applies it only to a run whose Spark runs in this JVM
 * ({@code local[*]}), never to a cluster's executors; {@code -Djgdj.smallCounty=false} keeps HotSpot's tiered JIT
 * whatever the size. No Spark setting is part of it: AQE off on one shuffle partition cut a small county's Spark
 * jobs from 4.1 to 2.9 per task, but changed the last digits of a forecast share at 2,000 × 3 (a double sum
 * added in another order), and results must not depend on the county's size.
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
