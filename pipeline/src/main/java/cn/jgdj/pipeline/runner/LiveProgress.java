package cn.jgdj.pipeline.runner;

import cn.jgdj.schemas.run.TaskRecord;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * On a terminal: the running task's line is redrawn every second with its elapsed time, then replaced by its result.
 * Tasks running side by side share the one live line ("[ 9/32] coverage: running 3 s | [10/32] volunteer: 1 s"),
 * cut to {@link #WIDTH} characters so that it never wraps on a narrow terminal (a wrapped line is not redrawn).
 */
final class LiveProgress implements Progress {
    static final int WIDTH = 79;
    private static final String CLEAR_LINE = "\r\u001b[K";
    private final PrintStream out;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });
    /** Running tasks by their number: the prefixed name and the start. */
    private final Map<Integer, Running> running = new TreeMap<>();

    private record Running(String label, long startNanos) {
    }

    LiveProgress(PrintStream out) {
        this.out = out;
        ticker.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void taskStarted(int n, int m, String task) {
        running.put(n, new Running(Progress.prefix(n, m) + task, System.nanoTime()));
        draw();
    }

    private synchronized void draw() {
        if (!running.isEmpty()) {
            out.print(CLEAR_LINE + liveLine());
            out.flush();
        }
    }

    /** One task: "[ 3/26] coverage: running 4 s"; several: the first so, the others "[ 4/26] trends: 1 s", cut. */
    private String liveLine() {
        StringBuilder sb = new StringBuilder();
        long now = System.nanoTime();
        for (Running r : running.values()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(now - r.startNanos());
            sb.append(sb.isEmpty() ? r.label() + ": running " + seconds + " s" : " | " + r.label() + ": " + seconds + " s");
        }
        return running.size() > 1 && sb.length() > WIDTH ? sb.substring(0, WIDTH) : sb.toString();
    }

    @Override
    public synchronized void taskFinished(int n, int m, TaskRecord record) {
        if (!running.isEmpty()) {
            out.print(CLEAR_LINE);
        }
        running.remove(n);
        out.println(Progress.finishedLine(n, m, record));
        draw();
        out.flush();
    }
}
