package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command's checks before it renders (rendering itself runs in DemoCommandTest). */
class ReportCommandTest {

    @Test
    void anOutputWithoutIndicatorsIsAUsageError(@TempDir Path tmp) {
        Cli r = Cli.run("report", "--out", tmp.toString(), "--period", "2025");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("there are no indicator tables in " + tmp.resolve("indicators")), r.err());
    }

    @Test
    void periodsAndPacksAreChecked(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("indicators"));
        Cli month = Cli.run("report", "--out", tmp.toString(), "--period", "2025-07");
        assertEquals(2, month.exitCode());
        assertTrue(month.err().contains("--period '2025-07' is not a year (2025) or a quarter (2025Q3)"), month.err());

        Cli pack = Cli.run("report", "--out", tmp.toString(), "--period", "2025", "--pack", "board");
        assertEquals(2, pack.exitCode());
        assertTrue(pack.err().contains("--pack 'board' is not a pack: committee, analyst or leadership"), pack.err());

        Cli kind = Cli.run("report", "--out", tmp.toString(), "--period", "2025Q3", "--pack", "committee");
        assertEquals(2, kind.exitCode());
        assertTrue(kind.err().contains("pack 'committee' reviews a year"), kind.err());
    }
}
