"""Batch extraction with Apache Spark, for corpora too large for one process.

    orbat spark extract --input PATHS --output DIR [--master local[N]|spark://...]
        reading and extraction (the per-document, pure steps) in ``mapPartitions`` on
        the executors, the spaCy pipeline built once per Python worker; Parquet tables
        under DIR (``output`` names them), bad inputs in its errors table
    orbat load DIR --db ...
        the global steps on one machine: store every document with its extraction
        (duplicates skipped as in ``orbat ingest``), then resolve the knowledge base

Modules: ``tables`` (columns and rows), ``tasks`` (what the executors run, plain
Python), ``session`` (an offline, quiet SparkSession), ``job`` (the driver),
``output`` (the folder, read back with pyarrow), ``load`` (into a store).
"""

from __future__ import annotations

from orbat.spark.job import ExtractSummary, SparkJobError, run_extract
from orbat.spark.load import load
from orbat.spark.output import OutputError, iter_items, read_manifest
from orbat.spark.session import spark_session

__all__ = [
    "ExtractSummary",
    "OutputError",
    "SparkJobError",
    "iter_items",
    "load",
    "read_manifest",
    "run_extract",
    "spark_session",
]
