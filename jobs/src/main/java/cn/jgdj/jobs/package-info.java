/**
 * What every job shares: its immutable parameters ({@link cn.jgdj.jobs.JobParams}), its declaration
 * ({@link cn.jgdj.jobs.JobSpec}: task name, inputs, outputs, {@link cn.jgdj.jobs.JobAction}), the as-of cut and
 * the period columns. One sub-package per indicator family holds its job class (with its {@code SPEC}) and its
 * pure transforms; {@code catalog} lists every spec once, for the pipeline's DAG.
 */
package cn.jgdj.jobs;
