#!/usr/bin/env bash
# Starts Apache Airflow 3 on loopback for integration tests and local demos: SQLite, LocalExecutor,
# the simple auth manager with one admin user, no example DAGs. Runs the API server, scheduler and
# DAG processor as separate process groups (no triggerer: the pipeline has no deferrable tasks).
#
#   ci/airflow-start.sh [--home DIR] [--dags DIR] [--port N] [--wait SECONDS] [--spark-home DIR]
#
#   --home   AIRFLOW_HOME (default: a new temp dir); holds airflow.db, logs/, run/*.pid,
#            airflow.env (the settings, for `source` before other airflow commands) and
#            credentials (username=/password= lines, mode 600, for AIRFLOW_CREDENTIALS_FILE)
#   --dags   the DAG folder (default HOME/dags)
#   --port   API server port on 127.0.0.1 (default: a free one)
#   --wait   seconds to wait for the API and a healthy scheduler and DAG processor (default 240)
#   --spark-home  a Spark home whose bin/spark-submit tasks use (default $JGDJ_SPARK_HOME; the
#            pyspark package folder printed by ci/spark-env.sh works); without one, tasks see your PATH
#   JGDJ_AIRFLOW_VENV   the venv made by ci/airflow-env.sh (default $HOME/.cache/jgdj/airflow-venv)
#   AIRFLOW_USERNAME / AIRFLOW_PASSWORD   the admin user (default jgdj / a generated password)
#   AIRFLOW_CONN_SPARK_DEFAULT   SparkSubmitOperator's connection (default: local[2], client mode;
#            e.g. spark://127.0.0.1:7077?deploy-mode=client for a standalone master)
#
# On success prints shell assignments on stdout, e.g.
#   AIRFLOW_URL=http://127.0.0.1:41234
#   AIRFLOW_HOME=/tmp/jgdj-airflow.AbC123
#   AIRFLOW_CREDENTIALS_FILE=/tmp/jgdj-airflow.AbC123/credentials
# Stop with ci/airflow-stop.sh --home DIR.
set -euo pipefail

venv=${JGDJ_AIRFLOW_VENV:-$HOME/.cache/jgdj/airflow-venv}
home="" dags="" port="" wait_s=240 spark_home=${JGDJ_SPARK_HOME:-}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --home) home=$2; shift 2 ;;
    --dags) dags=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --wait) wait_s=$2; shift 2 ;;
    --spark-home) spark_home=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "airflow-start: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

airflow="$venv/bin/airflow"
python="$venv/bin/python"
if [[ ! -x "$airflow" ]]; then
  echo "airflow-start: no Airflow in $venv: run ci/airflow-env.sh first" >&2
  exit 2
fi

if [[ -n "$spark_home" && ! -x "$spark_home/bin/spark-submit" ]]; then
  echo "airflow-start: no bin/spark-submit in --spark-home $spark_home" >&2
  exit 2
fi
spark_conn=${AIRFLOW_CONN_SPARK_DEFAULT:-'{"conn_type": "spark", "host": "local[2]", "extra": {"deploy-mode": "client"}}'}

home=${home:-$(mktemp -d "${TMPDIR:-/tmp}/jgdj-airflow.XXXXXX")}
mkdir -p "$home/logs" "$home/run"
home=$(cd "$home" && pwd)
touch "$home/.jgdj-airflow-home"   # lets airflow-stop.sh --purge know the folder is ours
dags=${dags:-$home/dags}
mkdir -p "$dags"
dags=$(cd "$dags" && pwd)

