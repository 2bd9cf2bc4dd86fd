package cn.jgdj.pipeline.dag;

import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.catalog.JobCatalog;
import cn.jgdj.jobs.ingest.IngestOptions;
import cn.jgdj.pipeline.quality.QualityGate;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product's DAG, assembled from declared specs: the ingest tasks and the ingest report
 * ({@link JobCatalog#ingest}), the quality gate ({@link QualityGate#spec}), every indicator job ({@link JobCatalog#ALL})
 * and the packs ({@link PackTasks}); the order follows from their inputs and outputs, ties in this declaration
 * order (ingest in dataset order, the gate, the jobs by task name, the packs). The local runner, --dry-run
 * and the Airflow export all read this declaration.
 */
public final class PipelineDag {
    private PipelineDag() {
    }

    /** The logical name of a raw export: a source of the DAG, the file DATASET.csv or .xlsx in the input folder. */
    public static String raw(String dataset) {
        return Catalog.raw(dataset);
    }

    /** Every task of the pipeline. */
    public static Dag build(PipelineOptions options) {
        List<Task> tasks = ingestTasks(options);
        JobCatalog.ALL.forEach(spec -> tasks.add(gated(spec)));
        Set<String> produced = new HashSet<>();
        tasks.forEach(t -> produced.addAll(t.outputs()));
        PackTasks.specs(options, produced).forEach(spec -> tasks.add(Task.of(spec)));
        return Dag.of(sources(options), tasks);
    }

    /** Ingest, the ingest report and the quality gate only: what 'pipeline ingest' runs. */
    public static Dag ingest(PipelineOptions options) {
        return Dag.of(sources(options), ingestTasks(options));
    }

    private static List<Task> ingestTasks(PipelineOptions options) {
        List<Task> tasks = new ArrayList<>();
        JobCatalog.ingest(new IngestOptions(options.encodings())).forEach(spec -> tasks.add(Task.of(spec)));
        tasks.add(Task.of(QualityGate.spec(options.maxQuarantineShare())));
        return tasks;
    }

    /** A job's task. One that reads the warehouse also waits for the gate's verdict: it trusts no unchecked data. */
    private static Task gated(JobSpec spec) {
        boolean readsWarehouse = spec.inputs().stream().anyMatch(i -> i.startsWith(Catalog.warehouse("")));
        Task task = Task.of(spec);
        return readsWarehouse ? new Task(task.name(), Task.inputs(task.inputs(), QualityGate.VERDICT), task.outputs(),
                task.action()) : task;
    }

    /** The raw exports: one source per dataset, DATASET.csv or DATASET.xlsx in the input folder. */
    static Map<String, String> sources(PipelineOptions options) {
        Map<String, String> sources = new LinkedHashMap<>();
        String dir = options.inputDir().endsWith("/") ? options.inputDir() : options.inputDir() + "/";
        for (DatasetDef d : Datasets.ALL) {
            sources.put(raw(d.name()), dir + d.name() + ".{csv,xlsx}");
        }
        return sources;
    }
}
