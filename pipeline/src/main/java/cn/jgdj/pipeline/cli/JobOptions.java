package cn.jgdj.pipeline.cli;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.pipeline.dag.PipelineOptions;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options that shape what the jobs compute, shared by run, ingest and demo. */
final class JobOptions {

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Rules file (annual 学时 requirements by year, platform credit); "
                    + "default: the built-in rules.")
    String rulesFile;

    @Option(names = "--min-cell-size", paramLabel = "N", defaultValue = "" + JobParams.DEFAULT_MIN_CELL_SIZE,
            description = "Groups with fewer members are suppressed in every table and pack (default: ${DEFAULT-VALUE}).")
    int minCellSize;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The as-of date (yyyy-MM-dd): later dates in the data are quarantined as future dates, "
                    + "and only periods ended by it are complete (default: today; a resumed run keeps its own).")
    LocalDate asOf;

    @Option(names = "--max-quarantine-share", paramLabel = "X",
            defaultValue = "" + PipelineOptions.DEFAULT_MAX_QUARANTINE_SHARE,
            description = "The quality gate fails the run when a source has a larger share of quarantined rows "
                    + "(default: ${DEFAULT-VALUE}, i.e. 5%%).")
    double maxQuarantineShare;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the packs (default: ${DEFAULT-VALUE}).")
    String lang;

    void validate() {
        if (minCellSize < 1) {
            throw new UsageException("--min-cell-size must be at least 1, got " + minCellSize);
        }
        if (!(maxQuarantineShare >= 0 && maxQuarantineShare <= 1)) {
            throw new UsageException("--max-quarantine-share must be between 0 and 1 (0.05 = 5%), got "
                    + maxQuarantineShare);
        }
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new UsageException("--lang must be zh or en, got '" + lang + "'");
        }
    }
}
