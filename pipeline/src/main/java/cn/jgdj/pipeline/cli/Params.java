package cn.jgdj.pipeline.cli;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.ingest.MemberKeys;
import java.time.LocalDate;

/** Builds the JobParams every task of a run receives. */
final class Params {
    private Params() {
    }

    /** A run made today: only facts dated after today are future dates, whatever the as-of day. */
    static JobParams of(String inputDir, LocalDate asOf, AnalysisArgs analysis, MemberKeys.KeySource key) {
        return of(inputDir, asOf, analysis, key, LocalDate.now());
    }

    /** A run whose clock reads {@code runDate} (tests set it). */
    static JobParams of(String inputDir, LocalDate asOf, AnalysisArgs analysis, MemberKeys.KeySource key,
                        LocalDate runDate) {
        return new JobParams(inputDir, analysis.rulesFile, analysis.minCellSize, asOf, analysis.year, key.secret(),
                key.demo(), runDate);
    }
}
