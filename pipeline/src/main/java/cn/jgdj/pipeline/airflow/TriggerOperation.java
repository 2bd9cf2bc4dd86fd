package cn.jgdj.pipeline.airflow;

import cn.jgdj.pipeline.ExitCode;
import cn.jgdj.schemas.Period;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The operation behind {@code pipeline airflow trigger}: unpauses the DAG if needed, triggers a run for a period and,
 * with --wait, follows it to the end and prints each task's state. Exit codes: see {@link AirflowOperation}.
 */
public final class TriggerOperation extends AirflowOperation {

    /** The conf key the pipeline DAG reads its period from. */
    public static final String CONF_PERIOD = "period";

    private final LongSupplier nanoClock;

    public TriggerOperation(Map<String, String> env) {
        this(env, System::nanoTime);
    }

    /** {@code nanoClock} times the progress lines; tests pass a fake one. */
    TriggerOperation(Map<String, String> env, LongSupplier nanoClock) {
        super(env);
        this.nanoClock = nanoClock;
    }

    public int run(TriggerRequest req, PrintStream out, PrintStream err) {
        if (req.period() == null || !req.period().matches(Period.LABEL_REGEX)) {
            return usage("--period '" + req.period() + "' is not a period: write 2025, 2025Q3 or 2025-07", err);
        }
        if (req.extraConf().containsKey(CONF_PERIOD)) {
            return usage("give the period with --period, not as an extra conf entry", err);
        }
        if (req.runId() != null && req.runId().isBlank()) {
            return usage("--run-id is blank: leave it out and Airflow picks one", err);
        }
        if (req.timeout().isNegative() || req.timeout().isZero() || req.pollInterval().isNegative()
                || req.pollInterval().isZero()) {
            return usage("--timeout and the poll interval must be positive", err);
        }
        try {
            AirflowClient client = connect(req.url(), req.apiVersion());
            AirflowDag dag = client.getDag(req.dagId());
            if (dag.paused()) {
                client.unpause(req.dagId());
                out.println("DAG " + req.dagId() + " was paused; unpaused it so the run can start.");
            }
            Map<String, Object> conf = new LinkedHashMap<>();
            conf.put(CONF_PERIOD, req.period());
            conf.putAll(req.extraConf());
            DagRun run = client.triggerRun(req.dagId(), req.runId(), conf);
            out.println("Triggered run " + run.runId() + " of DAG " + req.dagId() + " at " + client.baseUrl()
                    + " for period " + req.period() + " (state " + run.state() + ").");
            if (!req.waitForCompletion()) {
                out.println("Follow it with: pipeline airflow status --url " + client.baseUrl() + " --run "
                        + run.runId() + (req.dagId().equals(TriggerRequest.DEFAULT_DAG_ID) ? ""
                        : " --dag-id " + req.dagId()));
                return ExitCode.OK;
            }
            return follow(client, req, run, out, err);
        } catch (AirflowException e) {
            return report(e, err);
        }
    }

    private int follow(AirflowClient client, TriggerRequest req, DagRun triggered, PrintStream out, PrintStream err) {
        long started = nanoClock.getAsLong();
        String[] lastState = {triggered.state()};
        DagRun done;
        try {
            done = client.waitForCompletion(req.dagId(), triggered.runId(), req.pollInterval(), req.timeout(), run -> {
                if (!run.state().equals(lastState[0])) {
                    lastState[0] = run.state();
                    out.println("  after " + TaskTable.duration(Duration.ofNanos(nanoClock.getAsLong() - started))
                            + ": " + run.state());
                }
            });
        } catch (AirflowException e) {
            if (e.kind() == AirflowException.Kind.TIMEOUT) {
                printTasksQuietly(client, req.dagId(), triggered.runId(), out);
            }
            return report(e, err);
        }
        List<TaskInstance> tasks = client.listTaskInstances(req.dagId(), done.runId());
        TaskTable.print(tasks, out);
        if (done.succeeded()) {
            out.println("Run " + done.runId() + " succeeded.");
            return ExitCode.OK;
        }
        List<String> failed = withState(tasks, "failed");
        List<String> skipped = withState(tasks, "upstream_failed");
        err.println("Run " + done.runId() + " of DAG " + req.dagId() + " failed"
                + (failed.isEmpty() ? "" : "; failed tasks: " + String.join(", ", failed))
                + (skipped.isEmpty() ? "" : "; not run because of them: " + String.join(", ", skipped))
                + ". The task logs are in Airflow at " + client.baseUrl());
        return ExitCode.RUN_FAILED;
    }

    private static List<String> withState(List<TaskInstance> tasks, String state) {
        return tasks.stream().filter(t -> state.equals(t.state())).map(TaskInstance::taskId).sorted().toList();
    }

    private static void printTasksQuietly(AirflowClient client, String dagId, String runId, PrintStream out) {
        try {
            TaskTable.print(client.listTaskInstances(dagId, runId), out);
        } catch (AirflowException ignored) {
            // The timeout is what the operator needs to hear about; the table is a bonus.
        }
    }
}
