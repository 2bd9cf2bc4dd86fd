package cn.jgdj.pipeline;

/**
 * Every exit code of the {@code pipeline} command, defined once: the command line decides among them in
 * {@code cli.ExitCodes}, the Airflow operations in {@code airflow.AirflowOperation}.
 */
public final class ExitCode {
    /** Done: the run succeeded, the files were written, the Airflow run succeeded or is not failed. */
    public static final int OK = 0;
    /** The run failed: a task or the quality gate, a benchmark comparison, or the Airflow run. */
    public static final int RUN_FAILED = 1;
    /** A wrong command line, bad credentials, Airflow unreachable or refusing a request. */
    public static final int USAGE = 2;
    /** An Airflow run was still going when --timeout passed; it goes on in Airflow. */
    public static final int TIMEOUT = 3;

    private ExitCode() {
    }
}
