package cn.jgdj.pipeline.runner;

import static cn.jgdj.pipeline.dag.Task.inputs;
import static cn.jgdj.pipeline.dag.Task.outputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.TaskRecord;
import cn.jgdj.schemas.run.TaskState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resume decisions from fingerprints alone, on plain files: no Spark needed to plan. */
class RunPlannerTest {
    @TempDir
    Path tmp;
    private OutputLayout layout;
    private Fingerprints fingerprints;
    private Dag dag;
    private final JobParams params = new JobParams("in", null, 10, LocalDate.of(2026, 1, 1), null, null, false);

    @BeforeEach
    void setUp() throws IOException {
        layout = new OutputLayout(tmp.resolve("out").toString());
        fingerprints = new Fingerprints(new Configuration());
        write("in/a.csv", "a");
        dag = Dag.of(Map.of("raw/a", tmp + "/in/a.*"), List.of(
                new Task("load", inputs("raw/a"), outputs("work/a"), (io, p) -> { }),
                new Task("left", inputs("work/a"), outputs("work/left"), (io, p) -> { }),
                new Task("right", inputs("work/a"), outputs("work/right"), (io, p) -> { }),
                new Task("join", inputs("work/left", "work/right"), outputs("work/join"), (io, p) -> { })));
        for (String d : List.of("work/a", "work/left", "work/right", "work/join")) {
            write("out/" + d + "/part-0.parquet", d);
        }
    }

    private void write(String rel, String content) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    /** A record of a run in which every task succeeded with the inputs as they are now. */
    private RunRecord succeededNow(Map<String, String> settings) {
        List<TaskRecord> tasks = dag.tasks().stream().map(t -> {
            Map<String, String> in = new LinkedHashMap<>();
            t.inputs().forEach(i -> in.put(i, fingerprints.of(RunPlanner.location(dag, layout, i))));
            Map<String, Long> out = new LinkedHashMap<>();
            t.outputs().forEach(o -> out.put(o, 1L));
            return new TaskRecord(t.name(), TaskState.SUCCEEDED, null, null, null, null, null, null, null, in, out);
        }).toList();
        return new RunRecord("20260101T000000-0000", RunRecord.SUCCEEDED, null, null, "in", "out", null, null, null, null,
                settings, RunPlanner.settingsFingerprint(settings, params, fingerprints), tasks);
    }

    private RunPlan plan(RunRecord previous, Map<String, String> settings) {
        return new RunPlanner(layout, fingerprints).plan(dag, new RunRequest(RunId.startingAt(LocalDateTime.now()),
                params, Selection.all(), previous, settings));
    }

    private static List<String> decisions(RunPlan plan) {
        return plan.tasks().stream().map(p -> p.task().name() + ":" + p.decision()
                + (p.reason() == null ? "" : " (" + p.reason() + ")")).toList();
    }

    @Test
    void nothingChangedSkipsEverything() {
        RunPlan plan = plan(succeededNow(Map.of("lang", "zh")), Map.of("lang", "zh"));
        assertEquals(List.of(
                "load:SKIP (up to date since run 20260101T000000-0000)",
                "left:SKIP (up to date since run 20260101T000000-0000)",
                "right:SKIP (up to date since run 20260101T000000-0000)",
                "join:SKIP (up to date since run 20260101T000000-0000)"), decisions(plan));
    }

    @Test
    void aChangedDatasetRerunsItsReadersAndWhatFollowsThem() throws IOException {
        RunRecord before = succeededNow(Map.of());
        write("out/work/left/part-1.parquet", "more");

        assertEquals(List.of(
                "load:SKIP (up to date since run 20260101T000000-0000)",
                "left:SKIP (up to date since run 20260101T000000-0000)",
                "right:SKIP (up to date since run 20260101T000000-0000)",
                "join:RUN (input work/left changed since run 20260101T000000-0000)"), decisions(plan(before, Map.of())));
    }

    @Test
    void aChangedRawFileRerunsEverythingDownstream() throws IOException {
        RunRecord before = succeededNow(Map.of());
        Path raw = tmp.resolve("in/a.csv");
        Files.setLastModifiedTime(raw, FileTime.fromMillis(Files.getLastModifiedTime(raw).toMillis() + 5000));

        assertEquals(List.of(
                "load:RUN (input raw/a changed since run 20260101T000000-0000)",
                "left:RUN (upstream task load runs)",
                "right:RUN (upstream task load runs)",
                "join:RUN (upstream task left runs)"), decisions(plan(before, Map.of())));
    }

    @Test
    void differentSettingsRerunEverything() {
        RunPlan plan = plan(succeededNow(Map.of("lang", "zh")), Map.of("lang", "en"));
        assertEquals(4, plan.count(PlannedTask.Decision.RUN));
        assertEquals("settings differ from run 20260101T000000-0000", plan.tasks().get(0).reason());
    }

    @Test
    void aFailedTaskRunsAgainAndSoDoesWhatFollowsIt() {
        RunRecord ok = succeededNow(Map.of());
        List<TaskRecord> tasks = new java.util.ArrayList<>(ok.tasks());
        TaskRecord right = tasks.get(2);
        tasks.set(2, new TaskRecord("right", TaskState.FAILED, null, null, null, null, null, "boom", null,
                right.inputs(), null));
        RunRecord failed = new RunRecord(ok.runId(), RunRecord.FAILED, null, null, "in", "out", null, null, null, null,
                ok.settings(), ok.settingsFingerprint(), tasks);

        assertEquals(List.of(
                "load:SKIP (up to date since run 20260101T000000-0000)",
                "left:SKIP (up to date since run 20260101T000000-0000)",
                "right:RUN (failed in run 20260101T000000-0000)",
                "join:RUN (upstream task right runs)"), decisions(plan(failed, Map.of())));
    }

    @Test
    void fingerprintsChangeWithContentSizeOrTimeButNotWithReading() throws IOException {
        String before = fingerprints.of(tmp + "/out/work/a");
        Files.readString(tmp.resolve("out/work/a/part-0.parquet"));
        assertEquals(before, fingerprints.of(tmp + "/out/work/a"));
        write("out/work/a/part-0.parquet", "work/a, longer");
        assertNotEquals(before, fingerprints.of(tmp + "/out/work/a"));
        assertEquals(Fingerprints.ABSENT, fingerprints.of(tmp + "/out/work/nothing"));
        assertEquals(Fingerprints.ABSENT, fingerprints.of(tmp + "/in/b.*"));
    }
}
