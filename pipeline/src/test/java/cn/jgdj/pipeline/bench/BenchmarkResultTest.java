package cn.jgdj.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.generator.GeneratorConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed table of a run whose tasks overlapped: what stays true per task, and the note that says so. */
class BenchmarkResultTest {
    private static final Machine MACHINE = new Machine(2, 1L << 30, 1L << 34, 1.0, "17", "Linux", "4.2.0",
            "local[*]");

    /** Two tasks of 3 s wall each (side by side: 4 s in all), 2 and 1 Spark jobs; 1 s of it in each one's jobs. */
    private static BenchmarkResult result(int parallelTasks, Double taskCpu, long taskHeap) {
        List<StageFigures> stages = List.of(
                new StageFigures(Benchmark.GENERATE, "succeeded", 1.0, 1.0, null, 100L, 64L << 20),
                new StageFigures("coverage", "succeeded", 3.0, taskCpu, 100L, 10L, taskHeap)
                        .withSpark(new SparkWork(2, 2, 4, 1L << 20, 0, 1.5, 1.0, 1.0)),
                new StageFigures("volunteer", "succeeded", 3.0, taskCpu, 100L, 20L, taskHeap)
                        .withSpark(new SparkWork(1, 1, 2, 0, 0, 0.5, 0.5, 1.0)));
        return new BenchmarkResult(MACHINE, new GeneratorConfig(Path.of("county"), 100, 1, 2025, 1L), stages,
                5.0, 7.5, 512L << 20, 256L << 20, 3, 40, null, null, parallelTasks);
    }

    private static List<String> cells(String table, String stage) {
        return table.lines().filter(l -> l.startsWith(stage + " ")).findFirst()
                .map(l -> Arrays.asList(l.trim().split("\\s+"))).orElseThrow(() -> new AssertionError(table));
    }

    @Test
    void overlappingTasksShowTheirWallTimeAndSparkFiguresButNoCpuOrHeapOfTheirOwn() {
        String table = result(2, null, StageFigures.UNKNOWN_HEAP).table();

        assertEquals(List.of("coverage", "succeeded", "3.0", "-", "100", "10", "33", "-"), cells(table, "coverage"));
        assertEquals(List.of("total", "succeeded", "5.0", "7.5", "512"), cells(table, "total"));
        // Spark's part by job group: jobs, stages, tasks, shuffle MB, input MB, exec s, exec cpu, in jobs s, driver s.
        assertEquals(List.of("coverage", "2", "2", "4", "1.0", "0.0", "1.5", "1.0", "1.0", "2.0"),
                cells(table.substring(table.indexOf("task (Spark)")), "coverage"));
        assertTrue(table.contains("Tasks overlapped: up to 2 DAG tasks ran side by side, so per-task wall times add "
                + "up to more than the total"), table);
    }

    @Test
    void theProcesssLargestResidentSetIsPrintedBesideTheHeap() {
        BenchmarkResult measured = new BenchmarkResult(MACHINE, new GeneratorConfig(Path.of("county"), 100, 1, 2025,
                1L), List.of(), 5.0, 7.5, 512L << 20, 256L << 20, 3, 40, null, null, 1, 3_000L << 20);

        assertTrue(measured.table().contains("peak heap 512 MB of 1,024 MB max (at most 256 MB left after a "
                + "collection); largest resident set 3,000 MB (heap, Spark's off-heap pages, code); 3 garbage "
                + "collections taking 0.0 s."), measured.table());
        assertTrue(result(1, 1.5, 100L << 20).table().contains("; largest resident set unknown; "));
    }

    @Test
    void tasksOneAfterAnotherKeepEveryFigureAndNoNote() {
        String table = result(1, 1.5, 100L << 20).table();

        assertEquals(List.of("coverage", "succeeded", "3.0", "1.5", "100", "10", "33", "100"), cells(table, "coverage"));
        assertFalse(table.contains("Tasks overlapped"), table);
    }
}
