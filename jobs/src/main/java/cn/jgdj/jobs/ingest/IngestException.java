package cn.jgdj.jobs.ingest;

/** A raw input that cannot be ingested at all (missing or doubled file, missing column); the message says why. */
public final class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
