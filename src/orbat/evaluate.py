"""Precision and recall of extraction against hand-written gold files.

A gold file is JSON Lines. The first line is a header naming the document::

    {"doc": "article.txt", "published": "2015-09-02", "title": "..."}

``doc`` is relative to the gold file's folder; ``"feed.jsonl#rec-7"`` names one
record of a multi-record input (by its id, guid or link, or by its 0-based index
when numeric). Every further line is one gold fact::

    {"type": "death", "args": {"person": ["Magomed Suleimanov", "Suleimanov"]},
     "time": {"start": "2015-08", "end": "2015-08"}, "modality": ["asserted"],
     "key": ["person"]}

Matching rules (``evaluate_extraction``):

* a predicted fact matches a gold fact when the type is equal and every ``key``
  arg matches: the predicted arg's entity name or one of its aliases, compared
  with ``normalize_name`` (a leading "the " dropped), equals one of the
  acceptable names. ``key: []`` matches on type alone; a missing ``key`` means
  all the gold fact's args. ``alliance`` and
  ``identity`` are symmetric: their two args may come in either order;
* with ``check_time``, a gold *event* fact (``EVENT_TYPES``) with a time needs a
  predicted time overlapping the gold bounds at month resolution (partial ISO
  dates widen to whole months/years, a missing bound is open, a predicted fact
  without a time fails);
* one predicted fact satisfies at most one gold fact: gold facts with more key
  args are assigned first, each to its best-scoring free candidate; predicted
  facts left over (duplicates included) are extras;
* a gold ``identity`` (a, b) not matched by a predicted fact still counts as found
  when one predicted entity carries names matching both a and b (both names are
  aliases of one entity); that uses up no predicted fact.

Modality accuracy over matched facts is reported beside the scores, not in F1.
This module does no NLP: the extractor is passed in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orbat import dates
from orbat.errors import GoldFormatError, InputError
from orbat.model import (
    EVENT_TYPES,
    FACT_ARGS,
    FACT_TYPES,
    SYMMETRIC_TYPES,
    Document,
    Extraction,
    Fact,
    TimeSpan,
)
from orbat.text import normalize_name

__all__ = [
    "Counts",
    "ExtraFact",
    "FileScores",
    "GoldFact",
    "GoldFile",
    "Match",
    "Report",
    "Scores",
    "evaluate_extraction",
    "evaluate_files",
    "load_gold",
    "months_overlap",
    "read_gold_document",
]



# --------------------------------------------------------------------------- gold files


@dataclass(frozen=True, slots=True)
class GoldFact:
    type: str
    args: dict[str, list[str]]
    key: tuple[str, ...]
    time: TimeSpan | None = None
    location: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    modality: list[str] = field(default_factory=list)
    line: int = 0  # 1-based line in the gold file

    def label(self) -> str:
        """A short human-readable form: ``death(person=Magomed Suleimanov)``."""
        shown = ", ".join(f"{k}={v[0]}" for k, v in self.args.items() if v)
        return f"{self.type}({shown})"

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "args": {k: list(v) for k, v in self.args.items()},
            "key": list(self.key),
            "time": self.time.to_json() if self.time else None,
            "location": list(self.location),
            "attrs": dict(self.attrs),
            "modality": list(self.modality),
            "line": self.line,
        }


@dataclass(frozen=True, slots=True)
class GoldFile:
    path: Path
    doc: str  # as written in the header: "article.txt" or "feed.jsonl#id"
    header: dict[str, Any]
    facts: list[GoldFact]

    @property
    def doc_path(self) -> Path:
        return self.path.parent / self.doc.split("#", 1)[0]

    @property
    def record(self) -> str | None:
        return self.doc.split("#", 1)[1] if "#" in self.doc else None

    @property
    def published(self) -> str | None:
        return self.header.get("published")

    @property
    def set_name(self) -> str:
        """The evaluation set the file belongs to: the header's ``set``, else ``blind`` for a
        file under a ``blind/`` or ``heldout/`` folder, else ``dev``."""
        named = self.header.get("set")
        if isinstance(named, str) and named:
            return named
        return "blind" if {"blind", "heldout"} & set(self.path.parent.parts) else "dev"


def _names(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise GoldFormatError(f"{where}: expected a name or a list of names, got {value!r}")


def _gold_fact(data: Any, where: str, line: int) -> GoldFact:
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: a gold fact must be a JSON object")
    ftype = data.get("type")
    if ftype not in FACT_TYPES:
        raise GoldFormatError(f"{where}: unknown fact type {ftype!r}")
    raw_args = data.get("args")
    if not isinstance(raw_args, dict) or not raw_args:
        raise GoldFormatError(f"{where}: 'args' must be a non-empty object")
    allowed = FACT_ARGS[ftype]
    args: dict[str, list[str]] = {}
    for name, value in raw_args.items():
        if name not in allowed:
            raise GoldFormatError(f"{where}: {ftype} has no arg {name!r} (args: {', '.join(allowed)})")
        args[name] = _names(value, f"{where}: args.{name}")
    key = data.get("key", list(args))
    if not isinstance(key, list) or any(not isinstance(k, str) or k not in args for k in key):
        raise GoldFormatError(f"{where}: 'key' must list args present in 'args', got {key!r}")
    time = data.get("time")
    if time is not None and not (isinstance(time, dict) and set(time) <= {"start", "end", "text"}):
        raise GoldFormatError(f"{where}: 'time' must be an object with start/end")
    span = TimeSpan.from_json(time) if time else None
    if span is not None:
        for bound in (span.start, span.end):
            if bound is not None and dates.parse_partial(bound) is None:
                raise GoldFormatError(f"{where}: time bound {bound!r} is not a partial ISO date")
    modality = data.get("modality") or []
    if isinstance(modality, str):
        modality = [modality]
    if not isinstance(modality, list) or not all(isinstance(m, str) for m in modality):
        raise GoldFormatError(f"{where}: 'modality' must be a modality or a list of them")
    attrs = data.get("attrs") or {}
    if not isinstance(attrs, dict):
        raise GoldFormatError(f"{where}: 'attrs' must be an object")
    location = _names(data["location"], f"{where}: location") if data.get("location") else []
    return GoldFact(
        type=ftype,
        args=args,
        key=tuple(key),
        time=span,
        location=location,
        attrs=attrs,
        modality=list(modality),
        line=line,
    )


def load_gold(path: str | Path) -> GoldFile:
    """Read and validate one gold file; ``GoldFormatError`` names file:line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc})") from exc
    header: dict[str, Any] | None = None
    facts: list[GoldFact] = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{where}: not JSON ({exc.msg})") from exc
        except RecursionError:
            raise GoldFormatError(f"{where}: not JSON (nested too deeply)") from None
        if header is None:
            if not isinstance(data, dict) or not isinstance(data.get("doc"), str) or not data["doc"]:
                raise GoldFormatError(f"{where}: the first line must be a header with a 'doc' path")
            header = data
            continue
        facts.append(_gold_fact(data, where, number))
    if header is None:
        raise GoldFormatError(f"{path}:1: empty gold file (no header)")
    return GoldFile(path=path, doc=header["doc"], header=header, facts=facts)


