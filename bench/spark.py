"""Spark extraction throughput: local[1] vs local[2] vs the extractor in this process.

    python bench/spark.py [--docs 400] [--masters local[1] local[2]] [--out bench/SPARK.md]

Writes ``--docs`` documents replicated from ``examples/`` (each copy with a closing
sentence of its own, so each has its own sha256) as JSONL files of records (shards of 5,000). Then:

  (direct) ``orbat.readers.read_inputs`` + ``Extractor.extract_many`` in this process;
  (spark)  ``orbat spark extract --master M --json`` for each master, each in a fresh
           process (so each pays for its own JVM and its own spaCy pipelines).

Reported per run: the wall time of the whole command (start-up included), the time
of the extraction itself (for Spark: the job, from reading to the last Parquet table
and the manifest, including each worker's pipeline load), and documents per second
of each. The figures go to ``--out`` (replaced whole) with the command that made them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from extract import build_corpus  # noqa: E402


@dataclass(slots=True)
class Run:
    name: str
    docs: int
    total_s: float  # the whole command or, in process, model load + extraction
    work_s: float  # extraction only (Spark: the job)
    note: str = ""

    @property
    def total_rate(self) -> float:
        return self.docs / self.total_s if self.total_s else 0.0

    @property
    def work_rate(self) -> float:
        return self.docs / self.work_s if self.work_s else 0.0


SHARD_DOCS = 5_000  # records per JSONL file, as an archive is kept (each ~5 MB, well under the reader's limit)


def write_records(n: int, folder: Path) -> tuple[str, int, int]:
    """The corpus as JSONL shards of ``SHARD_DOCS`` records; returns their glob, the
    number of originals and of words."""
    corpus, originals = build_corpus(n, REPO / "examples")
    shards = folder / "corpus"
    shards.mkdir()
    for start in range(0, len(corpus), SHARD_DOCS):
        with open(shards / f"part-{start // SHARD_DOCS:04d}.jsonl", "w", encoding="utf-8") as handle:
            for i in range(start, min(start + SHARD_DOCS, len(corpus))):
                doc = corpus[i]
                record = {"id": f"b{i}", "title": doc.title, "published": doc.published, "publisher": doc.publisher,
                          "url": doc.url, "text": doc.body}  # fmt: skip
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return str(shards / "*.jsonl"), originals, sum(len(d.body.split()) for d in corpus)


def run_direct(path: str) -> Run:
    from orbat import pipeline
    from orbat.model import Document
    from orbat.readers import read_inputs

    started = time.perf_counter()
    extractor = pipeline.default_extractor()
    loaded = time.perf_counter()
    docs = [d for d in read_inputs([path]) if isinstance(d, Document)]
    facts = 0
    for i in range(0, len(docs), 32):  # as pipeline.ingest batches
        facts += sum(len(x.facts) for x in pipeline.extract_batch(extractor, docs[i : i + 32]) if x is not None)
    done = time.perf_counter()
    return Run("in process: read_inputs + Extractor.extract_many", len(docs), done - started, done - loaded,
               f"pipeline load {loaded - started:.1f} s; {facts:,} facts")  # fmt: skip


def run_spark(master: str, path: str, folder: Path, partitions: int | None) -> Run:
    out = folder / f"out-{master.strip('[]').replace('[', '-')}"
    command = [sys.executable, "-m", "orbat", "spark", "extract", "--input", path, "--output", str(out),
               "--master", master, "--overwrite", "--json"]  # fmt: skip
    if partitions:
        command += ["--partitions", str(partitions)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")])))
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    total = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    summary = json.loads(result.stdout)
    rows = summary["tables"]
    return Run(f"orbat spark extract --master {master}", rows["documents"], total, summary["seconds"],
               f"{summary['partitions']} partitions; {rows['facts']:,} facts")  # fmt: skip


def report(runs: list[Run], *, command: str, docs: int, originals: int, words: int, load: tuple[str, str], wall: float) -> str:
    cores = os.cpu_count()
    lines = [
        "## Spark extraction",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `{command}` on {platform.machine()}, {cores} CPU cores "
        f"(shared; load average {load[0]} before, {load[1]} after), Python {platform.python_version()}, "
        f"PySpark {_pyspark_version()}, Java 17; whole run {wall:.0f} s.",
        f"Corpus: {docs:,} documents ({words:,} words) replicated from the {originals} documents of `examples/`, "
        "each copy with its own closing sentence, in JSONL files of records (shards of 5,000 records: an archive kept in parts, each under the reader's 50 MB limit).",
        "",
        "| run | docs | wall s (all) | docs/s (all) | extraction s | docs/s (extraction) | notes |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in runs:
        lines.append(
            f"| {r.name} | {r.docs:,} | {r.total_s:.1f} | {r.total_rate:.1f} | {r.work_s:.1f} | {r.work_rate:.1f} | {r.note} |"
        )
    lines += [
        "",
        "\"all\" is the whole command: for Spark the JVM, the session and the job; in process the pipeline "
        "load and the extraction. \"extraction\" is, for Spark, the job (reading, each worker's pipeline load, "
        "extraction, the Parquet tables and the manifest) and, in process, reading and extraction after the "
        "pipeline load.",
        "",
    ]
    return "\n".join(lines)


def _pyspark_version() -> str:
    import pyspark

    return pyspark.__version__


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--partitions", type=int, default=None, help="Default: the master's cores.")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "SPARK.md")
    parser.add_argument("--no-direct", action="store_true",
                        help="Skip the in-process baseline (for large corpora: it runs on one core).")
    args = parser.parse_args(argv)
    command = "python bench/spark.py " + " ".join(argv if argv is not None else sys.argv[1:])
    started, load_before = time.perf_counter(), _load()
    with tempfile.TemporaryDirectory(prefix="orbat-bench-spark-") as tmp:
        path, originals, words = write_records(args.docs, Path(tmp))
        runs = []
        for master in args.masters:
            runs.append(run_spark(master, path, Path(tmp), args.partitions))
            print(f"{runs[-1].name}: {runs[-1].work_rate:.1f} docs/s", file=sys.stderr)
            if runs[-1].docs != args.docs:  # a rejected input would time an empty job
                raise SystemExit(f"{runs[-1].name} extracted {runs[-1].docs} of {args.docs} documents")
        if not args.no_direct:
            runs.append(run_direct(path))
            print(f"{runs[-1].name}: {runs[-1].work_rate:.1f} docs/s", file=sys.stderr)
    text = report(runs, command=command.strip(), docs=args.docs, originals=originals, words=words,
                  load=(load_before, _load()), wall=time.perf_counter() - started)  # fmt: skip
    args.out.write_text("# orbat benchmarks: Spark\n\n" + text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
