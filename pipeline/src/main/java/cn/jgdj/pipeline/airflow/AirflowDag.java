package cn.jgdj.pipeline.airflow;

/** A DAG as Airflow reports it: its id and whether the scheduler ignores it. */
public record AirflowDag(String dagId, boolean paused) {
}
