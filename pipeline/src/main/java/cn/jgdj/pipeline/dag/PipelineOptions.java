package cn.jgdj.pipeline.dag;

import java.util.Map;

/**
 * What shapes the product DAG itself (as opposed to {@link cn.jgdj.jobs.JobParams}, which every task receives).
 *
 * @param inputDir           the raw exports folder: the sources' files are there
 * @param outRoot            the output root OUT
 * @param maxQuarantineShare the quality gate fails a source with a larger share of quarantined rows
 * @param lang               the packs' language: zh or en
 * @param encodings          CSV encodings forced per raw dataset (e.g. members → GB18030); others are detected
 * @param runId              the run the packs name on their title page, or null
 */
public record PipelineOptions(String inputDir, String outRoot, double maxQuarantineShare, String lang,
                              Map<String, String> encodings, String runId) {

    public static final double DEFAULT_MAX_QUARANTINE_SHARE = 0.05;

    public PipelineOptions(String inputDir, String outRoot, double maxQuarantineShare, String lang) {
        this(inputDir, outRoot, maxQuarantineShare, lang, Map.of(), null);
    }

    public PipelineOptions {
        encodings = encodings == null ? Map.of() : Map.copyOf(encodings);
        if (!(maxQuarantineShare >= 0 && maxQuarantineShare <= 1)) {
            throw new IllegalArgumentException("the maximum quarantine share must be between 0 and 1, got "
                    + maxQuarantineShare);
        }
    }

    public PipelineOptions withEncodings(Map<String, String> byDataset) {
        return new PipelineOptions(inputDir, outRoot, maxQuarantineShare, lang, byDataset, runId);
    }

    public PipelineOptions withRunId(String id) {
        return new PipelineOptions(inputDir, outRoot, maxQuarantineShare, lang, encodings, id);
    }
}
