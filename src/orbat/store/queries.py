"""The read side of the SQL stores, written once for SQLite and PostgreSQL.

``SQLReads`` holds every read the ``Store`` protocol has: plain look-ups (a
document, an entity by name, the facts of a type) and the narrow ones the queries
(``orbat.query``) lean on, which select only the rows a question needs instead of
loading the whole knowledge base. A store class mixes it in and supplies
``_rows`` (run one SELECT, return its rows as tuples) and a ``Dialect`` for the
few places where the two SQL flavours differ. Statements here use ``?`` for
parameters; a backend whose driver wants another mark translates them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from orbat.model import Curation, Document, Entity, Extraction, Fact
from orbat.store.base import DocumentRow
from orbat.store.neardup import NearDuplicateIndex
from orbat.text import normalize_name

# Indexes that make the lookups below index-only (migration 0003 carries them).
QUERY_INDEXES = (
    "CREATE INDEX IF NOT EXISTS facts_location ON facts(location)",
    "CREATE INDEX IF NOT EXISTS entities_type ON entities(type)",
)

_CHUNK = 500  # ids per IN (...) clause, well under SQLite's variable limit


@dataclass(frozen=True, slots=True)
class Dialect:
    """Where the SQL of one backend differs from the other's."""

    name: str
    no_index: str  # put before a column to keep the planner off its index ("+" on SQLite)
    geo_lat: str  # an expression: the ``geo.lat`` of an entity's JSON ``data``, NULL when absent
    nocase: str  # ``{}`` made to sort case-insensitively
    cites_doc: str  # a condition on a fact's JSON ``data``: one of its sources is in document ``?``


SQLITE = Dialect(
    name="sqlite",
    no_index="+",
    geo_lat="json_extract(data, '$.geo.lat')",
    nocase="{} COLLATE NOCASE",
    cites_doc="EXISTS (SELECT 1 FROM json_each(data, '$.sources') s WHERE json_extract(s.value, '$.doc') = ?)",
)
POSTGRES = Dialect(
    name="postgresql",
    no_index="",
    geo_lat="(data::jsonb #>> '{geo,lat}')",
    nocase="lower({})",
    cites_doc="EXISTS (SELECT 1 FROM jsonb_array_elements(data::jsonb -> 'sources') s WHERE s.value ->> 'doc' = ?)",
)


def ensure_indexes(conn: sqlite3.Connection) -> None:
    """Create ``QUERY_INDEXES`` if missing on an SQLite connection (for stores made
    before migration 0003; one short write, safe to call often)."""
    for statement in QUERY_INDEXES:
        conn.execute(statement)


def like_prefix(prefix: str) -> str:
    """A ``LIKE ? ESCAPE '\\'`` pattern for strings starting with ``prefix``, its
    wildcards (``%``, ``_``) taken literally."""
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


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


def _fact(data: str) -> Fact:
    return Fact.from_json(json.loads(data))


def _entity(data: str) -> Entity:
    return Entity.from_json(json.loads(data))


