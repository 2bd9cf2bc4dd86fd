package cn.jgdj.pipeline.cli;

/** The command line asks for something that cannot be done as asked: exit code {@value ExitCodes#USAGE}. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
