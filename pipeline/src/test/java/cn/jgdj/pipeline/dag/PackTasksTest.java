package cn.jgdj.pipeline.dag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.io.JobIO;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The review periods the packs read from coverage.csv on the driver (no Spark job). */
class PackTasksTest {

    /** A JobIO holding text files only: reading a dataset through Spark would fail the test. */
    private record TextOnly(Map<String, String> files) implements JobIO {
        @Override
        public SparkSession spark() {
            throw new AssertionError("no Spark session for the periods");
        }

        @Override
        public Dataset<Row> read(String name) {
            throw new AssertionError("no Spark read for the periods: " + name);
        }

        @Override
        public boolean exists(String name) {
            return files.containsKey(name);
        }

        @Override
        public void write(String name, Dataset<Row> rows) {
            throw new AssertionError(name);
        }

        @Override
        public void writeText(String name, String content) {
            throw new AssertionError(name);
        }

        @Override
        public String readText(String name) {
            return files.get(name);
        }

        @Override
        public String location(String name) {
            return "/out/" + name;
        }
    }

    @Test
    void theDistinctPeriodsOfTheCoverageCsvInFileOrder() {
        String csv = "period,dimension,group,eligible\n"
                + "2024,all,all,10\n"
                + "2024Q1,all,all,9\n"
                + "2024,sex,\"a,b\",4\n"
                + "2024Q1,sex,\"two\nlines\",5\n"
                + "2025,all,all,12\n"
                + ",all,all,1\n";
        List<String> periods = PackTasks.coveragePeriods(new TextOnly(Map.of("indicators/coverage.csv", csv)));
        assertEquals(List.of("2024", "2024Q1", "2025", ""), periods);
        // An empty period (a null cell) is no period, as the Spark distinct's null was not.
        assertEquals(new ReviewPeriods(2024, "2024Q1"),
                ReviewPeriods.resolve(periods, 2024, java.time.LocalDate.of(2025, 6, 30)));
    }

    @Test
    void aMissingCsvIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PackTasks.coveragePeriods(new TextOnly(Map.of())));
        assertTrue(e.getMessage().contains("/out/indicators/coverage.csv"), e.getMessage());
    }
}
