"""Read-only SQL for ``orbat.query`` on an SQLite knowledge store.

Each function takes the store's ``sqlite3.Connection`` (``SQLiteStore.connection``) and
returns model objects; they only select the rows a question needs instead of
loading the whole knowledge base. ``QUERY_INDEXES`` are the extra indexes these
lookups want (see ``ensure_indexes``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from orbat.model import Entity, Fact

# Indexes that make the lookups below index-only (a migration should carry them).
QUERY_INDEXES = (
    "CREATE INDEX IF NOT EXISTS facts_location ON facts(location)",
    "CREATE INDEX IF NOT EXISTS entities_type ON entities(type)",
)

_CHUNK = 500  # ids per IN (...) clause, well under SQLite's variable limit


def ensure_indexes(conn: sqlite3.Connection) -> None:
    """Create ``QUERY_INDEXES`` if missing (one short write; safe to call often)."""
    for sql in QUERY_INDEXES:
        conn.execute(sql)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _facts(rows: Iterable[sqlite3.Row]) -> list[Fact]:
    return [Fact.from_json(json.loads(r[0])) for r in rows]


def _window(prefix: str, since: str | None, until: str | None) -> tuple[str, list[object]]:
    """A pre-filter for facts whose time may overlap [since, until] (full ISO days).
    A partial end ("2015-08") may reach past a day of the same year, so ``since`` is
    compared by year; the caller applies the exact partial-date test."""
    sql, params = "", []
    if since:
        sql += f" AND COALESCE({prefix}time_end, {prefix}time_start) >= ?"
        params.append(since[:4])
    if until:
        sql += f" AND COALESCE({prefix}time_start, {prefix}time_end) <= ?"
        params.append(until)
    return sql, params


def facts_for_entities(
    conn: sqlite3.Connection,
    entity_ids: Sequence[str],
    *,
    types: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Fact]:
    """Facts with any of ``entity_ids`` as an arg (an arg may also be a fact id, as in
    ``claim.attack``), optionally of the given types and time window (undated facts
    are left out of a window); ordered by id, no duplicates."""
    found: dict[str, Fact] = {}
    ids = sorted(set(entity_ids))
    window, window_params = _window("f.", since, until)
    for chunk in _chunks(ids):
        sql = (
            "SELECT DISTINCT f.data, f.id FROM fact_args a JOIN facts f ON f.id = a.fact_id"
            f" WHERE a.entity_id IN ({_marks(len(chunk))})"
        )
        params: list[object] = list(chunk)
        if types:  # "+f.type": find facts through the entity (fact_args_entity), never by type
            sql += f" AND +f.type IN ({_marks(len(types))})"
            params += list(types)
        sql += window
        params += window_params
        for fact in _facts(conn.execute(sql, params)):
            found[fact.id] = fact
    return [found[k] for k in sorted(found)]


def facts_at_locations(
    conn: sqlite3.Connection,
    location_ids: Sequence[str],
    *,
    types: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Fact]:
    """Facts whose ``location`` is one of ``location_ids`` (and in the time window)."""
    found: list[Fact] = []
    window, window_params = _window("", since, until)
    for chunk in _chunks(sorted(set(location_ids))):
        sql = f"SELECT data FROM facts WHERE location IN ({_marks(len(chunk))})"
        params: list[object] = list(chunk)
        if types:  # "+type": look facts up by place (facts_location), not by type
            sql += f" AND +type IN ({_marks(len(types))})"
            params += list(types)
        sql += window
        params += window_params
        found += _facts(conn.execute(sql, params))
    return sorted(found, key=lambda f: f.id)


def facts_of_types(
    conn: sqlite3.Connection,
    types: Sequence[str],
    *,
    since: str | None = None,
    until: str | None = None,
) -> list[Fact]:
    """Facts of the given types, pre-filtered to those whose time may overlap
    [since, until] (full ISO days; the caller applies the exact partial-date test).
    With a window, facts without a time are left out."""
    window, window_params = _window("", since, until)
    sql = f"SELECT data FROM facts WHERE type IN ({_marks(len(types))}){window} ORDER BY id"
    params: list[object] = [*types, *window_params]
    return _facts(conn.execute(sql, params))


def relation_facts(
    conn: sqlite3.Connection, types: Sequence[str], *, on_start: str | None = None, on_end: str | None = None
) -> list[Fact]:
    """Relation facts (branch, alliance, pledge, defection, ...) that may hold on a day in
    [on_start, on_end] (full ISO days): begun by then (or undated) and, for states, not
    ended before (a year-level pre-filter; the caller applies the exact test).
    Event types (pledge, defection) hold from when they happened on."""
    sql = f"SELECT data FROM facts WHERE type IN ({_marks(len(types))})"
    params: list[object] = list(types)
    if on_end:
        sql += " AND (COALESCE(time_start, time_end) IS NULL OR COALESCE(time_start, time_end) <= ?)"
        params.append(on_end)
    if on_start:
        sql += " AND (type IN ('pledge', 'defection') OR time_end IS NULL OR time_end >= ?)"
        params.append(on_start[:4])
    sql += " ORDER BY id"
    return _facts(conn.execute(sql, params))


def fact_by_id(conn: sqlite3.Connection, fact_ids: Sequence[str]) -> list[Fact]:
    found: list[Fact] = []
    for chunk in _chunks(sorted(set(fact_ids))):
        found += _facts(
            conn.execute(f"SELECT data FROM facts WHERE id IN ({_marks(len(chunk))})", list(chunk))
        )
    return found


def entities_by_id(conn: sqlite3.Connection, entity_ids: Sequence[str]) -> dict[str, Entity]:
    found: dict[str, Entity] = {}
    for chunk in _chunks(sorted(set(entity_ids))):
        rows = conn.execute(f"SELECT data FROM entities WHERE id IN ({_marks(len(chunk))})", list(chunk))
        for row in rows:
            ent = Entity.from_json(json.loads(row[0]))
            found[ent.id] = ent
    return found


def places_with_geo(conn: sqlite3.Connection) -> list[Entity]:
    """Location and facility entities that carry coordinates."""
    rows = conn.execute(
        "SELECT data FROM entities WHERE type IN ('location', 'facility')"
        " AND json_extract(data, '$.geo.lat') IS NOT NULL"
    )
    return [Entity.from_json(json.loads(r[0])) for r in rows]


def document_meta(
    conn: sqlite3.Connection, doc_ids: Sequence[str]
) -> dict[str, tuple[str | None, str | None]]:
    """``{doc id: (title, published)}`` without loading document bodies."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for chunk in _chunks(sorted(set(doc_ids))):
        rows = conn.execute(
            f"SELECT id, title, published FROM documents WHERE id IN ({_marks(len(chunk))})", list(chunk)
        )
        for row in rows:
            found[row[0]] = (row[1], row[2])
    return found


