package cn.jgdj.pipeline.cli;

import cn.jgdj.pipeline.airflow.ApiVersion;
import cn.jgdj.pipeline.airflow.StatusOperation;
import cn.jgdj.pipeline.airflow.StatusRequest;
import cn.jgdj.pipeline.airflow.TriggerRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pipeline airflow status}: a thin wrapper over {@link StatusOperation}, which decides its exit codes. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Print the state of a pipeline run in Airflow and of each of its tasks.",
                "Exit codes: 0 the run has not failed, 1 it failed, 2 bad arguments, credentials or an Airflow error."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  pipeline airflow status --url http://127.0.0.1:8080 --run manual__2026-01-05T10:00:00+00:00"})
final class AirflowStatusCommand extends PipelineCommand {

    @Option(names = "--url", required = true, paramLabel = "URL", description = "Airflow's base URL.")
    String url;

    @Option(names = "--run", required = true, paramLabel = "RUN_ID",
            description = "The run id (printed by 'pipeline airflow trigger').")
    String runId;

    @Option(names = "--dag-id", paramLabel = "ID", defaultValue = TriggerRequest.DEFAULT_DAG_ID,
            description = "The DAG (default: ${DEFAULT-VALUE}).")
    String dagId;

    @Option(names = "--api", paramLabel = "VERSION", defaultValue = "auto", converter = ApiVersionConverter.class,
            description = "REST API: auto, v1 (Airflow 2) or v2 (Airflow 3) (default: ${DEFAULT-VALUE}).")
    ApiVersion api;

    @Override
    protected int execute() {
        return new StatusOperation(context().env()).run(new StatusRequest(url, dagId, runId, api), out(), err());
    }
}
