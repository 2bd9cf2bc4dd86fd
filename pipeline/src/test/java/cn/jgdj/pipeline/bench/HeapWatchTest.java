package cn.jgdj.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapWatchTest {

    @Test
    void whatACollectionLeftCountsTheLiveDataAndStaysUnderThePeak() throws InterruptedException {
        try (HeapWatch watch = new HeapWatch()) {
            byte[] kept = new byte[64 << 20];
            kept[kept.length - 1] = 1;
            long deadline = System.nanoTime() + 10_000_000_000L;
            // GC notifications arrive on another thread: wait for one that saw the 64 MB array.
            while (watch.peakAfterCollection() < kept.length && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(50);
            }
            assertTrue(watch.peakAfterCollection() >= kept.length, "after collections: " + watch.peakAfterCollection());
            assertTrue(watch.peakAfterCollection() <= watch.peak(), watch.peakAfterCollection() + " > " + watch.peak());
            assertTrue(kept[kept.length - 1] == 1);
        }
    }
}
