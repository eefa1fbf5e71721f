"""A fact's tally: what ``events.merge_facts`` reads of its mentions, kept mergeable.

    t = fact_tally(nodes) + fact_tally(more)         # the tally of nodes + more
    fact = merge_tally(t, sources, geo_of=geos.get, lines=lines)
    # == merge_facts(nodes + more, geo_of=geos.get), or None where the tally cannot decide

An incremental update folds k new mentions into a stored fact through its tally (kept with
its summary in the resolution index) in O(k), instead of re-reading and re-merging all its
stored mentions. What the tally keeps, per ``merge_facts`` step:

- the strongest mention (modality, confidence, position): the fact's modality;
- per arg, the votes of the mentions naming it and of all mentions giving it; for the
  perpetrator, whether the last mention giving each value had a perpetrator line (the line
  itself is read from the group lines at merge time);
- the time folded over the mentions (``intersect`` for events, ``widen`` for states) - both
  are associative and commutative when every dated mention gives the same time text and
  all bounds parse, so the fold of two tallies is the fold of all the mentions; otherwise
  the tally cannot decide (``time_ok``) and the caller re-merges from the mentions;
- location counts (the place is chosen at merge time by its geo's precision);
- each attr's value from the strongest mention giving it, each role's strongest mention;
- per document: the best confidence (noisy-or), the figures and time of its strongest
  mention giving them (``per_source``).

A mention's *position* is (doc, natural order of its local id): the order of node indexes
in a resolution. Sources are not kept: they are the stored fact's plus the new mentions'
(``merge_sources``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from orbat.model import Evidence, Fact, Geo, TimeSpan
from orbat.resolve.entities import natural_key
from orbat.resolve.events import (
    EVENTS,
    FIGURES,
    FactNode,
    figures_of,
    is_entity_ref,
    modality_rank,
    most_specific_role,
    noisy_or,
)
from orbat.resolve.geo import precision_rank
from orbat.resolve.timespans import intersect, lower, upper, widen

Rank = tuple  # (modality rank, -confidence, doc, local id): the order of ``merge_facts``' ``ordered``
DOC_KEYS = (*FIGURES, "time")  # what ``_figures`` takes per document, in its insertion order


def _rank_key(rank: Sequence) -> tuple:
    return (rank[0], rank[1], rank[2], natural_key(rank[3]))


def _doc_key(rank: Sequence) -> tuple:  # (modality rank, local id): the order within one document
    return (rank[0], natural_key(rank[1]))


def _min(a: tuple[Sequence, Any] | None, b: tuple[Sequence, Any] | None, key) -> tuple[Sequence, Any] | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if key(a[0]) <= key(b[0]) else b


def _count(counts: dict[str, dict[str, int]], name: str, value: str) -> None:
    c = counts.get(name)
    if c is None:
        counts[name] = {value: 1}
    else:
        c[value] = c.get(value, 0) + 1


def _counted(a: dict[str, int] | None, b: dict[str, int]) -> dict[str, int]:
    """The sum of two counts (a new dict: ``a`` may be shared)."""
    out = dict(a or {})
    for k, n in b.items():
        out[k] = out.get(k, 0) + n
    return out


# One document's mentions of a fact, kept as JSON (a tally read back from the index is not
# converted entry by entry): [best confidence, {figure or "time": [[modality rank, local id],
# value of its strongest mention giving it]}]. An entry is never changed in place, only replaced.
DocEntry = list


def _add_doc(a: DocEntry | None, b: DocEntry) -> DocEntry:
    if a is None:
        return b
    given = dict(a[1])
    for k, g in b[1].items():
        if k not in given or _doc_key(g[0]) < _doc_key(given[k][0]):
            given[k] = g
    return [max(a[0], b[0]), given]


@dataclass(slots=True)
class FactTally:
    type: str
    best: tuple  # (modality rank, -confidence, doc, local id, modality) of the strongest mention
    named: dict[str, dict[str, int]]  # per arg: how many mentions naming it (not described) give each value
    votes: dict[str, dict[str, int]]  # per arg: how many mentions give each value
    last: dict[str, tuple[str, str, bool]]  # perpetrator value -> (doc, local id, has a line) of its last mention
    time: TimeSpan | None
    texts: tuple[str | None, ...]  # distinct time texts of dated mentions (two at most: more is "mixed")
    odd: bool  # a bound that does not parse (the fold's order could matter)
    locations: dict[str, int]  # how many mentions give each place
    attrs: dict[str, tuple[Sequence, Any]]  # attr -> (rank, value) of the strongest mention giving it
    roles: dict[str, Sequence]  # role -> rank of its strongest mention
    docs: dict[str, DocEntry]
    mentions: int = 0

    @property
    def time_ok(self) -> bool:
        """Whether ``time`` is the fold over the mentions in any order (see the module)."""
        return len(self.texts) <= 1 and not self.odd

    def add(self, other: FactTally) -> None:
        """Fold ``other`` (mentions not in this tally) into this one: O(size of ``other``)."""
        if self.type != other.type:
            raise ValueError("tallies of different fact types")
        self.best = min(self.best, other.best, key=_rank_key)
        for mine, theirs in ((self.named, other.named), (self.votes, other.votes)):
            for k, c in theirs.items():
                mine[k] = _counted(mine.get(k), c)
        for v, at in other.last.items():
            now = self.last.get(v)
            if now is None or (at[0], natural_key(at[1])) > (now[0], natural_key(now[1])):
                self.last[v] = at
        texts = set(self.texts) | set(other.texts)
        self.texts = tuple(sorted(texts, key=lambda t: (t is not None, t or "")))[:2]
        self.odd = self.odd or other.odd
        op = intersect if self.type in EVENTS else widen
        self.time = op(self.time, other.time) if self.time_ok else None  # kept only where exact
        self.locations = _counted(self.locations, other.locations)
        for k, given in other.attrs.items():
            self.attrs[k] = _min(self.attrs.get(k), given, _rank_key)  # type: ignore[assignment]
        for r, rank in other.roles.items():
            if r not in self.roles or _rank_key(rank) < _rank_key(self.roles[r]):
                self.roles[r] = rank
        for d, entry in other.docs.items():
            self.docs[d] = _add_doc(self.docs.get(d), entry)
        self.mentions += other.mentions

    def copy(self) -> FactTally:
        return FactTally(
            self.type, self.best, {k: dict(v) for k, v in self.named.items()},
            {k: dict(v) for k, v in self.votes.items()}, dict(self.last), self.time, self.texts, self.odd,
            dict(self.locations), dict(self.attrs), dict(self.roles), dict(self.docs), self.mentions,
        )  # fmt: skip

    def __add__(self, other: FactTally) -> FactTally:
        out = self.copy()
        out.add(other)
        return out

    # ------------------------------------------------------------------ JSON (index rows)
    def to_json(self) -> dict:
        return {
            "type": self.type, "best": list(self.best), "mentions": self.mentions,
            "named": {k: dict(sorted(v.items())) for k, v in sorted(self.named.items())},
            "votes": {k: dict(sorted(v.items())) for k, v in sorted(self.votes.items())},
            "last": {k: list(v) for k, v in sorted(self.last.items())},
            "time": self.time.to_json() if self.time else None, "texts": list(self.texts), "odd": self.odd,
            "locations": dict(sorted(self.locations.items())),
            "attrs": {k: [list(r), v] for k, (r, v) in sorted(self.attrs.items())},
            "roles": {k: list(r) for k, r in sorted(self.roles.items())},
            "docs": dict(self.docs),
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict) -> FactTally:
        return cls(
            data["type"], tuple(data["best"]),
            {k: dict(v) for k, v in data["named"].items()}, {k: dict(v) for k, v in data["votes"].items()},
            {k: tuple(v) for k, v in data["last"].items()},  # type: ignore[misc]
            TimeSpan.from_json(data["time"]), tuple(data["texts"]), data["odd"], dict(data["locations"]),
            {k: (tuple(r), v) for k, (r, v) in data["attrs"].items()},
            {k: tuple(r) for k, r in data["roles"].items()}, dict(data["docs"]), data["mentions"],
        )  # fmt: skip


def _odd(span: TimeSpan | None) -> bool:
    if span is None:
        return False
    return (span.start is not None and lower(span.start) is None) or (span.end is not None and upper(span.end) is None)


def fact_tally(nodes: Sequence[FactNode]) -> FactTally:
    """The tally of some mentions of one fact (at least one), in one pass."""
    named: dict[str, dict[str, int]] = {}
    votes: dict[str, dict[str, int]] = {}
    last: dict[str, tuple[str, str, bool]] = {}
    attrs: dict[str, tuple[Sequence, Any]] = {}
    roles: dict[str, Sequence] = {}
    docs: dict[str, DocEntry] = {}
    locations: dict[str, int] = {}
    texts: set[str | None] = set()
    best: tuple | None = None
    time: TimeSpan | None = None
    odd = False
    op = intersect if nodes[0].fact.type in EVENTS else widen
    for node in sorted(nodes, key=lambda n: (n.doc, natural_key(n.local_id))):  # a resolution's order
        f = node.fact
        mrank = modality_rank(f.modality)
        rank = (mrank, -f.confidence, node.doc, node.local_id)
        key = _rank_key(rank)
        if best is None or key < _rank_key(best):
            best = (*rank, f.modality)
        for name, value in f.args.items():
            if not value:
                continue
            _count(votes, name, value)
            if name not in node.described:
                _count(named, name, value)
            if name == "perpetrator":
                last[value] = (node.doc, node.local_id, bool(node.perp_line))
        for k, v in f.attrs.items():
            if k not in FIGURES and k != "per_source" and v is not None:
                if k not in attrs or key < _rank_key(attrs[k][0]):
                    attrs[k] = (rank, v)
        if f.attrs.get("role"):
            role = str(f.attrs["role"])
            if role not in roles or key < _rank_key(roles[role]):
                roles[role] = rank
        if f.location:
            locations[f.location] = locations.get(f.location, 0) + 1
        at = [mrank, node.local_id]
        given: dict[str, list] = {}
        for k in FIGURES:
            value = f.attrs.get(k)
            if isinstance(value, dict):
                given[k] = [at, {"min": value.get("min"), "max": value.get("max")}]
        if f.time is not None:
            given["time"] = [at, f.time.to_json()]
            texts.add(f.time.text)
            odd = odd or _odd(f.time)
            time = op(time, f.time)
        docs[node.doc] = _add_doc(docs.get(node.doc), [f.confidence, given])
    ordered_texts = tuple(sorted(texts, key=lambda t: (t is not None, t or "")))[:2]
    return FactTally(
        nodes[0].fact.type, best, named, votes, last, time if len(ordered_texts) <= 1 and not odd else None,  # type: ignore[arg-type]
        ordered_texts, odd, locations, attrs, roles, docs, len(nodes),
    )  # fmt: skip


def merge_sources(*groups: Sequence[Evidence]) -> list[Evidence] | None:
    """The sources ``merge_facts`` gives for mentions with these sources: one per
    (doc, start, end, quote, attribution), sorted; None where two differ only in an
    attribution of None against "" (which one a merge keeps depends on the mentions' order)."""
    by_key: dict[tuple, Evidence] = {}
    for group in groups:
        for s in group:
            key = (s.doc, s.start, s.end, s.quote, s.attributed_to or "")
            if key in by_key and by_key[key].attributed_to != s.attributed_to:
                return None
            by_key[key] = s
    return [Evidence(s.doc, s.quote, s.start, s.end, s.attributed_to) for _, s in sorted(by_key.items())]


def merge_tally(
    t: FactTally,
    sources: list[Evidence],
    *,
    geo_of: Callable[[str], Geo | None],
    lines: dict[str, frozenset[str]],
) -> Fact | None:
    """The fact ``merge_facts`` makes of the mentions tallied in ``t`` (whose sources, merged,
    are ``sources``), with the current group ``lines``; None when the tally cannot decide."""
    if not t.time_ok:
        return None
    args: dict[str, str] = {}
    for name in sorted(t.votes):
        votes = t.named.get(name) or t.votes[name]
        if not votes:
            continue
        known: dict[str, frozenset[str]] = {}
        if name == "perpetrator":
            known = {v: (lines.get(v, frozenset({v})) if at[2] else frozenset()) for v, at in t.last.items()}
        args[name] = min(
            votes, key=lambda v: (not is_entity_ref(v), -sum(u in known.get(v, ()) for u in votes), -votes[v], v)
        )
    location = (
        min(t.locations, key=lambda loc: (precision_rank(geo_of(loc)), -t.locations[loc], loc)) if t.locations else None
    )
    attrs: dict[str, Any] = {k: v for k, (_r, v) in t.attrs.items()}
    attrs.update(_figures(t.docs))
    if t.roles:
        ordered = sorted(t.roles, key=lambda r: _rank_key(t.roles[r]))
        attrs["role"] = most_specific_role(ordered)
    return Fact(
        id="",
        type=t.type,
        args=args,
        time=t.time,
        location=location,
        attrs=dict(sorted(attrs.items())),
        modality=t.best[4],
        confidence=_confidence(t.docs),
        sources=sources,
    )


def _confidence(docs: dict[str, DocEntry]) -> float:
    """``events.combined_confidence`` from the per-document best confidences."""
    return noisy_or([docs[d][0] for d in sorted(docs)])


def _figures(docs: dict[str, DocEntry]) -> dict[str, Any]:
    """``events._figures`` from the per-document entries."""
    per_doc: dict[str, dict[str, Any]] = {}
    for d in sorted(docs):
        given = docs[d][1]
        entry: dict[str, Any] = {"doc": d}
        for key in sorted(given, key=lambda k: (_doc_key(given[k][0]), DOC_KEYS.index(k))):
            entry[key] = dict(given[key][1])
        per_doc[d] = entry
    return figures_of(per_doc)


