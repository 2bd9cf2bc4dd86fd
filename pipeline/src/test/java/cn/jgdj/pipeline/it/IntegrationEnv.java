package cn.jgdj.pipeline.it;

import cn.jgdj.testing.IntegrationRequirement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the integration tests run against, from the environment bin/test sets: JGDJ_SPARK_HOME (a Spark
 * distribution), JGDJ_AIRFLOW_VENV (Airflow), and JGDJ_REQUIRE_INTEGRATION (missing tools fail instead of skip).
 */
final class IntegrationEnv {
    static final String SPARK_HOME = "JGDJ_SPARK_HOME";
    static final String AIRFLOW_VENV = "JGDJ_AIRFLOW_VENV";
    static final String REQUIRE = IntegrationRequirement.REQUIRE;

    private IntegrationEnv() {
    }

    /** The Spark distribution, or the test is skipped (failed under JGDJ_REQUIRE_INTEGRATION). */
    static Path sparkHome() {
        String home = System.getenv(SPARK_HOME);
        if (home == null || home.isBlank()) {
            unavailable(SPARK_HOME + " is not set (bin/test sets it to the pyspark distribution from ci/spark-env.sh)");
        }
        Path p = Path.of(home);
        if (!Files.isExecutable(p.resolve("bin/spark-submit"))) {
            unavailable(SPARK_HOME + "=" + home + " has no executable bin/spark-submit");
        }
        return p;
    }

    /** The Airflow virtual environment, or the test is skipped (failed under JGDJ_REQUIRE_INTEGRATION). */
    static Path airflowVenv() {
        String venv = System.getenv(AIRFLOW_VENV);
        if (venv == null || venv.isBlank()) {
            unavailable(AIRFLOW_VENV + " is not set (bin/test sets it and installs Airflow with ci/airflow-env.sh)");
        }
        Path p = Path.of(venv);
        if (!Files.isExecutable(p.resolve("bin/airflow"))) {
            unavailable(AIRFLOW_VENV + "=" + venv + " has no bin/airflow: run ci/airflow-env.sh");
        }
        return p;
    }

    private static void unavailable(String why) {
        IntegrationRequirement.unavailable(why);
    }

    /** The repository root: the folder holding ci/spark-cluster.sh above the working directory. */
    static Path repo() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("ci/spark-cluster.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no ci/spark-cluster.sh above " + Path.of("").toAbsolutePath());
    }

    /** The shaded jobs jar that `mvn package` built before the integration tests. */
    static Path jobsJar() {
        Path target = repo().resolve("pipeline/target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("pipeline-.*-jobs\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no pipeline-*-jobs.jar in " + target
                            + ": the integration tests run after 'mvn package' (mvn -Pintegration verify)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh folder under pipeline/target for one test class's files (kept after the run for inspection). */
    static Path workDir(String name) throws IOException {
        Path dir = repo().resolve("pipeline/target/it/" + name);
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
