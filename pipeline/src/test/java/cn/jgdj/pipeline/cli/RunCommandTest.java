package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command up to the point where Spark would start: plans, selections and usage errors. */
class RunCommandTest {
    private static final Map<String, String> OPERATOR_KEY = Map.of("JGDJ_MEMBER_KEY", "an operator secret");

    @TempDir
    Path tmp;
    private String in;
    private String out;

    @BeforeEach
    void folders() throws IOException {
        in = Files.createDirectories(tmp.resolve("in")).toString();
        out = tmp.resolve("out").toString();
    }

    private static String golden(String name) throws IOException {
        try (InputStream s = RunCommandTest.class.getResourceAsStream(name)) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void dryRunPrintsThePlanOfTheWholePipeline() throws IOException {
        Cli r = Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--dry-run");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(golden("dry-run-plan.txt"), r.out());
        assertEquals("", r.err());
        assertFalse(Files.exists(Path.of(out)), "a dry run writes nothing");
    }

    @Test
    void dryRunFromATaskSelectsItAndEverythingDownstream() {
        Cli r = Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--dry-run", "--from", "trends");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Plan: --from trends: 4 to run, 0 up to date, 28 not selected\n"), r.out());
        assertTrue(r.out().contains("29. trends                 run\n"), r.out());
        assertTrue(r.out().contains("32. leadership_pack        run\n"), r.out());
        assertTrue(r.out().contains("17. coverage               not selected\n"), r.out());
    }

    @Test
    void theDemoKeyComesWithAWarning() {
        Cli r = Cli.run(Map.of(), "run", "--input", in, "--out", out, "--dry-run");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("warning: member ids are hashed with the built-in demo key, which is not "
                + "secret"), r.err());
    }

    @Test
    void onlyATaskWhoseInputsAreMissingIsAUsageErrorBeforeAnythingRuns() {
        Cli r = Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--only", "coverage");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("error: task coverage reads work/member_periods, which does not exist in " + out
                + " and which task member_periods (not selected) writes: run it first, or use --from "
                + "member_periods"), r.err());
    }

    @Test
    void anUnknownTaskListsTheTasks() {
        Cli r = Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--only", "covrage");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("error: no task named 'covrage'; tasks: ingest_units, ingest_branches,"), r.err());
    }

    @Test
    void selectionsExcludeEachOther() {
        Cli r = Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--from", "coverage", "--only", "trends");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--resume, --from and --only exclude each other"), r.err());
    }

    @Test
    void resumingARunWithoutARecordIsAUsageError() {
        Cli r = Cli.run(OPERATOR_KEY, "run", "--out", out, "--resume", "20260101T000000-abcd");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--resume 20260101T000000-abcd: there is no run record " + out
                + "/runs/20260101T000000-abcd.json"), r.err());
    }

    @Test
    void aMissingInputFolderIsAUsageError() {
        Cli r = Cli.run(OPERATOR_KEY, "run", "--input", tmp.resolve("nowhere").toString(), "--out", out);

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--input " + tmp.resolve("nowhere") + " does not exist"), r.err());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertEquals(2, Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--lang", "fr").exitCode());
        assertEquals(2, Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--max-quarantine-share", "5")
                .exitCode());
        assertEquals(2, Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--min-cell-size", "x")
                .exitCode());
        assertEquals(2, Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--encoding", "member=GBK")
                .exitCode());
        assertEquals(2, Cli.run(OPERATOR_KEY, "run", "--input", in, "--out", out, "--as-of", "2025-13-01")
                .exitCode());
    }
}