# --------------------------------------------------------------------------- time


def months_overlap(predicted: TimeSpan | None, gold: TimeSpan) -> bool:
    """Whether a predicted span shares a month with a gold span (partial ISO dates
    widen to whole months/years, open bounds are open, ``orbat.dates``). A predicted
    span with no bound at all does not match: it says nothing about when."""
    if predicted is None or (predicted.start is None and predicted.end is None):
        return False
    return dates.months_overlap(predicted, gold)


def _has_time(span: TimeSpan | None) -> bool:
    return span is not None and (span.start is not None or span.end is not None)


# --------------------------------------------------------------------------- matching


def _name_key(name: str) -> str:
    norm = normalize_name(name)
    return norm[4:] if norm.startswith("the ") else norm


class _Names:
    """The names a predicted fact's arg values stand for, in one extraction."""

    def __init__(self, extraction: Extraction):
        self._by_id = {e.id: e for e in extraction.entities}

    def names(self, value: str | None) -> list[str]:
        if value is None:
            return []
        ent = self._by_id.get(value)
        if ent is None:  # a plain-text arg (attack target) or a fact id
            return [value]
        return [ent.name, *ent.aliases]

    def display(self, value: str | None) -> str:
        if value is None:
            return ""
        ent = self._by_id.get(value)
        return ent.name if ent is not None else value


def _names_match(predicted: list[str], acceptable: list[str]) -> bool:
    wanted = {_name_key(n) for n in acceptable}
    return any(_name_key(n) in wanted for n in predicted)


def _arg_orders(fact: Fact) -> list[dict[str, str]]:
    """The predicted fact's args, and for a symmetric type also with a and b swapped."""
    if fact.type in SYMMETRIC_TYPES:
        swapped = dict(fact.args)
        swapped["a"], swapped["b"] = fact.args.get("b"), fact.args.get("a")  # type: ignore[assignment]
        return [dict(fact.args), swapped]
    return [dict(fact.args)]


