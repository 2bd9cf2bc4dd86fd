/**
 * The {@code pipeline} command line (picocli): thin commands over the generator, the DAG runner, the pack
 * renderer and the Airflow client. {@link cn.jgdj.pipeline.cli.Main#run} runs it in-process; exit codes are
 * decided in {@link cn.jgdj.pipeline.cli.ExitCodes}.
 */
package cn.jgdj.pipeline.cli;
