package cn.jgdj.pipeline.cli;

import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GenerationSummary;
import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.jobs.ingest.IngestReport;
import cn.jgdj.pipeline.ExitCode;
import cn.jgdj.pipeline.dag.PipelineDag;
import cn.jgdj.pipeline.dag.PipelineOptions;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.runner.RunId;
import cn.jgdj.pipeline.runner.RunLock;
import cn.jgdj.pipeline.runner.RunRequest;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pipeline demo}: a demo county, generated and run end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate a demo county into OUT/input and run the whole pipeline on it into OUT: ingest "
                + "(with the planted dirty rows going to quarantine), indicators, trends, under-served groups and "
                + "the committee, analyst and leadership packs. Ends with what was computed and where the packs are.",
                "The demo's as-of date is the last day of its last year; ids are hashed with the demo key unless "
                        + "JGDJ_MEMBER_KEY is set."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  pipeline demo",
                "  pipeline demo --out /tmp/demo --members 2000 --years 3 --lang en",
                "  # a tiny county in seconds",
                "  pipeline demo --members 300 --years 2"})
final class DemoCommand extends PipelineCommand {

    /** Raw export bytes the generator writes per member and year (130 MB for 10,000 members over 5 years). */
    static final long DEMO_BYTES_PER_MEMBER_YEAR = 2_700;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo-out",
            description = "Output root; the exports go to OUT/input (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the packs (default: ${DEFAULT-VALUE}).")
    String lang;

    @Mixin
    GeneratorOptions county;

    @Mixin
    ParallelTasksOption parallel;

    @Override
    protected int execute() throws Exception {
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new UsageException("--lang must be zh or en, got '" + lang + "'");
        }
        Path input = out.toAbsolutePath().normalize().resolve("input");
        GeneratorConfig config = county.config(input);
        String outRoot = out.toString();
        RunId runId = RunId.startingAt(LocalDateTime.now());
        PipelineRun pipeline = new PipelineRun(context(), new OutputLayout(outRoot)).withParallelTasks(parallel.given());
        // Before generating millions of rows: the machine can run it, and no other run uses OUT.
        // The exports go under OUT too, so room for them and for twice them (ingest's outputs and scratch files).
        long exports = DEMO_BYTES_PER_MEMBER_YEAR * config.members() * config.years();
        pipeline.preflight(lang.equals("zh"), exports + Preflight.diskNeed(exports));
        GenerationSummary generated;
        RunRecord record;
        try (RunLock lock = pipeline.lock(runId)) {
            out().println(String.format(Locale.ROOT, "Generating a demo county of %,d members over %d years (%d–%d) "
                    + "into %s ...", config.members(), config.years(), config.firstYear(), config.lastYear(), input));
            generated = DemoCountyGenerator.generate(config);
            out().println(String.format(Locale.ROOT, "Wrote %,d rows in %d files, %,d of them planted dirty rows "
                    + "that ingest must quarantine.", generated.totalRows(), generated.rowsPerFile().size(),
                    generated.totalDirtyRows()));

            AnalysisArgs analysis = AnalysisArgs.defaults();
            analysis.lang = lang;
            IngestArgs ingest = new IngestArgs();
            ingest.maxQuarantineShare = PipelineOptions.DEFAULT_MAX_QUARANTINE_SHARE;
            LocalDate asOf = LocalDate.of(config.lastYear(), 12, 31);
            RunRequest request = new RunRequest(runId, Params.of(input.toString(), asOf, analysis, memberKey()),
                    Selection.all(), null, Settings.of(input.toString(), ingest, analysis));
            record = pipeline.runLocked(
                    PipelineDag.build(ingest.pipelineOptions(input.toString(), outRoot, lang).withRunId(runId.value())),
                    request, PipelineRun.resumeHint(outRoot));
        }

        OutFiles files = new OutFiles(outRoot);
        out().println();
        out().println("Demo county: " + out.toAbsolutePath().normalize());
        RunSummary.ingest(files, out());
        String report = files.readText(Catalog.INGEST_REPORT);
        if (report != null) {
            long quarantined = IngestReport.fromJson(report).rowsQuarantined();
            out().println(String.format(Locale.ROOT, "  planted dirty rows: %,d; quarantined by ingest: %,d%s",
                    generated.totalDirtyRows(), quarantined, quarantined == generated.totalDirtyRows()
                            ? " (all found)" : ""));
        }
        RunSummary.indicators(record, files, out());
        RunSummary.packs(files, out());
        out().println("Planted facts to check the results against: " + input.resolve("truth.json"));
        return ExitCode.OK;
    }
}
