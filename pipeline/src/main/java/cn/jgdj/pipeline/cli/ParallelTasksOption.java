package cn.jgdj.pipeline.cli;

import cn.jgdj.pipeline.runner.ParallelTasks;
import picocli.CommandLine.Option;

/** {@code --parallel-tasks N}, shared by run, ingest, demo and benchmark: see {@link ParallelTasks}. */
final class ParallelTasksOption {

    @Option(names = "--parallel-tasks", paramLabel = "N",
            description = "Run up to N independent DAG tasks side by side in this JVM (1: one after another). "
                    + "Default: 2 for a local run of raw exports up to "
                    + (ParallelTasks.MAX_INPUT_BYTES >> 20) + " MiB, else 1; -D" + ParallelTasks.PROPERTY
                    + "=N in JAVA_OPTS sets it too.")
    Integer parallelTasks;

    /** The option as given (null when not), after checking it. */
    Integer given() {
        if (parallelTasks != null && parallelTasks < 1) {
            throw new UsageException("--parallel-tasks must be at least 1, got " + parallelTasks);
        }
        return parallelTasks;
    }
}