for pidfile in "$home"/run/*.pid; do
  [[ -e "$pidfile" ]] || continue
  if kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "airflow-start: Airflow already runs from $home ($(basename "$pidfile" .pid) pid $(cat "$pidfile")):" \
         "stop it with ci/airflow-stop.sh --home $home" >&2
    exit 2
  fi
  rm -f "$pidfile"
done

port=${port:-$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
url="http://127.0.0.1:$port"
user=${AIRFLOW_USERNAME:-jgdj}
pass=${AIRFLOW_PASSWORD:-$("$python" -c 'import secrets; print(secrets.token_urlsafe(18))')}

(
  umask 077
  printf 'username=%s\npassword=%s\n' "$user" "$pass" > "$home/credentials"
  # The simple auth manager keeps passwords in this JSON file and only generates one for a user
  # missing from it, so writing it first fixes the admin password.
  "$python" -c 'import json, sys; print(json.dumps({sys.argv[1]: sys.argv[2]}))' "$user" "$pass" \
    > "$home/passwords.json"
  jwt_secret=$("$python" -c 'import secrets; print(secrets.token_urlsafe(32))')
  api_secret=$("$python" -c 'import secrets; print(secrets.token_urlsafe(32))')
  cat > "$home/airflow.env" <<ENV
export AIRFLOW_HOME='$home'
export AIRFLOW__CORE__DAGS_FOLDER='$dags'
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__EXECUTOR=LocalExecutor
export AIRFLOW__CORE__PARALLELISM=4
export AIRFLOW__CORE__AUTH_MANAGER=airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager
export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS='$user:admin'
export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE='$home/passwords.json'
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL='$url/execution/'
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN='sqlite:///$home/airflow.db'
export AIRFLOW__API__HOST=127.0.0.1
export AIRFLOW__API__PORT=$port
export AIRFLOW__API__BASE_URL='$url'
export AIRFLOW__API__WORKERS=1
export AIRFLOW__API__SECRET_KEY='$api_secret'
export AIRFLOW__API_AUTH__JWT_SECRET='$jwt_secret'
export AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL=5
export AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL=10
export AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC=2
export AIRFLOW_CONN_SPARK_DEFAULT='$spark_conn'
ENV
  if [[ -n "$spark_home" ]]; then
    printf "export SPARK_HOME='%s'\nexport PATH='%s/bin':\"\$PATH\"\n" "$spark_home" "$spark_home" >> "$home/airflow.env"
  fi
)
# shellcheck disable=SC1091
source "$home/airflow.env"

start=$(date +%s)
echo "airflow-start: migrating the metadata database in $home" >&2
if ! "$airflow" db migrate > "$home/logs/db-migrate.log" 2>&1; then
  tail -n 30 "$home/logs/db-migrate.log" >&2
  echo "airflow-start: airflow db migrate failed (log: $home/logs/db-migrate.log)" >&2
  exit 1
fi

for component in api-server scheduler dag-processor; do
  # setsid: each component leads its own process group, which airflow-stop.sh ends as a whole.
  args=()
  # The scheduler's log server listens on 0.0.0.0:8793; LocalExecutor task logs are local files anyway.
  [[ $component == scheduler ]] && args=(--skip-serve-logs)
  setsid nohup "$airflow" "$component" "${args[@]}" > "$home/logs/$component.log" 2>&1 < /dev/null &
  echo $! > "$home/run/$component.pid"
done

stop_all() {
  "$(dirname "$0")/airflow-stop.sh" --home "$home" >&2 || true
}

echo "airflow-start: waiting for $url (up to $wait_s s)" >&2
deadline=$(( $(date +%s) + wait_s ))
while true; do
  for component in api-server scheduler dag-processor; do
    if ! kill -0 "$(cat "$home/run/$component.pid")" 2>/dev/null; then
      tail -n 40 "$home/logs/$component.log" >&2
      echo "airflow-start: the $component exited (log: $home/logs/$component.log)" >&2
      stop_all
      exit 1
    fi
  done
  health=$(curl -s --max-time 5 "$url/api/v2/monitor/health" || true)
  if "$python" - "$health" <<'PY' 2>/dev/null
import json, sys
h = json.loads(sys.argv[1])
ok = all(h.get(k, {}).get("status") == "healthy" for k in ("metadatabase", "scheduler", "dag_processor"))
sys.exit(0 if ok else 1)
PY
  then
    break
  fi
  if (( $(date +%s) > deadline )); then
    echo "airflow-start: Airflow at $url not healthy after $wait_s s; last health answer: ${health:-none}" >&2
    echo "airflow-start: logs in $home/logs" >&2
    stop_all
    exit 1
  fi
  sleep 2
done

echo "airflow-start: Airflow $("$python" -c 'import airflow; print(airflow.__version__)') ready at $url" \
     "after $(( $(date +%s) - start )) s; DAGs from $dags" >&2
echo "AIRFLOW_URL=$url"
echo "AIRFLOW_HOME=$home"
echo "AIRFLOW_CREDENTIALS_FILE=$home/credentials"
