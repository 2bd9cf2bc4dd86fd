/**
 * The pipeline as a DAG: {@link cn.jgdj.pipeline.dag.Task}s declare the logical datasets they read and write,
 * {@link cn.jgdj.pipeline.dag.Dag} orders them from those declarations alone, and
 * {@link cn.jgdj.pipeline.dag.PipelineDag} assembles the product's DAG (ingest, quality gate, indicator families,
 * statistics, packs) that the local runner, --dry-run and the Airflow export all read. No task is declared by hand
 * there: each is a {@link cn.jgdj.jobs.JobSpec} — the ingest specs and every indicator job from
 * {@link cn.jgdj.jobs.catalog.JobCatalog}, the gate's from {@code QualityGate.spec}, the packs' from
 * {@link cn.jgdj.pipeline.dag.PackTasks}.
 */
package cn.jgdj.pipeline.dag;
