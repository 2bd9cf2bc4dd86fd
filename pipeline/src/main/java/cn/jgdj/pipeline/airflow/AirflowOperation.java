package cn.jgdj.pipeline.airflow;

import cn.jgdj.pipeline.ExitCode;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * What the Airflow operations share (the picocli commands in {@code cli} are thin wrappers over them): credentials
 * from the environment, error printing, and which {@link ExitCode} an outcome gets: {@code OK} the run succeeded
 * (trigger --wait), was triggered (trigger) or is not failed (status); {@code RUN_FAILED} the run failed;
 * {@code USAGE} bad arguments or credentials, Airflow unreachable or refusing a request; {@code TIMEOUT} the run
 * was still going when --timeout passed.
 */
public abstract class AirflowOperation {

    private final Map<String, String> env;

    /** {@code env} is where credentials are read from: {@code System.getenv()} in the CLI. */
    protected AirflowOperation(Map<String, String> env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    protected AirflowClient connect(String url, ApiVersion version) {
        if (url == null || url.isBlank()) {
            throw new AirflowException(AirflowException.Kind.CONFIGURATION,
                    "no Airflow URL: give --url, e.g. --url http://127.0.0.1:8080");
        }
        AirflowCredentials credentials = AirflowCredentials.fromEnvironment(env);
        return new AirflowClient(AirflowUrl.parse(url), credentials, version);
    }

    protected static int report(AirflowException e, PrintStream err) {
        err.println("error: " + e.getMessage());
        return e.kind() == AirflowException.Kind.TIMEOUT ? ExitCode.TIMEOUT : ExitCode.USAGE;
    }

    protected static int usage(String message, PrintStream err) {
        err.println("error: " + message);
        return ExitCode.USAGE;
    }
}
