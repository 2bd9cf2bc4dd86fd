package cn.jgdj.pipeline.airflow;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/** What the Airflow commands share: credentials from the environment, exit codes, error printing. */
public abstract class AirflowCommand {

    /** The run succeeded (trigger --wait), was triggered (trigger), or is not failed (status). */
    public static final int EXIT_OK = 0;
    /** The run failed. */
    public static final int EXIT_RUN_FAILED = 1;
    /** Bad arguments or credentials, Airflow unreachable, or Airflow refused a request. */
    public static final int EXIT_ERROR = 2;
    /** The run was still going when --timeout passed; it goes on in Airflow. */
    public static final int EXIT_TIMEOUT = 3;

    private final Map<String, String> env;

    /** {@code env} is where credentials are read from: {@code System.getenv()} in the CLI. */
    protected AirflowCommand(Map<String, String> env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    protected AirflowClient connect(String url, ApiVersion version) {
        if (url == null || url.isBlank()) {
            throw new AirflowException(AirflowException.Kind.CONFIGURATION,
                    "no Airflow URL: give --url, e.g. --url http://127.0.0.1:8080");
        }
        AirflowCredentials credentials = AirflowCredentials.fromEnvironment(env);
        return new AirflowClient(AirflowClient.parseUrl(url), credentials, version);
    }

    protected static int report(AirflowException e, PrintStream err) {
        err.println("error: " + e.getMessage());
        return e.kind() == AirflowException.Kind.TIMEOUT ? EXIT_TIMEOUT : EXIT_ERROR;
    }

    protected static int usage(String message, PrintStream err) {
        err.println("error: " + message);
        return EXIT_ERROR;
    }
}
