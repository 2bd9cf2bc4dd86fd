package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.testing.SparkSessionExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file checked in one task and the same file spread over many tasks (a tiny {@link IngestOptions#recordsPerTask})
 * give the same curated rows, quarantine, source keys, collapsed rows and counts; either way each year or month is
 * one file (and a table checked in one task is one file).
 */
@ExtendWith(SparkSessionExtension.class)
class IngestLayoutTest {

    @Test
    void oneTaskAndManyTasksIngestTheSameRowsIntoOneFilePerPartition(SparkSession spark, @TempDir Path tmp)
            throws IOException {
        Path in = tmp.resolve("in");
        DemoCountyGenerator.generate(new GeneratorConfig(in, 120, 1, 2025, GeneratorConfig.DEFAULT_SEED));
        Path one = ingest(spark, in, tmp.resolve("one"), IngestOptions.DEFAULT);
        Path many = ingest(spark, in, tmp.resolve("many"), new IngestOptions(Map.of(), 300));
        // Spread and parsed twice (SpreadIngest) instead of held.
        Path twice = ingest(spark, in, tmp.resolve("twice"), new IngestOptions(Map.of(), 300, 0));

        for (DatasetDef d : Datasets.ALL) {
            List<String> names = new ArrayList<>(List.of(Catalog.warehouse(d.name()), Catalog.quarantine(d.name())));
            names.addAll(SourceKeys.outputs(d.name()));
            names.addAll(CollapsedRows.outputs(d.name()));
            for (String name : names) {
                List<String> a = rows(spark, one.resolve(name));
                assertEquals(a, rows(spark, many.resolve(name)), name);
                assertEquals(a, rows(spark, twice.resolve(name)), name + ", parsed twice");
                if (name.startsWith("warehouse/")) {
                    assertTrue(!a.isEmpty(), name + " has rows");
                }
            }
            String counts = Catalog.ingestCounts(d.name());
            assertEquals(Files.readString(one.resolve(counts)), Files.readString(many.resolve(counts)), counts);
            assertEquals(Files.readString(one.resolve(counts)), Files.readString(twice.resolve(counts)), counts);
        }
        // attendance (about 7,000 records) and platform usage (about 8,000) are spread over tasks in the second run.
        for (Path out : List.of(one, many, twice)) {
            for (DatasetDef d : Datasets.ALL) {
                Path table = out.resolve(Catalog.warehouse(d.name()));
                int depth = d.partitionBy().size();
                try (Stream<Path> leaves = Files.walk(table, depth).filter(p -> depth == 0
                        ? p.equals(table)
                        : Files.isDirectory(p) && !p.equals(table) && table.relativize(p).getNameCount() == depth)) {
                    // Unpartitioned tables spread over tasks keep a file per task (a few).
                    for (Path leaf : out != one && depth == 0 ? List.<Path>of() : leaves.toList()) {
                        assertEquals(1, parquetFiles(leaf), out.getFileName() + " " + table.relativize(leaf)
                                + " of " + d.name());
                    }
                }
            }
            try (Stream<Path> months = Files.list(out.resolve(Catalog.warehouse(PlatformUsage.NAME))
                    .resolve("year=2025"))) {
                assertEquals(12, months.filter(p -> p.getFileName().toString().startsWith("month=")).count());
            }
        }
    }

    private static Path ingest(SparkSession spark, Path in, Path out, IngestOptions options) {
        JobParams params = new JobParams(in.toString(), null, JobParams.DEFAULT_MIN_CELL_SIZE,
                LocalDate.of(2025, 12, 31), null, MemberKeys.DEMO_SECRET, true);
        for (DatasetDef d : Datasets.ALL) {
            StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/" + d.name()).toString());
            IngestJob.run(io, params, d.name(), options);
            io.commit();
        }
        return out;
    }

    private static List<String> rows(SparkSession spark, Path table) {
        return spark.read().parquet(table.toString()).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static long parquetFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
        }
    }
}
