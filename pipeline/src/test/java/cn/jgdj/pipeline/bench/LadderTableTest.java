package cn.jgdj.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.generator.GeneratorConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ladder's summary from hand-made results: rows per second and the time/size growth between sizes. */
class LadderTableTest {
    private static final Machine MACHINE = new Machine(2, 1L << 30, 1L << 34, 1.0, "17", "Linux", "4.2.0",
            "local[*]");

    /** A run of {@code members}: generating makes {@code rawRows}; Spark start 2 s; one task of the rest. */
    private static BenchmarkResult run(int members, long rawRows, double pipelineSeconds, int jobs) {
        List<StageFigures> stages = List.of(
                new StageFigures(Benchmark.GENERATE, "succeeded", 5.0, 5.0, null, rawRows, 0),
                new StageFigures(Benchmark.SPARK_START, "succeeded", 2.0, 2.0, null, null, 0),
                new StageFigures("coverage", "succeeded", pipelineSeconds - 2.0, 1.0, rawRows, 10L, 1L << 20)
                        .withSpark(new SparkWork(jobs, jobs, jobs * 2, 0, 0, 1.0, 1.0, 1.0)));
        return new BenchmarkResult(MACHINE, new GeneratorConfig(Path.of("county"), members, 5, 2025, 1L), stages,
                5.0 + pipelineSeconds, 10.0, 512L << 20, 256L << 20, 3, 40, null, null);
    }

    private static List<String> cells(String table, String members) {
        return table.lines().filter(l -> l.trim().startsWith(members + " ")).findFirst()
                .map(l -> Arrays.asList(l.trim().split("\\s+"))).orElseThrow(() -> new AssertionError(table));
    }

    @Test
    void ratesAndGrowthPerSize() {
        // 10,000 → 30,000 members: 3× the size, 3× the time (linear, 1.00). 30,000 → 100,000: 10/3 × the size,
        // √(10/3) × the time: growth 0.50. Rows per second: raw rows / (Spark start + tasks), generation left out.
        String table = LadderTable.of(List.of(run(10_000, 400_000, 100.0, 40), run(30_000, 1_200_000, 300.0, 41),
                run(100_000, 4_000_000, 300.0 * Math.sqrt(10.0 / 3.0), 42)));

        assertTrue(table.startsWith("Ladder (5 years each)"), table);
        assertEquals(List.of("10,000", "400,000", "105.0", "100.0", "4,000", "40", "512", "-"),
                cells(table, "10,000"));
        assertEquals(List.of("30,000", "1,200,000", "305.0", "300.0", "4,000", "41", "512", "1.00"),
                cells(table, "30,000"));
        List<String> last = cells(table, "100,000");
        assertEquals("4,000,000", last.get(1));
        assertEquals("547.7", last.get(3));
        assertEquals("7,303", last.get(4));
        assertEquals("0.50", last.get(7));
    }

    @Test
    void tasksSideBySideCountOnceInThePipelinesSeconds() {
        // Generation 5 s, Spark start 2 s, then two tasks of 10 s each that ran side by side: the run took 17 s,
        // so the pipeline 12 s (not the 22 s of the stages added up) and 600,000 / 12 = 50,000 rows per second.
        List<StageFigures> stages = List.of(
                new StageFigures(Benchmark.GENERATE, "succeeded", 5.0, 5.0, null, 600_000L, 0),
                new StageFigures(Benchmark.SPARK_START, "succeeded", 2.0, 2.0, null, null, 0),
                new StageFigures("coverage", "succeeded", 10.0, null, 600_000L, 10L, StageFigures.UNKNOWN_HEAP),
                new StageFigures("trends", "succeeded", 10.0, null, 10L, 5L, StageFigures.UNKNOWN_HEAP));
        BenchmarkResult sideBySide = new BenchmarkResult(MACHINE, new GeneratorConfig(Path.of("county"), 1_000, 5,
                2025, 1L), stages, 17.0, 30.0, 512L << 20, 256L << 20, 3, 40, null, null, 2);
        assertEquals(12.0, LadderTable.pipelineSeconds(sideBySide), 1e-9);
        assertEquals(List.of("1,000", "600,000", "17.0", "12.0", "50,000", "-", "512", "-"),
                cells(LadderTable.of(List.of(sideBySide)), "1,000"));
    }

    @Test
    void pipelineSecondsLeaveOutGeneration() {
        BenchmarkResult r = run(1_000, 50_000, 12.5, 30);
        assertEquals(12.5, LadderTable.pipelineSeconds(r), 1e-9);
        assertEquals(50_000L, LadderTable.rawRows(r));
    }
}
