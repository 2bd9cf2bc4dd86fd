package cn.jgdj.generator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Benchmark of the demo county generator: {@code GeneratorBenchmark MEMBERS YEARS [OUT]} generates a county
 * and prints wall time, rows per second, bytes written and the peak heap of the run.
 * Run it from the jobs module's test classpath, e.g.
 * {@code java -Xmx1g -cp jobs/target/classes:jobs/target/test-classes:schemas/target/classes:<poi jars>
 * cn.jgdj.generator.GeneratorBenchmark 100000 5}.
 */
public final class GeneratorBenchmark {
    private GeneratorBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path out = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("jgdj-bench-");
        GeneratorConfig config = GeneratorConfig.defaults(out).withMembers(members).withYears(years);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        GenerationSummary s = DemoCountyGenerator.generate(config);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.list(out)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.print(s.describe());
        System.out.printf("members %,d, years %d: %,d rows in %.1f s = %,.0f rows/s; %,.1f MB written; "
                        + "peak heap %,.0f MB (max heap %,.0f MB)%n", members, years, s.totalRows(), seconds,
                s.totalRows() / seconds, bytes / 1e6, peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }
}