def _score(gold: GoldFact, fact: Fact, names: _Names, *, check_time: bool) -> int | None:
    """None when ``fact`` cannot satisfy ``gold``; else how well it fits (higher is better)."""
    if fact.type != gold.type:
        return None
    best: int | None = None
    for args in _arg_orders(fact):
        if not all(_names_match(names.names(args.get(a)), gold.args[a]) for a in gold.key):
            continue
        score = sum(1 for a, acc in gold.args.items() if _names_match(names.names(args.get(a)), acc))
        best = score if best is None else max(best, score)
    if best is None:
        return None
    if gold.type in EVENT_TYPES and _has_time(gold.time):
        if months_overlap(fact.time, gold.time):  # type: ignore[arg-type]
            best += 1
        elif check_time:
            return None
    if gold.location and _names_match(names.names(fact.location), gold.location):
        best += 1
    if gold.modality and fact.modality in gold.modality:
        best += 1
    return best


def _identity_by_alias(gold: GoldFact, extraction: Extraction) -> bool:
    if gold.type != "identity" or set(gold.args) != {"a", "b"}:
        return False
    for ent in extraction.entities:
        names = [ent.name, *ent.aliases]
        if _names_match(names, gold.args["a"]) and _names_match(names, gold.args["b"]):
            return True
    return False


# --------------------------------------------------------------------------- scores


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class ExtraFact:
    """A predicted fact, with its args shown as names (for reports)."""

    id: str
    type: str
    args: dict[str, str]
    time: TimeSpan | None
    modality: str
    quote: str | None

    def label(self) -> str:
        shown = ", ".join(f"{k}={v}" for k, v in self.args.items())
        return f"{self.type}({shown})"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "args": dict(self.args),
            "time": self.time.to_json() if self.time else None,
            "modality": self.modality,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class Match:
    gold: GoldFact
    predicted: ExtraFact | None  # None when found by the identity-by-alias rule
    via: str  # "fact" | "alias"


@dataclass(slots=True)
class Scores:
    """The outcome of comparing one extraction with its gold facts."""

    by_type: dict[str, Counts] = field(default_factory=dict)
    matches: list[Match] = field(default_factory=list)
    misses: list[GoldFact] = field(default_factory=list)
    extras: list[ExtraFact] = field(default_factory=list)
    modality_correct: int = 0
    modality_total: int = 0

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.by_type.values():
            total.add(counts)
        return total

    @property
    def modality_accuracy(self) -> float | None:
        return self.modality_correct / self.modality_total if self.modality_total else None

    def counts(self, ftype: str) -> Counts:
        return self.by_type.setdefault(ftype, Counts())

    def add(self, other: Scores) -> None:
        for ftype, counts in other.by_type.items():
            self.counts(ftype).add(counts)
        self.matches += other.matches
        self.misses += other.misses
        self.extras += other.extras
        self.modality_correct += other.modality_correct
        self.modality_total += other.modality_total

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_json(),
            "by_type": {t: self.by_type[t].to_json() for t in sorted(self.by_type)},
            "modality_accuracy": self.modality_accuracy,
            "modality_correct": self.modality_correct,
            "modality_total": self.modality_total,
            "misses": [g.to_json() for g in self.misses],
            "extras": [e.to_json() for e in self.extras],
        }


def _shown(fact: Fact, names: _Names) -> ExtraFact:
    return ExtraFact(
        id=fact.id,
        type=fact.type,
        args={k: names.display(v) for k, v in fact.args.items()},
        time=fact.time,
        modality=fact.modality,
        quote=fact.sources[0].quote if fact.sources else None,
    )


