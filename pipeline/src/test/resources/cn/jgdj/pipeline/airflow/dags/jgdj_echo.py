"""Integration-test DAG: one BashOperator that echoes the period it was triggered with."""
try:
    from airflow.sdk import DAG  # Airflow 3
except ImportError:  # Airflow 2
    from airflow import DAG
try:
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:  # Airflow 2 without the standard provider
    from airflow.operators.bash import BashOperator

with DAG(dag_id="jgdj_echo", schedule=None, catchup=False, tags=["jgdj-test"]):
    BashOperator(
        task_id="echo_period",
        bash_command="echo \"jgdj period={{ dag_run.conf.get('period', 'none') }}\"",
    )
