#!/usr/bin/env bash
# Creates, or reuses when it is already complete, the Python virtual environment holding
# Apache Airflow and its Spark provider for the integration tests. It lives outside the repo.
#
#   JGDJ_AIRFLOW_VENV     where the venv goes      (default $HOME/.cache/jgdj/airflow-venv)
#   JGDJ_AIRFLOW_VERSION  apache-airflow version   (default below)
#   JGDJ_PYTHON           interpreter for the venv (default python3)
#   JGDJ_AIRFLOW_CONSTRAINTS  pip constraints file (default ci/airflow-constraints-VERSION.txt when it
#                         exists; set it empty to let pip resolve freely)
#
# Prints the venv path on its last line.
set -euo pipefail

venv=${JGDJ_AIRFLOW_VENV:-$HOME/.cache/jgdj/airflow-venv}
version=${JGDJ_AIRFLOW_VERSION:-3.3.2}
python=${JGDJ_PYTHON:-python3}
here=$(cd "$(dirname "$0")" && pwd)
constraints=${JGDJ_AIRFLOW_CONSTRAINTS-$here/airflow-constraints-$version.txt}
# The stamp is written only after a full install and import check, so a half-done venv
# (an interrupted pip) is repaired on the next call instead of being reused.
stamp="$venv/.jgdj-airflow-$version"

if [[ -f "$stamp" && -x "$venv/bin/airflow" ]]; then
  echo "airflow-env: reusing $venv (apache-airflow $version)" >&2
  echo "$venv"
  exit 0
fi

start=$(date +%s)
echo "airflow-env: installing apache-airflow $version into $venv" >&2
mkdir -p "$(dirname "$venv")"
[[ -x "$venv/bin/python" ]] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
# Airflow's constraints file (fetched from GitHub) is not reachable; ours pins the versions that
# resolved and passed the integration test, so a new release of a dependency cannot break the install.
constraint_args=()
if [[ -n "$constraints" && -f "$constraints" ]]; then
  constraint_args=(--constraint "$constraints")
  echo "airflow-env: constraints from $constraints" >&2
fi
"$venv/bin/python" -m pip install --quiet "${constraint_args[@]}" \
  "apache-airflow==$version" \
  "apache-airflow-providers-apache-spark"

"$venv/bin/python" - <<'PY'
import airflow
from airflow.sdk import DAG  # noqa: F401
from airflow.providers.standard.operators.bash import BashOperator  # noqa: F401
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator  # noqa: F401
print("airflow-env: import check ok, airflow", airflow.__version__)
PY
touch "$stamp"
echo "airflow-env: done in $(( $(date +%s) - start )) s" >&2
echo "$venv"
