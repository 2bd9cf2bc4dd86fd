package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark's scratch folders of local runs: where, private, one per run, cleared when over; set only for a local master. */
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
    void preparingClearsTheFoldersOfRunsThatAreOverKeepsLiveOnesAndMakesBothLevelsOwnerOnly() throws IOException {
        Path base = tmp.resolve("out/_spark-local");
        Path killed = Files.createDirectories(base.resolve("20261130T080000-dead/blockmgr-1234/0c"));
        Files.writeString(killed.resolve("shuffle_0_1_0.data"), "M000050");
        Path oldLayout = Files.createDirectories(base.resolve("blockmgr-5678"));
        Path beside = Files.createDirectories(base.resolve("20261130T090000-live/blockmgr-9abc"));
        Files.writeString(beside.resolve("shuffle_0_2_0.data"), "M000051");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path mine = SparkLocalDir.prepare(base, "20261130T090001-mine", () -> Set.of("20261130T090000-live"));

        assertEquals(base.resolve("20261130T090001-mine"), mine);
        try (var files = Files.list(base)) {
            assertEquals(Set.of("20261130T090000-live", "20261130T090001-mine"),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        }
        assertTrue(Files.isRegularFile(beside.resolve("shuffle_0_2_0.data")), "a live run's files stay");
        assertFalse(Files.exists(oldLayout));
        try (var files = Files.list(mine)) {
            assertEquals(0, files.count());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(base)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)));

        SparkLocalDir.remove(mine);
        assertFalse(Files.exists(mine));
        assertTrue(Files.isDirectory(beside));
    }

    @Test
    void theFirstRunCreatesTheBaseFolderOwnerOnly() throws IOException {
        Path base = tmp.resolve("out/_spark-local");

        Path mine = SparkLocalDir.prepare(base, "20261130T090001-mine", Set::of);

        assertTrue(Files.isDirectory(mine));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(base)));
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
