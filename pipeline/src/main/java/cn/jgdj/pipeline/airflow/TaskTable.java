package cn.jgdj.pipeline.airflow;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Prints a run's task instances as an aligned text table, in the order they started. */
final class TaskTable {

    private static final String[] HEADER = {"task", "state", "try", "start", "end", "duration"};
    private static final Comparator<TaskInstance> ORDER = Comparator
            .comparing(TaskInstance::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskInstance::taskId)
            .thenComparingInt(TaskInstance::mapIndex);

    private TaskTable() {
    }

    static void print(List<TaskInstance> tasks, PrintStream out) {
        if (tasks.isEmpty()) {
            out.println("(no task instances yet)");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        tasks.stream().sorted(ORDER).forEach(t -> rows.add(new String[] {
                t.mapIndex() >= 0 ? t.taskId() + "[" + t.mapIndex() + "]" : t.taskId(),
                t.state() == null ? "-" : t.state(),
                Integer.toString(t.tryNumber()),
                time(t.startDate()),
                time(t.endDate()),
                t.duration() == null ? "-" : duration(t.duration())}));
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + width[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static String time(Instant t) {
        return t == null ? "-" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** 8 s, 2 min 05 s, 1 h 02 min. */
    static String duration(Duration d) {
        long s = Math.round(d.toMillis() / 1000.0);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
