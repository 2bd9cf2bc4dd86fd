package cn.jgdj.jobs.io;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
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
}
