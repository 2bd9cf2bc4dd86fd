#!/usr/bin/env bash
# Starts or stops a real Spark standalone cluster on loopback (one master, one worker) from the pyspark
# distribution, for the integration tests. Usage: ci/spark-cluster.sh start STATE_DIR | stop STATE_DIR
# `start` prints the master URL (spark://127.0.0.1:PORT) and leaves pids and logs in STATE_DIR.
set -euo pipefail
cmd="${1:?start|stop}"; state="${2:?state dir}"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$state"
case "$cmd" in
  start)
    export SPARK_HOME="$("$here/spark-env.sh")"
    export SPARK_LOCAL_IP=127.0.0.1 SPARK_MASTER_HOST=127.0.0.1 SPARK_SCALA_VERSION=2.13
    export SPARK_LOG_DIR="$state/logs" SPARK_WORKER_DIR="$state/work"
    mkdir -p "$SPARK_LOG_DIR" "$SPARK_WORKER_DIR"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    nohup "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port "$port" --webui-port 0 >"$SPARK_LOG_DIR/master.log" 2>&1 &
    echo $! >"$state/master.pid"
    url="spark://127.0.0.1:$port"
    for _ in $(seq 1 60); do
      grep -q "I have been elected leader" "$SPARK_LOG_DIR/master.log" 2>/dev/null && break; sleep 1
    done
    nohup "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --cores "${JGDJ_WORKER_CORES:-2}" --memory "${JGDJ_WORKER_MEMORY:-4g}" \
      --webui-port 0 --work-dir "$SPARK_WORKER_DIR" "$url" >"$SPARK_LOG_DIR/worker.log" 2>&1 &
    echo $! >"$state/worker.pid"
    for _ in $(seq 1 60); do
      grep -q "Successfully registered with master" "$SPARK_LOG_DIR/worker.log" 2>/dev/null && break; sleep 1
    done
    grep -q "Successfully registered with master" "$SPARK_LOG_DIR/worker.log" \
      || { echo "worker did not register; see $SPARK_LOG_DIR" >&2; exit 1; }
    echo "$url" | tee "$state/master.url"
    ;;
  stop)
    for p in worker master; do
      if [ -f "$state/$p.pid" ]; then kill "$(cat "$state/$p.pid")" 2>/dev/null || true; rm -f "$state/$p.pid"; fi
    done
    ;;
  *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2;;
esac
