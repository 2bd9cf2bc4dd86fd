package cn.jgdj.pipeline.dag;

import static cn.jgdj.pipeline.dag.Task.inputs;
import static cn.jgdj.pipeline.dag.Task.outputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DagTest {
    private static final TaskAction NOTHING = (io, params) -> { };
    private static final Map<String, String> RAW = Map.of("raw/a", "/in/a.*", "raw/b", "/in/b.*");

    private static Task task(String name, List<String> in, List<String> out) {
        return new Task(name, in, out, NOTHING);
    }

    private static List<String> names(List<Task> tasks) {
        return tasks.stream().map(Task::name).toList();
    }

    /** Declared out of order on purpose: report first, ingest last. */
    private static Dag sample() {
        return Dag.of(RAW, List.of(
                task("report", inputs("indicators/x", "indicators/y"), outputs("reports/2025/x")),
                task("x", inputs("warehouse/a", "quality/gate.json"), outputs("indicators/x")),
                task("y", inputs("warehouse/b", "quality/gate.json"), outputs("indicators/y")),
                task("gate", inputs("quality/a.json", "quality/b.json"), outputs("quality/gate.json")),
                task("ingest_a", inputs("raw/a"), outputs("warehouse/a", "quality/a.json")),
                task("ingest_b", inputs("raw/b"), outputs("warehouse/b", "quality/b.json"))));
    }

    @Test
    void ordersTasksAfterTheTasksWritingTheirInputsKeepingDeclarationOrderAmongReadyOnes() {
        assertEquals(List.of("ingest_a", "ingest_b", "gate", "x", "y", "report"), names(sample().tasks()));
    }

    @Test
    void aCycleIsAnErrorThatNamesItsTasksAndDatasets() {
        DagException e = assertThrows(DagException.class, () -> Dag.of(RAW, List.of(
                task("start", inputs("raw/a"), outputs("work/s")),
                task("p", inputs("work/s", "work/r"), outputs("work/p")),
                task("q", inputs("work/p"), outputs("work/q")),
                task("r", inputs("work/q"), outputs("work/r")))));
        assertEquals("the tasks form a cycle: p -(work/p)-> q -(work/q)-> r -(work/r)-> p", e.getMessage());
    }

    @Test
    void aCycleIsReportedEvenWhenTheFirstStuckTaskOnlyReadsFromIt() {
        DagException e = assertThrows(DagException.class, () -> Dag.of(RAW, List.of(
                task("reader", inputs("work/q"), outputs("work/reader")),
                task("p", inputs("raw/a", "work/q"), outputs("work/p")),
                task("q", inputs("work/p"), outputs("work/q")))));
        assertEquals("the tasks form a cycle: p -(work/p)-> q -(work/q)-> p", e.getMessage());
    }

    @Test
    void aTaskReadingItsOwnOutputIsACycle() {
        DagException e = assertThrows(DagException.class, () -> Dag.of(RAW, List.of(
                task("self", inputs("raw/a", "work/s"), outputs("work/s")))));
        assertEquals("the tasks form a cycle: self -(work/s)-> self", e.getMessage());
    }

    @Test
    void anInputNoTaskWritesIsAnErrorNamingTheTaskAndTheDataset() {
        DagException e = assertThrows(DagException.class, () -> Dag.of(RAW, List.of(
                task("ingest_a", inputs("raw/a"), outputs("warehouse/a")),
                task("coverage", inputs("warehouse/a", "work/credited_hours"), outputs("indicators/coverage")))));
        assertEquals("task 'coverage' reads 'work/credited_hours', which no task writes and which is not a source",
                e.getMessage());
    }

    @Test
    void twoTasksWritingOneDatasetIsAnError() {
        DagException e = assertThrows(DagException.class, () -> Dag.of(RAW, List.of(
                task("one", inputs("raw/a"), outputs("warehouse/a")),
                task("two", inputs("raw/b"), outputs("warehouse/a")))));
        assertEquals("'warehouse/a' is written by two tasks: 'one' and 'two'", e.getMessage());
    }

    @Test
    void duplicateTaskNamesAreAnError() {
        DagException e = assertThrows(DagException.class, () -> Dag.of(RAW, List.of(
                task("one", inputs("raw/a"), outputs("warehouse/a")),
                task("one", inputs("raw/b"), outputs("warehouse/b")))));
        assertEquals("two tasks are named 'one'", e.getMessage());
    }

    @Test
    void fromSelectsTheTaskAndEverythingDownstreamInOrder() {
        Dag dag = sample();
        assertEquals(List.of("ingest_a", "gate", "x", "y", "report"), names(dag.select(Selection.from("ingest_a"))));
        assertEquals(List.of("x", "report"), names(dag.select(Selection.from("x"))));
        assertEquals(List.of("report"), names(dag.select(Selection.from("report"))));
    }

    @Test
    void onlySelectsJustTheTask() {
        assertEquals(List.of("gate"), names(sample().select(Selection.only("gate"))));
    }

    @Test
    void allSelectsEveryTask() {
        assertEquals(6, sample().select(Selection.all()).size());
    }

    @Test
    void selectingAnUnknownTaskListsTheKnownOnes() {
        DagException e = assertThrows(DagException.class, () -> sample().select(Selection.only("nope")));
        assertEquals("no task named 'nope'; tasks: report, x, y, gate, ingest_a, ingest_b", e.getMessage());
    }

    @Test
    void upstreamIsTheWritersOfTheInputs() {
        Dag dag = sample();
        assertEquals(List.of("ingest_a", "gate"), names(dag.upstream(dag.task("x"))));
        assertEquals(List.of(), names(dag.upstream(dag.task("ingest_b"))));
    }

    @Test
    void taskNamesAreLowerSnakeCaseAndATaskWritesSomething() {
        assertThrows(IllegalArgumentException.class, () -> task("Bad-Name", inputs(), outputs("work/x")));
        assertThrows(IllegalArgumentException.class, () -> task("empty", inputs("raw/a"), outputs()));
    }

    @Test
    void inputsAndOutputsFlattenJobListsAndDropRepeats() {
        Task t = task("t", inputs(List.of("warehouse/a", "warehouse/b"), "warehouse/a"), outputs("work/t"));
        assertEquals(List.of("warehouse/a", "warehouse/b"), t.inputs());
    }
}
