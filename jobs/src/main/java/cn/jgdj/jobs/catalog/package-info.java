/**
 * The list of every indicator job ({@link cn.jgdj.jobs.catalog.JobCatalog#ALL}): one registration line per job,
 * each pointing at the job class's own {@code SPEC} (name, inputs, outputs, run). The pipeline module builds its
 * DAG from this list and from {@code JobCatalog.ingest} (one ingest spec per raw dataset, then the ingest report);
 * nothing else names the jobs.
 */
package cn.jgdj.jobs.catalog;
