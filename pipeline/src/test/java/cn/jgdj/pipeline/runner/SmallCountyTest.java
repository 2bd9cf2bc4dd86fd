package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's size rule and what it sets, without starting Spark. */
class SmallCountyTest {
    private static final long LIMIT = 8L * 1024 * 1024;

    @Test
    void rawExportsUpToEightMebibytesAreASmallCounty() {
        assertEquals(LIMIT, SmallCounty.MAX_INPUT_BYTES);
        assertTrue(SmallCounty.applies(0));
        assertTrue(SmallCounty.applies(LIMIT));
        assertFalse(SmallCounty.applies(LIMIT + 1));
        assertFalse(SmallCounty.applies(InputSize.UNKNOWN), "a size not known is not small");
    }

    @Test
    void thePropertySetToFalseKeepsTheLargeCountysSettings() {
        System.setProperty(SmallCounty.ENABLED, "false");
        try {
            assertFalse(SmallCounty.applies(1_000));
            SparkConf conf = SparkSessions.conf(new SparkConf(false), "t", null, 1_000);
            assertEquals("true", conf.get("spark.sql.adaptive.enabled"));
            assertEquals("8", conf.get("spark.sql.shuffle.partitions"));
        } finally {
            System.clearProperty(SmallCounty.ENABLED);
        }
        assertTrue(SmallCounty.applies(1_000));
    }

    @Test
    void aSmallLocalCountyRunsWithoutAqeOnOneShufflePartition() {
        SparkConf small = SparkSessions.conf(new SparkConf(false), "t", null, LIMIT);

        assertEquals(Map.of("spark.sql.adaptive.enabled", "false", "spark.sql.shuffle.partitions", "1"),
                SmallCounty.SPARK_SETTINGS);
        assertEquals("false", small.get("spark.sql.adaptive.enabled"));
        assertEquals("1", small.get("spark.sql.shuffle.partitions"));
        assertEquals("local[*]", small.get("spark.master"));
        assertEquals("false", small.get("spark.ui.enabled"));
    }

    @Test
    void aLargerCountyKeepsTheLaunchersUsualSettings() {
        SparkConf large = SparkSessions.conf(new SparkConf(false), "t", null, LIMIT + 1);
        SparkConf unknown = SparkSessions.conf(new SparkConf(false), "t", null, InputSize.UNKNOWN);

        for (SparkConf conf : List.of(large, unknown)) {
            assertEquals("true", conf.get("spark.sql.adaptive.enabled"));
            assertEquals("8", conf.get("spark.sql.shuffle.partitions"));
        }
    }

    @Test
    void underSparkSubmitASmallCountyKeepsTheSubmittersSettings() {
        SparkConf conf = SparkSessions.conf(new SparkConf(false).setMaster("spark://master:7077")
                .set("spark.sql.shuffle.partitions", "64"), "t", null, 1_000);

        assertEquals("true", conf.get("spark.sql.adaptive.enabled"));
        assertEquals("64", conf.get("spark.sql.shuffle.partitions"));
    }

    @Test
    void settingsGivenExplicitlyWinOverTheSmallCountys() {
        SparkConf conf = SparkSessions.conf(new SparkConf(false).set("spark.sql.adaptive.enabled", "true")
                .set("spark.sql.shuffle.partitions", "3"), "t", null, 1_000);

        assertEquals("true", conf.get("spark.sql.adaptive.enabled"));
        assertEquals("3", conf.get("spark.sql.shuffle.partitions"));
    }

    @Test
    void theInputsSizeIsEveryFileUnderItsFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("units.csv"), "abc");
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/venues.csv"), "hello");
        assertEquals(8, InputSize.bytes(dir.toString(), new Configuration()));
        assertEquals(InputSize.UNKNOWN, InputSize.bytes(dir.resolve("absent").toString(), new Configuration()));
        assertEquals(InputSize.UNKNOWN, InputSize.bytes(null, new Configuration()));
    }

    @Test
    void theAllCodeDirectiveIsOnTheJvmsStackOnceWhateverTheCalls() throws Exception {
        assertEquals("added", SmallCounty.keepAllCodeInC1());
        assertEquals("added", SmallCounty.keepAllCodeInC1());
        assertEquals("added", SmallCounty.jitOutcome());
        String stack = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        // Each directive prints as "Directive:", its pattern, its c1 and c2 blocks; HotSpot's own default also
        // matches *.*, without excluding anything.
        long ours = java.util.Arrays.stream(stack.split("Directive:"))
                .filter(d -> d.trim().startsWith("matching: *.*"))
                .filter(d -> d.split("c2 directives:")[1].contains("Exclude:true"))
                .count();
        assertEquals(1, ours, stack);
    }
}
