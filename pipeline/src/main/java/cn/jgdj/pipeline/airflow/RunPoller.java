package cn.jgdj.pipeline.airflow;

import static cn.jgdj.pipeline.airflow.AirflowException.Kind;

import java.time.Duration;
import java.util.function.Consumer;

/** Follows one DAG run to its end through an {@link AirflowClient}, riding out a few passing failures. */
final class RunPoller {
    /** Failed polls in a row that end the wait. */
    static final int MAX_FAILED_POLLS = 5;

    private final AirflowClient client;

    RunPoller(AirflowClient client) {
        this.client = client;
    }

    /**
     * Polls a run until it succeeds or fails, calling {@code progress} with every state seen.
     * Returns the finished run; throws TIMEOUT when {@code timeout} passes first. A poll that fails
     * for a passing reason (no answer in time, HTTP 5xx, connection lost) is retried at the next
     * interval, up to {@value #MAX_FAILED_POLLS} in a row.
     */
    DagRun waitFor(String dagId, String runId, Duration pollInterval, Duration timeout,
                   Consumer<DagRun> progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int failedPolls = 0;
        String lastState = "unknown";
        while (true) {
            try {
                DagRun run = client.getRun(dagId, runId);
                failedPolls = 0;
                lastState = run.state();
                progress.accept(run);
                if (run.finished()) {
                    return run;
                }
            } catch (AirflowException e) {
                // A busy scheduler on a small machine can hold the API server up for a while; an hour-long
                // wait should not end on one slow answer.
                if (!passing(e) || ++failedPolls >= MAX_FAILED_POLLS || System.nanoTime() - deadline >= 0) {
                    throw e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AirflowException(Kind.TIMEOUT, "run '" + runId + "' of DAG '" + dagId + "' is still "
                        + lastState + " after " + describe(timeout) + "; it goes on in Airflow at " + client.baseUrl());
            }
            sleep(Math.min(pollInterval.toNanos(), left));
        }
    }

    private static boolean passing(AirflowException e) {
        return e.kind() == Kind.TIMEOUT || e.kind() == Kind.SERVER_ERROR || e.kind() == Kind.CONNECTION_REFUSED;
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AirflowException(Kind.TIMEOUT, "interrupted while waiting for the run");
        }
    }
}
