package cn.jgdj.pipeline.bench;

/**
 * What Spark did for one DAG task, from its listener bus.
 *
 * @param jobs            Spark jobs (each action: a write, a count, a collect, a broadcast)
 * @param stages          stages that ran (skipped ones, whose shuffle output was reused, are not counted)
 * @param tasks           Spark tasks over those stages
 * @param shuffleBytes    bytes written to shuffle files (what an exchange moves between stages)
 * @param inputBytes      bytes read from files by the tasks
 * @param executorSeconds the tasks' run time added up (on 2 cores at most twice the job time)
 * @param executorCpuSeconds the tasks' CPU time added up
 * @param jobSeconds      wall seconds during which at least one of the task's jobs was running
 */
public record SparkWork(int jobs, int stages, int tasks, long shuffleBytes, long inputBytes, double executorSeconds,
                        double executorCpuSeconds, double jobSeconds) {

    static final SparkWork NONE = new SparkWork(0, 0, 0, 0, 0, 0, 0, 0);

    static SparkWork of(SparkMeter.Figures f) {
        if (f == null) {
            return NONE;
        }
        synchronized (f) {
            return new SparkWork(f.jobs, f.stages, f.tasks, f.shuffleWriteBytes, f.inputBytes,
                    f.executorRunMillis / 1000.0, f.executorCpuNanos / 1e9, f.jobMillis() / 1000.0);
        }
    }

    SparkWork plus(SparkWork o) {
        return new SparkWork(jobs + o.jobs, stages + o.stages, tasks + o.tasks, shuffleBytes + o.shuffleBytes,
                inputBytes + o.inputBytes, executorSeconds + o.executorSeconds,
                executorCpuSeconds + o.executorCpuSeconds, jobSeconds + o.jobSeconds);
    }
}
