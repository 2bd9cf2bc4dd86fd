package cn.jgdj.pipeline.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the leaf commands: they return {@link ExitCodes#OK} or throw ({@link UsageException},
 * {@link RunFailedException}, anything else) and {@link ExitCodes} turns that into the exit code.
 */
abstract class PipelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    protected abstract int execute() throws Exception;

    protected CliContext context() {
        return ((Main) spec.root().userObject()).context();
    }

    protected PrintStream out() {
        return context().out();
    }

    protected PrintStream err() {
        return context().err();
    }
}
