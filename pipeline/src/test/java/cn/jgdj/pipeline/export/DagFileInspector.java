package cn.jgdj.pipeline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a generated DAG file with python3 against the stand-in Airflow of {@code inspect_dag.py} and returns what
 * it built; also byte-compiles files. python3 is a build requirement of these tests.
 */
final class DagFileInspector {
    /** Airflow 2 module paths, no Spark provider. */
    static final String AIRFLOW2 = "airflow2";
    /** Airflow 3 module paths, no Spark provider. */
    static final String AIRFLOW3 = "airflow3";
    /** Airflow 3 with the Spark provider. */
    static final String AIRFLOW3_SPARK = "airflow3-spark";

    private final Path script;

    DagFileInspector(Path workDir) throws IOException {
        script = workDir.resolve("inspect_dag.py");
        try (InputStream in = DagFileInspector.class.getResourceAsStream("inspect_dag.py")) {
            Files.copy(in, script);
        }
    }

    JsonNode inspect(String flavor, Path dagFile) throws Exception {
        return new ObjectMapper().readTree(python(script.toString(), flavor, dagFile.toString()));
    }

    static void compile(Path dagFile) throws Exception {
        python("-m", "py_compile", dagFile.toString());
    }

    static String python(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " failed:\n" + out);
        }
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
