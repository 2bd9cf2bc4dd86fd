package cn.jgdj.pipeline.runner;

import cn.jgdj.schemas.run.TaskRecord;
import java.io.PrintStream;

/**
 * One line when a task starts and one when it ends: for logs, pipes and cluster drivers. Tasks running side by
 * side print whole lines, one at a time.
 */
final class PlainProgress implements Progress {
    private final PrintStream out;

    PlainProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void taskStarted(int n, int m, String task) {
        out.println(Progress.prefix(n, m) + task + ": started");
        out.flush();
    }

    @Override
    public synchronized void taskFinished(int n, int m, TaskRecord record) {
        out.println(Progress.finishedLine(n, m, record));
        out.flush();
    }
}
