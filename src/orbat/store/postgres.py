"""The knowledge store on a PostgreSQL server (``--db postgresql://user@host:port/dbname``).

The tables are those of the SQLite store (``migrations/postgres/`` holds the
PostgreSQL form of a numbered migration where the SQLite one is not portable; the
others run as they are), recorded in ``orbat_migrations``. Reads are the shared
``SQLReads``; full-text search is a ``tsvector`` column under a GIN index queried
with ``websearch_to_tsquery``. Every public write is one transaction; writers of
documents and migrations take an advisory lock, so that two processes adding the
same text get one "new" and one "duplicate", as with SQLite's write lock.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from importlib import resources
from typing import Any

import psycopg

from orbat.errors import StoreError
from orbat.model import Curation, Document, Entity, Extraction, Fact
from orbat.store.base import AddResult, SearchHit
from orbat.store.neardup import NearDuplicateIndex
from orbat.store.queries import POSTGRES, SQLReads
from orbat.store.records import INSERT_DOCUMENT, document_row, fact_row
from orbat.store.records import dumps as _dumps
from orbat.store.records import now as _now
from orbat.text import normalize_name

# pg_advisory_xact_lock keys ("orbat" + a number): schema changes, documents, curations
_LOCK_MIGRATE = 0x6F72626174_01
_LOCK_DOCUMENTS = 0x6F72626174_02
_LOCK_CURATIONS = 0x6F72626174_03

_HEADLINE = "StartSel=[, StopSel=], MaxWords=12, MinWords=4, MaxFragments=1, FragmentDelimiter=…"


def redact(url: str) -> str:
    """``url`` with its password, if any, replaced by ``***`` (for messages)."""
    scheme, sep, rest = url.partition("://")
    netloc, slash, tail = rest.partition("/")
    userinfo, at, host = netloc.rpartition("@")
    if not sep or not at or ":" not in userinfo:
        return url
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}{slash}{tail}"


def migrations() -> list[tuple[int, str]]:
    """``(number, sql)`` in order: the PostgreSQL variant of a number where
    ``migrations/postgres/`` has one, else the shared (portable) file."""
    folder = resources.files("orbat.store") / "migrations"
    found: dict[int, str] = {}
    for sub in (folder, folder / "postgres"):  # the variant, read second, wins
        for item in sub.iterdir():
            if item.name.endswith(".sql"):
                found[int(item.name.split("_", 1)[0])] = item.read_text(encoding="utf-8")
    return sorted(found.items())


class PostgresStore(SQLReads):
    """``Store`` on one PostgreSQL database (psycopg 3, one connection)."""

    dialect = POSTGRES

    def __init__(self, url: str, *, neardup_threshold: float = 0.8):
        self.url = url
        self.name = redact(url)
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{self.name}: cannot connect to PostgreSQL ({_first_line(exc)})") from exc
        self._near = NearDuplicateIndex(threshold=neardup_threshold)
        try:
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    # ------------------------------------------------------------------ plumbing
    def _migrate(self) -> None:
        """Apply the migrations this database lacks (none: nothing is written, so a
        user who may only read can open a store that is up to date)."""
        steps = migrations()
        latest = steps[-1][0] if steps else 0
        try:
            if self._version() == latest:
                return
            with self.transaction() as conn:
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_MIGRATE,))
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS orbat_migrations"
                    " (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
                )
                current = self._version()  # again, under the lock: another process may have migrated
                if current > latest:
                    raise StoreError(
                        f"{self.name}: schema version {current} is newer than this orbat knows ({latest})"
                    )
                for number, sql in steps:
                    if number > current:
                        conn.execute(sql)  # no parameters: several statements may run at once
                        conn.execute(
                            "INSERT INTO orbat_migrations (version, applied) VALUES (%s, %s)",
                            (number, _now()),
                        )
        except psycopg.Error as exc:
            raise StoreError(f"{self.name}: not an orbat store ({_first_line(exc)})") from exc

    def _version(self) -> int:
        """The last migration applied; 0 where orbat's tables are not there yet."""
        if self._rows("SELECT to_regclass('orbat_migrations')")[0][0] is None:
            return 0
        return self._rows("SELECT COALESCE(MAX(version), 0) FROM orbat_migrations")[0][0]

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection]:
        """One atomic unit of work: committed on success, rolled back on any error."""
        with self._conn.transaction():
            yield self._conn

    def close(self) -> None:
        self._conn.close()

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql.replace("?", "%s"), list(params)).fetchall()

    @property
    def schema_version(self) -> int:
        return self._version()

    # ------------------------------------------------------------------ documents
    def add_document(self, doc: Document, extraction: Extraction | None = None) -> AddResult:
        sha = doc.sha256
        signature = self._near.signature(doc.body)
        bands = self._near.bands(signature)
        with self.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_DOCUMENTS,))
            row = conn.execute("SELECT id FROM documents WHERE sha256 = %s", (sha,)).fetchone()
            if row is not None:
                return AddResult(status="duplicate", doc_id=row[0])
            near_of, similarity = self._find_near(signature, bands)
            conn.execute(
                INSERT_DOCUMENT.replace("?", "%s"),
                document_row(doc, near_of=near_of, similarity=similarity, signature=signature),
            )
            _many(
                conn,
                "INSERT INTO document_bands (band, hash, doc_id) VALUES (%s,%s,%s)",
                [(i, h, doc.id) for i, h in enumerate(bands)],
            )
            _index(conn, [("document", doc.id, doc.title or "", doc.body)])
            if extraction is not None:
                _write_extractions(conn, [extraction])
        status = "near_duplicate" if near_of else "new"
        return AddResult(status=status, doc_id=doc.id, near_of=near_of, similarity=similarity)

    # ------------------------------------------------------------------ extractions
    def put_extraction(self, extraction: Extraction) -> None:
        with self.transaction() as conn:
            _write_extractions(conn, [extraction])

    def put_extractions(self, extractions: list[Extraction]) -> None:
        with self.transaction() as conn:
            _write_extractions(conn, extractions)

    # ------------------------------------------------------------------ knowledge base
    def replace_knowledge(
        self, entities: list[Entity], facts: list[Fact], *, generation: int | None = None
    ) -> bool:
        """Swap the knowledge base in, resolved from inputs ``generation`` (None: from the
        current inputs). One resolved from older inputs than the stored knowledge base is
        not swapped in (a slower concurrent writer); returns whether it was."""
        with self.transaction() as conn:
            # the row lock on 'knowledge' orders concurrent swaps
            known = conn.execute(
                "SELECT value FROM generations WHERE name = 'knowledge' FOR UPDATE"
            ).fetchone()
            if generation is None:
                generation = self._generation("inputs")
            elif known is not None and generation < known[0]:
                return False
            conn.execute("UPDATE generations SET value = %s WHERE name = 'knowledge'", (generation,))
            for table in ("fact_args", "facts", "entity_names", "entities"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM search_index WHERE kind = 'entity'")
            _insert_knowledge(conn, entities, facts)
        return True

    # ------------------------------------------------------------------ generations
    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state of the store (a REPEATABLE READ transaction)."""
        with self._conn.transaction():
            self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            yield

    def generation(self) -> int:
        """The inputs generation: bumped (by triggers) on every change to extractions or curations."""
        return self._generation("inputs")

    def knowledge_generation(self) -> int:
        """The inputs generation the stored knowledge base was resolved from."""
        return self._generation("knowledge")

    def _generation(self, name: str) -> int:
        row = self._first("SELECT value FROM generations WHERE name = ?", (name,))
        return 0 if row is None else int(row[0])

    def knowledge_stale(self) -> bool:
        """Whether inputs changed since the knowledge base was resolved."""
        return self.knowledge_generation() < self.generation()

    def update_knowledge(
        self,
        removed_entity_ids: Iterable[str],
        removed_fact_ids: Iterable[str],
        entities: list[Entity],
        facts: list[Fact],
    ) -> None:
        """In one transaction: drop the entities and facts with the given ids, and
        write ``entities`` and ``facts`` in place of any stored ones with their ids."""
        entity_ids = sorted({*removed_entity_ids, *(e.id for e in entities)})
        fact_ids = sorted({*removed_fact_ids, *(f.id for f in facts)})
        with self.transaction() as conn:
            conn.execute("DELETE FROM fact_args WHERE fact_id = ANY(%s)", (fact_ids,))
            conn.execute("DELETE FROM facts WHERE id = ANY(%s)", (fact_ids,))
            conn.execute("DELETE FROM entity_names WHERE entity_id = ANY(%s)", (entity_ids,))
            conn.execute("DELETE FROM entities WHERE id = ANY(%s)", (entity_ids,))
            conn.execute("DELETE FROM search_index WHERE kind = 'entity' AND ref = ANY(%s)", (entity_ids,))
            _insert_knowledge(conn, entities, facts)

    # ------------------------------------------------------------------ curations
    def add_curation(self, curation: Curation) -> Curation:
        created = curation.created or _now()
        with self.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_CURATIONS,))
            last = conn.execute(
                "SELECT id, action, target, params, author, created FROM curations WHERE target = %s"
                " ORDER BY id DESC LIMIT 1",
                (curation.target,),
            ).fetchone()
            if last is not None and (last[1], last[3]) == (curation.action, _dumps(curation.params)):
                # the same curation again (a command re-run after an interruption): one is enough
                return Curation(
                    action=last[1],
                    target=last[2],
                    params=json.loads(last[3]),
                    author=last[4],
                    created=last[5],
                    id=last[0],
                )
            new_id = conn.execute(
                "INSERT INTO curations (action, target, params, author, created)"
                " VALUES (%s,%s,%s,%s,%s) RETURNING id",
                (curation.action, curation.target, _dumps(curation.params), curation.author, created),
            ).fetchone()[0]
        return replace(curation, params=dict(curation.params), created=created, id=new_id)

    # ------------------------------------------------------------------ API tokens
    def add_token(self, name: str, token_hash: str) -> int:
        """Keep the hash of a new API token (never the token itself); returns its id."""
        with self.transaction() as conn:
            return int(
                conn.execute(
                    "INSERT INTO api_tokens (name, hash, created) VALUES (%s,%s,%s) RETURNING id",
                    (name, token_hash, _now()),
                ).fetchone()[0]
            )

    def token_hashes(self) -> list[tuple[str, str]]:
        """``(name, sha256 hex)`` of every API token, oldest first."""
        return [(r[0], r[1]) for r in self._rows("SELECT name, hash FROM api_tokens ORDER BY id")]

    # ------------------------------------------------------------------ search
    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        """Documents and entities with every word of ``text`` (folded as names are: an
        operator word such as "or" is a word here, as with SQLite), best first."""
        terms = [t for t in normalize_name(text).split() if t]
        if not terms:
            return []
        query = " ".join(f'"{t}"' for t in terms)
        rows = self._conn.execute(
            "SELECT kind, ref, title, ts_headline('simple', body, q, %s) FROM ("
            " SELECT kind, ref, title, body, q, ts_rank(terms, q, 1) AS rank"
            " FROM search_index, websearch_to_tsquery('simple', %s) AS q WHERE terms @@ q"
            " ORDER BY rank DESC, kind, ref LIMIT %s) AS best ORDER BY rank DESC, kind, ref",
            (_HEADLINE, query, limit),
        ).fetchall()
        return [SearchHit(kind=r[0], id=r[1], title=r[2], snippet=r[3]) for r in rows]


# ---------------------------------------------------------------------- writing helpers


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _many(conn: psycopg.Connection, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        with conn.cursor() as cur:
            cur.executemany(sql, rows)


def _index(conn: psycopg.Connection, items: list[tuple[str, str, str, str]]) -> None:
    """Add ``(kind, ref, title, body)`` rows to the full-text index; the terms are the
    title (weight A) and body (weight B) folded as the search words are."""
    _many(
        conn,
        "INSERT INTO search_index (kind, ref, title, body, terms) VALUES (%s, %s, %s, %s,"
        " setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B'))",
        [
            (kind, ref, title, body, normalize_name(title), normalize_name(body))
            for kind, ref, title, body in items
        ],
    )


def _write_extractions(conn: psycopg.Connection, extractions: list[Extraction]) -> None:
    _many(
        conn,
        "INSERT INTO extractions (doc_id, version, facts, data) VALUES (%s,%s,%s,%s)"
        " ON CONFLICT (doc_id) DO UPDATE SET version = EXCLUDED.version, facts = EXCLUDED.facts,"
        " data = EXCLUDED.data",
        [(x.doc_id, x.extractor_version, len(x.facts), _dumps(x.to_json())) for x in extractions],
    )


def _insert_knowledge(conn: psycopg.Connection, entities: list[Entity], facts: list[Fact]) -> None:
    _many(
        conn,
        "INSERT INTO entities (id, type, name, data) VALUES (%s,%s,%s,%s)",
        [(e.id, e.type, e.name, _dumps(e.to_json())) for e in entities],
    )
    _many(
        conn,
        "INSERT INTO entity_names (entity_id, name, norm) VALUES (%s,%s,%s)",
        [(e.id, n, normalize_name(n)) for e in entities for n in dict.fromkeys([e.name, *e.aliases])],
    )
    _index(conn, [("entity", e.id, e.name, " ; ".join(e.aliases)) for e in entities])
    rows = [fact_row(f) for f in facts]
    _many(
        conn,
        "INSERT INTO facts (id, type, time_start, time_end, location, modality, sources, data)"
        " VALUES (%s,%s,%s,%s,%s,%s,%s,%s)",
        rows,
    )
    _many(
        conn,
        "INSERT INTO fact_args (fact_id, role, entity_id) VALUES (%s,%s,%s)",
        [(f.id, role, value) for f in facts for role, value in f.args.items()],
    )
