package cn.jgdj.pipeline.cli;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.ingest.MemberKeys;
import java.time.LocalDate;

/** Builds the JobParams every task of a run receives. */
final class Params {
    private Params() {
    }

    static JobParams of(String inputDir, LocalDate asOf, AnalysisArgs analysis, MemberKeys.KeySource key) {
        return new JobParams(inputDir, analysis.rulesFile, analysis.minCellSize, asOf, analysis.year, key.secret(),
                key.demo());
    }
}
