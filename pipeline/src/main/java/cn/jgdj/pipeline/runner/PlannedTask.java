package cn.jgdj.pipeline.runner;

import cn.jgdj.pipeline.dag.Task;

/** A task and what the run will do with it, with the reason (shown by --dry-run and kept in the run record). */
public record PlannedTask(Task task, Decision decision, String reason) {

    /** What the run will do with a task. */
    public enum Decision {
        /** Run it. */
        RUN,
        /** Skip it: its outputs from the resumed run are up to date. */
        SKIP,
        /** Leave it: the selection (--from, --only) does not include it. */
        NOT_SELECTED
    }
}
