package cn.jgdj.jobs.effectiveness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Independent tasks of very different sizes spread over a few threads, largest first, each task taken whole by
 * the next free thread (the calling thread is one of them). With the large tasks started first, the small ones fill
 * the gaps at the end, so the threads finish close together; a split into fixed ranges, as a parallel stream makes,
 * can leave one thread with most of the large tasks. Results come back in the tasks' order.
 */
final class LargestFirst {
    private LargestFirst() {
    }

    static <T, R> List<R> map(List<T> tasks, ToLongFunction<T> size, Function<T, R> work, int threads) {
        Integer[] order = new Integer[tasks.size()];
        Arrays.setAll(order, i -> i);
        // Stable: equal sizes keep their list order.
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> size.applyAsLong(tasks.get(i))).reversed());
        Object[] results = new Object[tasks.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int at = next.getAndIncrement(); at < order.length && failure.get() == null;
                 at = next.getAndIncrement()) {
                try {
                    results[order[at]] = work.apply(tasks.get(order[at]));
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, tasks.size()); t++) {
            Thread helper = new Thread(worker, "effect-estimates-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while estimating", e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return out;
    }
}
