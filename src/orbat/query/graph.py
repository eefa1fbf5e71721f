"""Groups and their relations (branches, alliances, pledges, defections) at a date; full-text search; date phrasing."""

from __future__ import annotations

from typing import Any

from orbat.model import EVENT_TYPES, Fact
from orbat.query.answers import Edge, FactItem, Graph, Hit, Node, SearchResults
from orbat.query.view import StoreView, check_date, entity_args
from orbat.timelines import (
    human_date,
    lower,
    overlaps,
    relation_span,
    role_class,
)

# --------------------------------------------------------------------------- graph

_GRAPH_TYPES = ("branch", "alliance", "pledge", "defection")


def graph(store: Any, *, on: str | None = None) -> Graph:
    """Groups as nodes; branch, alliance, pledge and defection relations as edges,
    only those that may hold on date ``on`` (an event from when it happened on).
    A pledge to a person is drawn to the group that person leads."""
    on = check_date(on, "--on")
    view = StoreView(store)
    facts = view.relation_facts(_GRAPH_TYPES, on)
    view.load_docs(s.doc for f in facts for s in f.sources)
    view.load_entities(v for f in facts for v in entity_args(f).values())
    sides = {
        f.args[k]
        for f in facts
        if f.type == "pledge"
        for k in ("pledger", "recipient")
        if isinstance(f.args.get(k), str)
    }
    view.load_entities(sides)
    people = sorted(i for i in sides if (ent := view.entity(i)) is not None and ent.type == "person")
    # person -> [(org, start, end, documents)] of their top-leadership facts
    led: dict[str, list[tuple[str, str | None, str | None, int]]] = {}
    if people:
        for fact in view.facts_for(people, types=("leadership",)):
            person, org = fact.args.get("person"), fact.args.get("organization")
            if person and org and role_class(fact.attrs.get("role")) == "leader":
                t = fact.time
                led.setdefault(person, []).append(
                    (org, t.start if t else None, t.end if t else None, fact.corroboration)
                )

    def group_of(person: str, when: tuple[str | None, str | None]) -> str | None:
        """The group a person led when they pledged (or were pledged to): a tenure dated
        over that time first, then the group most documents say they led."""
        tenures = led.get(person) or []
        lo, hi = when[0] or when[1], when[1] or when[0]
        dated = [t for t in tenures if (t[1] or t[2]) and overlaps(t[1], t[2], lo, hi)]
        if dated:
            return sorted(dated, key=lambda t: (-t[3], t[0]))[0][0]
        docs: dict[str, int] = {}
        for org, start, end, n in tenures:
            if overlaps(start, end, lo, hi):
                docs[org] = docs.get(org, 0) + n
        return sorted(docs, key=lambda org: (-docs[org], org))[0] if docs else None

    edges: dict[tuple[str, str, str, str | None], tuple[Edge, list[Fact]]] = {}
    for fact in facts:
        start, end = relation_span(fact)
        if on is not None and not overlaps(start, end, on, on):
            continue
        a = fact.args
        label = None
        if fact.type == "branch":
            src, dst = a.get("organization"), a.get("parent")
        elif fact.type == "alliance":
            src, dst = a.get("a"), a.get("b")
        elif fact.type == "pledge":
            src, dst = a.get("pledger"), a.get("recipient")
            when = (fact.time.start, fact.time.end) if fact.time else (None, None)
            notes = []
            if src and (group := group_of(src, when)):
                notes.append(f"by {view.name(src)}")
                src = group
            if dst and (group := group_of(dst, when)):
                notes.append(f"to {view.name(dst)}")
                dst = group
            label = ", ".join(notes) or None
        else:
            src, dst = a.get("from"), a.get("to")
            if a.get("member"):
                label = view.name(a["member"])
        if not src or not dst or src == dst:
            continue
        subkind = fact.attrs.get("kind") if fact.type in ("branch", "alliance") else None
        pair = tuple(sorted((src, dst))) if fact.type == "alliance" else (src, dst)
        key = (pair[0], pair[1], fact.type, subkind)
        if key not in edges:
            edges[key] = (
                Edge(src, dst, fact.type, subkind, start, end, label, [], []),
                [],
            )
        edge, supporting = edges[key]
        supporting.append(fact)
        edge.facts.append(fact.id)
        if label and edge.label != label:
            notes = edge.label.split(", ") if edge.label else []
            edge.label = ", ".join([*notes, *(n for n in label.split(", ") if n not in notes)])
        if lower(start) and (edge.start is None or (lower(start) or "") < (lower(edge.start) or "")):
            edge.start = start
    node_ids = sorted({i for edge, _f in edges.values() for i in (edge.source, edge.target)})
    view.load_entities(node_ids)
    nodes = []
    for i in node_ids:
        ref = view.ref(i)
        nodes.append(Node(id=i, name=ref.name if ref else i, type=(ref.type if ref else None) or "other"))
    out_edges = []
    for _key, (edge, supporting) in sorted(edges.items(), key=lambda kv: kv[0][:3]):
        edge.sources = view.sources(supporting)
        out_edges.append(edge)
    return Graph(on=on, nodes=nodes, edges=out_edges)


# --------------------------------------------------------------------------- search


def search(store: Any, text: str, *, limit: int = 20) -> SearchResults:
    """Full-text search over documents and entity names."""
    view = StoreView(store)
    hits = store.search(text, limit=limit)
    view.load_docs(h.id for h in hits if h.kind == "document")
    view.load_entities(h.id for h in hits if h.kind == "entity")
    out = []
    for h in hits:
        published = view.doc_meta(h.id)[1] if h.kind == "document" else None
        etype = view.entity(h.id).type if h.kind == "entity" and view.entity(h.id) else None  # type: ignore[union-attr]
        out.append(
            Hit(kind=h.kind, id=h.id, title=h.title, snippet=h.snippet, published=published, type=etype)
        )
    return SearchResults(text=text, hits=out)


def when(item: FactItem) -> str:
    """ "April 2015", "between September 2013 and April 2014" (an event), "since June 2015",
    "until December 2014", "June 2014 – February 2015" (a state), or "undated"."""
    start, end = item.start, item.end
    if not start and not end:
        return "undated"
    if item.type in EVENT_TYPES:
        if start and end and start != end:
            return f"between {human_date(start)} and {human_date(end)}"
        return human_date(start or end)
    if start and end:
        return human_date(start) if start == end else f"{human_date(start)} – {human_date(end)}"
    return f"since {human_date(start)}" if start else f"until {human_date(end)}"
