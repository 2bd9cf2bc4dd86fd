/**
 * The {@code pipeline} command line (picocli): every command lives here — generate, ingest, run, report, demo,
 * benchmark, and the airflow group (trigger, status, export-dag) — as thin commands over the generator, the DAG
 * runner, the pack renderer, the benchmark, the DAG-file exporter and the Airflow client. No other package of
 * the pipeline imports this one. {@link cn.jgdj.pipeline.cli.Main#run} runs it in-process; exit codes are
 * decided in {@link cn.jgdj.pipeline.cli.ExitCodes}.
 */
package cn.jgdj.pipeline.cli;
