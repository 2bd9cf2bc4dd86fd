package cn.jgdj.pipeline.cli;

import cn.jgdj.jobs.JobParams;
import picocli.CommandLine.Option;

/** Options of the indicators and the packs, shared by run and demo. */
final class AnalysisArgs {

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Rules file (annual 学时 requirements by year, platform credit); "
                    + "default: the built-in rules.")
    String rulesFile;

    @Option(names = "--min-cell-size", paramLabel = "N", defaultValue = "" + JobParams.DEFAULT_MIN_CELL_SIZE,
            description = "Groups with fewer members are suppressed in every table and pack (default: ${DEFAULT-VALUE}).")
    int minCellSize;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Review year of the packs (default: the latest complete year in the data).")
    Integer year;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the packs (default: ${DEFAULT-VALUE}).")
    String lang;

    /** The defaults, for commands without these options (ingest): its runs can then be resumed by run. */
    static AnalysisArgs defaults() {
        AnalysisArgs a = new AnalysisArgs();
        a.minCellSize = JobParams.DEFAULT_MIN_CELL_SIZE;
        a.lang = "zh";
        return a;
    }

    void validate() {
        if (minCellSize < 1) {
            throw new UsageException("--min-cell-size must be at least 1, got " + minCellSize);
        }
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new UsageException("--lang must be zh or en, got '" + lang + "'");
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw new UsageException("--year " + year + " is not a plausible review year");
        }
    }
}
