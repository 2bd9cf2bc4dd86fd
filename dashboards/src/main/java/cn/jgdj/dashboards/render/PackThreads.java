package cn.jgdj.dashboards.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The small fixed pool a pack is built and drawn on: one daemon thread per core, at most {@link #MAX_THREADS}. A
 * pack task runs no Spark job, so the driver's cores are free while it renders.
 */
public final class PackThreads {
    /** Two cores here; a pack's 10-60 figures gain little from more. */
    static final int MAX_THREADS = 4;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private PackThreads() {
    }

    /** The number of threads: the cores, at most {@link #MAX_THREADS}. */
    public static int count() {
        return Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** A fixed pool of daemon threads named after the work, so a thread dump shows what they do. */
    static ExecutorService pool(String name, int threads) {
        int id = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Applies the function to every item on {@link #count} threads and returns the results in the items' order;
     * the first item's failure, in that order, is thrown, as a loop would. The function must not share mutable
     * state between items.
     */
    public static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        return map(items, f, count());
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> f, int threads) {
        if (items.size() < 2 || threads < 2) {
            return items.stream().map(f).toList();
        }
        ExecutorService pool = pool("pack-build", Math.min(threads, items.size()));
        List<Future<R>> futures = new ArrayList<>();
        try {
            for (T item : items) {
                futures.add(pool.submit(() -> f.apply(item)));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> fut : futures) {
                out.add(await(fut));
            }
            return out;
        } finally {
            futures.forEach(fut -> fut.cancel(false));
            shutdown(pool);
        }
    }

    /** Stops the pool once the work already started has ended (drawing does not heed interrupts). */
    static void shutdown(ExecutorService pool) {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                // still drawing: wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The result, or the work's own failure rethrown as it was. */
    static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a pack was rendered", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("a pack's rendering was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
