package cn.jgdj.pipeline.cli;

/** The work itself failed (a task error, the quality gate): exit code {@value ExitCodes#RUN_FAILED}. */
public final class RunFailedException extends RuntimeException {

    public RunFailedException(String message) {
        super(message);
    }
}
