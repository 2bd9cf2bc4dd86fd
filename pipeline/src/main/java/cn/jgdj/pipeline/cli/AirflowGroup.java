package cn.jgdj.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pipeline airflow ...}: the commands that work with an Airflow deployment of the pipeline. */
@Command(name = "airflow", mixinStandardHelpOptions = true,
        description = "Run the pipeline through Airflow: trigger a run, follow it. "
                + "Credentials come from AIRFLOW_USERNAME and AIRFLOW_PASSWORD or AIRFLOW_CREDENTIALS_FILE, "
                + "never from the command line.",
        subcommands = {AirflowTriggerCommand.class, AirflowStatusCommand.class, ExportDagCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  pipeline airflow trigger --url http://127.0.0.1:8080 --period 2025 --wait",
                "  pipeline airflow status --url http://127.0.0.1:8080 --run manual__2026-01-05T10:00:00+00:00"})
final class AirflowGroup implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "give an airflow command: " + String.join(", ", spec.subcommands().keySet()));
    }
}
