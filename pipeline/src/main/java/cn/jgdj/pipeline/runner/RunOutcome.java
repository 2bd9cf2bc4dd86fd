package cn.jgdj.pipeline.runner;

import cn.jgdj.schemas.run.RunRecord;
import java.util.Map;

/** A finished run: its record and, for each failed task, what it threw (for --stacktrace). */
public record RunOutcome(RunRecord record, Map<String, Throwable> failures) {

    public boolean succeeded() {
        return record.succeeded();
    }
}
