"""Document tags: the groups a document reports as actors and the countries where its
events happen, read from the resolved facts whose evidence lies in that document
(never from keywords in its text).

    document_tags(store)            -> {doc id: DocTags}, every document with facts
    tags_of(store, facts)           -> the same, for the documents of some facts only
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from orbat.model import Entity, Fact
from orbat.query.answers import Ref
from orbat.query.view import StoreView, entity_args

# Args that name who is acted on, not who acts: a group attacked is no actor of the report.
_NOT_ACTOR = {("attack", "target"), ("death", "person"), ("capture", "person")}
ACTOR_TYPES = ("organization",)


@dataclass(slots=True)
class DocTags:
    """A document's tags: actor groups (by name) and ISO alpha-2 countries (sorted)."""

    groups: list[Ref] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "groups": [{"id": g.id, "name": g.name, "type": g.type} for g in self.groups],
            "countries": list(self.countries),
        }

    def has_group(self, group_id: str) -> bool:
        return any(g.id == group_id for g in self.groups)


def actor_groups(fact: Fact, entity: Any) -> list[str]:
    """Ids of the organisations ``fact`` names as actors (``entity(id) -> Entity | None``)."""
    out = []
    for role, value in entity_args(fact).items():
        if (fact.type, role) in _NOT_ACTOR:
            continue
        ent = entity(value)
        if ent is not None and ent.type in ACTOR_TYPES:
            out.append(value)
    return out


def _collect(facts: Iterable[Fact], entity: Any) -> dict[str, DocTags]:
    groups: dict[str, dict[str, Entity]] = {}
    countries: dict[str, set[str]] = {}
    for fact in facts:
        docs = {s.doc for s in fact.sources}
        if not docs:
            continue
        actors = [e for e in (entity(i) for i in actor_groups(fact, entity)) if e is not None]
        place = entity(fact.location) if fact.location else None
        country = (place.geo.country or "").upper() if place is not None and place.geo else ""
        for doc in docs:
            mine = groups.setdefault(doc, {})
            for ent in actors:
                mine[ent.id] = ent
            found = countries.setdefault(doc, set())
            if country:
                found.add(country)
    out: dict[str, DocTags] = {}
    for doc in groups:
        ents = sorted(groups[doc].values(), key=lambda e: (e.name.casefold(), e.id))
        out[doc] = DocTags(
            groups=[Ref(e.id, e.name, e.type) for e in ents], countries=sorted(countries.get(doc, ()))
        )
    return out


def tags_of(store: Any, facts: list[Fact]) -> dict[str, DocTags]:
    """Tags of the documents that ``facts`` cite, from those facts only."""
    view = StoreView(store)
    view.load_entities(
        {v for f in facts for v in entity_args(f).values()} | {f.location for f in facts if f.location}
    )
    return _collect(facts, view.entity)


def document_tags(store: Any) -> dict[str, DocTags]:
    """Every document's tags, from the whole knowledge base (one pass over its facts)."""
    entities = {e.id: e for e in store.entities()}
    return _collect(store.facts(), entities.get)


__all__ = ["ACTOR_TYPES", "DocTags", "actor_groups", "document_tags", "tags_of"]
