package cn.jgdj.jobs.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference statistics venv the integration tests cross-check against (JGDJ_STATS_VENV, installed by
 * ci/stats-env.sh; bin/test sets it). Missing: the test is skipped, or fails under JGDJ_REQUIRE_INTEGRATION, as
 * the pipeline module's IntegrationEnv does.
 */
public final class StatsVenv {
    public static final String STATS_VENV = "JGDJ_STATS_VENV";
    public static final String REQUIRE = "JGDJ_REQUIRE_INTEGRATION";

    private StatsVenv() {
    }

    /** The venv's python. */
    public static Path python() {
        String venv = System.getenv(STATS_VENV);
        if (venv == null || venv.isBlank()) {
            unavailable(STATS_VENV + " is not set (bin/test sets it from ci/stats-env.sh)");
        }
        Path python = Path.of(venv, "bin", "python");
        if (!Files.isExecutable(python)) {
            unavailable(STATS_VENV + "=" + venv + " has no bin/python: run ci/stats-env.sh");
        }
        return python;
    }

    private static void unavailable(String why) {
        if (System.getenv(REQUIRE) != null && !System.getenv(REQUIRE).isBlank()) {
            fail(why + "; " + REQUIRE + " is set, so this is a failure, not a skip");
        }
        String message = "skipped: " + why + " (set " + REQUIRE + "=1 to make this a failure)";
        System.err.println("[integration] " + message);
        Assumptions.abort(message);
    }
}
