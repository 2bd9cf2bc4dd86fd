package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark's scratch folder for a local run: where, private, emptied; set only for a local master. */
class SparkLocalDirTest {

    @TempDir
    Path tmp;

    @Test
    void aLocalOutKeepsItUnderOutAndAClusterOutInTheUsersHome() {
        Path home = Path.of("/home/someone");

        assertEquals(Path.of("/data/out/_spark-local"), SparkLocalDir.forOut("/data/out", home));
        assertEquals(Path.of("/data/out/_spark-local"), SparkLocalDir.forOut("file:/data/out", home));
        Path remote = SparkLocalDir.forOut("hdfs://nn:8020/data/out", home);
        assertEquals(home.resolve(".cache/jgdj/spark-local"), remote.getParent());
        assertTrue(remote.getFileName().toString().matches("[0-9a-f]{16}"), remote.toString());
        assertFalse(remote.equals(SparkLocalDir.forOut("hdfs://nn:8020/data/out2", home)), "one folder per OUT");
    }

    @Test
    void preparingEmptiesAKilledRunsLeftoversAndMakesItOwnerOnly() throws IOException {
        Path dir = tmp.resolve("out/_spark-local");
        Path leftover = Files.createDirectories(dir.resolve("blockmgr-1234/0c"));
        Files.writeString(leftover.resolve("shuffle_0_1_0.data"), "M000050");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertEquals(dir, SparkLocalDir.prepare(dir));

        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    @Test
    void onlyALocalMasterGetsItAndAnExplicitSettingWins() {
        Path dir = tmp.resolve("scratch");

        assertEquals(dir.toString(), SparkSessions.conf(new SparkConf(false), "t", dir).get("spark.local.dir"));
        assertEquals(dir.toString(), SparkSessions.conf(new SparkConf(false).setMaster("local[2]"), "t", dir)
                .get("spark.local.dir"));
        assertFalse(SparkSessions.conf(new SparkConf(false).setMaster("spark://m:7077"), "t", dir)
                .contains("spark.local.dir"));
        assertEquals("/fast/disk", SparkSessions.conf(new SparkConf(false).set("spark.local.dir", "/fast/disk"),
                "t", dir).get("spark.local.dir"));
        assertFalse(SparkSessions.conf(new SparkConf(false), "t").contains("spark.local.dir"));
    }
}
