package cn.jgdj.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The process's largest resident set, read from Linux's process status. */
class ResidentMemoryTest {

    @Test
    void readsTheHighWaterMarkInKilobytes() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t  3145408 kB",
                "VmRSS:\t  2000000 kB");
        assertEquals(3_145_408L * 1024, ResidentMemory.peakOf(status));
        assertEquals(ResidentMemory.UNKNOWN, ResidentMemory.peakOf(List.of("Name:\tjava", "VmRSS:\t 1 kB")));
    }

    @Test
    void memoryTouchedOutsideTheHeapRaisesThePeak() {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "Linux only");
        ResidentMemory.resetPeak();
        long before = ResidentMemory.peak();
        ByteBuffer pages = ByteBuffer.allocateDirect(64 << 20);
        for (int i = 0; i < pages.capacity(); i += 4096) {
            pages.put(i, (byte) 1);
        }
        long after = ResidentMemory.peak();
        assertTrue(before > 0, "peak " + before);
        assertTrue(after - before >= 48L << 20, "64 MB touched outside the heap, peak " + before + " -> " + after);
        assertEquals(1, pages.get(4096));
    }
}
