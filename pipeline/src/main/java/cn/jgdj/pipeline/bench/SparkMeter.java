package cn.jgdj.pipeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark's own figures per DAG task, from the listener bus: the local runner labels every Spark job with the DAG
 * task's name as its job group, so jobs, stages, Spark tasks, shuffle bytes and executor time add up per DAG task.
 * Jobs without a group (none in a normal run) are counted under {@link #UNLABELLED}.
 */
final class SparkMeter extends SparkListener {
    static final String UNLABELLED = "(no job group)";
    private static final String JOB_GROUP = "spark.jobGroup.id";

    private final Map<String, Figures> byGroup = new ConcurrentHashMap<>();
    private final Map<Integer, String> groupOfStage = new ConcurrentHashMap<>();
    private final Map<Integer, Long> startOfJob = new ConcurrentHashMap<>();
    private final Map<Integer, String> groupOfJob = new ConcurrentHashMap<>();

    /** What Spark did for one DAG task. Times in milliseconds (job span: first job start to last job end). */
    static final class Figures {
        int jobs;
        int stages;
        int tasks;
        long shuffleReadBytes;
        long shuffleWriteBytes;
        long inputBytes;
        long outputBytes;
        long executorRunMillis;
        long executorCpuNanos;
        final List<long[]> jobSpans = new ArrayList<>();

        /** Milliseconds during which at least one of the task's Spark jobs was running. */
        synchronized long jobMillis() {
            List<long[]> spans = new ArrayList<>(jobSpans);
            spans.sort((a, b) -> Long.compare(a[0], b[0]));
            long total = 0;
            long end = Long.MIN_VALUE;
            for (long[] s : spans) {
                long from = Math.max(s[0], end);
                if (s[1] > from) {
                    total += s[1] - from;
                }
                end = Math.max(end, s[1]);
            }
            return total;
        }
    }

    /** Registers a meter on the session's listener bus. */
    static SparkMeter attach(SparkSession spark) {
        SparkMeter meter = new SparkMeter();
        spark.sparkContext().addSparkListener(meter);
        return meter;
    }

    /** Waits until every event posted so far has reached the listeners (the bus is asynchronous). */
    static void drain(SparkSession spark) {
        try {
            spark.sparkContext().listenerBus().waitUntilEmpty(60_000);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Spark's listener bus did not drain in 60 s", e);
        }
    }

    /** The figures of a DAG task (job group), or null when it ran no Spark job. */
    Figures of(String group) {
        return byGroup.get(group);
    }

    private Figures figures(String group) {
        return byGroup.computeIfAbsent(group == null ? UNLABELLED : group, g -> new Figures());
    }

    @Override
    public void onJobStart(SparkListenerJobStart job) {
        String group = job.properties() == null ? null : job.properties().getProperty(JOB_GROUP);
        String key = group == null ? UNLABELLED : group;
        groupOfJob.put(job.jobId(), key);
        startOfJob.put(job.jobId(), job.time());
        for (Object stage : CollectionConverters.asJava(job.stageIds())) {
            groupOfStage.put((Integer) stage, key);
        }
        Figures f = figures(key);
        synchronized (f) {
            f.jobs++;
        }
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd job) {
        String group = groupOfJob.remove(job.jobId());
        Long start = startOfJob.remove(job.jobId());
        if (group != null && start != null) {
            Figures f = figures(group);
            synchronized (f) {
                f.jobSpans.add(new long[] {start, job.time()});
            }
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted stage) {
        Figures f = figures(groupOfStage.get(stage.stageInfo().stageId()));
        synchronized (f) {
            f.stages++;
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd task) {
        Figures f = figures(groupOfStage.get(task.stageId()));
        TaskMetrics m = task.taskMetrics();
        synchronized (f) {
            f.tasks++;
            if (m != null) {
                f.executorRunMillis += m.executorRunTime();
                f.executorCpuNanos += m.executorCpuTime();
                f.shuffleReadBytes += m.shuffleReadMetrics().totalBytesRead();
                f.shuffleWriteBytes += m.shuffleWriteMetrics().bytesWritten();
                f.inputBytes += m.inputMetrics().bytesRead();
                f.outputBytes += m.outputMetrics().bytesWritten();
            }
        }
    }
}