def evaluate_extraction(gold: GoldFile, extraction: Extraction, *, check_time: bool = True) -> Scores:
    """Compare one document's extraction with its gold facts (rules in the module docstring)."""
    names = _Names(extraction)
    predicted = extraction.facts
    candidates: list[tuple[int, int, int, int]] = []  # (-len(key), -score, gold index, fact index)
    for gi, gfact in enumerate(gold.facts):
        for pi, fact in enumerate(predicted):
            score = _score(gfact, fact, names, check_time=check_time)
            if score is not None:
                candidates.append((-len(gfact.key), -score, gi, pi))
    candidates.sort()
    gold_to_pred: dict[int, int] = {}
    used: set[int] = set()
    for _, _, gi, pi in candidates:
        if gi in gold_to_pred or pi in used:
            continue
        gold_to_pred[gi] = pi
        used.add(pi)

    scores = Scores()
    for gi, gfact in enumerate(gold.facts):
        counts = scores.counts(gfact.type)
        if gi in gold_to_pred:
            fact = predicted[gold_to_pred[gi]]
            counts.tp += 1
            scores.matches.append(Match(gold=gfact, predicted=_shown(fact, names), via="fact"))
            if gfact.modality:
                scores.modality_total += 1
                scores.modality_correct += fact.modality in gfact.modality
        elif _identity_by_alias(gfact, extraction):
            counts.tp += 1
            scores.matches.append(Match(gold=gfact, predicted=None, via="alias"))
        else:
            counts.fn += 1
            scores.misses.append(gfact)
    for pi, fact in enumerate(predicted):
        if pi not in used:
            scores.counts(fact.type).fp += 1
            scores.extras.append(_shown(fact, names))
    return scores


# --------------------------------------------------------------------------- files


@dataclass(slots=True)
class FileScores:
    gold: GoldFile
    doc_id: str
    scores: Scores
    extraction: Extraction | None = None  # kept for error analysis (``orbat.evalexplain``)
    body: str = ""


@dataclass(slots=True)
class Report:
    files: list[FileScores] = field(default_factory=list)

    @property
    def total(self) -> Scores:
        total = Scores()
        for item in self.files:
            total.add(item.scores)
        return total

    def by_set(self) -> dict[str, Scores]:
        """Scores summed per evaluation set (``dev``, ``blind``, ...)."""
        out: dict[str, Scores] = {}
        for item in self.files:
            out.setdefault(item.gold.set_name, Scores()).add(item.scores)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "files": [
                {"gold": str(f.gold.path), "doc": f.doc_id, "set": f.gold.set_name, **f.scores.to_json()}
                for f in self.files
            ],
            "sets": {name: scores.to_json() for name, scores in sorted(self.by_set().items())},
            "total": self.total.to_json(),
        }


Reader = Callable[[Sequence[str]], Iterable[Document | InputError]]


def _plain_text_reader(paths: Sequence[str]) -> Iterator[Document | InputError]:
    """Used only where ``orbat.readers`` is not importable: each path as plain text."""
    for path in paths:
        try:
            body = Path(path).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            yield InputError(path, str(exc))
            continue
        yield Document(body=body, source=path, format="text")


def _default_reader() -> Reader:
    try:
        from orbat.readers import read_inputs
    except ImportError:
        return _plain_text_reader
    return read_inputs


def _record_matches(doc: Document, record: str) -> bool:
    if record.isdigit():
        return doc.record == int(record)
    candidates = {doc.url, doc.id, getattr(doc, "record_id", None), getattr(doc, "guid", None)}
    return record in candidates


def read_gold_document(gold: GoldFile, *, reader: Reader | None = None) -> Document:
    """The document a gold file is about. The header's ``published`` and ``title``
    fill in what the reader did not find (a plain .txt has no metadata)."""
    read = reader or _default_reader()
    record = gold.record
    for item in read([str(gold.doc_path)]):
        if isinstance(item, InputError):
            raise GoldFormatError(f"{gold.path}:1: cannot read {gold.doc}: {item.reason}")
        if record is None or _record_matches(item, record):
            if item.published is None and gold.published:
                item.published = gold.published
            if item.title is None and gold.header.get("title"):
                item.title = gold.header["title"]
            return item
    raise GoldFormatError(f"{gold.path}:1: no document {gold.doc!r} found")


def gold_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named: a folder stands for every ``*.gold.jsonl`` under it (sorted)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(path.rglob("*.gold.jsonl"))
            if not inside:
                raise GoldFormatError(f"{path}: a folder with no *.gold.jsonl files")
            found.extend(inside)
        else:
            found.append(path)
    return found


def evaluate_files(
    paths: Iterable[str | Path],
    extractor: Any,
    *,
    check_time: bool = True,
    reader: Reader | None = None,
) -> Report:
    """Load each gold file, read its document, extract (with ``extractor``, an
    object with ``extract(doc) -> Extraction``) and score."""
    report = Report()
    for path in gold_paths(paths):
        gold = load_gold(path)
        doc = read_gold_document(gold, reader=reader)
        extraction = extractor.extract(doc)
        scores = evaluate_extraction(gold, extraction, check_time=check_time)
        report.files.append(
            FileScores(gold=gold, doc_id=doc.id, scores=scores, extraction=extraction, body=doc.body)
        )
    return report
