"""Runs a generated DAG file against a stand-in Airflow and prints what it built, as JSON.

Usage: python3 inspect_dag.py airflow2|airflow3|airflow3-spark DAG_FILE

The stand-in records the DAG's arguments, every operator's arguments and every `a >> b`, so a test can
compare them with the Java DAG without installing Airflow. `airflow2` has only Airflow 2's module paths and no
Spark provider, `airflow3` only Airflow 3's, `airflow3-spark` adds the Spark provider. It also calls the
file's macros on a few fixed DAG runs and connections ("probes").
"""
import json
import runpy
import sys
import types
from datetime import datetime, timedelta, timezone

FLAVOR, DAG_FILE = sys.argv[1], sys.argv[2]
CURRENT = []
EDGES = []
CONNECTIONS = {}


class Param:
    def __init__(self, default=None, **kwargs):
        self.default = default
        self.kwargs = kwargs


class DAG:
    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.tasks = []

    def __enter__(self):
        CURRENT.append(self)
        return self

    def __exit__(self, *exc):
        CURRENT.pop()


class Operator:
    def __init__(self, task_id, **kwargs):
        self.task_id = task_id
        self.kwargs = kwargs
        CURRENT[-1].tasks.append(self)

    def __rshift__(self, other):
        EDGES.append([self.task_id, other.task_id])
        return other


class BashOperator(Operator):
    pass


class SparkSubmitOperator(Operator):
    pass


class BaseHook:
    @staticmethod
    def get_connection(conn_id):
        return CONNECTIONS[conn_id]


def module(name, **attrs):
    m = types.ModuleType(name)
    m.__path__ = []  # a package: importing a missing submodule raises ImportError, as in a real install
    m.__dict__.update(attrs)
    sys.modules[name] = m
    return m


def install(flavor):
    module("airflow")
    module("airflow.providers")
    if flavor == "airflow2":
        sys.modules["airflow"].DAG = DAG
        module("airflow.models")
        module("airflow.models.param", Param=Param)
        module("airflow.operators")
        module("airflow.operators.bash", BashOperator=BashOperator)
        module("airflow.hooks")
        module("airflow.hooks.base", BaseHook=BaseHook)
    else:
        module("airflow.sdk", DAG=DAG, Param=Param, BaseHook=BaseHook)
        module("airflow.providers.standard")
        module("airflow.providers.standard.operators")
        module("airflow.providers.standard.operators.bash", BashOperator=BashOperator)
    if flavor == "airflow3-spark":
        module("airflow.providers.apache")
        module("airflow.providers.apache.spark")
        module("airflow.providers.apache.spark.operators")
        module("airflow.providers.apache.spark.operators.spark_submit", SparkSubmitOperator=SparkSubmitOperator)


def plain(value):
    if isinstance(value, Param):
        return {"default": value.default, **{k: plain(v) for k, v in value.kwargs.items()}}
    if isinstance(value, timedelta):
        return {"seconds": value.total_seconds()}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if callable(value):
        return "<function %s>" % value.__name__
    return value


def run(**dates):
    """A DAG run with only the given date attributes (the others absent, as on the other Airflow major)."""
    return types.SimpleNamespace(**dates)


def utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


def connection(conn_type, host, port):
    return types.SimpleNamespace(conn_type=conn_type, host=host, port=port)


def probes(g):
    macros = [d for d in DAGS][0].kwargs["user_defined_macros"]
    year, as_of, master = macros["jgdj_review_year"], macros["jgdj_as_of"], macros["jgdj_spark_master"]
    scheduled_3 = run(data_interval_end=utc(2026, 4, 1, 6), run_after=utc(2026, 4, 1, 6))
    scheduled_2 = run(data_interval_end=utc(2026, 1, 1, 6), execution_date=utc(2025, 10, 1, 6))
    manual = run(data_interval_end=None, logical_date=None, run_after=utc(2026, 11, 27, 23, 30))
    out = {
        "year 2025Q3": year("2025Q3", "2026-11-27"),
        "year 2024-07": year("2024-07", "2026-11-27"),
        "year scheduled 2026-04-01 (Airflow 3)": year("", as_of("", "", scheduled_3)),
        "year scheduled 2026-01-01 (Airflow 2)": year("", as_of("", "", scheduled_2)),
        "year as of 2026-01-15": year(None, "2026-01-15"),
        "as-of given": as_of("2026-01-15", "2025", scheduled_3),
        "as-of manual Airflow 3 run": as_of("", "", manual),
        "as-of scheduled Airflow 2 run": as_of(None, None, run(data_interval_end=utc(2026, 4, 1, 6),
                                                               execution_date=utc(2026, 1, 1, 6))),
        "as-of in UTC+8": as_of("", "", run(run_after=datetime(2026, 4, 1, 2,
                                                               tzinfo=timezone(timedelta(hours=8))))),
        "as-of period 2025Q3 run on 2026-11-27": as_of("", "2025Q3", manual),
        "as-of period 2026 run on 2026-11-27": as_of("", "2026", manual),
        "as-of period 2024-02 run on 2026-11-27": as_of("", "2024-02", manual),
        "as-of period 2025Q4 run on 2026-11-27": as_of("", "2025Q4", manual),
    }
    conn_id = g["SPARK_CONN_ID"]
    for label, conn in [("host and port", connection("spark", "127.0.0.1", 7077)),
                        ("URL in host", connection("spark", "spark://m1", 7077)),
                        ("local", connection("spark", "local[2]", None)),
                        ("yarn", connection("spark", "yarn", None))]:
        CONNECTIONS[conn_id] = conn
        out["master " + label] = master()
    try:
        run_time_error = as_of("", "", run())
    except ValueError as e:
        run_time_error = "ValueError: " + str(e)
    out["as-of without dates"] = run_time_error
    return out


install(FLAVOR)
DAGS = []
_real_init = DAG.__init__


def _tracking_init(self, **kwargs):
    _real_init(self, **kwargs)
    DAGS.append(self)


DAG.__init__ = _tracking_init
g = runpy.run_path(DAG_FILE, run_name="dag_file")
dag = DAGS[0]
print(json.dumps({
    "dags": len(DAGS),
    "dag": plain(dag.kwargs),
    "tasks": [dict(task_id=t.task_id, operator=type(t).__name__, **plain(t.kwargs)) for t in dag.tasks],
    "edges": EDGES,
    "probes": probes(g),
}, indent=1, sort_keys=True))
