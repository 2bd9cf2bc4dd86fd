package cn.jgdj.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JVM options bin/pipeline starts its JVM with, read back from the JVM itself ({@code -XX:+PrintCommandLineFlags},
 * which prints the flags in force before main runs): C2's raised thresholds and the parallel collector by default,
 * and JAVA_OPTS winning over both (a collector named there replaces the launcher's, since two would stop the JVM).
 * Runs after {@code mvn package}, so the script finds its jar and builds nothing.
 */
class LauncherScriptIT {
    private static Path work;

    @BeforeAll
    static void folder() throws Exception {
        work = IntegrationEnv.workDir("launcher-script");
    }

    @Test
    void theLauncherRaisesC2sThresholdsAndChoosesTheParallelCollector() throws Exception {
        assertHas(flags("default", "-XX:+PrintCommandLineFlags"), "-XX:+UseParallelGC",
                "-XX:Tier4InvocationThreshold=40000", "-XX:Tier4MinInvocationThreshold=4800",
                "-XX:Tier4CompileThreshold=120000", "-XX:Tier4BackEdgeThreshold=320000", "-XX:MaxHeapSize=6442450944",
                "-XX:MaxNewSize=1073741824");
    }

    @Test
    void aCollectorNamedInJavaOptsReplacesTheLaunchersAndTheJvmStarts() throws Exception {
        String flags = flags("g1", "-XX:+UseG1GC -XX:+PrintCommandLineFlags");
        assertHas(flags, "-XX:+UseG1GC");
        assertFalse(flags.contains("-XX:+UseParallelGC"), flags);
        assertFalse(flags.contains("-XX:MaxNewSize=1073741824"), "the young generation's cap goes with the collector: "
                + flags);
    }

    @Test
    void anOptionThatOnlyMentionsGcKeepsTheLaunchersCollector() throws Exception {
        assertHas(flags("gc-option", "-XX:+UseGCOverheadLimit -XX:+PrintCommandLineFlags"), "-XX:+UseParallelGC");
    }

    @Test
    void javaOptsComeLastAndWin() throws Exception {
        String flags = flags("threshold", "-XX:Tier4InvocationThreshold=5000 -Xmx2g -XX:+PrintCommandLineFlags");
        assertHas(flags, "-XX:Tier4InvocationThreshold=5000", "-XX:MaxHeapSize=2147483648", "-XX:+UseParallelGC");
        assertFalse(flags.contains("-XX:Tier4InvocationThreshold=40000"), flags);
        assertFalse(flags.contains("-XX:MaxNewSize=1073741824"), "a heap given in JAVA_OPTS keeps the collector's "
                + "own young generation: " + flags);
    }

    private static void assertHas(String flags, String... expected) {
        for (String flag : expected) {
            assertTrue(flags.contains(flag), flag + " missing from: " + flags);
        }
    }

    /** The output of {@code bin/pipeline --version} with JAVA_OPTS, after checking it ran and built nothing. */
    private static String flags(String name, String javaOpts) throws Exception {
        Command.Result r = Command.of(IntegrationEnv.repo().resolve("bin/pipeline").toString(), "--version")
                .env("JAVA_OPTS", javaOpts)
                .run(work.resolve(name + ".log"), Duration.ofMinutes(2));
        assertEquals(0, r.exit(), r.describe());
        assertFalse(r.output().contains("building"), r.describe());
        return r.output();
    }
}
