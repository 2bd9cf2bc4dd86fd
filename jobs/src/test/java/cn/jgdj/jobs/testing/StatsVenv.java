package cn.jgdj.jobs.testing;

import cn.jgdj.testing.IntegrationRequirement;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference statistics venv the integration tests cross-check against (JGDJ_STATS_VENV, installed by
 * ci/stats-env.sh; bin/test sets it). Missing: the test is skipped, or fails under JGDJ_REQUIRE_INTEGRATION, as
 * the pipeline module's IntegrationEnv does.
 */
public final class StatsVenv {
    public static final String STATS_VENV = "JGDJ_STATS_VENV";
    public static final String REQUIRE = IntegrationRequirement.REQUIRE;

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
        IntegrationRequirement.unavailable(why);
    }
}
