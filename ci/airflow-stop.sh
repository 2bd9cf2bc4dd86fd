#!/usr/bin/env bash
# Stops the Airflow started by ci/airflow-start.sh from the same home: ends each component's
# process group (TERM, then KILL after 30 s). With --purge also deletes the home folder.
#
#   ci/airflow-stop.sh --home DIR [--purge]
set -euo pipefail

home="" purge=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --home) home=$2; shift 2 ;;
    --purge) purge=true; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "airflow-stop: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$home" || ! -f "$home/.jgdj-airflow-home" ]]; then
  echo "airflow-stop: --home must name a folder made by ci/airflow-start.sh (got '${home}')" >&2
  exit 2
fi

pids=()
for pidfile in "$home"/run/*.pid; do
  [[ -e "$pidfile" ]] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    pids+=("$pid")
  fi
done

deadline=$(( $(date +%s) + 30 ))
for pid in "${pids[@]}"; do
  while kill -0 -- "-$pid" 2>/dev/null && (( $(date +%s) < deadline )); do
    sleep 0.5
  done
  if kill -0 -- "-$pid" 2>/dev/null; then
    echo "airflow-stop: process group $pid ignored TERM; killing it" >&2
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
done
rm -f "$home"/run/*.pid
echo "airflow-stop: stopped ${#pids[@]} component(s) of $home" >&2

if $purge; then
  rm -rf -- "$home"
  echo "airflow-stop: removed $home" >&2
fi
