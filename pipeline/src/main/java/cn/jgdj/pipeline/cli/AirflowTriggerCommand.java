package cn.jgdj.pipeline.cli;

import cn.jgdj.pipeline.airflow.ApiVersion;
import cn.jgdj.pipeline.airflow.TriggerOperation;
import cn.jgdj.pipeline.airflow.TriggerRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pipeline airflow trigger}: a thin wrapper over {@link TriggerOperation}, which decides its exit codes. */
@Command(name = "trigger", mixinStandardHelpOptions = true,
        description = {"Trigger a run of the pipeline DAG in Airflow for a period (unpausing the DAG if needed); "
                + "with --wait, follow it to the end and print each task's state.",
                "Exit codes: 0 triggered (or succeeded with --wait), 1 the run failed, 2 bad arguments, "
                        + "credentials or an Airflow error, 3 --timeout passed while waiting."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  export AIRFLOW_USERNAME=admin AIRFLOW_PASSWORD=...",
                "  pipeline airflow trigger --url http://127.0.0.1:8080 --period 2025",
                "  pipeline airflow trigger --url http://airflow:8080 --period 2025Q3 --wait --timeout 2h"})
final class AirflowTriggerCommand extends PipelineCommand {

    @Option(names = "--url", required = true, paramLabel = "URL", description = "Airflow's base URL.")
    String url;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "The period the run reports on: 2025, 2025Q3 or 2025-07.")
    String period;

    @Option(names = "--dag-id", paramLabel = "ID", defaultValue = TriggerRequest.DEFAULT_DAG_ID,
            description = "The DAG to trigger (default: ${DEFAULT-VALUE}).")
    String dagId;

    @Option(names = "--run-id", paramLabel = "ID", description = "The run id to use (default: Airflow picks one).")
    String runId;

    @Option(names = "--wait", description = "Follow the run until it ends.")
    boolean waitForIt;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "1h",
            converter = DurationConverter.class,
            description = "With --wait, give up waiting after this long, e.g. 90m, 2h (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "With --wait, how often to ask Airflow (default: ${DEFAULT-VALUE}).")
    Duration poll;

    @Option(names = "--api", paramLabel = "VERSION", defaultValue = "auto", converter = ApiVersionConverter.class,
            description = "REST API: auto, v1 (Airflow 2) or v2 (Airflow 3) (default: ${DEFAULT-VALUE}).")
    ApiVersion api;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "An extra entry for the run's conf (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    @Override
    protected int execute() {
        TriggerRequest request = TriggerRequest.of(url, period).withDagId(dagId).withRunId(runId)
                .withApiVersion(api).withExtraConf(conf);
        if (waitForIt) {
            request = request.waiting(timeout, poll);
        }
        return new TriggerOperation(context().env()).run(request, out(), err());
    }
}
