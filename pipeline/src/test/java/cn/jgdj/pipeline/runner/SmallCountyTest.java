package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's size rule for a small county and its JIT directive, without starting Spark. */
class SmallCountyTest {
    private static final long LIMIT = 32L * 1024 * 1024;

    @Test
    void rawExportsUpToThirtyTwoMebibytesAreASmallCounty() {
        assertEquals(LIMIT, SmallCounty.MAX_INPUT_BYTES);
        assertTrue(SmallCounty.applies(0));
        assertTrue(SmallCounty.applies(LIMIT));
        assertFalse(SmallCounty.applies(LIMIT + 1));
        assertFalse(SmallCounty.applies(InputSize.UNKNOWN), "a size not known is not small");
    }

    @Test
    void thePropertySetToFalseMakesNoCountySmall() {
        System.setProperty(SmallCounty.ENABLED, "false");
        try {
            assertFalse(SmallCounty.applies(1_000));
        } finally {
            System.clearProperty(SmallCounty.ENABLED);
        }
        assertTrue(SmallCounty.applies(1_000));
    }

    @Test
    void noCountyIsSmallDuringALadderAndThePropertyComesBackAfter() throws Exception {
        assertFalse(SmallCounty.neverSmallDuring(() -> SmallCounty.applies(1_000)));
        assertTrue(SmallCounty.applies(1_000));
        assertEquals(null, System.getProperty(SmallCounty.ENABLED));
        System.setProperty(SmallCounty.ENABLED, "true");
        try {
            assertFalse(SmallCounty.neverSmallDuring(() -> SmallCounty.applies(1_000)));
            assertEquals("true", System.getProperty(SmallCounty.ENABLED));
        } finally {
            System.clearProperty(SmallCounty.ENABLED);
        }
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
