"""Full resolution at scale: ``orbat load``-style store + resolve of synthetic extractions.

    python bench/resolve_scale.py [--facts 10000 100000 1000000] [--out bench/RESULTS.md]

For each size, a fresh child process generates about ``facts`` extracted facts
(``bench/synth_extractions.py``, ~9 per document), stores the documents with their
extractions through ``pipeline.ingest`` (what ``orbat load`` does, without a resolver),
then runs ``pipeline.refresh_knowledge`` with the default resolver (the gazetteer
linked): read every extraction, resolve, swap the knowledge base in. Reports wall and
CPU seconds of each step and the child's peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import cpu_seconds, replace_section, run_child, table_section

HEADING = "## Full resolution at scale"


def measure(facts: int, db: Path) -> dict:
    """One size, in this process."""
    from synth_extractions import GivenExtractor, generate

    from orbat import pipeline
    from orbat.reference import load_reference
    from orbat.store import SQLiteStore

    reference = load_reference()
    docs = generate(max(1, round(facts / 9)), reference=reference)
    by_id = {d.document.id: d.extraction for d in docs}

    out: dict = {"docs": len(docs), "facts": sum(len(d.extraction.facts) for d in docs)}
    store = SQLiteStore(db)
    try:
        w, c = time.perf_counter(), cpu_seconds()
        pipeline.ingest((d.document for d in docs), store, extractor=GivenExtractor(by_id), resolver=None)
        out["store"] = (time.perf_counter() - w, cpu_seconds() - c)
        by_id.clear()  # free the extractions before resolving
        del docs
        w, c = time.perf_counter(), cpu_seconds()
        kb = pipeline.refresh_knowledge(store, pipeline.default_resolver())
        out["resolve"] = (time.perf_counter() - w, cpu_seconds() - c)
        out["kb"] = (len(kb.entities), len(kb.facts))
    finally:
        store.close()
    out["max_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "RESULTS.md")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args(argv)
    if args.one:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(measure(args.one, Path(tmp) / "store.db")))
        return 0
    started = time.time()
    rows = []
    for facts in args.facts:
        r = run_child(__file__, "--one", str(facts))
        if r is None:
            return 1
        print(r, flush=True)
        rows.append(
            f"| {r['docs']:,} | {r['facts']:,} | {r['kb'][1]:,} facts, {r['kb'][0]:,} entities |"
            f" {r['store'][0]:.1f} / {r['store'][1]:.1f} | {r['resolve'][0]:.1f} / {r['resolve'][1]:.1f} |"
            f" {r['resolve'][1] / r['facts'] * 1e6:.0f} | {r['max_rss_mib']:,.0f} |"
        )
    command = "python bench/resolve_scale.py --facts " + " ".join(str(f) for f in args.facts)
    section = table_section(
        HEADING,
        command,
        started,
        "Synthetic extractions (`bench/synth_extractions.py`), SQLite. Each size in a fresh process:"
        " store documents + extractions (`pipeline.ingest`, no resolver), then `pipeline.refresh_knowledge`"
        " (read all extractions, resolve with the gazetteer, replace the knowledge base). Wall / CPU seconds.",
        [
            "| docs | extracted facts | knowledge base | store | read + resolve + write KB | resolve CPU ms per 1,000 facts | max RSS MiB |",
            "|---:|---:|---|---:|---:|---:|---:|",
            *rows,
        ],
    )
    replace_section(args.out, HEADING, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
