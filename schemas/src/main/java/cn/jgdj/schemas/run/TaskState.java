package cn.jgdj.schemas.run;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of a task in a run. */
public enum TaskState {
    /** Ran and committed its outputs. */
    SUCCEEDED,
    /** Ran and threw; its staged outputs were discarded. */
    FAILED,
    /** Not run because its outputs from an earlier run are up to date (resume). */
    SKIPPED,
    /** Not run: not selected, or a task it depends on failed. */
    NOT_RUN;

    /** Whether the task's outputs are current after the run (it ran or was up to date). */
    public boolean done() {
        return this == SUCCEEDED || this == SKIPPED;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
