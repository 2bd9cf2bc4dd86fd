package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pipeline ingest on a tiny generated county, with a gate so strict that its planted dirty rows stop the run. */
class IngestCommandTest {

    @Test
    void theQualityGateStopsTheRunButTheReportAndTheQuarantineRemain(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        DemoCountyGenerator.generate(new GeneratorConfig(in, 60, 1, 2025, 11L));

        Cli r = Cli.run(Map.of("JGDJ_MEMBER_KEY", "test secret"), "ingest", "--input", in.toString(),
                "--out", out.toString(), "--as-of", "2025-12-31", "--max-quarantine-share", "0");

        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("[10/10] quality_gate: failed"), r.out());
        assertTrue(r.err().contains("task quality_gate: quality gate: "), r.err());
        assertTrue(r.err().contains("more than 0.0% of their rows in quarantine"), r.err());
        assertTrue(r.err().contains("top reasons: "), r.err());
        assertTrue(r.err().contains("Fix the cause, then run the same command again"), r.err());
        assertTrue(r.out().contains("Ingest report"), "the summary is printed even when the gate fails:\n" + r.out());
        assertTrue(Files.isRegularFile(out.resolve("quality/ingest_report.json")));
        assertFalse(Files.exists(out.resolve("quality/gate.json")), "a failed gate commits no verdict");
        assertTrue(Files.isDirectory(out.resolve("warehouse/members")));
        assertTrue(Files.isRegularFile(out.resolve("quarantine/members.csv")));
        assertFalse(r.err().contains("demo key"), "an operator key gives no warning");
    }
}
