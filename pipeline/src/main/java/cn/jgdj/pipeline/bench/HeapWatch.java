package cn.jgdj.pipeline.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's peak heap use, overall and since the last {@link #mark()}. Heap use climbs until a collection, so the
 * peak is read from every collection's "before" figures (GC notifications) and, for the climb after the last
 * collection, from a 10 ms sample of the heap's current use.
 */
final class HeapWatch implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<String> heapPools = new HashSet<>();
    private final AtomicLong sinceMark = new AtomicLong();
    private final AtomicLong overall = new AtomicLong();
    private final AtomicLong afterCollections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        mark();
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts a new stage: its peak begins at the heap's current use. */
    void mark() {
        long used = memory.getHeapMemoryUsage().getUsed();
        sinceMark.set(used);
        record(used);
    }

    /** The peak heap use since the last mark, in bytes. */
    long peakSinceMark() {
        record(memory.getHeapMemoryUsage().getUsed());
        return sinceMark.get();
    }

    /** The peak heap use since this watch started, in bytes. */
    long peak() {
        record(memory.getHeapMemoryUsage().getUsed());
        return overall.get();
    }

    /**
     * The most heap any collection left in use, in bytes: what the run kept (and the garbage the collector chose to
     * leave), unlike {@link #peak()}, which also counts the garbage a large heap lets pile up between collections.
     */
    long peakAfterCollection() {
        return afterCollections.get();
    }

    /** Collections so far and the time they took (all collectors, since the JVM started). */
    static long[] collections() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private void record(long used) {
        sinceMark.accumulateAndGet(used, Math::max);
        overall.accumulateAndGet(used, Math::max);
    }

    private void sample() {
        while (running) {
            record(memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        record(heapUse(info.getGcInfo().getMemoryUsageBeforeGc()));
        afterCollections.accumulateAndGet(heapUse(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    }

    private long heapUse(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        return used;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // Already gone: nothing to undo.
            }
        }
    }
}