class SQLReads:
    """Reads shared by ``SQLiteStore`` and ``PostgresStore`` (see the module note)."""

    dialect: Dialect
    _near: NearDuplicateIndex

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        """The rows of one SELECT (``?`` marks), each indexable by column position."""
        raise NotImplementedError

    def _first(self, sql: str, params: Sequence[object] = ()) -> Any | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # ------------------------------------------------------------------ documents
    def get_document(self, doc_id: str) -> Document | None:
        row = self._first("SELECT data FROM documents WHERE id = ?", (doc_id,))
        return None if row is None else Document.from_json(json.loads(row[0]))

    def has_document(self, doc_id: str) -> bool:
        return self._first("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def find_documents(self, prefix: str) -> list[str]:
        """Ids of documents whose id starts with ``prefix`` (with or without "doc:")."""
        if not prefix.startswith("doc:"):
            prefix = "doc:" + prefix
        rows = self._rows(
            "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id", (like_prefix(prefix),)
        )
        return [r[0] for r in rows]

    def documents(self) -> list[DocumentRow]:
        rows = self._rows(
            "SELECT d.id, d.title, d.published, d.publisher, d.source, d.format, d.near_of,"
            " d.words, COALESCE(x.facts, 0) AS facts FROM documents d"
            " LEFT JOIN extractions x ON x.doc_id = d.id ORDER BY d.published NULLS FIRST, d.id"
        )
        return [DocumentRow(*r) for r in rows]

    def iter_documents(self) -> Iterator[Document]:
        for row in self._rows("SELECT data FROM documents ORDER BY id"):
            yield Document.from_json(json.loads(row[0]))

    def count_documents(self) -> int:
        return self._rows("SELECT COUNT(*) FROM documents")[0][0]

    def document_meta(self, doc_ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """``{doc id: (title, published)}`` without loading document bodies."""
        found: dict[str, tuple[str | None, str | None]] = {}
        for chunk in _chunks(sorted(set(doc_ids))):
            rows = self._rows(
                f"SELECT id, title, published FROM documents WHERE id IN ({_marks(len(chunk))})", chunk
            )
            for row in rows:
                found[row[0]] = (row[1], row[2])
        return found

    def _find_near(
        self, signature: bytes | None, bands: list[str], *, max_candidates: int = 8
    ) -> tuple[str | None, float | None]:
        """The most similar stored document at or above the threshold: LSH candidates
        (ranked by shared bands) confirmed by comparing stored signatures."""
        if not bands:
            return None, None
        clauses = " OR ".join("(b.band = ? AND b.hash = ?)" for _ in bands)
        params: list[object] = []
        for i, h in enumerate(bands):
            params += [i, h]
        rows = self._rows(
            f"SELECT b.doc_id, d.minhash, COUNT(*) AS shared FROM document_bands b"
            f" JOIN documents d ON d.id = b.doc_id WHERE {clauses}"
            f" GROUP BY b.doc_id, d.minhash ORDER BY shared DESC, b.doc_id LIMIT ?",
            [*params, max_candidates],
        )
        near: NearDuplicateIndex = self._near
        best: tuple[str | None, float | None] = (None, None)
        for doc_id, minhash, _shared in rows:
            sim = near.similarity(signature, None if minhash is None else bytes(minhash))
            if sim >= near.threshold and (best[1] is None or sim > best[1]):
                best = (doc_id, round(sim, 3))
        return best

    # ------------------------------------------------------------------ extractions
    def extractions(self) -> Iterator[Extraction]:
        for row in self._rows("SELECT data FROM extractions ORDER BY doc_id"):
            yield Extraction.from_json(json.loads(row[0]))

    def get_extraction(self, doc_id: str) -> Extraction | None:
        row = self._first("SELECT data FROM extractions WHERE doc_id = ?", (doc_id,))
        return None if row is None else Extraction.from_json(json.loads(row[0]))

    # ------------------------------------------------------------------ entities
    def entities(self) -> list[Entity]:
        return [_entity(r[0]) for r in self._rows("SELECT data FROM entities ORDER BY id")]

    def get_entity(self, entity_id: str) -> Entity | None:
        row = self._first("SELECT data FROM entities WHERE id = ?", (entity_id,))
        return None if row is None else _entity(row[0])

    def find_entities(self, name: str) -> list[Entity]:
        """Entities with ``name`` as their name or an alias (normalised match)."""
        rows = self._rows(
            "SELECT data FROM entities WHERE id IN (SELECT entity_id FROM entity_names WHERE norm = ?) ORDER BY id",
            (normalize_name(name),),
        )
        return [_entity(r[0]) for r in rows]

    def entities_by_id(self, entity_ids: Sequence[str]) -> dict[str, Entity]:
        found: dict[str, Entity] = {}
        for chunk in _chunks(sorted(set(entity_ids))):
            for row in self._rows(f"SELECT data FROM entities WHERE id IN ({_marks(len(chunk))})", chunk):
                ent = _entity(row[0])
                found[ent.id] = ent
        return found

    def places_with_geo(self) -> list[Entity]:
        """Location and facility entities that carry coordinates."""
        rows = self._rows(
            "SELECT data FROM entities WHERE type IN ('location', 'facility')"
            f" AND {self.dialect.geo_lat} IS NOT NULL ORDER BY id"
        )
        return [_entity(r[0]) for r in rows]

    # ------------------------------------------------------------------ facts
    def facts(self, *, type: str | None = None, entity: str | None = None) -> list[Fact]:
        sql = "SELECT data FROM facts"
        params: list[object] = []
        where = []
        if entity is not None:
            where.append("id IN (SELECT fact_id FROM fact_args WHERE entity_id = ?)")
            params.append(entity)
        if type is not None:
            where.append("type = ?")
            params.append(type)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id"
        return [_fact(r[0]) for r in self._rows(sql, params)]

    def get_fact(self, fact_id: str) -> Fact | None:
        row = self._first("SELECT data FROM facts WHERE id = ?", (fact_id,))
        return None if row is None else _fact(row[0])

    def facts_by_id(self, fact_ids: Sequence[str]) -> list[Fact]:
        found: list[Fact] = []
        for chunk in _chunks(sorted(set(fact_ids))):
            rows = self._rows(f"SELECT data FROM facts WHERE id IN ({_marks(len(chunk))}) ORDER BY id", chunk)
            found += [_fact(r[0]) for r in rows]
        return found

    def fact_ids_with_prefix(self, prefix: str, *, limit: int = 10) -> list[str]:
        """Fact ids starting with ``prefix`` (LIKE wildcards in it are taken literally)."""
        rows = self._rows(
            "SELECT id FROM facts WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            (like_prefix(prefix), limit),
        )
        return [r[0] for r in rows]

    def facts_for_entities(
        self,
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
        window, window_params = _window("f.", since, until)
        for chunk in _chunks(sorted(set(entity_ids))):
            sql = (  # a fact naming two of the ids comes twice: ``found`` keeps one
                "SELECT f.id, f.data FROM fact_args a JOIN facts f ON f.id = a.fact_id"
                f" WHERE a.entity_id IN ({_marks(len(chunk))})"
            )
            params: list[object] = list(chunk)
            if types:  # find facts through the entity (fact_args_entity), never by type
                sql += f" AND {self.dialect.no_index}f.type IN ({_marks(len(types))})"
                params += list(types)
            for row in self._rows(sql + window, [*params, *window_params]):
                found[row[0]] = _fact(row[1])
        return [found[k] for k in sorted(found)]

    def facts_at_locations(
        self,
        location_ids: Sequence[str],
        *,
        types: Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Fact]:
        """Facts whose ``location`` is one of ``location_ids`` (and in the time window)."""
        found: list[tuple[str, Fact]] = []
        window, window_params = _window("", since, until)
        for chunk in _chunks(sorted(set(location_ids))):
            sql = f"SELECT id, data FROM facts WHERE location IN ({_marks(len(chunk))})"
            params: list[object] = list(chunk)
            if types:  # look facts up by place (facts_location), not by type
                sql += f" AND {self.dialect.no_index}type IN ({_marks(len(types))})"
                params += list(types)
            found += [(r[0], _fact(r[1])) for r in self._rows(sql + window, [*params, *window_params])]
        return [f for _, f in sorted(found, key=lambda x: x[0])]

    def facts_of_types(
        self, types: Sequence[str], *, since: str | None = None, until: str | None = None
    ) -> list[Fact]:
        """Facts of the given types, pre-filtered to those whose time may overlap
        [since, until] (full ISO days; the caller applies the exact partial-date test).
        With a window, facts without a time are left out."""
        if not types:
            return []
        window, window_params = _window("", since, until)
        sql = f"SELECT data FROM facts WHERE type IN ({_marks(len(types))}){window} ORDER BY id"
        return [_fact(r[0]) for r in self._rows(sql, [*types, *window_params])]

    def relation_facts(
        self, types: Sequence[str], *, on_start: str | None = None, on_end: str | None = None
    ) -> list[Fact]:
        """Relation facts (branch, alliance, pledge, defection, ...) that may hold on a day in
        [on_start, on_end] (full ISO days): begun by then (or undated) and, for states, not
        ended before (a year-level pre-filter; the caller applies the exact test).
        Event types (pledge, defection) hold from when they happened on."""
        if not types:
            return []
        sql = f"SELECT data FROM facts WHERE type IN ({_marks(len(types))})"
        params: list[object] = list(types)
        if on_end:
            sql += " AND (COALESCE(time_start, time_end) IS NULL OR COALESCE(time_start, time_end) <= ?)"
            params.append(on_end)
        if on_start:
            sql += " AND (type IN ('pledge', 'defection') OR time_end IS NULL OR time_end >= ?)"
            params.append(on_start[:4])
        sql += " ORDER BY id"
        return [_fact(r[0]) for r in self._rows(sql, params)]

    # ------------------------------------------------------------------ curations
    def curations(self) -> list[Curation]:
        rows = self._rows("SELECT id, action, target, params, author, created FROM curations ORDER BY id")
        return [
            Curation(action=r[1], target=r[2], params=json.loads(r[3]), author=r[4], created=r[5], id=r[0])
            for r in rows
        ]

    def confirmed_fact_ids(self) -> set[str]:
        """Facts an analyst confirmed (``fact.confirm`` curations)."""
        return {r[0] for r in self._rows("SELECT target FROM curations WHERE action = 'fact.confirm'")}

    # ------------------------------------------------------------------ pages (the API's lists)
    def entity_page(
        self, *, type: str | None, norm: str | None, limit: int, offset: int
    ) -> tuple[int, list[Entity]]:
        """``(total, one page)`` of entities of ``type`` with a name or alias containing the
        normalised words ``norm``: exact names first, then names starting with them, then by
        name (case ignored), then by id."""
        where: list[str] = []
        params: list[object] = []
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
        total = self._rows(f"SELECT COUNT(DISTINCT e.id) FROM entities e{join}{clause}", params)[0][0]
        rows = self._rows(
            f"SELECT e.id, {rank} AS r FROM entities e{join}{clause}"
            f" GROUP BY e.id, e.name ORDER BY r, {self.dialect.nocase.format('e.name')}, e.id LIMIT ? OFFSET ?",
            [*rank_params, *params, limit, offset],
        )
        found = self.entities_by_id([r[0] for r in rows])
        return total, [found[r[0]] for r in rows if r[0] in found]

    def fact_page(
        self, *, type: str | None, entity_id: str | None, limit: int, offset: int
    ) -> tuple[int, list[Fact]]:
        """``(total, one page)`` of facts, ordered by id: of one type, naming one entity."""
        where: list[str] = []
        params: list[object] = []
        if entity_id:
            where.append("id IN (SELECT fact_id FROM fact_args WHERE entity_id = ?)")
            params.append(entity_id)
        if type:
            where.append("type = ?")
            params.append(type)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        total = self._rows(f"SELECT COUNT(*) FROM facts{clause}", params)[0][0]
        rows = self._rows(
            f"SELECT data FROM facts{clause} ORDER BY id LIMIT ? OFFSET ?", [*params, limit, offset]
        )
        return total, [_fact(r[0]) for r in rows]

    def facts_citing(self, doc_id: str) -> list[Fact]:
        """Facts with a source in document ``doc_id``, ordered by id."""
        rows = self._rows(f"SELECT data FROM facts WHERE {self.dialect.cites_doc} ORDER BY id", (doc_id,))
        return [_fact(r[0]) for r in rows]

    def knowledge_stamp(self) -> tuple[int, ...]:
        """Changes when documents, curations or the size of the knowledge base change: a
        cheap key for caches of derived answers (pair it with the file's modification time,
        as a rebuild may keep every count)."""
        row = self._rows(
            "SELECT (SELECT COUNT(*) FROM facts), (SELECT COUNT(*) FROM entities),"
            " (SELECT COUNT(*) FROM documents), (SELECT MAX(id) FROM curations)"
        )[0]
        return tuple(int(v or 0) for v in row)


__all__ = ["POSTGRES", "QUERY_INDEXES", "SQLITE", "Dialect", "SQLReads", "ensure_indexes", "like_prefix"]
