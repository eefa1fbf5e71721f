"""The embedded SQLite knowledge store (the default backend).

Schema changes are numbered SQL files in ``migrations/``; ``PRAGMA user_version``
records the last one applied. Every public write is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from orbat.errors import StoreError
from orbat.model import Curation, Document, Entity, Extraction, Fact
from orbat.store import lease
from orbat.store.base import AddResult, SearchHit
from orbat.store.neardup import NearDuplicateIndex
from orbat.store.queries import SQLITE, SQLReads
from orbat.store.records import INSERT_DOCUMENT, document_row, fact_row
from orbat.store.records import dumps as _dumps
from orbat.store.records import now as _now
from orbat.testhooks import crash_point
from orbat.text import normalize_name

# How long a command waits for another process's write transaction before giving up
# with a StoreError (never a raw "database is locked").
BUSY_TIMEOUT_S = 60.0

# The page cache (KiB) of a knowledge-base write (``replace_knowledge``, ``update_knowledge``),
# in place of SQLite's default 2,000 KiB only while it runs. An in-place update deletes and
# writes rows all over the index tables (at 10,000 synthetic documents + 100 some 30,000 rows,
# ~6 MB of JSON); with the default cache the dirty pages spill to the WAL before the commit and
# are read back, which cost ~15% of the write (~0.08 of ~0.55 CPU s measured). Requests of
# ``orbat serve`` keep the default (each opens its own connection).
WRITE_CACHE_KIB = 64 * 1024


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("orbat.store") / "migrations"
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            found.append((int(item.name.split("_", 1)[0]), item.read_text(encoding="utf-8")))
    return sorted(found)


class SQLiteStore(SQLReads):
    """``Store`` on one SQLite file (or ``:memory:``); the reads are ``SQLReads``'."""

    dialect = SQLITE

    def __init__(self, path: str | Path, *, neardup_threshold: float = 0.8, busy_timeout: float = BUSY_TIMEOUT_S):
        self.path = str(path)
        self._busy_timeout = busy_timeout
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=busy_timeout)
        except sqlite3.Error as exc:  # pragma: no cover - depends on the filesystem
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        self._conn.row_factory = sqlite3.Row
        self._near = NearDuplicateIndex(threshold=neardup_threshold)
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._wal()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(f"{self.path}: not an orbat store ({exc})") from exc
        self._migrate()

    # ------------------------------------------------------------------ plumbing
    def _wal(self) -> None:
        """Switch to WAL. The switch needs the file to itself and SQLite does not wait for it
        with the busy timeout: while another process creates or writes the store, retry."""
        deadline = time.monotonic() + self._busy_timeout
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self) -> None:
        try:
            current = self._conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not an orbat store ({exc})") from exc
        migrations = _migrations()
        latest = migrations[-1][0] if migrations else 0
        if current > latest:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this orbat knows ({latest})"
            )
        for number, sql in migrations:
            if number <= current:
                continue
            with self.transaction() as conn:
                if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                    continue  # another process opening the same new store applied it first
                _executescript_in_tx(conn, sql)
                conn.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: committed on success, rolled back on any error."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            why = f"another process kept it busy for over {self._busy_timeout:g} s" if busy else "cannot write"
            raise StoreError(f"{self.path}: {why} ({exc})") from exc
        try:
            yield self._conn
            crash_point("commit")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")

    @contextmanager
    def _write_cache(self) -> Iterator[None]:
        """A page cache of ``WRITE_CACHE_KIB`` while the block runs, the connection's own after."""
        before = self._conn.execute("PRAGMA cache_size").fetchone()[0]
        self._conn.execute(f"PRAGMA cache_size = {-WRITE_CACHE_KIB}")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA cache_size = {int(before)}")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction: every read inside sees the store as of one moment,
        whatever other processes commit meanwhile (WAL)."""
        self._conn.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            self._conn.execute("COMMIT")

    # -------------------------------------------------------------- generations
    def generation(self) -> int:
        """The inputs generation: it grows with every change to extractions or curations."""
        return self._generation("inputs")

    def knowledge_generation(self) -> int:
        """The inputs generation the stored knowledge base was resolved from."""
        return self._generation("knowledge")

    def _generation(self, name: str) -> int:
        row = self._conn.execute("SELECT value FROM generations WHERE name = ?", (name,)).fetchone()
        return row[0]

    def knowledge_stale(self) -> bool:
        """Whether extractions or curations changed after the knowledge base was resolved."""
        return self.knowledge_generation() < self.generation()

    def writing(self):
        """Mark this process as a writer of the store while the block runs (``lease``)."""
        return lease.writing(self.path)

    def writers_active(self) -> bool:
        """Whether a live process (this one included) is marked as writing the store."""
        return lease.writers_active(self.path)

    def close(self) -> None:
        self._conn.close()

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, params).fetchall()

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection (for tests and benchmarks; orbat reads through the methods)."""
        return self._conn

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    # ------------------------------------------------------------------ documents
    def add_document(self, doc: Document, extraction: Extraction | None = None) -> AddResult:
        sha = doc.sha256
        signature = self._near.signature(doc.body)
        bands = self._near.bands(signature)
        with self.transaction() as conn:  # the checks too: another writer may add the same text
            row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
            if row is not None:
                return AddResult(status="duplicate", doc_id=row["id"])
            near_of, similarity = self._find_near(signature, bands)
            conn.execute(
                INSERT_DOCUMENT,
                document_row(doc, near_of=near_of, similarity=similarity, signature=signature),
            )
            conn.executemany(
                "INSERT INTO document_bands (band, hash, doc_id) VALUES (?,?,?)",
                [(i, h, doc.id) for i, h in enumerate(bands)],
            )
            conn.execute(
                "INSERT INTO search_index (kind, ref, title, body) VALUES ('document', ?, ?, ?)",
                (doc.id, doc.title or "", doc.body),
            )
            if extraction is not None:
                self._write_extraction(conn, extraction)
        status = "near_duplicate" if near_of else "new"
        return AddResult(status=status, doc_id=doc.id, near_of=near_of, similarity=similarity)

    # ------------------------------------------------------------------ extractions
    def _write_extraction(self, conn: sqlite3.Connection, extraction: Extraction) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO extractions (doc_id, version, facts, data) VALUES (?,?,?,?)",
            (
                extraction.doc_id,
                extraction.extractor_version,
                len(extraction.facts),
                _dumps(extraction.to_json()),
            ),
        )

    def put_extraction(self, extraction: Extraction) -> None:
        with self.transaction() as conn:
            self._write_extraction(conn, extraction)

    def put_extractions(self, extractions: list[Extraction]) -> None:
        with self.transaction() as conn:
            for extraction in extractions:
                self._write_extraction(conn, extraction)

    # ------------------------------------------------------------------ knowledge base
    def replace_knowledge(
        self, entities: list[Entity], facts: list[Fact], *, generation: int | None = None, index=None
    ) -> bool:
        """Swap the knowledge base in, resolved from inputs ``generation`` (None: from the
        current inputs). A knowledge base resolved from older inputs than the stored one
        is not swapped in (a slower concurrent writer); returns whether it was. ``index``
        (``orbat.resolve.index.ResolutionIndex``) replaces the resolution index; without
        it the index is dropped (incremental updates then wait for a full resolution)."""
        with self._write_cache(), self.transaction() as conn:
            if generation is None:
                generation = self._generation("inputs")
            elif generation < self._generation("knowledge"):
                return False
            conn.execute("UPDATE generations SET value = ? WHERE name = 'knowledge'", (generation,))
            for table in ("fact_args", "facts", "entity_names", "entities"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM search_index WHERE kind = 'entity'")
            _insert_knowledge(conn, entities, facts)
            for table in ("resolution_nodes", "resolution_keys", "resolution_ids", "resolution_meta"):
                conn.execute(f"DELETE FROM {table}")
            if index is not None:
                _insert_index(conn, index)
            conn.execute(
                "UPDATE generations SET value = ? WHERE name = 'index'", (generation if index is not None else -1,)
            )
        return True

    def update_knowledge(
        self,
        removed_entity_ids: Iterable[str],
        removed_fact_ids: Iterable[str],
        entities: list[Entity],
        facts: list[Fact],
        *,
        index=None,
        base_generation: int | None = None,
        generation: int | None = None,
    ) -> bool:
        """In one transaction: drop the entities and facts with the given ids and write
        ``entities`` and ``facts`` in place of any stored ones with their ids. With
        ``base_generation``, only when the stored knowledge base and its index are still
        the ones resolved from that generation (else nothing is written and it returns
        False); the knowledge base and index are then stamped ``generation``. ``index``
        (an ``IndexDelta``) replaces the index rows of the items it names; those of the
        entities it keeps (``IndexDelta.kept``) keep their node and key rows, relabelled.

        Only what changes is written: an entity or fact stored as it is given, and an index
        row stored as it would be written, are left alone (``_diff_index``); the result is the
        same as deleting every row of the items named and writing them all again."""
        entity_ids = sorted({*removed_entity_ids, *(e.id for e in entities)})
        fact_ids = sorted({*removed_fact_ids, *(f.id for f in facts)})
        with self._write_cache(), self.transaction() as conn:
            entity_rows = [_entity_row(e) for e in entities]
            fact_rows = [fact_row(f) for f in facts]
            if base_generation is not None:
                if (self._generation("knowledge"), self._generation("index")) != (base_generation, base_generation):
                    return False
                for name in ("knowledge", "index"):
                    conn.execute("UPDATE generations SET value = ? WHERE name = ?", (generation, name))
            same_entities = _stored_as(conn, "SELECT id, type, name, data FROM entities", entity_rows)
            same_facts = _stored_as(
                conn, "SELECT id, type, time_start, time_end, location, modality, sources, data FROM facts", fact_rows
            )
            for chunk in _chunks([i for i in fact_ids if i not in same_facts]):
                marks = ",".join("?" * len(chunk))
                conn.execute(f"DELETE FROM fact_args WHERE fact_id IN ({marks})", chunk)
                conn.execute(f"DELETE FROM facts WHERE id IN ({marks})", chunk)
            for chunk in _chunks([i for i in entity_ids if i not in same_entities]):
                marks = ",".join("?" * len(chunk))
                conn.execute(f"DELETE FROM entity_names WHERE entity_id IN ({marks})", chunk)
                conn.execute(f"DELETE FROM entities WHERE id IN ({marks})", chunk)
                conn.execute(f"DELETE FROM search_index WHERE kind = 'entity' AND ref IN ({marks})", chunk)
            _insert_knowledge(
                conn,
                [e for e in entities if e.id not in same_entities],
                [f for f in facts if f.id not in same_facts],
                entity_rows=[r for r in entity_rows if r[0] not in same_entities],
                fact_rows=[r for r in fact_rows if r[0] not in same_facts],
            )
            if index is not None:
                _diff_index(conn, index, {*entity_ids, *fact_ids, *index.removed} - set(index.kept))
        return True

    # ------------------------------------------------------------------ resolution index
    def index_generation(self) -> int:
        """The inputs generation the resolution index describes (-1: none)."""
        return self._generation("index")

    def index_lookup(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """Knowledge-base ids by the blocking keys given (keys nothing has are left out)."""
        found: dict[str, list[str]] = {}
        for chunk in _chunks(sorted(set(keys))):
            rows = self._conn.execute(
                f"SELECT key, kb_id FROM resolution_keys WHERE key IN ({','.join('?' * len(chunk))})", chunk
            )
            for key, kb_id in rows:
                found.setdefault(key, []).append(kb_id)
        return found

    def index_keys(self, kb_ids: Iterable[str]) -> dict[str, list[str]]:
        """The blocking keys of each knowledge-base item given (items with none are left out)."""
        found: dict[str, list[str]] = {}
        for chunk in _chunks(sorted(set(kb_ids))):
            rows = self._conn.execute(
                f"SELECT kb_id, key FROM resolution_keys WHERE kb_id IN ({','.join('?' * len(chunk))})", chunk
            )
            for kb_id, key in rows:
                found.setdefault(kb_id, []).append(key)
        return found

    def index_nodes(self, kb_ids: Iterable[str]) -> list[tuple[str, str, str, str, dict]]:
        """``(kind, doc, local id, kb id, data)`` of every node of the given items."""
        out = []
        for chunk in _chunks(sorted(set(kb_ids))):
            rows = self._conn.execute(
                "SELECT kind, doc_id, local_id, kb_id, data FROM resolution_nodes"
                f" WHERE kb_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            out += [(k, d, loc, i, json.loads(data)) for k, d, loc, i, data in rows]
        return out

    def index_lookup_prefix(self, prefixes: Iterable[str], *, limit: int) -> dict[str, list[str]]:
        """Knowledge-base ids under keys starting with each prefix, at most ``limit + 1``
        per prefix (more than ``limit``: the caller treats the block as large)."""
        found: dict[str, list[str]] = {}
        for prefix in sorted(set(prefixes)):
            rows = self._conn.execute(
                "SELECT kb_id FROM resolution_keys WHERE key >= ? AND key < ? LIMIT ?",
                (prefix, prefix + "\U0010ffff", limit + 1),
            )
            found[prefix] = [r[0] for r in rows]
        return found

    def index_summaries(self, kb_ids: Iterable[str], kind: str = "summary") -> dict[str, dict]:
        """The cluster summary of each knowledge-base item given: of a fact
        (``index.summary_record``), or with ``kind="entity_summary"`` of an entity
        (``index.entity_summary_record``)."""
        out: dict[str, dict] = {}
        for chunk in _chunks(sorted(set(kb_ids))):
            rows = self._conn.execute(
                "SELECT local_id, data FROM resolution_nodes WHERE kind = ? AND doc_id = ''"
                f" AND local_id IN ({','.join('?' * len(chunk))})",
                [kind, *chunk],
            )
            out.update((i, json.loads(data)) for i, data in rows)
        return out

    def index_placements(self, kind: str, nodes: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """The knowledge-base id each ``(doc, local id)`` node of ``kind`` went to."""
        wanted = set(nodes)
        found: dict[tuple[str, str], str] = {}
        for chunk in _chunks(sorted({doc for doc, _ in wanted}), 200):
            rows = self._conn.execute(
                "SELECT doc_id, local_id, kb_id FROM resolution_nodes"
                f" WHERE kind = ? AND doc_id IN ({','.join('?' * len(chunk))})",
                [kind, *chunk],
            )
            found.update(((d, loc), i) for d, loc, i in rows if (d, loc) in wanted)
        return found

    def index_ids(self, bases: Iterable[str]) -> list[tuple[str, str, list]]:
        """``(kb id, base, tiers)`` of the items whose first id tier hashes to one of ``bases``."""
        out = []
        for chunk in _chunks(sorted(set(bases))):
            rows = self._conn.execute(
                f"SELECT kb_id, base, tiers FROM resolution_ids WHERE base IN ({','.join('?' * len(chunk))})", chunk
            )
            out += [(i, b, json.loads(t)) for i, b, t in rows]
        return out

    def index_meta(self, name: str) -> object:
        row = self._conn.execute("SELECT value FROM resolution_meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else json.loads(row[0])

    # ------------------------------------------------------------------ curations
    def add_curation(self, curation: Curation) -> Curation:
        created = curation.created or _now()
        with self.transaction() as conn:
            last = conn.execute(
                "SELECT * FROM curations WHERE target = ? ORDER BY id DESC LIMIT 1", (curation.target,)
            ).fetchone()
            if last is not None and (last["action"], last["params"]) == (curation.action, _dumps(curation.params)):
                # the same curation again (a command re-run after an interruption): one is enough
                return _curation(last)
            cur = conn.execute(
                "INSERT INTO curations (action, target, params, author, created) VALUES (?,?,?,?,?)",
                (curation.action, curation.target, _dumps(curation.params), curation.author, created),
            )
            new_id = cur.lastrowid
        return Curation(
            action=curation.action,
            target=curation.target,
            params=dict(curation.params),
            author=curation.author,
            created=created,
            id=new_id,
        )

    # ------------------------------------------------------------------ API tokens
    def add_token(self, name: str, token_hash: str) -> int:
        """Keep the hash of a new API token (never the token itself); returns its id."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO api_tokens (name, hash, created) VALUES (?,?,?)", (name, token_hash, _now())
            )
            return int(cur.lastrowid or 0)

    def token_hashes(self) -> list[tuple[str, str]]:
        """``(name, sha256 hex)`` of every API token, oldest first."""
        rows = self._conn.execute("SELECT name, hash FROM api_tokens ORDER BY id")
        return [(r["name"], r["hash"]) for r in rows]

    # ------------------------------------------------------------------ search
    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        terms = [t for t in normalize_name(text).split() if t]
        if not terms:
            return []
        query = " ".join('"' + t.replace('"', "") + '"' for t in terms)
        rows = self._conn.execute(
            "SELECT kind, ref, title, snippet(search_index, 3, '[', ']', '…', 12) AS snip"
            " FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        return [SearchHit(kind=r["kind"], id=r["ref"], title=r["title"], snippet=r["snip"]) for r in rows]


def _curation(row: sqlite3.Row) -> Curation:
    return Curation(
        action=row["action"],
        target=row["target"],
        params=json.loads(row["params"]),
        author=row["author"],
        created=row["created"],
        id=row["id"],
    )


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _entity_row(e: Entity) -> tuple[object, ...]:
    return (e.id, e.type, e.name, _dumps(e.to_json()))


def _insert_knowledge(
    conn: sqlite3.Connection,
    entities: list[Entity],
    facts: list[Fact],
    *,
    entity_rows: list[tuple[object, ...]] | None = None,
    fact_rows: list[tuple[object, ...]] | None = None,
) -> None:
    conn.executemany(
        "INSERT INTO entities (id, type, name, data) VALUES (?,?,?,?)",
        entity_rows if entity_rows is not None else [_entity_row(e) for e in entities],
    )
    conn.executemany(
        "INSERT INTO entity_names (entity_id, name, norm) VALUES (?,?,?)",
        [(e.id, n, normalize_name(n)) for e in entities for n in dict.fromkeys([e.name, *e.aliases])],
    )
    conn.executemany(
        "INSERT INTO search_index (kind, ref, title, body) VALUES ('entity', ?, ?, ?)",
        [(e.id, e.name, " ; ".join(e.aliases)) for e in entities],
    )
    conn.executemany(
        "INSERT INTO facts (id, type, time_start, time_end, location, modality, sources, data)"
        " VALUES (?,?,?,?,?,?,?,?)",
        fact_rows if fact_rows is not None else [fact_row(f) for f in facts],
    )
    conn.executemany(
        "INSERT INTO fact_args (fact_id, role, entity_id) VALUES (?,?,?)",
        [(f.id, role, value) for f in facts for role, value in f.args.items()],
    )


SUMMARY_KINDS = ("entity_summary", "summary", "fact_tally")  # index rows kept per item (doc "", local id = kb id)


def _stored_as(conn: sqlite3.Connection, select: str, rows: list[tuple[object, ...]]) -> set[str]:
    """The ids of ``rows`` (id first) stored exactly as they are (``select``: the columns
    of a row, from a table keyed by ``id``)."""
    wanted = {r[0]: tuple(r) for r in rows}
    same: set[str] = set()
    for chunk in _chunks(sorted(wanted)):  # type: ignore[arg-type]
        for row in conn.execute(f"{select} WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            if wanted[row[0]] == tuple(row):
                same.add(row[0])
    return same


def _diff_index(conn: sqlite3.Connection, delta, replaced: set[str]) -> None:
    """Write an ``IndexDelta``: as deleting every index row of the items in ``replaced``
    (and the id and entity-summary rows of the kept items, ``IndexDelta.kept``), moving the
    kept items' node and key rows to their ids now (``_relabel_index``) and writing
    ``delta.index``'s rows - but a row of those items stored as it would be written again,
    or named in ``IndexDelta.unchanged``, is left alone: only the rows that change are
    deleted or written."""
    index, kept, unchanged = delta.index, delta.kept, delta.unchanged
    moved = {old: new for old, new in kept.items() if old != new}
    unsafe = set(moved) | set(moved.values())  # rows of these are written again whatever they hold
    nodes = {(n.kind, n.doc, n.local_id): (n.kb_id, _dumps(n.data)) for n in index.nodes}
    doomed = {
        (k, d, loc): (kb, data)
        for chunk in _chunks(sorted(replaced))
        for k, d, loc, kb, data in conn.execute(
            "SELECT kind, doc_id, local_id, kb_id, data FROM resolution_nodes"
            f" WHERE kb_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
    }
    if any(kind not in SUMMARY_KINDS or doc or local in unsafe for kind, doc, local in unchanged):
        raise ValueError("only summary rows of ids that stay can be left unchanged")
    # a kept entity's summary row (its local id is its kb id) is replaced by its summary now
    doomed.update({("entity_summary", "", i): (i, None) for i in kept if ("entity_summary", "", i) not in doomed})
    same = {pk for pk, row in doomed.items() if nodes.get(pk) == row and row[0] not in unsafe}
    gone = [pk for pk, row in doomed.items() if pk not in unchanged and (pk not in nodes or row[0] in unsafe)]
    conn.executemany("DELETE FROM resolution_nodes WHERE kind = ? AND doc_id = ? AND local_id = ?", gone)
    keys = dict.fromkeys(index.keys)
    old_keys = {
        tuple(r)
        for chunk in _chunks(sorted(replaced))
        for r in conn.execute(
            f"SELECT key, kb_id FROM resolution_keys WHERE kb_id IN ({','.join('?' * len(chunk))})", chunk
        )
    }
    kept_keys = {k for k in old_keys if k in keys and k[1] not in unsafe}
    conn.executemany("DELETE FROM resolution_keys WHERE key = ? AND kb_id = ?", sorted(old_keys - kept_keys))
    ids = {i: (base, _dumps(tiers)) for i, base, tiers in index.ids}
    old_ids = {
        r[0]: (r[1], r[2])
        for chunk in _chunks(sorted(replaced | set(kept)))
        for r in conn.execute(
            f"SELECT kb_id, base, tiers FROM resolution_ids WHERE kb_id IN ({','.join('?' * len(chunk))})", chunk
        )
    }
    same_ids = {i for i, row in ids.items() if old_ids.get(i) == row}
    conn.executemany("DELETE FROM resolution_ids WHERE kb_id = ?", [(i,) for i in sorted(old_ids) if i not in ids])
    _relabel_index(conn, moved)
    conn.executemany(
        "INSERT OR REPLACE INTO resolution_nodes (kind, doc_id, local_id, kb_id, data) VALUES (?,?,?,?,?)",
        [(*pk, *row) for pk, row in nodes.items() if pk not in same],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO resolution_keys (key, kb_id) VALUES (?,?)", [k for k in keys if k not in kept_keys]
    )
    conn.executemany(
        "INSERT OR REPLACE INTO resolution_ids (kb_id, base, tiers) VALUES (?,?,?)",
        [(i, *row) for i, row in ids.items() if i not in same_ids],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO resolution_meta (name, value) VALUES (?,?)",
        [(name, _dumps(value)) for name, value in index.meta.items()],
    )


def _relabel_index(conn: sqlite3.Connection, moved: dict[str, str]) -> None:
    """Move the node and key rows of the kept items whose ids change (old -> new) to the id
    each has now (through a temporary id: two may trade ids)."""
    pairs_in_order = sorted(moved.items())
    for step in (((old, "\x00" + old) for old, _new in pairs_in_order), (("\x00" + old, new) for old, new in pairs_in_order)):
        pairs = [(new, old) for old, new in step]
        for table in ("resolution_nodes", "resolution_keys"):
            conn.executemany(f"UPDATE {table} SET kb_id = ? WHERE kb_id = ?", pairs)


def _insert_index(conn: sqlite3.Connection, index) -> None:
    """Write a ``ResolutionIndex``'s rows (``orbat.resolve.index``)."""
    conn.executemany(
        "INSERT OR REPLACE INTO resolution_nodes (kind, doc_id, local_id, kb_id, data) VALUES (?,?,?,?,?)",
        [(n.kind, n.doc, n.local_id, n.kb_id, _dumps(n.data)) for n in index.nodes],
    )
    # a fact's mentions repeat its keys (an update at 10,000 + 100 documents: 16,337 pairs, 9,841
    # distinct): each pair once, rather than left to INSERT OR IGNORE one row at a time
    conn.executemany(
        "INSERT OR IGNORE INTO resolution_keys (key, kb_id) VALUES (?,?)", list(dict.fromkeys(index.keys))
    )
    conn.executemany(
        "INSERT OR REPLACE INTO resolution_ids (kb_id, base, tiers) VALUES (?,?,?)",
        [(i, base, _dumps(tiers)) for i, base, tiers in index.ids],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO resolution_meta (name, value) VALUES (?,?)",
        [(name, _dumps(value)) for name, value in index.meta.items()],
    )


def _executescript_in_tx(conn: sqlite3.Connection, sql: str) -> None:
    """Run a migration's statements inside the caller's transaction
    (``executescript`` would commit first)."""
    for statement in _split_sql(sql):
        conn.execute(statement)


def _split_sql(sql: str) -> list[str]:
    statements, buf = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--"):
            continue
        buf.append(line)
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(buf)):
            statements.append("\n".join(buf))
            buf = []
    if "".join(buf).strip():
        statements.append("\n".join(buf))
    return statements
