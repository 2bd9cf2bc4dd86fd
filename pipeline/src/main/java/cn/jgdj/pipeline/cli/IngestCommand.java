package cn.jgdj.pipeline.cli;

import cn.jgdj.jobs.ingest.IngestReport;
import cn.jgdj.pipeline.ExitCode;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.PipelineDag;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.runner.Locations;
import cn.jgdj.pipeline.runner.RunId;
import cn.jgdj.pipeline.runner.RunRequest;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.OutputLayout;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pipeline ingest}: ingest every raw export and apply the quality gate, nothing more. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest every raw export into the curated warehouse (OUT/warehouse), set bad rows aside with a "
                + "reason (OUT/quarantine/DATASET.csv), write OUT/quality/ingest_report.json and apply the quality "
                + "gate; then print rows read, written, collapsed and quarantined per dataset and reason.",
                "A later 'pipeline run --out OUT --resume RUN_ID' reuses this ingest when nothing changed.",
                "Exit codes: 0 ok, 1 ingest failed or the quality gate stopped it, 2 wrong command line."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  pipeline ingest --input exports/ --out out/",
                "  pipeline ingest --input exports/ --out out/ --encoding members=GB18030 --encoding events=GBK",
                "  pipeline ingest --input exports/ --out out/ --max-quarantine-share 0.1 --as-of 2025-12-31"})
final class IngestCommand extends PipelineCommand {

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "Folder of raw exports (DATASET.csv or .xlsx).")
    String input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root.")
    String out;

    @Mixin
    IngestArgs ingest;

    @Mixin
    ParallelTasksOption parallel;

    @Override
    protected int execute() {
        ingest.validate();
        PipelineRun.requireInputFolder(input);
        String input = Locations.absolute(this.input, new Configuration());
        AnalysisArgs analysis = AnalysisArgs.defaults();
        LocalDate asOf = ingest.asOf != null ? ingest.asOf : LocalDate.now();
        RunId runId = RunId.startingAt(LocalDateTime.now());
        Dag dag = PipelineDag.ingest(ingest.pipelineOptions(input, out, analysis.lang).withRunId(runId.value()));
        RunRequest request = new RunRequest(runId, Params.of(input, asOf, analysis, memberKey()), Selection.all(),
                null, Settings.of(input, ingest, analysis));
        try {
            new PipelineRun(context(), new OutputLayout(out)).withParallelTasks(parallel.given()).run(dag, request,
                    "Fix the cause, then run the same command again (ingest is redone whole).");
        } finally {
            String report = new OutFiles(out).readText(Catalog.INGEST_REPORT);
            if (report != null) {
                out().print(IngestReport.fromJson(report).summaryText());
            }
        }
        return ExitCode.OK;
    }
}
