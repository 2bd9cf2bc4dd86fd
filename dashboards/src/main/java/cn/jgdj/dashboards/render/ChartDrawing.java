package cn.jgdj.dashboards.render;

import cn.jgdj.dashboards.page.PackChart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Draws a pack's charts to PNG and SVG on a small fixed pool ({@link PackThreads}), chart after chart in the
 * pack's order. Each chart is drawn by one thread at a time: its PNG and SVG by
 * one pool thread, its PDF page afterwards by the caller, who waits for that chart ({@link #awaitChart}) before
 * drawing it, since JFreeChart objects are not safe to draw from two threads at once. The files are the same
 * whatever thread draws them; their list keeps the pack's order.
 */
public final class ChartDrawing implements AutoCloseable {
    private final ExecutorService pool;
    private final List<Future<?>> charts = new ArrayList<>();
    private final List<Future<?>> others = new ArrayList<>();

    /** A pool of {@link PackThreads#count} threads. */
    public ChartDrawing() {
        this(PackThreads.count());
    }

    ChartDrawing(int threads) {
        this.pool = PackThreads.pool("pack-charts", threads);
    }

    /** Starts drawing every chart's PNG and SVG into the folder, in order; returns their file names in order. */
    public List<String> start(List<PackChart> list, Path folder) {
        List<String> files = new ArrayList<>();
        for (PackChart c : list) {
            Path png = folder.resolve(c.id() + ".png");
            Path svg = folder.resolve(c.id() + ".svg");
            charts.add(pool.submit(() -> {
                ChartFiles.png(c.chart(), c.width(), c.height(), png);
                ChartFiles.svg(c.chart(), c.width(), c.height(), svg);
            }));
            files.add(png.getFileName().toString());
            files.add(svg.getFileName().toString());
        }
        return files;
    }

    /** Runs other work that draws no chart (the HTML page) on the pool too. */
    public void alsoRun(Runnable work) {
        others.add(pool.submit(work));
    }

    /** Waits until the i-th chart's files are written (its failure is thrown here). */
    public void awaitChart(int i) {
        PackThreads.await(charts.get(i));
    }

    /** Waits for every chart and every other piece of work. */
    public void awaitAll() {
        charts.forEach(PackThreads::await);
        others.forEach(PackThreads::await);
    }

    /** Cancels what has not started and waits for what has, so no thread still writes into the folder. */
    @Override
    public void close() {
        charts.forEach(f -> f.cancel(false));
        others.forEach(f -> f.cancel(false));
        PackThreads.shutdown(pool);
    }
}
