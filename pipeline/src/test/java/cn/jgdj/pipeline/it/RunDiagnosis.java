package cn.jgdj.pipeline.it;

import cn.jgdj.pipeline.airflow.TaskInstance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Why an Airflow run failed or stalled, for the console (all CI keeps): free disk space, the end of the log of
 * every attempt of each task that did not succeed, and the end of the Spark master's and worker's logs.
 */
final class RunDiagnosis {
    private static final int TASK_LINES = 40;
    private static final int CLUSTER_LINES = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunDiagnosis() {
    }

    static String of(Path runLogs, List<TaskInstance> tasks, Path clusterLogs, Path work) {
        StringBuilder out = new StringBuilder("\n--- why the run did not succeed ---\n");
        out.append(space(work)).append(space(Path.of(System.getProperty("java.io.tmpdir"))));
        for (TaskInstance task : tasks) {
            if (!"success".equals(task.state()) && task.tryNumber() > 0) {
                for (Path attempt : attempts(runLogs.resolve("task_id=" + task.taskId()))) {
                    out.append("\n").append(task.taskId()).append(" (").append(task.state()).append("), ")
                            .append(attempt.getFileName()).append(", last lines:\n")
                            .append(tail(attempt, TASK_LINES, true));
                }
            }
        }
        for (String log : List.of("master.log", "worker.log")) {
            out.append("\nSpark ").append(log).append(", last lines:\n")
                    .append(tail(clusterLogs.resolve(log), CLUSTER_LINES, false));
        }
        return out.toString();
    }

    private static String space(Path dir) {
        try {
            FileStore store = Files.getFileStore(dir);
            return String.format("free disk space under %s: %,d MB of %,d MB%n", dir, store.getUsableSpace() >> 20,
                    store.getTotalSpace() >> 20);
        } catch (IOException e) {
            return "free disk space under " + dir + ": unknown (" + e.getMessage() + ")\n";
        }
    }

    private static List<Path> attempts(Path taskLogs) {
        if (!Files.isDirectory(taskLogs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(taskLogs)) {
            return files.filter(f -> f.getFileName().toString().startsWith("attempt=")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The last lines of a log; Airflow 3 writes one JSON object per line, of which the event is what was said. */
    static String tail(Path log, int lines, boolean jsonEvents) {
        List<String> all;
        try {
            all = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "  (cannot read " + log + ": " + e.getMessage() + ")\n";
        }
        StringBuilder out = new StringBuilder();
        for (String line : all.subList(Math.max(0, all.size() - lines), all.size())) {
            out.append("  ").append(jsonEvents ? event(line) : line).append('\n');
        }
        return out.toString();
    }

    private static String event(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            JsonNode event = node == null ? null : node.get("event");
            return event == null ? line : event.asText();
        } catch (IOException e) {
            return line;
        }
    }
}
