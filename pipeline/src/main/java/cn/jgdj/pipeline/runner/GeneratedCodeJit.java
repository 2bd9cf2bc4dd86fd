package cn.jgdj.pipeline.runner;

/**
 * Keeps Spark's generated code out of HotSpot's C2 compiler in a JVM that runs Spark locally. Every query plan
 * brings its own Janino-compiled classes; C2 compiles each plan's hot ones anew, and on a county's 260 plans that
 * costs more CPU than C2's faster code gives back (10,000 × 5: about a quarter less process CPU and wall time,
 * docs/performance.md). The rule is a compiler directive (the file next to this class), added through the JVM's
 * diagnostic command MBean, as {@code jcmd PID Compiler.directives_add} would: no JVM flag, no console output, and
 * only for methods compiled from now on. Janino, the compiler that makes those classes, stays in C1 too: it runs a
 * little for every plan, so C2 kept compiling its methods through the whole run for compiles that take milliseconds
 * (10,000 × 5: about 12 CPU s of C2 saved, eleventh round). Spark's own classes and the pipeline's keep C2, and so
 * do the generated row orderings: one small comparator per sort, called millions of times by ingest's key checks,
 * whose C1 code allocated two UTF8Strings per compared cell (twelfth round).
 *
 * <p>A launcher choice, not a job's: {@link SparkSessions#forRun} applies it only when Spark runs in this JVM
 * ({@code local[*]}); a cluster's executors keep their JVM's defaults (the same file can be given to them with
 * {@code -XX:+UnlockDiagnosticVMOptions -XX:CompilerDirectivesFile=...}). {@code -Djgdj.jit.generatedCodeInC2=true}
 * keeps HotSpot's defaults.
 */
public final class GeneratedCodeJit {
    static final String RESOURCE = "generated-code-jit.json";
    /** A system property that, set to true, leaves the JIT alone. */
    public static final String KEEP_C2 = "jgdj.jit.generatedCodeInC2";

    private static String outcome;

    private GeneratedCodeJit() {
    }

    /**
     * Adds the directive once per JVM and says what happened: "added", "kept HotSpot's defaults (...)", or why it
     * could not be added (a JVM without HotSpot's diagnostic commands). Never fails the run.
     */
    public static synchronized String keepOutOfC2() {
        if (outcome == null) {
            outcome = Boolean.getBoolean(KEEP_C2) ? "kept HotSpot's defaults (" + KEEP_C2 + "=true)" : add();
        }
        return outcome;
    }

    /** What {@link #keepOutOfC2()} did in this JVM, or null when it was not called. */
    public static synchronized String outcome() {
        return outcome;
    }

    static String add() {
        return JitDirective.add(GeneratedCodeJit.class, RESOURCE);
    }
}
