/**
 * Where the pipeline finds its jobs. {@link cn.jgdj.jobs.catalog.JobCatalog#ALL} is every job after ingest that
 * registered itself ({@link cn.jgdj.jobs.IndicatorJob}: a nested {@code @AutoService} class in the job's own file,
 * found with {@link java.util.ServiceLoader}), sorted by task name; {@code JobCatalog.ingest} is one ingest spec per
 * raw dataset, then the ingest report. The pipeline module builds its DAG from both; nothing names the jobs in a
 * list.
 *
 * <p>A new indicator with its chart touches four files: its schema (a class in
 * {@code schemas/.../indicators/Indicators.java} with its {@code PUBLISHED} line), its job (the job class with its
 * {@code SPEC} and its {@code Registration}), its figure ({@code dashboards/.../figures}) and one line in
 * {@code dashboards/.../packs/Packs.java}. JobCatalogTest fails when a job class with a {@code SPEC} is not
 * registered, when a published table has no writer or two, and when two registrations share a task name or an
 * output.
 */
package cn.jgdj.jobs.catalog;
