"""A SparkSession set up for orbat: offline, quiet, its scratch files in one folder.

``spark_session(master, scratch)`` is a context manager that starts the session and
stops it on exit. With a ``local[...]`` master (or none, outside ``spark-submit``:
then Spark runs locally on every core) nothing listens beyond 127.0.0.1, the
Python workers run this interpreter (``PYSPARK_PYTHON`` = ``sys.executable``) with
this orbat on their path, and Spark's scratch space is under ``scratch``. With a
cluster master (``spark://...``) or under ``spark-submit`` the cluster's settings
stand: orbat and the pinned spaCy model must be installed where the executors run.
In every case the web UI is off and Spark logs only errors.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orbat
from orbat.errors import OrbatError

LOG4J = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = spark: %p %c{1}: %m%n
"""


class SparkJobError(OrbatError):
    """Spark could not start, or the job failed on an executor."""


# a local job's JVM does little besides moving rows and writing Parquet: one GC thread and
# the quick JIT compiler halve its CPU time, which the Python workers need
LOCAL_JVM = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"


def under_spark_submit() -> bool:
    """Whether this process was started by ``spark-submit`` (which made the JVM already)."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def is_local(master: str | None) -> bool:
    if master is None:
        return not under_spark_submit()
    return master == "local" or master.startswith("local[")


def session_conf(master: str | None, scratch: Path, *, partitions: int | None = None) -> dict[str, str]:
    """The Spark settings orbat sets for ``master`` (scratch files under ``scratch``)."""
    log4j = scratch / "log4j2.properties"
    conf = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.warehouse.dir": str(scratch / "warehouse"),
        "spark.python.worker.reuse": "true",  # the spaCy pipeline is built once per worker
        "spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile=file:{log4j}",
    }
    if partitions:
        conf["spark.sql.shuffle.partitions"] = str(partitions)
    if is_local(master):
        src = str(Path(orbat.__file__).resolve().parent.parent)
        path = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)
        conf |= {
            "spark.local.dir": str(scratch / "local"),
            "spark.driver.host": "127.0.0.1",
            "spark.driver.bindAddress": "127.0.0.1",
            "spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile=file:{log4j} {LOCAL_JVM}",
            "spark.executorEnv.PYTHONPATH": path,
            "spark.executor.extraJavaOptions": f"-Dlog4j2.configurationFile=file:{log4j}",
        }
    return conf


@contextmanager
def spark_session(master: str | None, scratch: Path, *, app_name: str = "orbat", partitions: int | None = None) -> Iterator[Any]:
    """Start a SparkSession (see the module's docstring); stop it on exit."""
    from pyspark.sql import SparkSession

    scratch.mkdir(parents=True, exist_ok=True)
    (scratch / "log4j2.properties").write_text(LOG4J, encoding="utf-8")
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    for key, value in session_conf(master, scratch, partitions=partitions).items():
        builder = builder.config(key, value)
    env = {"PYSPARK_PYTHON": sys.executable, "SPARK_LOCAL_IP": "127.0.0.1"} if is_local(master) else {}
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)  # read once, when the session starts
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # no Java, a master that cannot be reached, ...
        reason = " ".join(str(exc).split())[:300]
        raise SparkJobError(f"Spark could not start ({reason}); is a Java runtime (17+) installed?") from exc
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
