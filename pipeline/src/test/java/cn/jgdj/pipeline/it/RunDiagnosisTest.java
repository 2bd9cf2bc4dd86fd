package cn.jgdj.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.pipeline.airflow.TaskInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Airflow end-to-end test prints when a run fails: the failed attempts' last events and the cluster's logs. */
class RunDiagnosisTest {

    @TempDir
    Path dir;

    @Test
    void printsTheLastEventsOfEveryAttemptOfATaskThatDidNotSucceed() throws Exception {
        Path run = dir.resolve("run");
        Path failed = Files.createDirectories(run.resolve("task_id=participation"));
        Files.writeString(failed.resolve("attempt=1.log"), IntStream.rangeClosed(1, 50)
                .mapToObj(i -> "{\"timestamp\":\"t\",\"event\":\"line " + i + "\",\"logger\":\"task\"}")
                .collect(Collectors.joining("\n", "", "\n")));
        Path ok = Files.createDirectories(run.resolve("task_id=ingest_units"));
        Files.writeString(ok.resolve("attempt=1.log"), "{\"event\":\"all good\"}\n");
        Path cluster = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(cluster.resolve("master.log"), "26/12/01 INFO Master: I have been elected leader\n");
        Files.writeString(cluster.resolve("worker.log"), "not json {\n");

        String said = RunDiagnosis.of(run, List.of(task("participation", "failed"), task("ingest_units", "success"),
                task("forecast", null)), cluster, dir);

        assertTrue(said.contains("free disk space under " + dir + ": "), said);
        assertTrue(said.contains("participation (failed), attempt=1.log, last lines:\n  line 11\n"), said);
        assertTrue(said.contains("  line 50\n"), said);
        assertFalse(said.contains("  line 10\n"), "40 lines only: " + said);
        assertFalse(said.contains("all good"), "a task that succeeded is left out: " + said);
        assertTrue(said.contains("Spark master.log, last lines:\n  26/12/01 INFO Master: I have been elected leader\n"),
                said);
        assertTrue(said.contains("Spark worker.log, last lines:\n  not json {\n"), said);
    }

    @Test
    void aLineThatIsNotAnAirflowEventIsPrintedAsItIs() throws Exception {
        Path log = Files.writeString(dir.resolve("a.log"), "plain\n{\"event\":\"said\"}\n[1, 2]\n");

        assertEquals("  plain\n  said\n  [1, 2]\n", RunDiagnosis.tail(log, 10, true));
    }

    private static TaskInstance task(String id, String state) {
        Instant t = Instant.parse("2026-12-01T18:00:00Z");
        return new TaskInstance(id, -1, state, state == null ? 0 : 1, t, t);
    }
}
