package cn.jgdj.pipeline.runner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;

/**
 * The launcher's settings for a small county, chosen by the size of its raw exports. A small county's run is
 * almost all fixed cost per Spark plan (planning, Janino, the JIT compiling each plan's code), not row work, so
 * what pays at 10,000 members costs there: C2's compiles above all (docs/performance.md, "Small county, ninth
 * round", has the measurements behind each setting and the threshold).
 *
 * <p>A launcher choice, not a job's: {@link SparkSessions} applies it only to a run whose Spark runs in this JVM
 * ({@code local[*]}), never under spark-submit to a cluster; explicit {@code spark.*} system properties still win,
 * and {@code -Djgdj.smallCounty=false} keeps a large county's settings whatever the size.
 */
public final class SmallCounty {
    /** Raw exports up to this size count as small (see docs/performance.md for the sizes measured around it). */
    public static final long MAX_INPUT_BYTES = 8L << 20;
    /** A system property that, set to false, never applies the small-county settings. */
    public static final String ENABLED = "jgdj.smallCounty";
    static final String JIT_RESOURCE = "small-county-jit.json";

    /** Spark settings of a small county's local session, set only where not given. */
    static final Map<String, String> SPARK_SETTINGS = sparkSettings();

    private static String jitOutcome;

    private SmallCounty() {
    }

    /** Whether raw exports of this size (bytes; {@link InputSize#UNKNOWN} when not known) make a small county. */
    public static boolean applies(long inputBytes) {
        return inputBytes >= 0 && inputBytes <= MAX_INPUT_BYTES
                && !"false".equalsIgnoreCase(System.getProperty(ENABLED));
    }

    /** Adds the small county's settings to a local session's configuration, keeping every setting already given. */
    static SparkConf addSparkSettings(SparkConf conf) {
        SPARK_SETTINGS.forEach(conf::setIfMissing);
        return conf;
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

    private static Map<String, String> sparkSettings() {
        Map<String, String> s = new LinkedHashMap<>();
        // Without AQE a plan is one Spark job per action (and one per broadcast), not one per query stage, and is
        // not re-planned after each stage; AQE's reasons (skew, sizes known only at run time) do not arise in a
        // few MB.
        s.put("spark.sql.adaptive.enabled", "false");
        // No AQE to coalesce the shuffle partitions: one partition holds a small county's shuffle (at most a
        // few hundred kB at 435 members) and costs one task per stage, not eight.
        s.put("spark.sql.shuffle.partitions", "1");
        return Collections.unmodifiableMap(s);
    }
}
