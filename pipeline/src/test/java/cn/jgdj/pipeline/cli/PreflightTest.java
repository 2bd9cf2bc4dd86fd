package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.dashboards.fonts.CjkFonts;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.pipeline.dag.TaskAction;
import cn.jgdj.pipeline.runner.RunId;
import cn.jgdj.pipeline.runner.RunLock;
import cn.jgdj.pipeline.runner.RunRequest;
import cn.jgdj.schemas.OutputLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run needs from the machine, checked before Spark starts, on injected machines. */
class PreflightTest {
    private static final String APT = "sudo apt-get install -y fonts-wqy-zenhei fontconfig && rm -rf ~/.java/fonts";
    private static final CjkFonts NO_FONT = new CjkFonts(List::of);
    private static final long GB = 1L << 30;

    @TempDir
    Path tmp;

    @Test
    void aGoodMachineHasNoProblems() {
        Preflight p = new Preflight(new Preflight.Machine(17, 6 * GB, NO_FONT, APT), new Configuration());

        assertEquals(List.of(), p.problems(tmp.resolve("out").toString(), false, Preflight.diskNeed(0)),
                "no font needed without Chinese packs");
        assertFalse(Files.exists(tmp.resolve("out/._write-probe-" + ProcessHandle.current().pid())));
    }

    @Test
    void spark_submitsDefaultDriverMemoryIsEnough() {
        // -Xmx1g (spark-submit's default --driver-memory) reports 989 MB as the JVM's max heap.
        Preflight p = new Preflight(new Preflight.Machine(17, 989L << 20, NO_FONT, APT), new Configuration());

        assertEquals(List.of(), p.problems(tmp.resolve("out").toString(), false, 0));
    }

