package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @Test
    void writesEveryRawExportAndTheTruthAndPrintsTheSummary(@TempDir Path tmp) {
        Cli r = Cli.run("generate", "--out", tmp.toString(), "--members", "60", "--years", "1", "--seed", "3");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Demo county written to " + tmp), r.out());
        for (String file : new String[] {"units.csv", "branches.csv", "venues.xlsx", "members.csv", "events.csv",
                "attendance.csv", "platform_usage.csv", "volunteer_logs.csv", "truth.json"}) {
            assertTrue(Files.isRegularFile(tmp.resolve(file)), file);
        }
    }

    @Test
    void aCountyTooSmallIsAUsageError(@TempDir Path tmp) {
        Cli r = Cli.run("generate", "--out", tmp.toString(), "--members", "10");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("members must be at least 50, got 10"), r.err());
    }
}
