"""Integration-test DAG: only parsed, never run; proves the Spark provider imports in the DAG processor."""
try:
    from airflow.sdk import DAG
except ImportError:
    from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

with DAG(dag_id="jgdj_spark_probe", schedule=None, catchup=False, tags=["jgdj-test"]):
    SparkSubmitOperator(task_id="submit", application="/nonexistent/app.py", conn_id="spark_default")
