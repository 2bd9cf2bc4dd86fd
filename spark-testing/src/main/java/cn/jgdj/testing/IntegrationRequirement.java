package cn.jgdj.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The one skip-or-fail rule of the integration tests: what they need (a venv, a Spark home) missing is a skip on a
 * developer's machine and a failure when JGDJ_REQUIRE_INTEGRATION is set (bin/test sets it), so CI never passes by
 * skipping.
 */
public final class IntegrationRequirement {
    public static final String REQUIRE = "JGDJ_REQUIRE_INTEGRATION";

    private IntegrationRequirement() {
    }

    /** Fails or aborts the calling test, saying why; never returns. */
    public static void unavailable(String why) {
        String required = System.getenv(REQUIRE);
        if (required != null && !required.isBlank()) {
            fail(why + "; " + REQUIRE + " is set, so this is a failure, not a skip");
        }
        String message = "skipped: " + why + " (set " + REQUIRE + "=1 to make this a failure)";
        System.err.println("[integration] " + message);
        Assumptions.abort(message);
    }
}
