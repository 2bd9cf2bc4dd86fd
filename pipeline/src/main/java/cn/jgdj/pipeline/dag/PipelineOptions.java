package cn.jgdj.pipeline.dag;

/**
 * What shapes the product DAG itself (as opposed to {@link cn.jgdj.jobs.JobParams}, which every task receives).
 *
 * @param inputDir           the raw exports folder: the sources' files are there
 * @param outRoot            the output root OUT
 * @param maxQuarantineShare the quality gate fails a source with a larger share of quarantined rows
 * @param lang               the packs' language: zh or en
 */
public record PipelineOptions(String inputDir, String outRoot, double maxQuarantineShare, String lang) {

    public static final double DEFAULT_MAX_QUARANTINE_SHARE = 0.05;

    public PipelineOptions {
        if (!(maxQuarantineShare >= 0 && maxQuarantineShare <= 1)) {
            throw new IllegalArgumentException("the maximum quarantine share must be between 0 and 1, got "
                    + maxQuarantineShare);
        }
    }
}
