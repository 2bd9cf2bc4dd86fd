package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The run's Spark configuration, without starting Spark. */
class SparkSessionsTest {

    @Test
    void aLocalRunUsesEveryCoreFewPartitionsAndNoUi() {
        SparkConf conf = SparkSessions.conf(new SparkConf(false), "jgdj test");

        assertEquals("local[*]", conf.get("spark.master"));
        assertEquals("8", conf.get("spark.sql.shuffle.partitions"));
        assertEquals("false", conf.get("spark.ui.enabled"));
        assertEquals("true", conf.get("spark.sql.adaptive.enabled"));
        assertEquals("jgdj test", conf.get("spark.app.name"));
        assertEquals(String.valueOf(Runtime.getRuntime().availableProcessors()),
                conf.get("spark.default.parallelism"));
        assertEquals("false", conf.get("spark.sql.adaptive.coalescePartitions.parallelismFirst"));
        assertEquals("true", conf.get("spark.memory.offHeap.enabled"));
        assertEquals(SparkSessions.offHeapMegabytes(Runtime.getRuntime().maxMemory()) + "m",
                conf.get("spark.memory.offHeap.size"));
    }

    @Test
    void aLocalRunsOffHeapMemoryIsAThirdOfTheHeapsMaximum() {
        // The launcher's 6 GB heap as the parallel collector reports it with a 1 GB young generation (5,803 MB).
        assertEquals(1934, SparkSessions.offHeapMegabytes(5803L * 1024 * 1024));
        assertEquals(682, SparkSessions.offHeapMegabytes(2048L * 1024 * 1024));
        assertEquals(64, SparkSessions.offHeapMegabytes(96L * 1024 * 1024), "never below 64 MB");
    }

    @Test
    void underSparkSubmitTheSubmittersMasterAndSettingsStay() {
        SparkConf submitted = new SparkConf(false).setMaster("spark://master:7077").setAppName("nightly")
                .set("spark.sql.shuffle.partitions", "64");

        SparkConf conf = SparkSessions.conf(submitted, "jgdj test");

        assertEquals("spark://master:7077", conf.get("spark.master"));
        assertEquals("64", conf.get("spark.sql.shuffle.partitions"));
        assertEquals("nightly", conf.get("spark.app.name"));
        assertFalse(conf.contains("spark.ui.enabled"), "the cluster's UI is its own business");
        assertFalse(conf.contains("spark.driver.host"));
        assertFalse(conf.contains("spark.default.parallelism"), "the cluster's parallelism is the submitter's");
        assertFalse(conf.contains("spark.sql.adaptive.coalescePartitions.parallelismFirst"));
        assertFalse(conf.contains("spark.memory.offHeap.enabled"), "executors' memory is the submitter's");
    }

    @Test
    void explicitLocalSettingsWin() {
        SparkConf conf = SparkSessions.conf(new SparkConf(false).set("spark.ui.enabled", "true")
                .set("spark.sql.shuffle.partitions", "2").set("spark.memory.offHeap.enabled", "false"), "jgdj test");

        assertEquals("true", conf.get("spark.ui.enabled"));
        assertEquals("2", conf.get("spark.sql.shuffle.partitions"));
        assertEquals("false", conf.get("spark.memory.offHeap.enabled"));
    }

    @Test
    void aSmallCountyRunLocallyPlansWithoutAdaptiveExecutionOnOnePartitionPerCore() {
        String cores = String.valueOf(Runtime.getRuntime().availableProcessors());
        SparkConf small = SparkSessions.confForRun(new SparkConf(false), "jgdj test", null, 1_000);
        assertEquals("false", small.get("spark.sql.adaptive.enabled"));
        assertEquals(cores, small.get("spark.sql.shuffle.partitions"));

        SparkConf big = SparkSessions.confForRun(new SparkConf(false), "jgdj test", null,
                SmallCounty.MAX_INPUT_BYTES + 1);
        assertEquals("true", big.get("spark.sql.adaptive.enabled"));
        assertEquals("8", big.get("spark.sql.shuffle.partitions"));
        SparkConf unknown = SparkSessions.confForRun(new SparkConf(false), "jgdj test", null, InputSize.UNKNOWN);
        assertEquals("true", unknown.get("spark.sql.adaptive.enabled"));

        SparkConf explicit = SparkSessions.confForRun(new SparkConf(false).set("spark.sql.adaptive.enabled", "true")
                .set("spark.sql.shuffle.partitions", "3"), "jgdj test", null, 1_000);
        assertEquals("true", explicit.get("spark.sql.adaptive.enabled"), "an explicit setting wins");
        assertEquals("3", explicit.get("spark.sql.shuffle.partitions"));

        SparkConf submitted = SparkSessions.confForRun(new SparkConf(false).setMaster("spark://master:7077"),
                "jgdj test", null, 1_000);
        assertEquals("true", submitted.get("spark.sql.adaptive.enabled"), "a cluster's plans keep AQE");
        assertFalse(submitted.contains("spark.sql.shuffle.partitions"));

        System.setProperty(SmallCounty.ENABLED, "false");
        try {
            SparkConf off = SparkSessions.confForRun(new SparkConf(false), "jgdj test", null, 1_000);
            assertEquals("true", off.get("spark.sql.adaptive.enabled"));
            assertEquals("8", off.get("spark.sql.shuffle.partitions"));
        } finally {
            System.clearProperty(SmallCounty.ENABLED);
        }
    }
}
