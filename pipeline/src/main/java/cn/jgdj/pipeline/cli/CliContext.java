package cn.jgdj.pipeline.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a command runs with besides its options: where to print, the environment (member key, Airflow
 * credentials) and whether a person watches a terminal. Tests pass their own.
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {

    /** The real streams and environment; a live progress line only when stdout is a terminal. */
    static CliContext of(PrintStream out, PrintStream err) {
        return new CliContext(out, err, System.getenv(), out == System.out && System.console() != null);
    }
}
