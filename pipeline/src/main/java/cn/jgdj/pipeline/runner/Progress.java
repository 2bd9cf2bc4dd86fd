package cn.jgdj.pipeline.runner;

import cn.jgdj.schemas.run.TaskRecord;
import java.io.PrintStream;

/** Tells a person how a run is going: task n of m, elapsed time, rows. */
public interface Progress {

    void taskStarted(int n, int m, String task);

    void taskFinished(int n, int m, TaskRecord record);

    /** A live line on a terminal, plain lines otherwise (logs, pipes, tests). */
    static Progress forStream(PrintStream out, boolean terminal) {
        return terminal ? new LiveProgress(out) : new PlainProgress(out);
    }

    /** The line printed when a task ends. */
    static String finishedLine(int n, int m, TaskRecord r) {
        StringBuilder sb = new StringBuilder(prefix(n, m)).append(r.task()).append(": ").append(r.state().json());
        if (r.seconds() != null) {
            sb.append(String.format(" in %.1f s", r.seconds()));
        }
        if (r.rowsIn() != null || r.rowsOut() != null) {
            sb.append(", rows in ").append(r.rowsIn() == null ? "-" : String.format("%,d", r.rowsIn()))
                    .append(" out ").append(r.rowsOut() == null ? "-" : String.format("%,d", r.rowsOut()));
        }
        if (r.reason() != null) {
            sb.append(" (").append(r.reason()).append(')');
        }
        if (r.error() != null) {
            sb.append(": ").append(r.error().lines().findFirst().orElse(""));
        }
        return sb.toString();
    }

    static String prefix(int n, int m) {
        int width = Integer.toString(m).length();
        return String.format("[%" + width + "d/%d] ", n, m);
    }
}
