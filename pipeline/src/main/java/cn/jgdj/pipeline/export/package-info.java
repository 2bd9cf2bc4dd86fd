/**
 * The Airflow DAG file generated from the Java DAG (one spark-submit per task, the same edges); the command
 * {@code pipeline airflow export-dag} that writes it is in {@code cli}.
 */
package cn.jgdj.pipeline.export;
