"""Integration-test DAG: spark-submit of the application named in the run's conf, through the spark_default connection."""
try:
    from airflow.sdk import DAG
except ImportError:
    from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

with DAG(dag_id="jgdj_spark_submit", schedule=None, catchup=False, default_args={"retries": 0},
         tags=["jgdj-test"]):
    SparkSubmitOperator(
        task_id="submit",
        conn_id="spark_default",
        application="{{ dag_run.conf['app'] }}",
        name="jgdj-airflow-probe",
        conf={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"},
    )
