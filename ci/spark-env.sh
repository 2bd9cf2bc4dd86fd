#!/usr/bin/env bash
# A full Spark distribution from PyPI (pyspark ships spark-submit and the standalone master and worker),
# at the same version as the project's Maven dependency. Installed once into a venv outside the repo;
# prints SPARK_HOME.
set -euo pipefail
SPARK_VERSION="${SPARK_VERSION:-4.2.0}"
VENV="${JGDJ_SPARK_VENV:-$HOME/.cache/jgdj/spark-venv}"
if ! "$VENV/bin/python" -c "import pyspark,sys; sys.exit(0 if pyspark.__version__=='$SPARK_VERSION' else 1)" 2>/dev/null; then
  echo "installing pyspark==$SPARK_VERSION into $VENV ..." >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "pyspark==$SPARK_VERSION" >&2
fi
"$VENV/bin/python" -c "import pyspark,os; print(os.path.dirname(pyspark.__file__))"