def like_prefix(prefix: str) -> str:
    """A ``LIKE ? ESCAPE '\\'`` pattern for strings starting with ``prefix``, its
    wildcards (``%``, ``_``) taken literally."""
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def fact_ids_with_prefix(conn: sqlite3.Connection, prefix: str, *, limit: int = 10) -> list[str]:
    """Fact ids starting with ``prefix`` (LIKE wildcards in it are taken literally)."""
    rows = conn.execute(
        "SELECT id FROM facts WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?", (like_prefix(prefix), limit)
    )
    return [r[0] for r in rows]


def confirmed_fact_ids(conn: sqlite3.Connection) -> set[str]:
    """Facts an analyst confirmed (``fact.confirm`` curations)."""
    rows = conn.execute("SELECT target FROM curations WHERE action = 'fact.confirm'")
    return {r[0] for r in rows}


# --------------------------------------------------------------------------- pages (the API's lists)


def entity_page(
    conn: sqlite3.Connection, *, type: str | None, norm: str | None, limit: int, offset: int
) -> tuple[int, list[Entity]]:
    """``(total, one page)`` of entities of ``type`` with a name or alias containing the
    normalised words ``norm``: exact names first, then names starting with them, then by name."""
    where, params = [], []
    rank = "0"
    rank_params: list[object] = []
    if norm:
        where.append("n.norm LIKE ? ESCAPE '\\'")
        params.append("%" + like_prefix(norm))
        rank = "MIN(CASE WHEN n.norm = ? THEN 0 WHEN n.norm LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END)"
        rank_params = [norm, like_prefix(norm)]
    if type:
        where.append("e.type = ?")
        params.append(type)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    join = " JOIN entity_names n ON n.entity_id = e.id" if norm else ""
    total = conn.execute(f"SELECT COUNT(DISTINCT e.id) FROM entities e{join}{clause}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT e.data, {rank} AS r FROM entities e{join}{clause}"
        " GROUP BY e.id ORDER BY r, e.name COLLATE NOCASE, e.id LIMIT ? OFFSET ?",
        [*rank_params, *params, limit, offset],
    )
    return total, [Entity.from_json(json.loads(r[0])) for r in rows]


def fact_page(
    conn: sqlite3.Connection, *, type: str | None, entity_id: str | None, limit: int, offset: int
) -> tuple[int, list[Fact]]:
    """``(total, one page)`` of facts, ordered by id: of one type, naming one entity."""
    join, where, params = "", [], []
    if entity_id:
        join = " JOIN fact_args a ON a.fact_id = f.id"
        where.append("a.entity_id = ?")
        params.append(entity_id)
    if type:
        where.append("f.type = ?")
        params.append(type)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f"SELECT COUNT(DISTINCT f.id) FROM facts f{join}{clause}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT DISTINCT f.data, f.id FROM facts f{join}{clause} ORDER BY f.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, _facts(rows)


def facts_citing(conn: sqlite3.Connection, doc_id: str) -> list[Fact]:
    """Facts with a source in document ``doc_id``, ordered by id."""
    rows = conn.execute(
        "SELECT f.data FROM facts f WHERE EXISTS (SELECT 1 FROM json_each(f.data, '$.sources') s"
        " WHERE json_extract(s.value, '$.doc') = ?) ORDER BY f.id",
        (doc_id,),
    )
    return _facts(rows)


def knowledge_stamp(conn: sqlite3.Connection) -> tuple[int, ...]:
    """Changes when documents, curations or the size of the knowledge base change: a
    cheap key for caches of derived answers (pair it with the file's modification time,
    as a rebuild may keep every count)."""
    row = conn.execute(
        "SELECT (SELECT COUNT(*) FROM facts), (SELECT COUNT(*) FROM entities),"
        " (SELECT COUNT(*) FROM documents), (SELECT MAX(id) FROM curations)"
    ).fetchone()
    return tuple(v or 0 for v in row)


__all__ = [
    "QUERY_INDEXES",
    "confirmed_fact_ids",
    "document_meta",
    "ensure_indexes",
    "entities_by_id",
    "entity_page",
    "fact_page",
    "facts_citing",
    "knowledge_stamp",
    "fact_by_id",
    "fact_ids_with_prefix",
    "like_prefix",
    "facts_at_locations",
    "facts_for_entities",
    "facts_of_types",
    "places_with_geo",
    "relation_facts",
]
