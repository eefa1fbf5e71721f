"""SQLite beside PostgreSQL: storing a synthetic knowledge base, then query latency.

    python bench/backends.py --pg postgresql://user@host:port/dbname [--facts 20000] [--runs 20]

The PostgreSQL database named by ``--pg`` must be empty (or hold an orbat store
without documents); the SQLite store is a new file in a temporary folder. Both get
the same synthetic knowledge base (``bench/synth.py``) through ``Store`` methods,
then ``bench/query.py``'s queries with the same arguments. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import synth  # noqa: E402
from query import Timing  # noqa: E402
from query import run as run_queries  # noqa: E402

from orbat.store import open_store  # noqa: E402
from orbat.store.postgres import redact  # noqa: E402


def measure(target: str, kb: synth.SynthKB, runs: int) -> tuple[float, list[Timing]]:
    store = open_store(target)
    try:
        if store.count_documents():
            raise SystemExit(f"{redact(target)} already holds documents: give an empty database")
        t0 = time.perf_counter()
        synth.load(store, kb)
        load_s = time.perf_counter() - t0
        return load_s, run_queries(store, runs)
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, help="an empty PostgreSQL database (postgresql://...)")
    parser.add_argument("--facts", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)

    kb = synth.generate(facts=args.facts, entities=max(500, args.facts // 20), docs=max(200, args.facts // 50))
    with tempfile.TemporaryDirectory() as folder:
        lite_load, lite = measure(str(Path(folder) / "bench.db"), kb, args.runs)
    pg_load, pg = measure(args.pg, kb, args.runs)

    print(
        f"`python bench/backends.py --facts {args.facts} --runs {args.runs}` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC,"
        f" Python {platform.python_version()}, {os.cpu_count()} CPU cores (shared; load average"
        f" {os.getloadavg()[0]:.1f}); {len(kb.documents):,} documents, {len(kb.entities):,} entities,"
        f" {len(kb.facts):,} facts.\n"
    )
    print(f"Storing it (add_document each, one replace_knowledge): SQLite {lite_load:.1f} s, PostgreSQL {pg_load:.1f} s.\n")
    print("| query | SQLite p50 ms | SQLite p95 ms | PostgreSQL p50 ms | PostgreSQL p95 ms |")
    print("|---|---:|---:|---:|---:|")
    for a, b in zip(lite, pg, strict=True):
        assert a.name == b.name and a.answers == b.answers, (a.name, a.answers, b.answers)
        print(f"| {a.name} | {a.p50:.1f} | {a.p95:.1f} | {b.p50:.1f} | {b.p95:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
