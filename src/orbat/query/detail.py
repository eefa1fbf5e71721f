"""One thing in full, for the API and the UI: an entity's profile with its aliases'
evidence, a fact with its sources' offsets, a document with its facts and tags, a
group over time, and the group graph around one group.

Each builds on the questions of ``orbat.query`` (``profile``, ``leaders``,
``events``, ``graph``) and adds only what a page about one thing shows.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from orbat.query.answers import Ambiguous, Leader, NotFound, QueryError, Ref
from orbat.query.browse import entity_json, items_json
from orbat.query.events import _status_label, _statuses, events
from orbat.query.graph import graph
from orbat.query.people import leaders, profile
from orbat.query.tags import DocTags, tags_of
from orbat.query.view import StoreView, check_date, describe, find_fact
from orbat.timelines import relations

# --------------------------------------------------------------------------- entity


def _alias_evidence(view: StoreView, alias: str, facts: list[Any], *, most: int = 3) -> list[dict[str, Any]]:
    """Quotes of the entity's facts that use ``alias`` (case-insensitive)."""
    wanted = alias.casefold()
    found = [f for f in facts if any(wanted in s.quote.casefold() for s in f.sources)]
    sources = [s for s in view.sources(found) if wanted in s.quote.casefold()]
    return [asdict(s) for s in sources[:most]]


def entity_profile(store: Any, entity: str) -> dict[str, Any]:
    """``orbat.query.profile`` of an entity (id or name) as JSON, with the entity's
    record, its names, and its aliases each with ``hedged`` and evidence: stated aliases
    (merged into the entity) with quotes that use them, then possible identities
    (hedged, alleged, …; never merged) with the quotes that suggest them."""
    view = StoreView(store)
    ent = view.resolve(entity, prefer=("person",))
    prof = profile(store, ent.id)
    facts = view.facts_for([ent.id])
    aliases: list[dict[str, Any]] = [
        {
            "name": alias,
            "hedged": False,
            "modality": "asserted",
            "entity": None,
            "fact": None,
            "evidence": _alias_evidence(view, alias, facts),
        }
        for alias in ent.aliases
    ]
    for ident in prof.identities:
        aliases.append(
            {
                "name": ident.other.name,
                "hedged": ident.modality != "asserted",
                "modality": ident.modality,
                "entity": asdict(ident.other),
                "fact": ident.fact,
                "evidence": [asdict(s) for s in ident.sources],
            }
        )
    data = prof.to_json()
    data["entity"] = entity_json(ent)
    data["names"] = [ent.name, *ent.aliases]
    data["aliases"] = aliases
    return data


# --------------------------------------------------------------------------- fact


def fact_detail(store: Any, fact_id: str) -> dict[str, Any]:
    """A fact (id or unique prefix) with its status and every source in full: the
    document's title, date, publisher and url, the quote and its offsets in the body."""
    fact = find_fact(store, fact_id)
    view = StoreView(store)
    claims = [c for c in view.facts_for([fact.id], types=("claim",)) if c.args.get("attack") == fact.id]
    confirmed = view.confirmed()
    statuses = _statuses(fact, claims, confirmed)
    status = _status_label(statuses, fact)
    view.preload([fact])
    item = items_json(store, [view.item(fact, status=status)])[0]
    docs: dict[str, Any] = {}
    sources = []
    for ev in fact.sources:
        if ev.doc not in docs:
            docs[ev.doc] = store.get_document(ev.doc)
        doc = docs[ev.doc]
        sources.append(
            {
                "doc": ev.doc,
                "title": doc.title if doc else None,
                "published": doc.published if doc else None,
                "publisher": doc.publisher if doc else None,
                "url": doc.url if doc else None,
                "quote": ev.quote,
                "start": ev.start,
                "end": ev.end,
                "attributed_to": ev.attributed_to,
            }
        )
    curations = [
        {"id": c.id, "action": c.action, "author": c.author, "created": c.created, "params": c.params}
        for c in store.curations()
        if c.target == fact.id and c.action.startswith("fact.")
    ]
    return {
        "fact": item,
        "modality": fact.modality,
        "status": status,
        "statuses": sorted(statuses),
        "verified": fact.attrs.get("verified"),
        "confirmed": "confirmed" in statuses
        and (fact.id in confirmed or fact.attrs.get("confirmed") is True),
        "curations": curations,
        "sources": sources,
    }


# --------------------------------------------------------------------------- document


def find_document(store: Any, doc_id: str) -> str:
    """A document id from an id or a unique prefix of one."""
    doc_id = doc_id.strip()
    if store.has_document(doc_id):
        return doc_id
    finder = getattr(store, "find_documents", None)
    ids = finder(doc_id) if finder is not None and doc_id else []
    if len(ids) == 1:
        return ids[0]
    if len(ids) > 1:
        raise QueryError(f"{doc_id!r} matches {len(ids)} documents: {', '.join(ids[:5])}")
    raise NotFound(f"no document with id {doc_id!r}")


