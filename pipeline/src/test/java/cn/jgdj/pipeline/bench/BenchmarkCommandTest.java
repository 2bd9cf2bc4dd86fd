package cn.jgdj.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.pipeline.cli.Main;
import cn.jgdj.pipeline.dag.PipelineDag;
import cn.jgdj.pipeline.dag.PipelineOptions;
import cn.jgdj.pipeline.dag.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark command on a tiny county, in-process: it runs every task and prints a line for each. */
class BenchmarkCommandTest {

    record Printed(int exitCode, String out, String err) {
    }

    static Printed run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Printed(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSmallRunSucceedsPrintsAFigureLineForEveryTaskAndRemovesItsFolder() throws IOException {
        Set<Path> before = benchmarkFolders();

        Printed r = run("benchmark", "--members", "200", "--years", "1");

        System.out.print(r.out());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        String table = r.out().substring(r.out().indexOf("Benchmark: demo county of 200 members over 1 year(s)"));
        List<String> lines = table.lines().toList();
        List<String> tasks = PipelineDag.build(new PipelineOptions("in", "out", 0.05, "zh")).tasks().stream()
                .map(Task::name).toList();
        assertTrue(!tasks.isEmpty());
        for (String stage : Stream.concat(Stream.of(Benchmark.GENERATE, Benchmark.SPARK_START, "total"),
                tasks.stream()).toList()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(stage + " ") && l.contains("succeeded")),
                    "a succeeded line for " + stage + " in:\n" + table);
        }
        // Ingest reads every raw row once: its tasks' rows in add up to the rows the generator wrote.
        assertEquals(rowsColumn(lines, Benchmark.GENERATE, 5), lines.stream().filter(l -> l.startsWith("ingest_") && l.contains(" succeeded "))
                .mapToLong(l -> rowsColumn(List.of(l), l.substring(0, l.indexOf(' ')), 4)).sum(), table);
        assertTrue(table.contains("Machine: " + Runtime.getRuntime().availableProcessors() + " cores"), table);
        assertTrue(table.contains("Spark 4."), table);
        assertTrue(table.contains("peak heap"), table);
        // Every task planned something: Catalyst's rules ran during the measured run (not only before it).
        java.util.regex.Matcher rules = java.util.regex.Pattern
                .compile("Catalyst's analyser and optimiser rules [0-9.]+ s \\(([0-9,]+) rule runs\\)").matcher(table);
        assertTrue(rules.find(), table);
        assertTrue(Long.parseLong(rules.group(1).replace(",", "")) > 1_000, table);
        // No folder left that was not there before (another benchmark on the machine may remove its own meanwhile).
        Set<Path> left = new java.util.HashSet<>(benchmarkFolders());
        left.removeAll(before);
        assertEquals(Set.of(), left, "the temporary folder is removed");
    }

    @Test
    void tasksSideBySideWriteTheSameIndicatorCsvsAsOneAfterAnother(@TempDir Path tmp) {
        Printed alone = run("benchmark", "--members", "50", "--years", "1", "--parallel-tasks", "1",
                "--out", tmp.resolve("one").toString());
        assertEquals(0, alone.exitCode(), alone.out() + alone.err());
        assertFalse(alone.out().contains("Tasks overlapped"), alone.out());

        Printed sideBySide = run("benchmark", "--members", "50", "--years", "1", "--parallel-tasks", "2",
                "--out", tmp.resolve("two").toString(), "--compare-to", tmp.resolve("one").resolve("out").toString());

        assertEquals(0, sideBySide.exitCode(), sideBySide.out() + sideBySide.err());
        assertTrue(sideBySide.out().contains("Tasks overlapped: up to 2 DAG tasks ran side by side"), sideBySide.out());
        assertTrue(sideBySide.out().matches("(?s).*CSV check: all [0-9]+ indicator CSVs identical to .*"),
                sideBySide.out());
    }

    @Test
    void aCountyTooSmallIsAUsageError() {
        Printed r = run("benchmark", "--members", "10");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("members must be at least 50, got 10"), r.err());
    }

    /** The number in a stage's figure line at a column (0 = stage), 0 for "-". */
    private static long rowsColumn(List<String> lines, String stage, int column) {
        String line = lines.stream().filter(l -> l.startsWith(stage + " ") && l.contains(" succeeded ")).findFirst().orElseThrow();
        String cell = line.trim().split("\\s+")[column];
        return "-".equals(cell) ? 0 : Long.parseLong(cell.replace(",", ""));
    }

    private static Set<Path> benchmarkFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("jgdj-benchmark-"))
                    .collect(Collectors.toSet());
        }
    }
}
