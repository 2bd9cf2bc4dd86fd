package cn.jgdj.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.pipeline.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The demo county and the whole pipeline run on it in this JVM (local[*]), the way a user runs it on one machine:
 * the answer every cluster and Airflow run of the integration tests must reproduce.
 *
 * @param input the county's raw exports
 * @param out   the output root of the local run
 * @param took  how long the local run took
 */
record ReferenceRun(Path input, Path out, Duration took) {
    /** Every run of the integration tests uses these, so nothing depends on the day the tests run. */
    static final String AS_OF = "2026-01-15";
    static final String YEAR = "2025";

    static ReferenceRun create(Path dir) throws Exception {
        Path input = DemoCounty.generate(dir.resolve("input"));
        Path out = dir.resolve("local-out");
        long t0 = System.nanoTime();
        String[] args = {"run", "--input", input.toString(), "--out", out.toString(), "--as-of", AS_OF,
                "--year", YEAR};
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int exit = Main.run(ps, ps, args);
        String said = printed.toString(StandardCharsets.UTF_8);
        System.out.print(said);
        assertEquals(0, exit, "pipeline " + String.join(" ", args) + ":\n" + said);
        return new ReferenceRun(input, out, Duration.ofNanos(System.nanoTime() - t0));
    }
}
