"""The embedded SQLite knowledge store (the default backend).

Schema changes are numbered SQL files in ``migrations/``; ``PRAGMA user_version``
records the last one applied. Every public write is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from orbat.errors import StoreError
from orbat.model import Curation, Document, Entity, Extraction, Fact
from orbat.store import lease
from orbat.store.base import AddResult, DocumentRow, SearchHit
from orbat.store.neardup import NearDuplicateIndex
from orbat.store.queries import like_prefix
from orbat.testhooks import crash_point
from orbat.text import normalize_name

# How long a command waits for another process's write transaction before giving up
# with a StoreError (never a raw "database is locked").
BUSY_TIMEOUT_S = 60.0


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("orbat.store") / "migrations"
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            found.append((int(item.name.split("_", 1)[0]), item.read_text(encoding="utf-8")))
    return sorted(found)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


class SQLiteStore:
    """``Store`` on one SQLite file (or ``:memory:``)."""

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
                self._conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(f"{self.path}: not an orbat store ({exc})") from exc
        self._migrate()

    # ------------------------------------------------------------------ plumbing
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

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for read-only query helpers (orbat.store.queries)."""
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
                "INSERT INTO documents (id, sha256, title, url, published, publisher, author,"
                " source, record, format, near_of, similarity, words, minhash, data, added)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id, sha, doc.title, doc.url, doc.published, doc.publisher, doc.author,
                    doc.source, doc.record, doc.format, near_of, similarity,
                    len(doc.body.split()), signature, _dumps(doc.to_json()), _now(),
                ),
            )  # fmt: skip
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
        rows = self._conn.execute(
            f"SELECT b.doc_id, d.minhash, COUNT(*) AS shared FROM document_bands b"
            f" JOIN documents d ON d.id = b.doc_id WHERE {clauses}"
            f" GROUP BY b.doc_id ORDER BY shared DESC, b.doc_id LIMIT ?",
            [*params, max_candidates],
        ).fetchall()
        best: tuple[str | None, float | None] = (None, None)
        for row in rows:
            sim = self._near.similarity(signature, row["minhash"])
            if sim >= self._near.threshold and (best[1] is None or sim > best[1]):
                best = (row["doc_id"], round(sim, 3))
        return best

    def get_document(self, doc_id: str) -> Document | None:
        row = self._conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else Document.from_json(json.loads(row["data"]))

    def has_document(self, doc_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def find_documents(self, prefix: str) -> list[str]:
        """Ids of documents whose id starts with ``prefix`` (with or without "doc:")."""
        if not prefix.startswith("doc:"):
            prefix = "doc:" + prefix
        rows = self._conn.execute(
            "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id", (like_prefix(prefix),)
        )
        return [r["id"] for r in rows]

    def documents(self) -> list[DocumentRow]:
        rows = self._conn.execute(
            "SELECT d.id, d.title, d.published, d.publisher, d.source, d.format, d.near_of,"
            " d.words, COALESCE(x.facts, 0) AS facts FROM documents d"
            " LEFT JOIN extractions x ON x.doc_id = d.id ORDER BY d.published, d.id"
        )
        return [DocumentRow(**dict(r)) for r in rows]

    def iter_documents(self) -> Iterator[Document]:
        for row in self._conn.execute("SELECT data FROM documents ORDER BY id").fetchall():
            yield Document.from_json(json.loads(row["data"]))

    def count_documents(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

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

    def extractions(self) -> Iterator[Extraction]:
        for row in self._conn.execute("SELECT data FROM extractions ORDER BY doc_id").fetchall():
            yield Extraction.from_json(json.loads(row["data"]))

    def get_extraction(self, doc_id: str) -> Extraction | None:
        row = self._conn.execute(
            "SELECT data FROM extractions WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        return None if row is None else Extraction.from_json(json.loads(row["data"]))

    # ------------------------------------------------------------------ knowledge base
    def replace_knowledge(
        self, entities: list[Entity], facts: list[Fact], *, generation: int | None = None
    ) -> bool:
        """Swap the knowledge base in, resolved from inputs ``generation`` (None: from the
        current inputs). A knowledge base resolved from older inputs than the stored one
        is not swapped in (a slower concurrent writer); returns whether it was."""
        with self.transaction() as conn:
            if generation is None:
                generation = self._generation("inputs")
            elif generation < self._generation("knowledge"):
                return False
            conn.execute("UPDATE generations SET value = ? WHERE name = 'knowledge'", (generation,))
            conn.execute("DELETE FROM fact_args")
            conn.execute("DELETE FROM facts")
            conn.execute("DELETE FROM entity_names")
            conn.execute("DELETE FROM entities")
            conn.execute("DELETE FROM search_index WHERE kind = 'entity'")
            for ent in entities:
                conn.execute(
                    "INSERT INTO entities (id, type, name, data) VALUES (?,?,?,?)",
                    (ent.id, ent.type, ent.name, _dumps(ent.to_json())),
                )
                names = dict.fromkeys([ent.name, *ent.aliases])
                conn.executemany(
                    "INSERT INTO entity_names (entity_id, name, norm) VALUES (?,?,?)",
                    [(ent.id, n, normalize_name(n)) for n in names],
                )
                conn.execute(
                    "INSERT INTO search_index (kind, ref, title, body) VALUES ('entity', ?, ?, ?)",
                    (ent.id, ent.name, " ; ".join(ent.aliases)),
                )
            for fact in facts:
                time = fact.time
                conn.execute(
                    "INSERT INTO facts (id, type, time_start, time_end, location, modality,"
                    " sources, data) VALUES (?,?,?,?,?,?,?,?)",
                    (
                        fact.id, fact.type, time.start if time else None,
                        time.end if time else None, fact.location, fact.modality,
                        len({s.doc for s in fact.sources}), _dumps(fact.to_json()),
                    ),
                )  # fmt: skip
                conn.executemany(
                    "INSERT INTO fact_args (fact_id, role, entity_id) VALUES (?,?,?)",
                    [(fact.id, role, value) for role, value in fact.args.items()],
                )
        return True

    def entities(self) -> list[Entity]:
        rows = self._conn.execute("SELECT data FROM entities ORDER BY id")
        return [Entity.from_json(json.loads(r["data"])) for r in rows]

    def get_entity(self, entity_id: str) -> Entity | None:
        row = self._conn.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return None if row is None else Entity.from_json(json.loads(row["data"]))

    def find_entities(self, name: str) -> list[Entity]:
        """Entities with ``name`` as their name or an alias (normalised match)."""
        rows = self._conn.execute(
            "SELECT DISTINCT e.data FROM entity_names n JOIN entities e ON e.id = n.entity_id"
            " WHERE n.norm = ? ORDER BY e.id",
            (normalize_name(name),),
        )
        return [Entity.from_json(json.loads(r["data"])) for r in rows]

    def facts(self, *, type: str | None = None, entity: str | None = None) -> list[Fact]:
        sql = "SELECT DISTINCT f.id, f.data FROM facts f"
        params: list[object] = []
        where = []
        if entity is not None:
            sql += " JOIN fact_args a ON a.fact_id = f.id"
            where.append("a.entity_id = ?")
            params.append(entity)
        if type is not None:
            where.append("f.type = ?")
            params.append(type)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY f.id"
        return [Fact.from_json(json.loads(r["data"])) for r in self._conn.execute(sql, params)]

    def get_fact(self, fact_id: str) -> Fact | None:
        row = self._conn.execute("SELECT data FROM facts WHERE id = ?", (fact_id,)).fetchone()
        return None if row is None else Fact.from_json(json.loads(row["data"]))

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

    def curations(self) -> list[Curation]:
        rows = self._conn.execute("SELECT * FROM curations ORDER BY id")
        return [_curation(r) for r in rows]

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
