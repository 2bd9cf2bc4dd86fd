package cn.jgdj.pipeline.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An external command of an integration test: output to a log file, a time limit, the exit code and timing. */
final class Command {
    private final List<String> argv;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Path dir;

    Command(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    static Command of(String... argv) {
        return new Command(List.of(argv));
    }

    Command env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Command in(Path workingDir) {
        this.dir = workingDir;
        return this;
    }

    List<String> argv() {
        return argv;
    }

    /** Runs to completion (killed after {@code limit}); stdout and stderr both go to {@code log}. */
    Result run(Path log, Duration limit) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        boolean done = p.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        return new Result(this, done ? p.exitValue() : -1, !done, Files.readString(log, StandardCharsets.UTF_8),
                took, log);
    }

    /** How a command ended. {@code exit} is -1 when it was killed for running past its limit. */
    record Result(Command command, int exit, boolean timedOut, String output, Duration took, Path log) {

        /** The exit, the command line and the output's tail: what an assertion message needs. */
        String describe() {
            List<String> lines = output.lines().toList();
            List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            return (timedOut ? "timed out after " + took.toSeconds() + " s" : "exit " + exit) + ": "
                    + String.join(" ", command.argv()) + "\nlog " + log + " (last lines):\n" + String.join("\n", tail);
        }
    }
}
