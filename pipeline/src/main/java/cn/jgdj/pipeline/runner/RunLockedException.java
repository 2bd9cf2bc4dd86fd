package cn.jgdj.pipeline.runner;

/** Another run holds the lock of the output root. */
public final class RunLockedException extends RuntimeException {
    public RunLockedException(String message) {
        super(message);
    }
}
