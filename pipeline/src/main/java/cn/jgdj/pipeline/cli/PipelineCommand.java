package cn.jgdj.pipeline.cli;

import cn.jgdj.jobs.ingest.MemberKeys;
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

    /**
     * The member key from JGDJ_MEMBER_KEY or JGDJ_MEMBER_KEY_FILE, else the built-in demo key, with a warning:
     * the demo key is published, so ids hashed with it are not protected.
     */
    protected MemberKeys.KeySource memberKey() {
        MemberKeys.KeySource key;
        try {
            key = MemberKeys.resolve(context().env());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (key.demo()) {
            err().println("warning: member ids are hashed with the built-in demo key, which is not secret; for real "
                    + "data set " + MemberKeys.ENV_SECRET + " or " + MemberKeys.ENV_SECRET_FILE + ".");
        }
        return key;
    }
}
