package cn.jgdj.pipeline.dag;

import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.catalog.JobCatalog;
import cn.jgdj.jobs.ingest.IngestJob;
import cn.jgdj.jobs.ingest.IngestOptions;
import cn.jgdj.jobs.ingest.IngestReport;
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
 * The product's DAG, declared once: ingest per source, the ingest report and the quality gate, the indicator
 * families, trends and under-served groups, the packs. The job tasks come from the list of job specs
 * ({@link JobCatalog#ALL}); the order follows from their inputs and outputs. The local runner, --dry-run and
 * the Airflow export all read this declaration.
 */
public final class PipelineDag {
    /** Task names that are not a job spec's own. */
    public static final String INGEST_REPORT = "ingest_report";
    public static final String QUALITY_GATE = "quality_gate";

    private PipelineDag() {
    }

    /** The logical name of a raw export: a source of the DAG, the file DATASET.csv or .xlsx in the input folder. */
    public static String raw(String dataset) {
        return "raw/" + dataset;
    }

    /** The ingest task of a raw dataset. */
    public static String ingestTask(String dataset) {
        return "ingest_" + dataset;
    }

    /** Every task of the pipeline. */
    public static Dag build(PipelineOptions options) {
        List<Task> tasks = ingestTasks(options);
        for (JobSpec spec : JobCatalog.ALL) {
            tasks.add(job(spec));
        }
        Set<String> produced = new HashSet<>();
        tasks.forEach(t -> produced.addAll(t.outputs()));
        tasks.addAll(PackTasks.tasks(options, produced));
        return Dag.of(sources(options), tasks);
    }

    /** Ingest, the ingest report and the quality gate only: what 'pipeline ingest' runs. */
    public static Dag ingest(PipelineOptions options) {
        return Dag.of(sources(options), ingestTasks(options));
    }

    private static List<Task> ingestTasks(PipelineOptions options) {
        IngestOptions ingestOptions = new IngestOptions(options.encodings());
        List<Task> tasks = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (DatasetDef d : Datasets.ALL) {
            String name = d.name();
            tasks.add(new Task(ingestTask(name), Task.inputs(raw(name), IngestJob.inputs(name)),
                    IngestJob.outputs(name), (io, params) -> IngestJob.run(io, params, name, ingestOptions)));
            counts.add(Catalog.ingestCounts(name));
        }
        tasks.add(new Task(INGEST_REPORT, counts, List.of(Catalog.INGEST_REPORT), (io, params) -> IngestReport.merge(io)));
        QualityGate gate = new QualityGate(options.maxQuarantineShare());
        tasks.add(new Task(QUALITY_GATE, QualityGate.INPUTS, QualityGate.OUTPUTS, gate::run));
        return tasks;
    }

    /** A job's task. One that reads the warehouse also waits for the gate's verdict: it trusts no unchecked data. */
    private static Task job(JobSpec spec) {
        boolean readsWarehouse = spec.inputs().stream().anyMatch(i -> i.startsWith("warehouse/"));
        return new Task(spec.name(), readsWarehouse ? Task.inputs(spec.inputs(), QualityGate.VERDICT) : spec.inputs(),
                spec.outputs(), spec.action()::run);
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
