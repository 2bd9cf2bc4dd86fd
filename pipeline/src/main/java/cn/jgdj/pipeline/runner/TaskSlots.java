package cn.jgdj.pipeline.runner;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where a run's tasks execute: up to {@code size} at once. With one slot a task runs on the caller's own thread
 * when it is started (exactly as a plain loop would run it); with more, on a fixed pool of that many threads.
 * Only the caller's thread starts work and takes results, so the counts here need no lock.
 *
 * @param <T> what a piece of work returns
 */
final class TaskSlots<T> implements AutoCloseable {
    private final int size;
    private final ExecutorService pool;
    private final BlockingQueue<Ended<T>> ended = new LinkedBlockingQueue<>();
    private int running;

    /** A piece of work's result, or what it threw. */
    private record Ended<T>(T value, Throwable thrown) {
    }

    TaskSlots(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one task slot, not " + size);
        }
        this.size = size;
        this.pool = size == 1 ? null : Executors.newFixedThreadPool(size, threads());
    }

    /** Daemon threads named jgdj-task-N: a run that ends by an error never keeps the JVM alive. */
    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "jgdj-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    boolean hasFree() {
        return running < size;
    }

    boolean anyRunning() {
        return running > 0;
    }

    /** Starts the work in a free slot (on this thread, to its end, when there is one slot). */
    void start(Supplier<T> work) {
        if (!hasFree()) {
            throw new IllegalStateException("all " + size + " task slots are busy");
        }
        running++;
        Runnable r = () -> {
            try {
                ended.add(new Ended<>(work.get(), null));
            } catch (RuntimeException | Error e) {
                ended.add(new Ended<>(null, e));
            }
        };
        if (pool == null) {
            r.run();
        } else {
            pool.execute(r);
        }
    }

    /** The result of the next piece of work to end (waiting for it); what the work threw is thrown here. */
    T awaitNext() {
        if (!anyRunning()) {
            throw new IllegalStateException("no task is running");
        }
        Ended<T> e;
        try {
            e = ended.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task to end", interrupted);
        }
        running--;
        if (e.thrown() instanceof RuntimeException r) {
            throw r;
        }
        if (e.thrown() instanceof Error err) {
            throw err;
        }
        return e.value();
    }

    /** Waits for work still running (after an error elsewhere), so nothing writes once the run has returned. */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // A Spark job may run for long at a big county; the run is over only when it is.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
