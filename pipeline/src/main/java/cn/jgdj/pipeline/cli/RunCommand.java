package cn.jgdj.pipeline.cli;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.pipeline.ExitCode;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.DagException;
import cn.jgdj.pipeline.dag.PipelineDag;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.runner.Locations;
import cn.jgdj.pipeline.runner.RunId;
import cn.jgdj.pipeline.runner.RunRecords;
import cn.jgdj.pipeline.runner.RunRequest;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pipeline run}: the whole DAG (or part of it) on one input folder, in this JVM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the pipeline: ingest every raw export, check quarantine against the quality gate, "
                + "compute the indicators, trends and under-served groups, and render the packs.",
                "Each task's outputs appear only when it succeeds; every run writes OUT/runs/RUN_ID.json.",
                "Exit codes: 0 ok, 1 the run failed (quality gate or a task error), 2 wrong command line."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  pipeline run --input exports/ --out out/",
                "  pipeline run --input exports/ --out out/ --year 2024 --lang en",
                "  # a run for a quarter made later: as of its last day",
                "  pipeline run --input exports/ --out out/ --as-of 2025-09-30",
                "  # print the plan only: tasks in order, inputs, outputs",
                "  pipeline run --input exports/ --out out/ --dry-run",
                "  # after a failure: skip what succeeded and is still up to date",
                "  pipeline run --out out/ --resume 20261127T172501-ab12",
                "  # coverage and everything downstream of it",
                "  pipeline run --input exports/ --out out/ --from coverage"})
final class RunCommand extends PipelineCommand {

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder of raw exports (DATASET.csv or .xlsx); a resumed run defaults to its own.")
    String input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root.")
    String out;

    @Option(names = "--resume", paramLabel = "RUN_ID",
            description = "Resume that run: skip its tasks that succeeded and whose inputs have not changed.")
    String resume;

    @Option(names = "--from", paramLabel = "TASK", description = "Run this task and everything downstream of it.")
    String from;

    @Option(names = "--only", paramLabel = "TASK", description = "Run just this task (its inputs must exist).")
    String only;

    @Option(names = "--dry-run", description = "Print the plan (tasks in order, inputs, outputs, what resume "
            + "would skip) and stop.")
    boolean dryRun;

    @Mixin
    IngestArgs ingest;

    @Mixin
    AnalysisArgs analysis;

    @Mixin
    ParallelTasksOption parallel;

    @Override
    protected int execute() {
        ingest.validate();
        analysis.validate();
        Selection selection = selection();
        OutputLayout layout = new OutputLayout(out);
        RunRecord previous = previous(layout);
        // Absolute in the record, so that --resume finds the exports from any working directory.
        String inputDir = input != null ? Locations.absolute(input, new Configuration())
                : previous != null ? previous.input() : null;
        if (inputDir == null) {
            throw new UsageException("give --input DIR (the folder of raw exports)");
        }
        PipelineRun.requireInputFolder(inputDir);
        LocalDate asOf = ingest.asOf == null && previous != null && previous.asOf() != null
                ? LocalDate.parse(previous.asOf())
                : AsOf.forRun(ingest.asOf, LocalDate.now(), analysis.year == null ? null
                        : LocalDate.of(analysis.year, 12, 31));
        RunId runId = RunId.startingAt(LocalDateTime.now());
        Dag dag = PipelineDag.build(ingest.pipelineOptions(inputDir, out, analysis.lang).withRunId(runId.value()));
        requireTask(dag, from);
        requireTask(dag, only);
        RunRequest request = new RunRequest(runId, Params.of(inputDir, asOf, analysis, memberKey()), selection,
                previous, Settings.of(inputDir, ingest, analysis));
        PipelineRun run = new PipelineRun(context(), layout).withParallelTasks(parallel.given());
        if (dryRun) {
            out().print(run.plan(dag, request).describe());
            return ExitCode.OK;
        }
        out().println("As of " + asOf + ": periods ending later are partial, trends use complete quarters only.");
        RunRecord record = run.run(dag, request, PipelineRun.resumeHint(out));
        OutFiles files = new OutFiles(out);
        RunSummary.ingest(files, out());
        RunSummary.indicators(record, files, out());
        RunSummary.packs(files, out());
        return ExitCode.OK;
    }

    private Selection selection() {
        int given = (from != null ? 1 : 0) + (only != null ? 1 : 0) + (resume != null ? 1 : 0);
        if (given > 1) {
            throw new UsageException("--resume, --from and --only exclude each other: give one");
        }
        return from != null ? Selection.from(from) : only != null ? Selection.only(only) : Selection.all();
    }

    private RunRecord previous(OutputLayout layout) {
        if (resume == null) {
            return null;
        }
        RunId id;
        try {
            id = new RunId(resume);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--resume: " + e.getMessage());
        }
        RunRecords records = new RunRecords(layout, new Configuration());
        return records.read(id.value()).orElseThrow(() -> new UsageException(
                "--resume " + id + ": there is no run record " + records.location(id.value())));
    }

    private static void requireTask(Dag dag, String name) {
        if (name != null && !dag.hasTask(name)) {
            try {
                dag.task(name);
            } catch (DagException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }
}
