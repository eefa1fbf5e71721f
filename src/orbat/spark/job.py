"""The extraction job on the driver: ``run_extract(spark, paths, output)``.

    expand_inputs (driver) -> read_partition (executors, one task per group of files)
      -> repartition -> extract_partition (executors) -> persist
      -> one Parquet table per entry of tables.TABLES -> manifest.json -> _SUCCESS

Reading and extraction run in ``mapPartitions``; nothing global happens here (the
knowledge base is resolved by ``orbat load``). The input files must be readable at
the same path on the driver and on every executor, and ``output`` writable by all.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from orbat.errors import OrbatError
from orbat.readers import DEFAULT_MAX_BYTES, expand_inputs
from orbat.spark import output, tables, tasks
from orbat.spark.session import SparkJobError

KEY_NAMES = tuple(name for name, _ in tables.KEY)
ERRORS_SHOWN = 1000  # errors kept in the summary (all are in the errors table)


@dataclass(slots=True)
class ExtractSummary:
    output: str
    master: str
    partitions: int
    files: int
    counts: dict[str, int] = field(default_factory=dict)  # rows per table
    errors: list[dict[str, Any]] = field(default_factory=list)  # the first rows of the errors table
    extractor_versions: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """0 when every input was read and extracted, 1 when some failed (as ``orbat ingest``)."""
        return 1 if self.counts.get("errors") else 0

    @property
    def docs_per_second(self) -> float:
        return self.counts.get("documents", 0) / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "output": self.output,
            "master": self.master,
            "partitions": self.partitions,
            "files": self.files,
            "tables": dict(self.counts),
            "errors": list(self.errors),
            "extractor_versions": list(self.extractor_versions),
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.docs_per_second, 2),
        }


def spark_type(name: str) -> Any:
    from pyspark.sql import types as T

    simple = {"string": T.StringType(), "long": T.LongType(), "double": T.DoubleType()}
    if name in simple:
        return simple[name]
    if name == "array<string>":
        return T.ArrayType(T.StringType())
    if name == "map<string,string>":
        return T.MapType(T.StringType(), T.StringType())
    raise ValueError(f"unknown column type {name!r}")


def spark_schema(columns: tables.Columns) -> Any:
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, spark_type(kind), nullable=True) for name, kind in columns])


def executor_error(exc: BaseException) -> str:
    """The Python exception an executor raised (its last line: "module.Error: reason"),
    out of the JVM's long message; else the message's first line."""
    lines = str(exc).splitlines()
    found = None
    for i, line in enumerate(lines):
        if "Traceback (most recent call last):" in line:
            found = next((x.strip() for x in lines[i + 1 :] if x.strip() and not x[0].isspace()), found)
    if found:
        return found
    first = next((line.strip() for line in lines if line.strip()), "")
    return first or type(exc).__name__


def check_request(paths: list[str], out: Path, *, overwrite: bool = False) -> None:
    """What can be checked before Spark starts: inputs a job can read, an output it may write."""
    if not paths:
        raise SparkJobError("no inputs: give files, folders or globs")
    if "-" in paths:
        raise SparkJobError("standard input (-) cannot be read by a Spark job; save it to a file first")
    output.check(out, overwrite=overwrite)


def run_extract(
    spark: Any,
    paths: list[str],
    out: Path,
    *,
    partitions: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    overwrite: bool = False,
) -> ExtractSummary:
    """Read and extract every input with ``spark`` and write the tables under ``out``."""
    started = time.perf_counter()
    check_request(paths, out, overwrite=overwrite)
    output.prepare(out, overwrite=overwrite)
    files = expand_inputs(paths)
    sc = spark.sparkContext
    n = partitions or max(1, sc.defaultParallelism)
    summary = ExtractSummary(output=str(out), master=sc.master, partitions=n, files=len(files))
    # one read task per group of files, then documents spread evenly for extraction
    read = sc.parallelize(list(enumerate(files)), max(1, min(n, len(files)))).mapPartitions(
        partial(tasks.read_partition, max_bytes=max_bytes)
    )
    results = read.repartition(n).mapPartitions(tasks.extract_partition)
    results = results.persist(_storage_level())
    try:
        counts, versions = results.map(_tally).fold(((0,) * len(tables.TABLES), frozenset()), _add)  # extracts
        summary.counts = dict(zip(tables.TABLES, counts, strict=True))
        summary.extractor_versions = sorted(versions)
        for index, (name, columns) in enumerate(tables.TABLES.items()):
            rows = results.flatMap(partial(_pick, index))
            frame = spark.createDataFrame(rows, spark_schema(columns), verifySchema=False)
            if columns[: len(tables.KEY)] == tables.KEY:  # in input order, for `orbat load`
                frame = frame.sortWithinPartitions(*KEY_NAMES)
            frame.write.mode("overwrite").parquet(str(out / name))
        error_columns = [name for name, _ in tables.TABLES["errors"]]
        if summary.counts["errors"]:
            summary.errors = [
                dict(zip(error_columns, row, strict=True))
                for row in spark.read.parquet(str(out / "errors")).orderBy(*KEY_NAMES).limit(ERRORS_SHOWN).collect()
            ]
    except Exception as exc:  # Py4JJavaError and friends: say what the executor said
        if isinstance(exc, OrbatError):
            raise
        raise SparkJobError(f"the Spark job failed: {executor_error(exc)}") from exc
    finally:
        results.unpersist()
    summary.seconds = time.perf_counter() - started
    output.finish(out, paths=paths, summary=summary.to_json())
    return summary


VERSION_COLUMN = [name for name, _ in tables.TABLES["documents"]].index("extractor_version")
Tally = tuple[tuple[int, ...], frozenset[str]]


def _tally(result: tasks.Result) -> Tally:
    return tuple(len(rows) for rows in result), frozenset(row[VERSION_COLUMN] for row in result[0])


def _add(a: Tally, b: Tally) -> Tally:
    return tuple(x + y for x, y in zip(a[0], b[0], strict=True)), a[1] | b[1]


def _pick(index: int, result: tasks.Result) -> list[tables.Row]:
    return result[index]


def _storage_level() -> Any:
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK
