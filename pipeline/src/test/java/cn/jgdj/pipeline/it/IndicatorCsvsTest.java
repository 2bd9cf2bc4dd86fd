package cn.jgdj.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison the cluster test relies on: it must ignore row order and run columns, and nothing else. */
class IndicatorCsvsTest {

    @TempDir
    Path dir;

    @Test
    void csvFieldsMayHoldQuotesCommasAndLineBreaks() throws Exception {
        String csv = "a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\n";

        assertEquals(List.of(List.of("a", "b", "c"), List.of("x,1", "say \"hi\"", "two\nlines"), List.of("", "", "")),
                IndicatorCsvs.parse(new BufferedReader(new StringReader(csv))));
    }

    @Test
    void decimalsAreComparedToTwelveSignificantDigitsAndOtherCellsExactly() {
        assertEquals("0.3", IndicatorCsvs.canonical("0.30000000000000004"));
        assertEquals("0.3", IndicatorCsvs.canonical("0.3"));
        assertEquals("0.123456789012", IndicatorCsvs.canonical("0.1234567890123"));
        assertEquals("0.000012", IndicatorCsvs.canonical("1.2E-5"));
        assertEquals("0", IndicatorCsvs.canonical("-0.0"));
        assertEquals("32", IndicatorCsvs.canonical("32"));
        assertEquals("2025Q3", IndicatorCsvs.canonical("2025Q3"));
        assertEquals("007", IndicatorCsvs.canonical("007"));
        assertNotEquals(IndicatorCsvs.canonical("0.3000000001"), IndicatorCsvs.canonical("0.3"));
    }

    @Test
    void rowOrderAndRunColumnsDoNotMatterButValuesDo() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a/indicators"));
        Path b = Files.createDirectories(dir.resolve("b/indicators"));
        Path c = Files.createDirectories(dir.resolve("c/indicators"));
        Files.writeString(a.resolve("coverage.csv"), "period,run_id,group,rate\n2025,r1,all,0.5\n2024,r1,all,0.25\n");
        Files.writeString(b.resolve("coverage.csv"), "period,run_id,group,rate\n2024,r2,all,0.25\n2025,r2,all,0.5\n");
        Files.writeString(c.resolve("coverage.csv"), "period,run_id,group,rate\n2024,r1,all,0.25\n2025,r1,all,0.51\n");

        IndicatorCsvs ta = IndicatorCsvs.read(dir.resolve("a"));

        assertEquals(List.of("period", "group", "rate"), ta.tables().get("coverage.csv").header());
        assertEquals(List.of(List.of("2024", "all", "0.25"), List.of("2025", "all", "0.5")),
                ta.tables().get("coverage.csv").rows());
        assertEquals(ta, IndicatorCsvs.read(dir.resolve("b")));
        assertNotEquals(ta, IndicatorCsvs.read(dir.resolve("c")));
    }
}
