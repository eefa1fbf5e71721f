"""What an export writes: the knowledge base, or the part of it a filter selects.

``select(store, since=..., until=..., group=...)`` reads the store once and returns a
``KBSlice``: the chosen facts, every entity and document they point at, and the facts an
analyst confirmed. Every writer takes a store or a slice (``as_slice``), so the filters
apply to every format alike.

The rules (``docs/exports.md``):

- ``--since`` / ``--until`` keep the facts whose time can overlap the window. An event
  needs a date to be kept; a state (leadership, branch, ...) with one open bound runs on
  that side; a fact with no date at all is placed at its sources' publication dates (it
  was at least reported then).
- ``--group NAME`` keeps the facts with that group in any role, the group found by id,
  name or alias as the query commands find it (``orbat.query.view.find_entity``).
- A kept claim brings the attack it claims (so no reference is left dangling), and a kept
  attack brings the claims of it (so its claimed / unverified status is the same as in the
  whole knowledge base).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from orbat.model import EVENT_TYPES, Document, Entity, Fact
from orbat.query.view import check_date, find_entity
from orbat.timelines import overlaps


@dataclass(frozen=True, slots=True)
class ExportFilter:
    since: str | None = None
    until: str | None = None
    group: str | None = None

    @property
    def empty(self) -> bool:
        return self.since is None and self.until is None and self.group is None

    def to_json(self) -> dict[str, str]:
        values = {"since": self.since, "until": self.until, "group": self.group}
        return {k: v for k, v in values.items() if v is not None}


@dataclass(slots=True)
class KBSlice:
    """Documents, entities and facts to export, each sorted by id."""

    documents: list[Document] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    confirmed: frozenset[str] = frozenset()  # fact ids an analyst confirmed
    filters: ExportFilter = field(default_factory=ExportFilter)
    _docs: dict[str, Document] = field(init=False, repr=False, compare=False)
    _facts: dict[str, Fact] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._docs = {d.id: d for d in self.documents}
        self._facts = {f.id: f for f in self.facts}

    def entity(self, entity_id: str | None) -> Entity | None:
        return self.entities.get(entity_id) if entity_id else None

    def document(self, doc_id: str) -> Document | None:
        return self._docs.get(doc_id)

    def fact(self, fact_id: str | None) -> Fact | None:
        return self._facts.get(fact_id) if fact_id else None


def entity_refs(fact: Fact) -> list[str]:
    """The entity ids a fact points at: its entity args and its location."""
    ids = [v for v in fact.args.values() if isinstance(v, str) and v.startswith("ent:")]
    if fact.location:
        ids.append(fact.location)
    return ids


def published_dates(fact: Fact, published: dict[str, str | None]) -> list[str]:
    return sorted({p for s in fact.sources if (p := published.get(s.doc))})


def in_window(fact: Fact, since: str | None, until: str | None, published: dict[str, str | None]) -> bool:
    """Whether a fact's time can overlap [since, until] (see the module docstring)."""
    if since is None and until is None:
        return True
    start, end = (fact.time.start, fact.time.end) if fact.time else (None, None)
    if start is None and end is None:
        if fact.type in EVENT_TYPES:
            return False
        return any(overlaps(d, d, since, until) for d in published_dates(fact, published))
    if fact.type in EVENT_TYPES:
        start, end = start or end, end or start
    return overlaps(start, end, since, until)


def _closure(chosen: dict[str, Fact], every: dict[str, Fact]) -> None:
    """Add the attacks that chosen claims point at, and the claims of chosen attacks."""
    claims = [f for f in every.values() if f.type == "claim" and f.args.get("attack")]
    for claim in claims:
        if claim.id in chosen and claim.args["attack"] in every:
            chosen.setdefault(claim.args["attack"], every[claim.args["attack"]])
    for claim in claims:
        if claim.args["attack"] in chosen:
            chosen.setdefault(claim.id, claim)


def _confirmed(store: Any, facts: Iterable[Fact]) -> frozenset[str]:
    curated = {c.target for c in store.curations() if c.action == "fact.confirm"}
    return frozenset(f.id for f in facts if f.id in curated or f.attrs.get("confirmed") is True)


def select(
    store: Any, *, since: str | None = None, until: str | None = None, group: str | None = None
) -> KBSlice:
    """The slice of the store's knowledge base that the filters keep (all of it with
    none). A bad date or an unknown group raises ``orbat.query.QueryError``."""
    filters = ExportFilter(check_date(since, "--since"), check_date(until, "--until"), group)
    group_id = None
    if group is not None:
        group_id = find_entity(store, group, prefer=("organization", "group_of_people")).id
    documents = sorted(store.iter_documents(), key=lambda d: d.id)
    every = {f.id: f for f in store.facts()}
    entities = {e.id: e for e in store.entities()}
    if filters.empty:
        facts = [every[k] for k in sorted(every)]
        return KBSlice(documents, dict(sorted(entities.items())), facts, _confirmed(store, facts), filters)
    published = {d.id: d.published for d in documents}
    chosen = {
        f.id: f
        for f in every.values()
        if in_window(f, filters.since, filters.until, published)
        and (group_id is None or group_id in f.args.values())
    }
    _closure(chosen, every)
    facts = [chosen[k] for k in sorted(chosen)]
    wanted_entities = {i for f in facts for i in entity_refs(f)}
    wanted_docs = {s.doc for f in facts for s in f.sources}
    return KBSlice(
        documents=[d for d in documents if d.id in wanted_docs],
        entities={k: entities[k] for k in sorted(wanted_entities) if k in entities},
        facts=facts,
        confirmed=_confirmed(store, facts),
        filters=filters,
    )


def as_slice(source: Any) -> KBSlice:
    """A writer's input as a slice: a slice as it is, a store whole."""
    return source if isinstance(source, KBSlice) else select(source)
