"""Integration-test DAG: a task that fails without retries, and one downstream that never runs."""
try:
    from airflow.sdk import DAG
except ImportError:
    from airflow import DAG
try:
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:
    from airflow.operators.bash import BashOperator

with DAG(dag_id="jgdj_fail", schedule=None, catchup=False, default_args={"retries": 0}, tags=["jgdj-test"]):
    boom = BashOperator(task_id="boom", bash_command="echo failing on purpose; exit 3")
    after = BashOperator(task_id="after", bash_command="echo never")
    boom >> after
