package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.max;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.schemas.Attendance;
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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
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
    @TempDir
    static Path county;
    /** The 120-member county's raw exports, and their ingest in one task: every test compares with it. */
    private static Path in;
    private static Path one;

    @BeforeAll
    static void ingestInOneTask(SparkSession spark) throws IOException {
        in = county.resolve("in");
        DemoCountyGenerator.generate(new GeneratorConfig(in, 120, 1, 2025, GeneratorConfig.DEFAULT_SEED));
        one = ingest(spark, in, county.resolve("one"), IngestOptions.DEFAULT);
    }

    @Test
    void oneTaskAndManyTasksIngestTheSameRowsIntoOneFilePerPartition(SparkSession spark, @TempDir Path tmp)
            throws IOException {
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

    /**
     * A year or month bigger than adaptive execution's advisory partition size (4 kB here; 64 MB by default) is
     * written by several tasks into several files, and spark.sql.files.maxRecordsPerFile caps every file: the same
     * rows as one task's one file per year or month.
     */
    @Test
    void aBigYearOrMonthIsSplitOverSeveralFilesWithTheSameRows(SparkSession spark, @TempDir Path tmp)
            throws IOException {
        SparkSession small = spreadOverTasks(spark);
        small.conf().set("spark.sql.adaptive.advisoryPartitionSizeInBytes", "4k");
        small.conf().set("spark.sql.files.maxRecordsPerFile", "500");
        // Adaptive execution merges partitions under 1 MB by default: the key checks' 8 would become one.
        small.conf().set("spark.sql.adaptive.coalescePartitions.minPartitionSize", "1k");
        Path split = ingest(small, in, tmp.resolve("split"), new IngestOptions(Map.of(), 300));
        Path twice = ingest(small, in, tmp.resolve("twice"), new IngestOptions(Map.of(), 300, 0));

        for (DatasetDef d : Datasets.ALL) {
            String name = Catalog.warehouse(d.name());
            List<String> a = rows(spark, one.resolve(name));
            assertEquals(a, rows(spark, split.resolve(name)), name);
            assertEquals(a, rows(spark, twice.resolve(name)), name + ", parsed twice");
        }
        long rows2025 = spark.read().parquet(one.resolve(Catalog.warehouse(Attendance.NAME)).toString())
                .filter(col("year").equalTo(2025)).count();
        for (Path out : List.of(split, twice)) {
            Path year = out.resolve(Catalog.warehouse(Attendance.NAME)).resolve("year=2025");
            // Written by several tasks (part-00000-…, part-00001-…), each file of at most 500 rows.
            assertTrue(writerTasks(year) >= 2, out.getFileName() + ": written by " + writerTasks(year) + " task(s)");
            assertTrue(parquetFiles(year) >= (rows2025 + 499) / 500, out.getFileName() + ": " + parquetFiles(year)
                    + " files for " + rows2025 + " rows");
            Dataset<Row> perFile = spark.read().parquet(out.resolve(Catalog.warehouse(Attendance.NAME)).toString())
                    .groupBy(input_file_name()).count();
            long largest = perFile.agg(max(col("count"))).first().getLong(0);
            assertTrue(largest <= 500, out.getFileName() + ": a file of " + largest + " rows");
        }
    }

    /** Without adaptive execution (which a rebalance needs) a year is still one file, from one task. */
    @Test
    void withoutAdaptiveExecutionAYearIsStillOneFile(SparkSession spark, @TempDir Path tmp) throws IOException {
        SparkSession plain = spreadOverTasks(spark);
        plain.conf().set("spark.sql.adaptive.enabled", "false");
        Path out = ingest(plain, in, tmp.resolve("plain"), new IngestOptions(Map.of(), 300));
        Path year = out.resolve(Catalog.warehouse(Attendance.NAME)).resolve("year=2025");
        assertEquals(1, parquetFiles(year));
        String table = Catalog.warehouse(Attendance.NAME);
        assertEquals(rows(spark, one.resolve(table)), rows(spark, out.resolve(table)));
    }

    /**
     * A session of its own in which the county's files are read by several tasks and shuffled into 8 partitions, so
     * that a year's rows come from several map tasks (adaptive execution splits a year by ranges of them): the file
     * in splits of 16 kB (else one split: Spark never cuts a file smaller than its 4 MB open cost), 8 shuffle
     * partitions (2 in the tests' session).
     */
    private static SparkSession spreadOverTasks(SparkSession spark) {
        SparkSession s = spark.newSession();
        s.conf().set("spark.sql.files.maxPartitionBytes", "16k");
        s.conf().set("spark.sql.files.openCostInBytes", "4k");
        s.conf().set("spark.sql.shuffle.partitions", "8");
        return s;
    }

    /** How many writer tasks wrote a folder's Parquet files (their names start with the task's part-NNNNN). */
    private static long writerTasks(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet"))
                    .map(n -> n.substring(0, "part-00000".length())).distinct().count();
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
