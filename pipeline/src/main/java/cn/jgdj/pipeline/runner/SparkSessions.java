package cn.jgdj.pipeline.runner;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a run. Started by spark-submit (spark.master already set), it keeps whatever the
 * submitter configured; started by the local launcher, it runs in this JVM on every core, with few shuffle
 * partitions sized by bytes (the data is small) and no UI unless asked. Explicit spark.* system properties always win.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /** Whether a master was given from outside (spark-submit, or -Dspark.master=...). */
    public static boolean masterGiven(SparkConf conf) {
        return conf.contains("spark.master");
    }

    public static SparkSession forRun(String appName) {
        return SparkSession.builder().config(conf(new SparkConf(), appName)).getOrCreate();
    }

    /** The configuration a run uses, given the SparkConf loaded from system properties. */
    public static SparkConf conf(SparkConf conf, String appName) {
        conf.setIfMissing("spark.app.name", appName);
        conf.setIfMissing("spark.sql.adaptive.enabled", "true");
        if (!masterGiven(conf)) {
            conf.setMaster("local[*]");
            conf.setIfMissing("spark.ui.enabled", "false");
            // One Spark task per core for scans of parallelized data, and AQE sizes shuffle partitions by bytes
            // (64 MB advisory) instead of spreading a few kilobytes over every core: a county's tables are small,
            // and each Spark task and each written file has a fixed cost (docs/performance.md).
            String cores = String.valueOf(Runtime.getRuntime().availableProcessors());
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
            conf.setIfMissing("spark.default.parallelism", cores);
            conf.setIfMissing("spark.sql.adaptive.coalescePartitions.parallelismFirst", "false");
            // A laptop's hostname often does not resolve; a local run never needs the network.
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        return conf;
    }
}
