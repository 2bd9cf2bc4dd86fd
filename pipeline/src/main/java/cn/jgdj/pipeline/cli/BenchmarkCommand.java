package cn.jgdj.pipeline.cli;

import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.pipeline.ExitCode;
import cn.jgdj.pipeline.bench.Benchmark;
import cn.jgdj.pipeline.bench.BenchmarkResult;
import cn.jgdj.pipeline.bench.CsvComparison;
import cn.jgdj.pipeline.bench.LadderTable;
import cn.jgdj.pipeline.bench.WarehouseFiles;
import cn.jgdj.pipeline.runner.SmallCounty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pipeline benchmark}: generates a demo county, runs the whole pipeline on it and prints the figures. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measure the pipeline: generate a demo county, run every task of the DAG on it in this JVM "
                + "(as 'pipeline run' does) and print, per stage, the wall and CPU seconds, rows in and out, "
                + "rows per second and peak heap, then the totals and the machine (cores, max heap, Java, Spark).",
                "Without --out the county and the outputs go to a temporary folder, deleted at the end unless "
                        + "--keep. With --out they go to DIR/input and DIR/out and are kept.",
                "Exit codes: 0 ok, 1 a task failed (the figures are still printed), 2 wrong command line."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  # the default scale: 10,000 members over 5 years",
                "  pipeline benchmark",
                "  # a quick look",
                "  pipeline benchmark --members 1000 --years 2",
                "  # prove a change left every result as it was: keep a reference, then compare with it",
                "  pipeline benchmark --members 2000 --years 3 --out /tmp/ref",
                "  pipeline benchmark --members 2000 --years 3 --compare-to /tmp/ref",
                "  # how time grows with size (10k, 30k, 100k members)",
                "  pipeline benchmark --ladder",
                "  # more heap for a big county; keep the outputs",
                "  JAVA_OPTS=-Xmx12g pipeline benchmark --members 100000 --out /data/bench"})
public final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The county's size and seed, as generate and demo take them. */
    @Mixin
    GeneratorOptions county;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Work folder (county in DIR/input, outputs in DIR/out), kept; default: a temporary folder.")
    Path out;

    @Option(names = "--keep", description = "Keep the temporary folder and print where it is.")
    boolean keep;

    @Option(names = "--compare-to", paramLabel = "REF",
            description = "After the run, check that every CSV under OUT/indicators and OUT/restricted is byte for "
                    + "byte the one in REF (an output folder, or an earlier benchmark's --out folder); exit 1 if not.")
    Path compareTo;

    @Option(names = "--ladder", description = "Run the benchmark at several sizes (--ladder-members, --years each) "
            + "and print each size's total, raw rows per second and how time grew against size. Every size runs "
            + "with HotSpot's tiered JIT (no small-county rule) and, unless --parallel-tasks is given, one task after "
            + "another, so that the sizes compare.")
    boolean ladder;

    @Mixin
    ParallelTasksOption parallel;

    @Option(names = "--ladder-members", paramLabel = "N,N,...", split = ",",
            defaultValue = "10000,30000,100000",
            description = "County sizes of --ladder (default: ${DEFAULT-VALUE}).")
    List<Integer> ladderMembers;

    @Override
    public Integer call() throws Exception {
        PrintStream print = new PrintStream(new WriterStream(spec.commandLine().getOut()), true,
                StandardCharsets.UTF_8);
        if (compareTo != null && !Files.isDirectory(compareTo)) {
            throw new UsageException("--compare-to " + compareTo + ": no such folder");
        }
        if (ladder) {
            return ladder(print);
        }
        BenchmarkResult result = measure(county.members, out, parallel.given(), print);
        if (compareTo != null) {
            CsvComparison check = CsvComparison.of(lastOut, compareTo);
            print.print(check.summary(compareTo));
            deleteTemporary(lastWork);
            if (!check.identical()) {
                throw new RunFailedException("the indicator CSVs differ from " + compareTo);
            }
        }
        if (!result.succeeded()) {
            throw new RunFailedException("the benchmark run failed: " + result.failure());
        }
        return ExitCode.OK;
    }

    private Path lastWork;
    private Path lastOut;

    /**
     * Each size in turn, then one line per size: members, raw rows, seconds, rows per second, growth. Every size runs
     * with HotSpot's tiered JIT (no small-county rule: it would stay on for the later, bigger sizes of this JVM),
     * and one task after another unless --parallel-tasks says otherwise, so that the sizes compare.
     */
    private Integer ladder(PrintStream print) throws Exception {
        List<BenchmarkResult> results = new ArrayList<>();
        Integer sideBySide = parallel.given() == null ? Integer.valueOf(1) : parallel.given();
        for (int n : ladderMembers) {
            BenchmarkResult r = SmallCounty.neverSmallDuring(
                    () -> measure(n, out == null ? null : out.resolve("ladder-" + n), sideBySide, print));
            results.add(r);
            if (!r.succeeded()) {
                throw new RunFailedException("the benchmark run of " + n + " members failed: " + r.failure());
            }
        }
        print.println();
        print.print(LadderTable.of(results));
        print.flush();
        return ExitCode.OK;
    }

    /**
     * One benchmark run of {@code n} members, {@code parallelTasks} tasks side by side (null: the launcher's
     * default); prints its table. Keeps the folder only when asked or comparing.
     */
    private BenchmarkResult measure(int n, Path folder, Integer parallelTasks, PrintStream print) throws IOException {
        Path work = folder != null ? folder : Files.createTempDirectory("jgdj-benchmark-");
        GeneratorConfig config;
        try {
            config = county.config(work.resolve("input"), n);
        } catch (UsageException e) {
            deleteTemporary(work);
            throw e;
        }
        BenchmarkResult result;
        WarehouseFiles warehouse;
        lastWork = work;
        lastOut = work.resolve("out");
        try {
            result = Benchmark.run(config, work.resolve("out"), print, parallelTasks);
            warehouse = WarehouseFiles.of(work.resolve("out"));
        } finally {
            if (compareTo == null) {
                deleteTemporary(work);
            }
        }
        print.println();
        print.print(result.table());
        print.print(warehouse.table());
        if (out != null || keep) {
            print.println("Files kept in " + work.toAbsolutePath());
        }
        print.flush();
        return result;
    }

    private void deleteTemporary(Path work) {
        if (out != null || keep || work == null) {
            return;
        }
        try {
            Files.walkFileTree(work, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("removing the benchmark's temporary folder " + work, e);
        }
    }

    /** picocli's writer as a stream, so the runner's progress lines go where the command's output goes. */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter writer;
        // Bytes are held until a line ends (or a flush), so a multi-byte character is never split.
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        WriterStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            pending.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            writer.write(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
            writer.flush();
        }
    }
}
