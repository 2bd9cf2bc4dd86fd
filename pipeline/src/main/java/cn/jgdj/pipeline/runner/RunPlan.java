package cn.jgdj.pipeline.runner;

import cn.jgdj.pipeline.dag.Selection;
import java.util.List;

/** The tasks of a run in order, each with its decision; {@link #describe()} is what --dry-run prints. */
public record RunPlan(Selection selection, String resumedFrom, List<PlannedTask> tasks) {

    public RunPlan {
        tasks = List.copyOf(tasks);
    }

    /** The tasks the run considers (selected), in order: progress counts "n of m" over these. */
    public List<PlannedTask> selected() {
        return tasks.stream().filter(t -> t.decision() != PlannedTask.Decision.NOT_SELECTED).toList();
    }

    public long count(PlannedTask.Decision decision) {
        return tasks.stream().filter(t -> t.decision() == decision).count();
    }

    /** The plan as text: one block per task with its inputs and outputs, then what resume would skip. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("Plan: ").append(selection);
        if (resumedFrom != null) {
            sb.append(", resuming run ").append(resumedFrom);
        }
        sb.append(": ").append(count(PlannedTask.Decision.RUN)).append(" to run, ")
                .append(count(PlannedTask.Decision.SKIP)).append(" up to date, ")
                .append(count(PlannedTask.Decision.NOT_SELECTED)).append(" not selected\n");
        int width = tasks.stream().mapToInt(t -> t.task().name().length()).max().orElse(0);
        int n = 0;
        for (PlannedTask p : tasks) {
            n++;
            sb.append(String.format("%2d. %-" + width + "s  %s", n, p.task().name(), label(p.decision())));
            if (p.reason() != null) {
                sb.append(" (").append(p.reason()).append(')');
            }
            sb.append('\n');
            sb.append(" ".repeat(4)).append("in:  ")
                    .append(p.task().inputs().isEmpty() ? "-" : String.join(", ", p.task().inputs())).append('\n');
            sb.append(" ".repeat(4)).append("out: ").append(String.join(", ", p.task().outputs())).append('\n');
        }
        return sb.toString();
    }

    private static String label(PlannedTask.Decision d) {
        return switch (d) {
            case RUN -> "run";
            case SKIP -> "skip";
            case NOT_SELECTED -> "not selected";
        };
    }
}
