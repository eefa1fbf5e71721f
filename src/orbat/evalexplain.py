"""Why a gold fact was missed, or a predicted fact was extra: error classes for ``orbat eval --explain``.

Each miss (a gold fact no predicted fact satisfied) gets the first class that holds:

``entity``      a key arg names an entity the extraction never recognised (no extracted
                entity carries any of the acceptable names);
``time``        a predicted fact of the same type and key args exists but its time does not
                overlap the gold time;
``wrong_type``  a predicted fact of another type, itself unmatched, links the same key
                entities (membership told as leadership, ...);
``wrong_arg``   a predicted fact of the same type has one key arg right and another wrong;
``no_link``     a predicted fact of the same type has one key arg right and another missing;
``trigger``     the entities were recognised but no fact of this type ties them together
                (the trigger word or construction was not recognised).

Each extra (a predicted fact that satisfied no gold fact) gets one of:

``non_fact``    it comes from text that states no fact: navigation and related-article lines,
                or it is speculative (forecast, opinion);
``time``        it would satisfy a missed gold fact but for the time;
``wrong_type``  its key entities are those of a missed gold fact of another type;
``wrong_arg``   it shares a key arg with a missed gold fact of its type, the other arg differs;
``not_in_gold`` nothing in the gold resembles it (a false trigger, or a gold gap).

This module does no NLP; it reads the gold, the extraction and the scores.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from orbat.evaluate import FileScores, GoldFact, _Names, _names_match, _score
from orbat.model import Extraction, Fact

__all__ = ["EXTRA_CLASSES", "MISS_CLASSES", "ErrorCase", "explain_file", "explain_files", "tally"]

MISS_CLASSES = ("entity", "time", "wrong_type", "wrong_arg", "no_link", "trigger")
EXTRA_CLASSES = ("non_fact", "time", "wrong_type", "wrong_arg", "not_in_gold")

_NAVIGATION = re.compile(
    r"^\s*(read (also|more)|related( articles| stories)?|see also|more on|tags?|share this|follow us|"
    r"also read|recommended|most read|you may also like)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ErrorCase:
    """One miss or extra and the class it falls in."""

    side: str  # "miss" | "extra"
    cls: str
    type: str
    label: str
    gold_file: str
    quote: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "class": self.cls,
            "type": self.type,
            "label": self.label,
            "gold_file": self.gold_file,
            "quote": self.quote,
        }


def _entity_known(acceptable: list[str], extraction: Extraction) -> bool:
    if any(_names_match([e.name, *e.aliases], acceptable) for e in extraction.entities):
        return True
    # a plain-text arg (an attack target written as text) is known when a fact carries it
    return any(_names_match([v], acceptable) for f in extraction.facts for v in f.args.values())


def _arg_matches(fact: Fact, arg: str, acceptable: list[str], names: _Names) -> bool | None:
    """True/False when the fact has the arg (right/wrong); None when it lacks it."""
    value = fact.args.get(arg)
    if value is None:
        return None
    return _names_match(names.names(value), acceptable)


def _keyed_args(fact: Fact, gold: GoldFact) -> list[dict[str, str]]:
    if gold.type in ("alliance", "identity"):
        swapped = dict(fact.args)
        swapped["a"], swapped["b"] = fact.args.get("b"), fact.args.get("a")  # type: ignore[assignment]
        return [dict(fact.args), {k: v for k, v in swapped.items() if v is not None}]
    return [dict(fact.args)]


def _partial(gold: GoldFact, fact: Fact, names: _Names) -> str | None:
    """``wrong_arg`` / ``no_link`` when ``fact`` (same type) has some key arg right."""
    best: str | None = None
    for args in _keyed_args(fact, gold):
        states = []
        for arg in gold.key:
            value = args.get(arg)
            states.append(None if value is None else _names_match(names.names(value), gold.args[arg]))
        if True not in states:
            continue
        if False in states:
            best = "wrong_arg"
        elif None in states and best is None:
            best = "no_link"
    return best


def _same_entities_other_type(gold: GoldFact, fact: Fact, names: _Names) -> bool:
    if fact.type == gold.type or not gold.key:
        return False
    values = [names.names(v) for v in fact.args.values()]
    return all(any(_names_match(v, gold.args[a]) for v in values) for a in gold.key)


def _miss_class(gold: GoldFact, extraction: Extraction, names: _Names, unmatched: set[str]) -> str:
    for arg in gold.key:
        if not _entity_known(gold.args[arg], extraction):
            return "entity"
    same_type = [f for f in extraction.facts if f.type == gold.type]
    if any(_score(gold, f, names, check_time=False) is not None for f in same_type):
        return "time"
    if any(_same_entities_other_type(gold, f, names) for f in extraction.facts if f.id in unmatched):
        return "wrong_type"
    partials = {_partial(gold, f, names) for f in same_type}
    if "wrong_arg" in partials:
        return "wrong_arg"
    if "no_link" in partials:
        return "no_link"
    return "trigger"


def _is_non_fact(fact: Fact, body: str) -> bool:
    if fact.modality == "speculative":
        return True
    for source in fact.sources:
        line_start = body.rfind("\n", 0, source.start) + 1
        line_end = body.find("\n", source.end)
        line = body[line_start : line_end if line_end >= 0 else len(body)]
        if _NAVIGATION.match(line):
            return True
        before = body[:line_start]
        if re.search(r"(?im)^\s*(read (also|more)|related|see also|also read)\b[^\n]*\n\s*\Z", before):
            return True  # the first line after a "Read also:" heading
    return False


def _extra_class(fact: Fact, misses: list[GoldFact], names: _Names, body: str) -> str:
    if _is_non_fact(fact, body):
        return "non_fact"
    if any(_score(g, fact, names, check_time=False) is not None for g in misses):
        return "time"
    if any(_same_entities_other_type(g, fact, names) for g in misses):
        return "wrong_type"
    if any(g.type == fact.type and _partial(g, fact, names) == "wrong_arg" for g in misses):
        return "wrong_arg"
    return "not_in_gold"


def explain_file(item: FileScores, extraction: Extraction, body: str = "") -> list[ErrorCase]:
    """Classify every miss and extra of one scored gold file."""
    names = _Names(extraction)
    name = item.gold.path.name.removesuffix(".gold.jsonl")
    unmatched = {e.id for e in item.scores.extras}
    cases = [
        ErrorCase("miss", _miss_class(g, extraction, names, unmatched), g.type, g.label(), name)
        for g in item.scores.misses
    ]
    by_id = {f.id: f for f in extraction.facts}
    for extra in item.scores.extras:
        fact = by_id.get(extra.id)
        if fact is None:
            continue
        cls = _extra_class(fact, item.scores.misses, names, body)
        cases.append(ErrorCase("extra", cls, fact.type, extra.label(), name, extra.quote))
    return cases


def explain_files(items: Iterable[tuple[FileScores, Extraction, str]]) -> list[ErrorCase]:
    return [case for item, extraction, body in items for case in explain_file(item, extraction, body)]


def tally(cases: Iterable[ErrorCase]) -> dict[str, dict[str, Counter[str]]]:
    """``{side: {class: Counter(type -> n)}}``, for the per-class, per-type table."""
    out: dict[str, dict[str, Counter[str]]] = {"miss": {}, "extra": {}}
    for case in cases:
        out[case.side].setdefault(case.cls, Counter())[case.type] += 1
    return out
