package cn.jgdj.pipeline.cli;

import cn.jgdj.jobs.ingest.IngestOptions;
import cn.jgdj.pipeline.dag.PipelineOptions;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.raw.DatasetDef;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of ingest and its quality gate, shared by ingest, run and demo. */
final class IngestArgs {

    @Option(names = "--encoding", paramLabel = "DATASET=CHARSET",
            description = "Force the encoding of a CSV export where detection guesses wrong, e.g. "
                    + "members=GB18030 (repeatable; default: detected per file).")
    Map<String, String> encodings = new LinkedHashMap<>();

    @Option(names = "--max-quarantine-share", paramLabel = "X",
            defaultValue = "" + PipelineOptions.DEFAULT_MAX_QUARANTINE_SHARE,
            description = "The quality gate fails the run when a source has a larger share of its rows in "
                    + "quarantine (default: ${DEFAULT-VALUE}, i.e. 5%%).")
    double maxQuarantineShare;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The as-of date (yyyy-MM-dd): facts after it fall outside the periods reported, a period "
                    + "ending after it is marked partial, trends use the quarters ended by it (default: the earlier of "
                    + "today and the end of --year; a resumed run keeps its own).")
    LocalDate asOf;

    void validate() {
        if (!(maxQuarantineShare >= 0 && maxQuarantineShare <= 1)) {
            throw new UsageException("--max-quarantine-share must be between 0 and 1 (0.05 = 5%), got "
                    + maxQuarantineShare);
        }
        for (String dataset : encodings.keySet()) {
            if (Datasets.ALL.stream().noneMatch(d -> d.name().equals(dataset))) {
                throw new UsageException("--encoding " + dataset + "=...: there is no raw dataset " + dataset
                        + " (datasets: " + String.join(", ", Datasets.ALL.stream().map(DatasetDef::name).toList())
                        + ")");
            }
        }
        try {
            new IngestOptions(encodings);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--encoding: " + e.getMessage());
        }
    }

    PipelineOptions pipelineOptions(String inputDir, String outRoot, String lang) {
        return new PipelineOptions(inputDir, outRoot, maxQuarantineShare, lang).withEncodings(encodings);
    }
}
