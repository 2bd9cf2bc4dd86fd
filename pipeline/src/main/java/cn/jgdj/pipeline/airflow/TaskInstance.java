package cn.jgdj.pipeline.airflow;

import java.time.Duration;
import java.time.Instant;

/**
 * One task's attempt in a DAG run. {@code state} is null before the scheduler looks at it;
 * {@code mapIndex} is -1 for an unmapped task.
 */
public record TaskInstance(String taskId, int mapIndex, String state, int tryNumber, Instant startDate,
                           Instant endDate) {

    /** Wall time of the attempt, or null while it has not both started and ended. */
    public Duration duration() {
        return startDate == null || endDate == null ? null : Duration.between(startDate, endDate);
    }
}
