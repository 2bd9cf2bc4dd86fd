package cn.jgdj.pipeline.runner;

import cn.jgdj.schemas.run.TaskRecord;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** On a terminal: the running task's line is redrawn every second with its elapsed time, then replaced by its result. */
final class LiveProgress implements Progress {
    private static final String CLEAR_LINE = "\r\u001b[K";
    private final PrintStream out;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });
    private String running;
    private long startNanos;

    LiveProgress(PrintStream out) {
        this.out = out;
        ticker.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void taskStarted(int n, int m, String task) {
        running = Progress.prefix(n, m) + task + ": running ";
        startNanos = System.nanoTime();
        draw();
    }

    private synchronized void draw() {
        if (running != null) {
            out.print(CLEAR_LINE + running + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos) + " s");
            out.flush();
        }
    }

    @Override
    public synchronized void taskFinished(int n, int m, TaskRecord record) {
        if (running != null) {
            out.print(CLEAR_LINE);
            running = null;
        }
        out.println(Progress.finishedLine(n, m, record));
        out.flush();
    }
}
