/**
 * Running a DAG in one JVM with one SparkSession: per-task staged outputs committed on success
 * ({@link cn.jgdj.pipeline.runner.LocalRunner}), run records under OUT/runs
 * ({@link cn.jgdj.pipeline.runner.RunRecords}: the record and its codec are schemas' {@code run.RunRecord} and
 * {@code run.RunRecordJson}, which the packs read with too), resume from fingerprints of the inputs
 * ({@link cn.jgdj.pipeline.runner.RunPlanner}, {@link cn.jgdj.pipeline.runner.Fingerprints}) and progress lines.
 */
package cn.jgdj.pipeline.runner;
