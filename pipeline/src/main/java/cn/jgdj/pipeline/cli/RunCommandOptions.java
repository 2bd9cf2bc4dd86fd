package cn.jgdj.pipeline.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code pipeline run} options an exported DAG passes, checked against the real command line, so a renamed
 * option fails the export instead of every Airflow task.
 */
final class RunCommandOptions {
    /** What every task of the DAG file passes to {@code pipeline run}. */
    static final List<String> REQUIRED = List.of("--input", "--out", "--only", "--year", "--as-of");
    static final String RUN_ID = "--run-id";

    private final CommandSpec run;

    private RunCommandOptions(CommandSpec run) {
        this.run = run;
    }

    /** The {@code run} command of the command tree that {@code command} belongs to. */
    static RunCommandOptions of(CommandSpec command) {
        CommandLine run = command.root().commandLine().getSubcommands().get("run");
        if (run == null) {
            throw new IllegalStateException("the command line has no 'run' command, which the DAG's tasks call");
        }
        RunCommandOptions options = new RunCommandOptions(run.getCommandSpec());
        for (String name : REQUIRED) {
            if (run.getCommandSpec().findOption(name) == null) {
                throw new IllegalStateException("'pipeline run' has no " + name + " option, which the DAG's tasks pass");
            }
        }
        return options;
    }

    /** Whether tasks can pass the Airflow run id as the pipeline's run id. */
    boolean acceptsRunId() {
        return run.findOption(RUN_ID) != null;
    }
}
