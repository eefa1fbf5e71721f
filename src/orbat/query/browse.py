"""Paged lists over the knowledge base, for the API and the UI: entities, facts,
documents (with their tags), search hits and events (with coordinates).

Each takes ``limit``/``offset`` and returns a ``Page`` whose ``total`` counts every
match. The questions themselves are ``orbat.query``'s (``search``, ``events``); this
module only pages them and adds what a map or a list needs (coordinates, tags).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any

from orbat.model import ENTITY_TYPES, FACT_TYPES, Entity, Geo
from orbat.query.answers import FactItem, QueryError
from orbat.query.events import events
from orbat.query.graph import search
from orbat.query.tags import DocTags, document_tags
from orbat.query.view import StoreView
from orbat.store.base import DocumentRow
from orbat.text import normalize_name

MAX_LIMIT = 500
SEARCH_CAP = 1000  # search hits counted for ``total`` (ranked; the rest are not looked at)


@dataclass(slots=True)
class Page:
    """One page of a list: ``items[offset : offset + limit]`` of ``total`` matches."""

    total: int
    limit: int
    offset: int
    items: list[Any]
    filters: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            "filters": dict(self.filters),
            "items": [plain(i) for i in self.items],
        }


def plain(value: Any) -> Any:
    """An answer object as JSON-ready data (entities without their internal fields)."""
    if isinstance(value, Entity):
        return entity_json(value)
    if hasattr(value, "to_json"):
        return value.to_json()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return value


def entity_json(ent: Entity) -> dict[str, Any]:
    return {
        "id": ent.id,
        "type": ent.type,
        "name": ent.name,
        "aliases": list(ent.aliases),
        "ref": ent.ref,
        "geo": ent.geo.to_json() if ent.geo else None,
    }


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise QueryError(f"offset must be 0 or more, not {offset}")


def _filters(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


# --------------------------------------------------------------------------- coordinates


def geo_of(store: Any, location_ids: Iterable[str]) -> dict[str, Geo]:
    """The coordinates of the given places (those that have some)."""
    view = StoreView(store)
    ids = sorted({i for i in location_ids if i})
    view.load_entities(ids)
    out = {}
    for i in ids:
        ent = view.entity(i)
        if ent is not None and ent.geo is not None:
            out[i] = ent.geo
    return out


def item_json(item: FactItem, geo: Mapping[str, Geo]) -> dict[str, Any]:
    """A fact item as JSON with ``geo`` (lat, lon, country, precision) of its place, or null."""
    data = asdict(item)
    place = geo.get(item.location.id) if item.location else None
    data["geo"] = (
        {"lat": place.lat, "lon": place.lon, "country": place.country, "precision": place.precision}
        if place
        else None
    )
    return data


def items_json(store: Any, items: list[FactItem]) -> list[dict[str, Any]]:
    geo = geo_of(store, (i.location.id for i in items if i.location))
    return [item_json(i, geo) for i in items]


# --------------------------------------------------------------------------- lists


def entity_page(
    store: Any, *, type: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0
) -> Page:
    """Entities of a type whose name or an alias contains the words ``q`` (case and
    accents ignored): exact names first, then names starting with ``q``, then by name."""
    check_page(limit, offset)
    if type is not None and type not in ENTITY_TYPES:
        raise QueryError(f"unknown entity type {type!r} (one of {', '.join(ENTITY_TYPES)})")
    norm = normalize_name(q) if q and q.strip() else None
    if hasattr(store, "entity_page"):  # the SQL stores page in the database
        total, items = store.entity_page(type=type, norm=norm, limit=limit, offset=offset)
    else:

        def rank(e: Entity) -> int:
            names = [normalize_name(n) for n in [e.name, *e.aliases]]
            return 0 if norm in names else 1 if any(n.startswith(norm or "") for n in names) else 2

        found = [
            e
            for e in store.entities()
            if (type is None or e.type == type)
            and (norm is None or any(norm in normalize_name(n) for n in [e.name, *e.aliases]))
        ]
        found.sort(key=lambda e: (rank(e) if norm else 0, e.name.casefold(), e.id))
        total, items = len(found), found[offset : offset + limit]
    return Page(total, limit, offset, items, _filters(type=type, q=q))


def fact_page(
    store: Any, *, type: str | None = None, entity: str | None = None, limit: int = 50, offset: int = 0
) -> Page:
    """Facts (ordered by id) of one type and/or naming one entity (an id or a name), as fact items."""
    check_page(limit, offset)
    if type is not None and type not in FACT_TYPES:
        raise QueryError(f"unknown fact type {type!r} (one of {', '.join(FACT_TYPES)})")
    view = StoreView(store)
    entity_id = view.resolve(entity).id if entity else None
    if hasattr(store, "fact_page"):
        total, facts = store.fact_page(type=type, entity_id=entity_id, limit=limit, offset=offset)
    else:
        every = store.facts(type=type, entity=entity_id) if entity_id else store.facts(type=type)
        total, facts = len(every), every[offset : offset + limit]
    view.preload(facts)
    items = items_json(store, [view.item(f) for f in facts])
    return Page(total, limit, offset, items, _filters(type=type, entity=entity))


def search_page(store: Any, q: str, *, limit: int = 50, offset: int = 0) -> Page:
    """Ranked full-text hits over documents and entity names (``total`` counts at most
    ``SEARCH_CAP``)."""
    check_page(limit, offset)
    if not q.strip():
        raise QueryError("q: give some words to search for")
    hits = search(store, q, limit=SEARCH_CAP).hits
    return Page(len(hits), limit, offset, hits[offset : offset + limit], {"q": q})


def event_page(
    store: Any,
    *,
    group: str | None = None,
    type: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    near: str | None = None,
    km: float | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """``orbat.query.events``, paged, each event with the coordinates of its place."""
    check_page(limit, offset)
    answer = events(
        store,
        group=group,
        type=type,
        status=status,
        since=since,
        until=until,
        country=country,
        near=near,
        km=km,
    )
    page = answer.events[offset : offset + limit]
    return Page(len(answer.events), limit, offset, items_json(store, page), answer.filters)


def _country(code: str) -> str:
    cc = code.strip().upper()
    if len(cc) != 2 or not cc.isalpha():
        raise QueryError(f"country must be an ISO 3166 two-letter code (like RU, SO), not {code!r}")
    return cc


def tagged_documents(
    store: Any,
    *,
    group: str | None = None,
    country: str | None = None,
    q: str | None = None,
    tags: Mapping[str, DocTags] | None = None,
) -> list[tuple[DocumentRow, DocTags]]:
    """Stored documents with their tags, newest first (by relevance with ``q``);
    ``group`` (id or name) and ``country`` (ISO alpha-2) keep those tagged so.
    ``tags`` may pass ``document_tags(store)`` computed earlier (it is the costly part)."""
    view = StoreView(store)
    group_id = view.resolve(group, prefer=("organization", "group_of_people")).id if group else None
    cc = _country(country) if country else None
    if tags is None:
        tags = document_tags(store)
    rows = list(reversed(store.documents()))
    if q is not None and q.strip():
        ranked = [h.id for h in store.search(q, limit=SEARCH_CAP * 10) if h.kind == "document"]
        order = {doc: i for i, doc in enumerate(ranked)}
        rows = sorted((r for r in rows if r.id in order), key=lambda r: order[r.id])
    empty = DocTags()
    chosen = []
    for row in rows:
        mine = tags.get(row.id, empty)
        if group_id and not mine.has_group(group_id):
            continue
        if cc and cc not in mine.countries:
            continue
        chosen.append((row, mine))
    return chosen


def document_page(
    store: Any,
    *,
    group: str | None = None,
    country: str | None = None,
    q: str | None = None,
    limit: int = 50,
    offset: int = 0,
    tags: Mapping[str, DocTags] | None = None,
) -> Page:
    """``tagged_documents``, paged: each document's metadata with its ``tags``."""
    check_page(limit, offset)
    chosen = tagged_documents(store, group=group, country=country, q=q, tags=tags)
    items = [dict(asdict(row), tags=mine.to_json()) for row, mine in chosen[offset : offset + limit]]
    cc = _country(country) if country else None
    return Page(len(chosen), limit, offset, items, _filters(group=group, country=cc, q=q))


__all__ = [
    "MAX_LIMIT",
    "Page",
    "check_page",
    "document_page",
    "entity_json",
    "entity_page",
    "event_page",
    "fact_page",
    "geo_of",
    "item_json",
    "items_json",
    "plain",
    "search_page",
    "tagged_documents",
]