    @Test
    void everyProblemIsNamedWithItsFix() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "not a folder");
        Preflight p = new Preflight(new Preflight.Machine(11, 512L << 20, NO_FONT, APT), new Configuration());

        assertEquals(List.of(
                "Java 11 runs this, but the pipeline needs Java 17 or later: install a JDK 17+ and put it first on the "
                        + "PATH (or set JAVA_HOME).",
                "the JVM may use only 512 MB of heap; a run needs at least 1 GB (-Xmx1g): give more, e.g. "
                        + "JAVA_OPTS=-Xmx4g bin/pipeline ... (or --driver-memory under spark-submit)",
                "no TrueType font that can draw Chinese was found, and the Chinese packs need one: install it with\n"
                        + "      " + APT + "\n    or render the packs in English (--lang en).",
                "OUT " + file + " is not writable (it is a file): give an --out folder you can write to."),
                p.problems(file.toString(), true, Long.MAX_VALUE));
    }

    @Test
    void aRunStopsBeforeSparkWhenOutsDiskHasNoRoomForIt() {
        Preflight p = new Preflight(new Preflight.Machine(17, 6 * GB, NO_FONT, APT), new Configuration());
        String out = tmp.resolve("out").toString();
        long free = tmp.toFile().getUsableSpace();
        long ingested = free; // twice the exports cannot fit

        List<String> problems = p.problems(out, false, Preflight.diskNeed(ingested));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("only [0-9,]+ MB are free on the disk of OUT " + Pattern.quote(out)
                + ", and this run needs about " + String.format(Locale.ROOT, "%,d", Preflight.diskNeed(ingested) >> 20)
                + " MB there \\(its tables, packs and Spark's scratch files\\): free some space or give an --out on a "
                + "larger disk\\."), problems.get(0));
        assertEquals(List.of(), p.problems(out, false, Preflight.diskNeed(0)), "256 MB fit on the test's disk");
    }

    @Test
    void aRunNeedsTwiceItsExportsOnTopOfTheBase() {
        assertEquals(256L << 20, Preflight.diskNeed(0));
        assertEquals((256L << 20) + 2 * 130_000_000L, Preflight.diskNeed(130_000_000L));
        assertEquals(256L << 20, Preflight.diskNeed(-1), "exports of unknown size");
    }

    @Test
    void onlyARunThatReadsRawExportsNeedsRoomForThem() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("numbers.csv"), "n\n1\n");
        TaskAction never = (io, params) -> {
            throw new AssertionError("must not run");
        };
        Dag dag = Dag.of(Map.of("raw/numbers", in + "/numbers.*"), List.of(
                new Task("ingest_numbers", Task.inputs("raw/numbers"), Task.outputs("warehouse/numbers"), never),
                new Task("totals", Task.inputs("warehouse/numbers"), Task.outputs("indicators/totals"), never)));
        PipelineRun run = new PipelineRun(new CliContext(System.out, System.err, Map.of(), false),
                new OutputLayout(tmp.resolve("out").toString()), new Preflight.Machine(17, 6 * GB, NO_FONT, APT),
                RunLock.ProcessAlive.SYSTEM);

        assertTrue(PipelineRun.ingests(run.plan(dag, request(in, Selection.all()))));
        assertFalse(PipelineRun.ingests(run.plan(dag, request(in, Selection.only("totals")))));
    }

    private static RunRequest request(Path in, Selection selection) {
        return new RunRequest(RunId.startingAt(LocalDateTime.now()), new JobParams(in.toString(), null, 10,
                LocalDate.of(2025, 12, 31), null, "k".getBytes(StandardCharsets.UTF_8), false), selection, null,
                Map.of("lang", "en"));
    }

    @Test
    void aRunWithChinesePacksStopsBeforeSparkWhenTheFontIsMissing() {
        Path in = tmp.resolve("in");
        String out = tmp.resolve("out").toString();
        Dag dag = Dag.of(Map.of("raw/numbers", in + "/numbers.*"), List.of(
                new Task("committee_pack", Task.inputs("raw/numbers"), Task.outputs("reports/committee.json"),
                        (io, params) -> {
                            throw new AssertionError("must not run");
                        })));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err,
                Map.of(), false);
        PipelineRun run = new PipelineRun(context, new OutputLayout(out),
                new Preflight.Machine(17, 6 * GB, NO_FONT, APT), RunLock.ProcessAlive.SYSTEM);
        RunRequest request = new RunRequest(RunId.startingAt(LocalDateTime.now()), new JobParams(in.toString(), null,
                10, LocalDate.of(2025, 12, 31), null, "k".getBytes(StandardCharsets.UTF_8), false), Selection.all(),
                null, Map.of("lang", "zh"));

        RunFailedException e = assertThrows(RunFailedException.class, () -> run.run(dag, request, "next"));

        assertEquals("this machine cannot run the pipeline yet (nothing was run):\n  - no TrueType font that can "
                + "draw Chinese was found, and the Chinese packs need one: install it with\n      " + APT
                + "\n    or render the packs in English (--lang en).", e.getMessage());
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "no run started");
        assertFalse(Files.exists(Path.of(out, "runs")));
        assertFalse(Files.exists(Path.of(out, "_lock")));
    }

    @Test
    void theFontCommandFitsTheSystem() {
        assertEquals(APT, FontInstall.command("Linux", p -> p.equals("apt-get") || p.equals("dnf")));
        assertEquals("sudo dnf install -y wqy-zenhei-fonts fontconfig && rm -rf ~/.java/fonts",
                FontInstall.command("Linux", p -> p.equals("dnf") || p.equals("yum")));
        assertEquals("sudo zypper install -y wqy-zenhei-fonts fontconfig && rm -rf ~/.java/fonts",
                FontInstall.command("Linux", "zypper"::equals));
        assertEquals("sudo pacman -S --noconfirm wqy-zenhei fontconfig && rm -rf ~/.java/fonts",
                FontInstall.command("Linux", "pacman"::equals));
        assertEquals("sudo apk add font-wqy-zenhei fontconfig && rm -rf ~/.java/fonts",
                FontInstall.command("Linux", "apk"::equals));
        String manual = "mkdir -p ~/.local/share/fonts && cp wqy-zenhei.ttc ~/.local/share/fonts/ && rm -rf "
                + "~/.java/fonts   (wqy-zenhei.ttc from https://wenq.org, or any TrueType .ttf/.ttc font that draws "
                + "Chinese)";
        assertEquals(manual, FontInstall.command("Mac OS X", p -> true));
        assertEquals(manual, FontInstall.command("FreeBSD", p -> false));
    }
}