def document_detail(store: Any, doc_id: str) -> dict[str, Any]:
    """A stored document (id or unique prefix) with its body, tags, and the facts read
    in it with their quotes' offsets in the body."""
    doc = store.get_document(find_document(store, doc_id))
    assert doc is not None
    facts = (
        store.facts_citing(doc.id)
        if hasattr(store, "facts_citing")
        else [f for f in store.facts() if any(s.doc == doc.id for s in f.sources)]
    )
    view = StoreView(store)
    view.preload(facts)
    cited = []
    for fact in facts:
        for ev in fact.sources:
            if ev.doc == doc.id:
                cited.append(
                    {
                        "id": fact.id,
                        "type": fact.type,
                        "summary": describe(fact, view.name),
                        "modality": fact.modality,
                        "quote": ev.quote,
                        "start": ev.start,
                        "end": ev.end,
                    }
                )
    cited.sort(key=lambda c: (c["start"], c["end"], c["id"]))
    data = doc.to_json()
    data["tags"] = tags_of(store, facts).get(doc.id, DocTags()).to_json()
    data["facts"] = cited
    return data


# --------------------------------------------------------------------------- group over time

_RELATION_TYPES = ("branch", "alliance", "pledge", "defection")


def _tenure_key(leader: Leader) -> tuple[Any, ...]:
    return (leader.person.id, leader.role, leader.start_min, leader.start_max, tuple(leader.facts))


def group_timeline(store: Any, group: str, *, on: str | None = None) -> dict[str, Any]:
    """A group over time: every leadership tenure (with, given ``on``, whether each was
    held that day), gaps, relations (branches, parents, allies, pledges, defections;
    those that may hold on ``on``) and the group's events."""
    on = check_date(on, "on")
    view = StoreView(store)
    ent = view.resolve(group, prefer=("organization", "group_of_people"))
    every = leaders(store, ent.id)
    held: dict[tuple[Any, ...], Leader] = {}
    if on:
        held = {_tenure_key(t): t for t in leaders(store, ent.id, on=on).leaders}
    tenures = []
    for tenure in every.leaders:
        data = asdict(tenure)
        at = held.get(_tenure_key(tenure))
        if on:
            data["certain"] = at.certain if at else False
            data["likely"] = at.likely if at else False
            data["in_post_on"] = ("yes" if at.certain else "possibly") if at else "no"
        else:
            data["in_post_on"] = None
        tenures.append(data)

    facts = view.facts_for([ent.id], types=_RELATION_TYPES)
    by_id = {f.id: f for f in facts}
    rels = relations(ent.id, facts, on=on)
    view.load_entities(r.other for r in rels)
    view.load_docs(s.doc for f in facts for s in f.sources)
    out_relations = [
        {
            "kind": r.kind,
            "other": asdict(view.ref(r.other) or Ref(r.other, r.other)),
            "subkind": r.subkind,
            "start": r.start,
            "end": r.end,
            "modality": r.modality,
            "fact": r.fact,
            "sources": [asdict(s) for s in view.sources([by_id[r.fact]])] if r.fact in by_id else [],
        }
        for r in rels
    ]
    group_events = events(store, group=ent.id).events
    return {
        "group": asdict(Ref(ent.id, ent.name, ent.type)),
        "on": on,
        "tenures": tenures,
        "gaps": [asdict(g) for g in every.gaps],
        "relations": out_relations,
        "events": items_json(store, group_events),
    }


def group_graph(store: Any, *, on: str | None = None, group: str | None = None) -> dict[str, Any]:
    """``orbat.query.graph`` on a date; with ``group`` (id or name), only that group's
    links and the groups at their other ends."""
    answer = graph(store, on=on)
    data = answer.to_json()
    data["group"] = None
    if group:
        ent = StoreView(store).resolve(group, prefer=("organization", "group_of_people"))
        edges = [e for e in answer.edges if ent.id in (e.source, e.target)]
        keep = {ent.id} | {i for e in edges for i in (e.source, e.target)}
        data["nodes"] = [asdict(n) for n in answer.nodes if n.id in keep]
        if not any(n["id"] == ent.id for n in data["nodes"]):
            data["nodes"].insert(0, {"id": ent.id, "name": ent.name, "type": ent.type})
        data["edges"] = [asdict(e) for e in edges]
        data["group"] = asdict(Ref(ent.id, ent.name, ent.type))
    return data


def entity_pair(store: Any, a: str, b: str) -> tuple[Any, Any]:
    """Two entities by name or id; where one name is ambiguous, the candidate of the
    other's type is taken (a person merges with a person)."""
    view = StoreView(store)
    try:
        first = view.resolve(a)
    except Ambiguous:
        second = view.resolve(b)
        return view.resolve(a, prefer=(second.type,)), second
    return first, view.resolve(b, prefer=(first.type,))


__all__ = [
    "document_detail",
    "entity_pair",
    "entity_profile",
    "fact_detail",
    "find_document",
    "group_graph",
    "group_timeline",
]
