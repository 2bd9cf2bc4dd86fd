package cn.jgdj.pipeline.runner;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a run. Started by spark-submit (spark.master already set), it keeps whatever the
 * submitter configured; started by the local launcher, it runs in this JVM on every core, with few shuffle
 * partitions (the data is small) and no UI unless asked. Explicit spark.* system properties always win.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /** Whether a master was given from outside (spark-submit, or -Dspark.master=...). */
    public static boolean masterGiven(SparkConf conf) {
        return conf.contains("spark.master");
    }

    public static SparkSession forRun(String appName) {
        return forRun(appName, null);
    }

    /**
     * The run's session; a local one keeps its shuffle and spill files in localDir (see {@link SparkLocalDir})
     * unless spark.local.dir is given. Null localDir: Spark's default (the system temp folder).
     */
    public static SparkSession forRun(String appName, java.nio.file.Path localDir) {
        return forRun(appName, localDir, InputSize.UNKNOWN);
    }

    /**
     * As {@link #forRun(String, java.nio.file.Path)}, for raw exports of {@code inputBytes} (or
     * {@link InputSize#UNKNOWN}): a small county run locally keeps all code in C1 ({@link SmallCounty}).
     */
    public static SparkSession forRun(String appName, java.nio.file.Path localDir, long inputBytes) {
        return SparkSession.builder().config(confForRun(new SparkConf(), appName, localDir, inputBytes))
                .getOrCreate();
    }

    /**
     * The configuration of {@link #forRun(String, java.nio.file.Path, long)}, given the SparkConf loaded from
     * system properties; for a local run it also sets this JVM's JIT directives.
     */
    static SparkConf confForRun(SparkConf given, String appName, java.nio.file.Path localDir, long inputBytes) {
        if (runsLocally(given)) {
            LocalFiles.withoutShellCommands();
            GeneratedCodeJit.keepOutOfC2();
            if (SmallCounty.applies(inputBytes)) {
                SmallCounty.keepAllCodeInC1();
                SmallCounty.configure(given, localCores());
            }
        }
        return conf(given, appName, localDir);
    }

    /** Whether a run with this configuration (system properties) runs Spark in this JVM. */
    public static boolean runsLocally(SparkConf conf) {
        return !masterGiven(conf) || conf.get("spark.master").startsWith("local");
    }

    /** The configuration a run uses, given the SparkConf loaded from system properties. */
    public static SparkConf conf(SparkConf conf, String appName) {
        return conf(conf, appName, null);
    }

    /** As {@link #conf(SparkConf, String)}, with a private scratch folder for a local master. */
    public static SparkConf conf(SparkConf conf, String appName, java.nio.file.Path localDir) {
        if (localDir != null && runsLocally(conf)) {
            conf.setIfMissing("spark.local.dir", localDir.toString());
        }
        conf.setIfMissing("spark.app.name", appName);
        conf.setIfMissing("spark.sql.adaptive.enabled", "true");
        if (!masterGiven(conf)) {
            conf.setMaster("local[*]");
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
            // As many slices as cores for data made on the driver, and shuffle partitions coalesced by size
            // (AQE's 64 MB advisory), not spread over 8 parallel tasks: a county's tables are a few MB, and 8
            // tasks per stage on 2 cores are mostly scheduling. Tables written from several partitions keep their
            // order in the CSV copy (StagedJobIO), so the published CSVs do not depend on these numbers.
            conf.setIfMissing("spark.default.parallelism", String.valueOf(localCores()));
            conf.setIfMissing("spark.sql.adaptive.coalescePartitions.parallelismFirst", "false");
            // Spark's sort and aggregation pages and ingest's held rows outside the collector's heap (a third of
            // the heap's maximum more): the collector no longer copies them, and at 10,000 x 5 the heap in use
            // peaks at about 1.5 GB instead of 3 GB, the process at 3.0 GB instead of 4.2, in the same time
            // (docs/performance.md, "Off-heap memory and a capped young generation").
            conf.setIfMissing("spark.memory.offHeap.enabled", "true");
            conf.setIfMissing("spark.memory.offHeap.size", offHeapMegabytes(Runtime.getRuntime().maxMemory()) + "m");
            // A laptop's hostname often does not resolve; a local run never needs the network.
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        return conf;
    }

    /** Spark's off-heap memory for a local run whose heap may grow to {@code maxHeapBytes}: a third of it. */
    static long offHeapMegabytes(long maxHeapBytes) {
        return Math.max(64, maxHeapBytes / 3 / (1024 * 1024));
    }

    /** The cores local[*] uses. */
    static int localCores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
