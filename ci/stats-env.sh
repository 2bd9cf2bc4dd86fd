#!/usr/bin/env bash
# Reference statistics packages from PyPI that the integration tests cross-check the Java statistics against
# (pymannkendall: seasonal Kendall test and seasonal Sen slope; csdid: Callaway & Sant'Anna group-time effects,
# the Python port of the authors' R package did). Installed once into a venv outside the repo;
# prints the venv's folder. Other reference packages belong in the same venv: add them to PACKAGES.
set -euo pipefail
VENV="${JGDJ_STATS_VENV:-$HOME/.cache/jgdj/stats-venv}"
# csdid 0.4.3 imports drdid (its doubly robust base estimators) and pandas, numpy, scipy, patsy, statsmodels;
# pip resolves them, drdid pinned so csdid's numbers cannot move under us.
PACKAGES=("pymannkendall==1.4.3" "csdid==0.4.3" "drdid==1.1.7")
missing=()
for spec in "${PACKAGES[@]}"; do
  name="${spec%%==*}"; version="${spec##*==}"
  if ! "$VENV/bin/python" -c "import importlib.metadata as m,sys; sys.exit(0 if m.version('$name')=='$version' else 1)" 2>/dev/null; then
    missing+=("$spec")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]} into $VENV ..." >&2
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "${missing[@]}" >&2
fi
echo "$VENV"
