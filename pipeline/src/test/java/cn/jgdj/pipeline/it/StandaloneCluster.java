package cn.jgdj.pipeline.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real Spark standalone master and worker on loopback, started and stopped with ci/spark-cluster.sh. */
final class StandaloneCluster implements AutoCloseable {
    private final Path repo;
    private final Path state;
    private final String masterUrl;
    private final Duration startup;

    private StandaloneCluster(Path repo, Path state, String masterUrl, Duration startup) {
        this.repo = repo;
        this.state = state;
        this.masterUrl = masterUrl;
        this.startup = startup;
    }

    /** Starts the cluster with its pids, logs and worker dirs in {@code state}; fails naming the logs. */
    static StandaloneCluster start(Path repo, Path state) throws IOException, InterruptedException {
        Files.createDirectories(state);
        Command.Result r = Command.of("bash", repo.resolve("ci/spark-cluster.sh").toString(), "start",
                state.toString()).run(state.resolve("start.log"), Duration.ofMinutes(4));
        List<String> lines = r.output().lines().filter(l -> l.startsWith("spark://")).toList();
        if (r.exit() != 0 || lines.isEmpty()) {
            new StandaloneCluster(repo, state, null, r.took()).close();
            throw new IllegalStateException("the standalone cluster did not start: " + r.describe());
        }
        return new StandaloneCluster(repo, state, lines.get(lines.size() - 1), r.took());
    }

    String masterUrl() {
        return masterUrl;
    }

    Duration startup() {
        return startup;
    }

    /** The master's and the worker's logs (master.log, worker.log). */
    Path logDir() {
        return state.resolve("logs");
    }

    /** The worker's folder of one application's executors (their launch commands and logs). */
    Path workDir() {
        return state.resolve("work");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Command.of("bash", repo.resolve("ci/spark-cluster.sh").toString(), "stop", state.toString())
                .run(state.resolve("stop.log"), Duration.ofMinutes(1));
    }
}
