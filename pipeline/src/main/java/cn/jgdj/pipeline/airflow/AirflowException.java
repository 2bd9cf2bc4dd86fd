package cn.jgdj.pipeline.airflow;

/** A failure talking to Airflow, with a kind a caller can act on and a message an operator can read. */
public final class AirflowException extends RuntimeException {

    /** What went wrong, coarse enough to choose an exit code or a retry. */
    public enum Kind {
        /** Missing or unreadable credentials, or a malformed URL: nothing was sent. */
        CONFIGURATION,
        /** HTTP 401 or 403: the credentials were refused or lack permission. */
        UNAUTHORIZED,
        /** HTTP 404 on a DAG. */
        DAG_NOT_FOUND,
        /** HTTP 404 on a DAG run. */
        RUN_NOT_FOUND,
        /** HTTP 409: a run with that id already exists. */
        DUPLICATE_RUN,
        /** HTTP 400 or 422: Airflow rejected the request body or parameters. */
        VALIDATION,
        /** A request or a wait for completion took longer than allowed. */
        TIMEOUT,
        /** No connection could be made to the Airflow URL. */
        CONNECTION_REFUSED,
        /** HTTP 5xx or an answer the client cannot read. */
        SERVER_ERROR
    }

    private final Kind kind;
    private final int httpStatus;

    public AirflowException(Kind kind, String message) {
        this(kind, -1, message);
    }

    public AirflowException(Kind kind, int httpStatus, String message) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
    }

    public AirflowException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = -1;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status Airflow answered, or -1 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }
}
