/**
 * The pipeline as a DAG: {@link cn.jgdj.pipeline.dag.Task}s declare the logical datasets they read and write,
 * {@link cn.jgdj.pipeline.dag.Dag} orders them from those declarations alone, and
 * {@link cn.jgdj.pipeline.dag.PipelineDag} is the product's one declaration (ingest, quality gate, indicator
 * families, statistics, packs) that the local runner, --dry-run and the Airflow export all read. The indicator
 * tasks are not named here: they come from the jobs' own specs, listed once in
 * {@link cn.jgdj.jobs.catalog.JobCatalog}.
 */
package cn.jgdj.pipeline.dag;
