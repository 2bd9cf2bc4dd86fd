/**
 * The benchmark behind {@code pipeline benchmark} (the command is in {@code cli}): generates a county, runs the
 * DAG in this JVM and measures each task (wall and CPU seconds, rows, heap, Spark's own figures), and compares
 * published CSVs with a reference run byte for byte.
 */
package cn.jgdj.pipeline.bench;
