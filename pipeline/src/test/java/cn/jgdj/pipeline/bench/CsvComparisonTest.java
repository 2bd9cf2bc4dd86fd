package cn.jgdj.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's proof that results did not change: CSVs compared byte for byte with a reference output. */
class CsvComparisonTest {

    @TempDir
    Path tmp;

    private void write(Path root, String name, String text) throws IOException {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void identicalFoldersCompareEqualAndABenchmarkFolderIsFollowedToItsOut() throws IOException {
        Path out = tmp.resolve("run");
        Path bench = tmp.resolve("bench");
        for (Path root : List.of(out, bench.resolve("out"))) {
            write(root, "indicators/coverage.csv", "period,rate\n2025,0.5\n");
            write(root, "restricted/followup.csv", "period,n\n2025,3\n");
            write(root, "indicators/coverage/part-0.parquet", "not compared");
        }

        CsvComparison c = CsvComparison.of(out, bench);

        assertTrue(c.identical(), c.different().toString());
        assertEquals(2, c.compared());
    }

    @Test
    void aChangedLineAMissingFileAndAnExtraFileAreEachReported() throws IOException {
        Path out = tmp.resolve("run");
        Path ref = tmp.resolve("ref");
        write(out, "indicators/coverage.csv", "period,rate\n2025,0.4\n");
        write(ref, "indicators/coverage.csv", "period,rate\n2025,0.5\n");
        write(out, "indicators/trends.csv", "a\n1\n2\n");
        write(ref, "indicators/trends.csv", "a\n2\n1\n");
        write(out, "indicators/new.csv", "a\n");
        write(ref, "indicators/venue_use.csv", "a\n");

        CsvComparison c = CsvComparison.of(out, ref);

        assertFalse(c.identical());
        assertEquals(2, c.compared());
        assertEquals(List.of(
                "indicators/coverage.csv: line 2: '2025,0.4' vs reference '2025,0.5'",
                "indicators/new.csv: not in the reference",
                "indicators/trends.csv: line 2: '1' vs reference '2' (same rows, other order)",
                "indicators/venue_use.csv: missing (only in the reference)"), c.different());
    }

    @Test
    void aReferenceWithoutIndicatorsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CsvComparison.of(tmp, tmp));
    }
}
