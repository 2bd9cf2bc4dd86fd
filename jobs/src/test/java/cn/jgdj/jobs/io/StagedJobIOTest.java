package cn.jgdj.jobs.io;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.VolunteerLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class StagedJobIOTest {

    @Test
    void outputsAppearOnlyOnCommit(SparkSession spark, @TempDir Path out) throws Exception {
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/t1").toString());
        Dataset<Row> rows = spark.createDataset(List.of("a", "b"), Encoders.STRING()).toDF("x");
        io.write(Catalog.indicator("demo"), rows);
        assertFalse(io.exists(Catalog.indicator("demo")), "not visible before commit");
        assertFalse(Files.exists(out.resolve("indicators/demo.csv")));
        io.commit();
        assertTrue(io.exists(Catalog.indicator("demo")));
        List<String> lines = Files.readAllLines(out.resolve("indicators/demo.csv"));
        assertEquals("x", lines.get(0));
        // Spark does not promise row order across partitions: compare the rows as a set.
        assertEquals(java.util.Set.of("a", "b"), java.util.Set.copyOf(lines.subList(1, lines.size())));
        assertEquals(3, lines.size());
        assertFalse(Files.exists(out.resolve("_staging/t1")));
    }

    @Test
    void aPartitionedTablesFilesAreCutAtTheirRowLimitUnlessTheSessionSetsOne(SparkSession spark, @TempDir Path out)
            throws Exception {
        // 5 rows of 2024 in one task, as a table partitioned by year (only the columns that matter here).
        Dataset<Row> rows = spark.range(0, 5, 1, 1).selectExpr("cast(id as string) as log_id", "2024 as year");
        String table = Catalog.warehouse(VolunteerLogs.NAME);
        StagedJobIO capped = new StagedJobIO(spark, out.resolve("a").toString(), out.resolve("_staging/a").toString());
        capped.write(table, rows, DriverCsv.MAX_ROWS, 2);
        capped.commit();
        assertEquals(3, parquetFiles(out.resolve("a").resolve(table).resolve("year=2024")), "2 + 2 + 1 rows");

        SparkSession own = spark.newSession();
        own.conf().set("spark.sql.files.maxRecordsPerFile", "4");
        StagedJobIO session = new StagedJobIO(own, out.resolve("b").toString(), out.resolve("_staging/b").toString());
        session.write(table, own.range(0, 5, 1, 1).selectExpr("cast(id as string) as log_id", "2024 as year"),
                DriverCsv.MAX_ROWS, 2);
        session.commit();
        assertEquals(2, parquetFiles(out.resolve("b").resolve(table).resolve("year=2024")), "4 + 1 rows");
        assertEquals(4, StagedJobIO.configuredMaxRecordsPerFile(own));
        assertEquals(0, StagedJobIO.configuredMaxRecordsPerFile(spark));
        assertEquals(5, own.read().parquet(out.resolve("b").resolve(table).toString()).count());
    }

    private static long parquetFiles(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
        }
    }

    @Test
    void abortLeavesPreviousOutputUntouched(SparkSession spark, @TempDir Path out) {
        StagedJobIO first = new StagedJobIO(spark, out.toString(), out.resolve("_staging/a").toString());
        first.write(Catalog.work("w"), spark.createDataset(List.of("old"), Encoders.STRING()).toDF("x"));
        first.commit();
        StagedJobIO second = new StagedJobIO(spark, out.toString(), out.resolve("_staging/b").toString());
        second.write(Catalog.work("w"), spark.createDataset(List.of("new"), Encoders.STRING()).toDF("x"));
        second.abort();
        assertEquals("old", second.read(Catalog.work("w")).first().getString(0));
    }

    @Test
    void emptyDatasetGetsHeaderOnlyCsv(SparkSession spark, @TempDir Path out) throws Exception {
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/e").toString());
        io.write(Catalog.indicator("empty"),
                spark.createDataset(List.<String>of(), Encoders.STRING()).toDF("only_col"));
        io.commit();
        assertEquals(List.of("only_col"), Files.readAllLines(out.resolve("indicators/empty.csv")));
    }

    @Test
    void aPublishedTableKeepsTheOrderOfItsRowsInCsvAndParquet(SparkSession spark, @TempDir Path out) throws Exception {
        // Four partitions whose sizes grow with the id: Spark reads a dataset's files largest first, so a CSV made
        // by reading several Parquet files back would start at id 300. A published table is one file, in order.
        Dataset<Row> rows = spark.range(0, 400, 1, 4)
                .selectExpr("id", "repeat('x', cast(id as int)) as pad");
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/o").toString());
        io.write(Catalog.indicator("ordered"), rows);
        io.commit();

        try (java.util.stream.Stream<Path> files = Files.list(out.resolve("indicators/ordered"))) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count());
        }
        List<Long> parquetIds = spark.read().parquet(out.resolve("indicators/ordered").toString())
                .select("id").as(Encoders.LONG()).collectAsList();
        assertEquals(java.util.stream.LongStream.range(0, 400).boxed().toList(), parquetIds);
        List<String> lines = Files.readAllLines(out.resolve("indicators/ordered.csv"));
        assertEquals(401, lines.size());
        for (int i = 0; i < 400; i++) {
            assertEquals(i + "," + "x".repeat(i), lines.get(i + 1), "row " + i);
        }
    }

    @Test
    void aRunOpensEachDatasetOnceUntilANewVersionIsCommitted(SparkSession spark, @TempDir Path out) {
        TableReads reads = TableReads.reusing();
        String name = Catalog.work("shared");
        StagedJobIO producer = new StagedJobIO(spark, out.toString(), out.resolve("_staging/p").toString(), reads);
        producer.write(name, spark.createDataset(List.of("v1"), Encoders.STRING()).toDF("x"));
        producer.commit();

        StagedJobIO first = new StagedJobIO(spark, out.toString(), out.resolve("_staging/r1").toString(), reads);
        StagedJobIO second = new StagedJobIO(spark, out.toString(), out.resolve("_staging/r2").toString(), reads);
        Dataset<Row> a = first.read(name);
        assertSame(a, second.read(name), "a later task gets the dataset the first one opened");
        assertTrue(reads.holds(first.location(name)));

        StagedJobIO rewriter = new StagedJobIO(spark, out.toString(), out.resolve("_staging/w").toString(), reads);
        rewriter.write(name, spark.createDataset(List.of("v2"), Encoders.STRING()).toDF("x"));
        assertSame(a, first.read(name), "still the committed version until the new one is committed");
        rewriter.commit();
        assertFalse(reads.holds(first.location(name)), "a commit forgets the old version");
        Dataset<Row> b = second.read(name);
        assertNotSame(a, b);
        assertEquals("v2", b.first().getString(0));
    }

    @Test
    void withoutReuseEveryReadOpensTheDataset(SparkSession spark, @TempDir Path out) {
        String name = Catalog.work("alone");
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/n").toString());
        io.write(name, spark.createDataset(List.of("v"), Encoders.STRING()).toDF("x"));
        io.commit();
        assertNotSame(io.read(name), io.read(name));
    }
}
