package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-check of {@link SeasonalKendall} and {@link SeasonalSenSlope} against pymannkendall 1.4.3's
 * {@code seasonal_test(x, period=4)} and {@code seasonal_sens_slope(x, period=4)}, run in the venv that
 * {@code ci/stats-env.sh} installs (bin/test exports its path as JGDJ_STATS_VENV). Series: quarterly rates on a
 * 0.01 grid (so ties occur), 2 to 8 years, some quarters missing, rising, falling and flat.
 * <p>
 * pymannkendall computes no interval for the seasonal Sen slope; the interval (Gilbert's rank method) is checked
 * against the published USEPA (2009) example in SeasonalSenSlopeTest instead. pymannkendall's slope is per period
 * cycle, i.e. per year for quarterly data, the unit of the trends table.
 */
@Tag("integration")
class SeasonalTrendCrossCheckIT {
    static final String STATS_VENV = "JGDJ_STATS_VENV";
    static final String REQUIRE = "JGDJ_REQUIRE_INTEGRATION";

    @Test
    void matchesPymannkendall(@TempDir Path dir) throws Exception {
        Path python = venvPython();
        List<double[][]> cases = cases();
        StringBuilder json = new StringBuilder("[");
        for (double[][] seasons : cases) {
            json.append(json.length() > 1 ? "," : "").append(timeOrder(seasons));
        }
        json.append("]");
        Path script = dir.resolve("pymannkendall_crosscheck.py");
        try (InputStream in = getClass().getResourceAsStream("pymannkendall_crosscheck.py")) {
            Files.copy(in, script);
        }
        JsonNode reference = new ObjectMapper().readTree(run(python, script, json.toString()));
        assertEquals(cases.size(), reference.size());
        for (int i = 0; i < cases.size(); i++) {
            JsonNode ref = reference.get(i);
            assertEquals("1.4.3", ref.get("version").asText());
            SeasonalKendall sk = SeasonalKendall.test(cases.get(i));
            SeasonalSenSlope sen = SeasonalSenSlope.estimate(cases.get(i), sk.variance(), 0.95);
            String where = "case " + i + " " + timeOrder(cases.get(i));
            assertEquals(ref.get("s").asDouble(), sk.s(), 0.0, where);
            assertEquals(ref.get("var_s").asDouble(), sk.variance(), 1e-9, where);
            assertEquals(ref.get("z").asDouble(), sk.z(), 1e-12, where);
            // pymannkendall takes 1 − Φ(|z|): absolute agreement to double rounding.
            assertEquals(ref.get("p").asDouble(), sk.pValue(), 1e-12, where);
            assertEquals(ref.get("slope").asDouble(), sen.slope(), 1e-12, where);
        }
    }

    /** Fixed-seed series: value = base + season effect + trend·year + noise, rounded to 0.01, some NaN. */
    private static List<double[][]> cases() {
        Random random = new Random(20251);
        List<double[][]> cases = new ArrayList<>();
        cases.add(SeasonalKendallTest.RISING_WITH_TIES);
        cases.add(SeasonalKendallTest.FALLING_WITH_GAP);
        double[] trends = {0.03, -0.02, 0.0, 0.01, -0.05};
        for (int years = 2; years <= 8; years++) {
            for (double trend : trends) {
                double[][] seasons = new double[4][years];
                for (int q = 0; q < 4; q++) {
                    for (int y = 0; y < years; y++) {
                        double v = 0.4 + 0.1 * q + trend * y + 0.03 * random.nextGaussian();
                        seasons[q][y] = random.nextInt(12) == 0 ? Double.NaN : Math.round(v * 100) / 100.0;
                    }
                }
                if (SeasonalKendall.hasPair(seasons)) {
                    cases.add(seasons);
                }
            }
        }
        return cases;
    }

    /** The series in time order (Q1 of the first year first) as a JSON array, null for a missing quarter. */
    private static String timeOrder(double[][] seasons) {
        List<String> values = new ArrayList<>();
        for (int y = 0; y < seasons[0].length; y++) {
            for (double[] season : seasons) {
                values.add(Double.isNaN(season[y]) ? "null" : Double.toString(season[y]));
            }
        }
        return "[" + String.join(",", values) + "]";
    }

    private static String run(Path python, Path script, String stdin) throws Exception {
        Process p = new ProcessBuilder(python.toString(), script.toString()).redirectError(
                ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            fail(python + " " + script + " failed: " + out);
        }
        return out;
    }

    /** The venv's python, or the test is skipped (failed under JGDJ_REQUIRE_INTEGRATION), as IntegrationEnv does. */
    private static Path venvPython() {
        String venv = System.getenv(STATS_VENV);
        String why = null;
        if (venv == null || venv.isBlank()) {
            why = STATS_VENV + " is not set (bin/test sets it to the venv of ci/stats-env.sh)";
        } else if (!Files.isExecutable(Path.of(venv, "bin", "python"))) {
            why = STATS_VENV + "=" + venv + " has no bin/python: run ci/stats-env.sh";
        }
        if (why != null) {
            if (System.getenv(REQUIRE) != null && !System.getenv(REQUIRE).isBlank()) {
                fail(why + "; " + REQUIRE + " is set, so this is a failure, not a skip");
            }
            System.err.println("[integration] skipped: " + why);
            Assumptions.abort("skipped: " + why + " (set " + REQUIRE + "=1 to make this a failure)");
        }
        return Path.of(venv, "bin", "python");
    }
}
