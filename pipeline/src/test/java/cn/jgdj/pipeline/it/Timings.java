package cn.jgdj.pipeline.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** How long each step of an integration test took: printed, and appended to pipeline/target/it/timings.txt. */
final class Timings {
    private final String owner;
    private final List<String> lines = new ArrayList<>();

    Timings(String owner) {
        this.owner = owner;
    }

    /** A step that returns a value or throws. */
    interface Step<T> {
        T run() throws Exception;
    }

    <T> T time(String label, Step<T> step) throws Exception {
        long t0 = System.nanoTime();
        String outcome = "failed";
        try {
            T value = step.run();
            outcome = "ok";
            return value;
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            String line = String.format("%-12s %6.1f s  %s (%s)", owner, took.toMillis() / 1000.0, label, outcome);
            lines.add(line);
            System.out.println("[timing] " + line);
        }
    }

    /** A step timed elsewhere. */
    void note(String label, Duration took) {
        String line = String.format("%-12s %6.1f s  %s", owner, took.toMillis() / 1000.0, label);
        lines.add(line);
        System.out.println("[timing] " + line);
    }

    void report() throws IOException {
        Path file = IntegrationEnv.repo().resolve("pipeline/target/it/timings.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
