package cn.jgdj.pipeline.cli;

import cn.jgdj.pipeline.ExitCode;
import cn.jgdj.pipeline.dag.DagException;
import cn.jgdj.pipeline.runner.LocalRunner;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Where the command line decides which {@link ExitCode} a failure gets: 1 the run failed, 2 the command line was
 * wrong (the codes themselves are defined once, in {@link ExitCode}).
 */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** A command threw: usage problems exit 2, everything else 1; --stacktrace adds the trace. */
    static int onException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UsageException) {
            err.println("error: " + e.getMessage());
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
            err.flush();
            return ExitCode.USAGE;
        }
        if (e instanceof RunFailedException) {
            err.println("error: " + e.getMessage());
        } else if (e instanceof DagException) {
            err.println("error: the pipeline's task declarations are inconsistent: " + e.getMessage());
        } else {
            err.println("error: " + LocalRunner.describe(e));
        }
        if (Main.stacktraceRequested(cmd)) {
            e.printStackTrace(err);
        } else if (!(e instanceof RunFailedException)) {
            err.println("(run again with --stacktrace for the details)");
        }
        err.flush();
        return ExitCode.RUN_FAILED;
    }

    /** Unknown options, missing values, bad numbers: the message, then where to find help. */
    static int onParameterError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
        err.flush();
        return ExitCode.USAGE;
    }
}
