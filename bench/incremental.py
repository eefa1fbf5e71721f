"""Incremental ingest cost against store size.

    python bench/incremental.py [--docs 1000 10000] [--new 100] [--out bench/RESULTS.md]
    python bench/incremental.py --docs 100000 --lineage forest --articles gold/real/dev gold/heldout 'gold/*.gold.jsonl'

For each store size, a fresh child process builds a SQLite store of ``docs`` synthetic
documents (``bench/synth_extractions.py``) with one full resolution (which writes the
resolution index), then ingests ``new`` more documents of the same world: folded in
place by the default resolver (``IncrementalResolver``), and - for the ratio - the same
``new`` documents into an empty store. Reports wall / CPU seconds, what the update read,
and max RSS of the child. With ``--articles`` the new documents are published articles
(the texts of gold files, read by the NLP extractor as ``orbat ingest`` reads them) instead
of synthetic documents of the store's world: the case the scale issue names, 100 articles
into a store of ~1e6 facts.

``--keep-store FILE`` copies the built store (resolved, with its index) to FILE; ``--store
FILE`` times the ingests against a copy of such a store instead of building one, in a child
that has built nothing: the process ``orbat ingest --incremental`` runs in (a fresh one, the
store opened from disk) rather than the one that holds the whole synthetic corpus and the
build's leftovers.

Both timed ingests come after an untimed warm-up ingest of the same new documents into a
throwaway store, so neither pays first-use costs the other does not (imports on first use,
caches of the extractor and of the date parser). Each timed ingest starts after a full garbage collection with everything then alive
frozen (``gc.collect(); gc.freeze()``, undone after it): the child holds the whole
synthetic corpus and the build's leftovers, which an ``orbat ingest`` process does not, so
a full collection cost up to about a second at 10,000 documents, and which ingest paid for
the collections the build made due was a matter of chance (the ratio at 10,000 documents
moved between runs by 2x and more). Frozen, a timed ingest's collections see only the
objects it makes.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import cpu_seconds, replace_section, run_child, table_section

HEADING = "## Incremental resolution"


def _settle() -> None:
    """Before a timed ingest: collect, and freeze what is alive (see the module's docstring)."""
    gc.collect()
    gc.freeze()


def read_articles(paths: list[str], n: int) -> list:
    """The first ``n`` documents of the gold files under ``paths`` (published articles,
    whose texts are local), each read as the evaluation reads it."""
    from glob import glob

    from orbat.evaluate import gold_paths, load_gold, read_gold_document

    expanded = [q for p in paths for q in (sorted(glob(p)) if any(c in p for c in "*?[") else [p])]
    docs = [read_gold_document(load_gold(p)) for p in gold_paths(expanded)[:n]]
    if len(docs) < n:
        raise SystemExit(f"--articles: {len(docs)} documents found under {' '.join(paths)}, {n} asked for")
    return docs


def measure(
    n_docs: int, n_new: int, tmp: Path, lineage: str = "cycle", extract: bool = False,
    articles: list[str] | None = None, keep: Path | None = None, stored: Path | None = None,
) -> dict:
    """``extract``: the new documents go through the NLP extractor (loaded before the
    timings), as ``orbat ingest`` takes articles; else their synthetic extractions.
    ``articles``: the new documents are these articles (gold files' texts, through the
    extractor) instead of synthetic documents of the store's world."""
    from synth_extractions import GivenExtractor, generate

    from orbat import pipeline
    from orbat.reference import load_reference
    from orbat.resolve.incremental import IncrementalResolver
    from orbat.store import SQLiteStore

    reference = load_reference()
    extract = extract or bool(articles)
    resolver = IncrementalResolver(reference, incremental=True)
    if stored is not None:
        # a store built (and resolved) by an earlier run: only the ingests are timed here
        if not articles:
            raise SystemExit("--store needs --articles (the new documents of a built store's world are not kept)")
        shutil.copyfile(stored, tmp / "big.db")
        store, by_id = SQLiteStore(tmp / "big.db"), {}
        new = read_articles(articles, n_new)
        out = {"docs": n_docs, "facts": _stored_facts(store), "build": None, "store": str(stored)}
    else:
        docs = generate(n_docs + (0 if articles else n_new), reference=reference, lineage=lineage, prose=extract)
        by_id = {d.document.id: d.extraction for d in docs}
        old, new = [d.document for d in docs[:n_docs]], [d.document for d in docs[n_docs:]]
        if articles:
            new = read_articles(articles, n_new)
        store = SQLiteStore(tmp / "big.db")
        w, c = time.perf_counter(), cpu_seconds()
        pipeline.ingest(old, store, extractor=GivenExtractor(by_id), resolver=resolver)
        out = {"docs": n_docs, "facts": sum(len(by_id[d.id].facts) for d in old), "build": (time.perf_counter() - w, cpu_seconds() - c)}
        if keep is not None:
            store.close()
            shutil.copyfile(tmp / "big.db", keep)  # (closed: the write-ahead log is folded in)
            store = SQLiteStore(tmp / "big.db")
    if extract:
        from orbat.facts import build_extractor

        nlp_extractor = build_extractor()
        nlp_extractor.extract(new[0])  # warm: the first parse builds spaCy's lazy parts
        out["new_words"] = sum(len(d.body.split()) for d in new)
    new_extractor = nlp_extractor if extract else GivenExtractor(by_id)
    # warm-up, untimed: the same documents into a throwaway store, so that both timed ingests
    # find the same warm state (first-use imports such as datasketch's, the extractor's
    # geocoding and date-parser caches, SQLite's statement caches); without it the first timed
    # ingest - the one in place - paid them all and the second had them free
    warm = SQLiteStore(tmp / "warm.db")
    pipeline.ingest(new, warm, extractor=new_extractor, resolver=IncrementalResolver(reference, incremental=True))
    warm.close()
    _settle()
    w, c = time.perf_counter(), cpu_seconds()
    summary = pipeline.ingest(new, store, extractor=new_extractor, resolver=resolver)
    out["into_store"] = (time.perf_counter() - w, cpu_seconds() - c)
    gc.unfreeze()
    out["declined"] = resolver.declined
    out["pulled"] = resolver.last.pulled if resolver.last is not None else None
    # fact mentions and stored summaries the update compared (``UpdateSummary.fact_nodes``)
    out["fact_nodes"] = resolver.last.fact_nodes if resolver.last is not None else None
    out["new_facts"] = summary.facts
    out["kb_facts"] = len(store.facts())
    store.close()
    empty = SQLiteStore(tmp / "empty.db")
    _settle()
    w, c = time.perf_counter(), cpu_seconds()
    pipeline.ingest(new, empty, extractor=new_extractor, resolver=IncrementalResolver(reference, incremental=True))
    out["into_empty"] = (time.perf_counter() - w, cpu_seconds() - c)
    gc.unfreeze()
    empty.close()
    out["max_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _stored_facts(store) -> int:
    """The fact mentions of a stored corpus (every extraction's fact count)."""
    return store.connection.execute("SELECT COALESCE(SUM(facts), 0) FROM extractions").fetchone()[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--new", type=int, default=100)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "RESULTS.md")
    parser.add_argument(
        "--lineage", choices=("cycle", "forest"), default="cycle",
        help="how the synthetic world's branch facts link groups (bench/synth_extractions.lineage_parent)",
    )
    parser.add_argument(
        "--extract", action="store_true",
        help="run the new documents through the NLP extractor (the store is still built from synthetic extractions)",
    )
    parser.add_argument(
        "--articles", nargs="+", metavar="GOLD",
        help="the new documents are the texts of these gold files or folders, or of a quoted glob of them"
        " (implies --extract)",
    )
    parser.add_argument("--keep-store", type=Path, metavar="FILE", help="copy the built store to FILE (one --docs size)")
    parser.add_argument(
        "--store", type=Path, metavar="FILE",
        help="time the ingests against a copy of a store kept by --keep-store (with its --docs and --articles),"
        " in a process that built nothing",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if (args.keep_store or args.store) and len(args.docs) != 1 and not args.one:
        parser.error("--keep-store and --store take one --docs size")
    if args.one:
        with tempfile.TemporaryDirectory(dir=args.store.parent if args.store else None) as tmp:
            out = measure(args.one, args.new, Path(tmp), args.lineage, args.extract, args.articles, args.keep_store, args.store)
            print(json.dumps(out))
        return 0
    started, rows = time.time(), []
    for n in args.docs:
        r = run_child(
            __file__, "--one", str(n), "--new", str(args.new), "--lineage", args.lineage,
            *(["--extract"] if args.extract else []),
            *(["--articles", *args.articles] if args.articles else []),
            *(["--keep-store", str(args.keep_store)] if args.keep_store else []),
            *(["--store", str(args.store)] if args.store else []),
        )
        if r is None:
            return 1
        print(r, flush=True)
        ratio = r["into_store"][1] / max(r["into_empty"][1], 1e-9)
        built = "(a kept store)" if r["build"] is None else f"{r['build'][0]:.1f} / {r['build'][1]:.1f}"
        rows.append(
            f"| {r['docs']:,} ({r['facts']:,} facts) | {built} |"
            f" {r['into_store'][0]:.2f} / {r['into_store'][1]:.2f}{' (declined: ' + r['declined'] + ')' if r['declined'] else ''}"
            f"{' (' + str(r['pulled']) + ' pulled in)' if r.get('pulled') else ''} |"
            f" {r['into_empty'][0]:.2f} / {r['into_empty'][1]:.2f} | {ratio:.1f}× | {r['max_rss_mib']:,.0f} |"
        )
    command = f"python bench/incremental.py --docs {' '.join(map(str, args.docs))} --new {args.new}"
    heading = HEADING
    if args.lineage != "cycle":
        command += f" --lineage {args.lineage}"
        heading = f"{HEADING} ({args.lineage} lineage)"
    how = "Synthetic documents (`bench/synth_extractions.py`, no NLP)"
    if args.articles:
        command += f" --articles {' '.join(args.articles)}"
        heading += ", new documents: published articles through the NLP extractor"
        how = (
            "Store of synthetic documents (`bench/synth_extractions.py`); the new documents are published"
            " and own articles (the texts of the gold files named), read by the NLP extractor"
            " (`build_extractor()`, loaded and warmed before the timings) as `orbat ingest` reads them"
        )
    elif args.extract:
        command += " --extract"
        heading += ", new documents through the NLP extractor"
        how = (
            "Store of synthetic documents (`bench/synth_extractions.py`); the new documents' bodies read by"
            " the NLP extractor (`build_extractor()`, loaded and warmed before the timings), as `orbat ingest`"
            " reads articles"
        )
    if args.keep_store:
        command += f" --keep-store {args.keep_store}"
    if args.store:
        command += f" --store {args.store}"
        heading += ", timed in a fresh process against a kept store"
        how += (
            f"; the store: a copy of `{args.store}`, built and resolved by an earlier run of this script with"
            " `--keep-store` and the same `--docs` and `--lineage`, opened by a process that built nothing (as"
            " `orbat ingest --incremental` opens one)"
        )
    section = table_section(
        heading,
        command,
        started,
        f"{how}, SQLite, each size in a fresh process."
        f" Ingest of {args.new} more documents{'' if args.articles else ' of the same world'}: folded in place (`IncrementalResolver.update`)"
        " vs into an empty store, both after an untimed warm-up ingest of the same documents into a throwaway"
        " store. Wall / CPU seconds; the ratio is of CPU seconds.",
        [
            "| store | store + full resolution | ingest into it (in place) | ingest into an empty store | ratio | max RSS MiB |",
            "|---|---:|---:|---:|---:|---:|",
            *rows,
        ],
    )
    replace_section(args.out, heading, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
