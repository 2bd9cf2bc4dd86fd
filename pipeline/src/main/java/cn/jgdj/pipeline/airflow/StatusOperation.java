package cn.jgdj.pipeline.airflow;

import cn.jgdj.pipeline.ExitCode;
import java.io.PrintStream;
import java.util.Map;

/**
 * The operation behind {@code pipeline airflow status}: prints a run's state and its tasks. Exit code 0 unless
 * the run failed (1) or Airflow could not be asked (2).
 */
public final class StatusOperation extends AirflowOperation {

    public StatusOperation(Map<String, String> env) {
        super(env);
    }

    public int run(StatusRequest req, PrintStream out, PrintStream err) {
        if (req.runId() == null || req.runId().isBlank()) {
            return usage("no run id: give --run RUN_ID (printed by pipeline airflow trigger)", err);
        }
        try {
            AirflowClient client = connect(req.url(), req.apiVersion());
            DagRun run = client.getRun(req.dagId(), req.runId());
            Object period = run.conf().get(TriggerOperation.CONF_PERIOD);
            out.println("Run " + run.runId() + " of DAG " + run.dagId() + ": " + run.state()
                    + (period == null ? "" : " (period " + period + ")"));
            out.println("started " + TaskTable.time(run.startDate()) + ", ended " + TaskTable.time(run.endDate()));
            TaskTable.print(client.listTaskInstances(req.dagId(), req.runId()), out);
            return DagRun.FAILED.equals(run.state()) ? ExitCode.RUN_FAILED : ExitCode.OK;
        } catch (AirflowException e) {
            return report(e, err);
        }
    }
}
