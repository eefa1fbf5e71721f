"""What is particular to the PostgreSQL store: its migrations and schema version
beside SQLite's, refusing what is not an orbat store, messages that keep a
password out, and two writers adding the same text at once."""

from __future__ import annotations

import os
import sqlite3
import threading
from urllib.parse import urlsplit

import psycopg
import pytest

from orbat.errors import StoreError
from orbat.model import Document
from orbat.store import open_store
from orbat.store.postgres import PostgresStore, migrations, redact
from orbat.store.sqlite import SQLiteStore

BODY = (
    "Gunmen attacked a police station near the border on Sunday night, killing three officers, "
    "and set fire to two vehicles before fleeing, a local official said."
)


@pytest.fixture
def empty_pg(pg_server):
    """A database without orbat's tables."""
    with pg_server.database(migrated=False) as url:
        yield url


def _sqlite_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        t: sorted(r[1] for r in conn.execute(f"PRAGMA table_info({t})"))
        for t in tables
        if not t.startswith("search_index_") and t != "sqlite_sequence"  # FTS5's and AUTOINCREMENT's own
    }


def _postgres_columns(url: str) -> dict[str, list[str]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name <> 'orbat_migrations'"
        ).fetchall()
    found: dict[str, list[str]] = {}
    for table, column in rows:
        found.setdefault(table, []).append(column)
    return {t: sorted(c) for t, c in found.items()}


def test_both_backends_reach_the_same_schema(tmp_path, empty_pg):
    lite = SQLiteStore(tmp_path / "s.db")
    pg = PostgresStore(empty_pg)  # migrates from nothing
    try:
        assert pg.schema_version == lite.schema_version == migrations()[-1][0]
        lite_tables, pg_tables = _sqlite_columns(lite.connection), _postgres_columns(empty_pg)
    finally:
        lite.close()
        pg.close()
    assert lite_tables.keys() == pg_tables.keys()
    for table, columns in lite_tables.items():
        if table == "search_index":  # PostgreSQL keeps its terms in a column of its own
            assert set(columns) < set(pg_tables[table]), table
        else:
            assert pg_tables[table] == columns, table


def test_migrations_prefer_the_postgres_variant():
    steps = dict(migrations())
    assert sorted(steps) == list(range(1, len(steps) + 1))  # numbered without gaps
    assert "TSVECTOR" in steps[2] and "fts5" not in steps[2]
    assert "BYTEA" in steps[1] and "BLOB" not in steps[1]
    assert "facts_location" in steps[3]  # the shared, portable file


def test_reopening_runs_no_migration_again(pg_url):
    for _ in range(2):
        store = PostgresStore(pg_url)
        store.add_document(Document(body=BODY))
        store.close()
    with psycopg.connect(pg_url) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM orbat_migrations ORDER BY version")]
    assert versions == [n for n, _ in migrations()]
    store = PostgresStore(pg_url)
    try:
        assert store.count_documents() == 1
    finally:
        store.close()


def test_newer_schema_is_refused(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO orbat_migrations (version, applied) VALUES (999, 'later')")
    with pytest.raises(StoreError, match="newer"):
        PostgresStore(pg_url)


def test_a_database_of_something_else_is_refused(empty_pg):
    with psycopg.connect(empty_pg, autocommit=True) as conn:
        conn.execute("CREATE TABLE documents (isbn TEXT PRIMARY KEY)")
    with pytest.raises(StoreError, match="not an orbat store"):
        PostgresStore(empty_pg)
    with psycopg.connect(empty_pg) as conn:  # nothing of orbat's was left behind
        assert conn.execute("SELECT to_regclass('orbat_migrations')").fetchone()[0] is None


def test_a_failed_connection_names_the_url_without_its_password(pg_server):
    parts = urlsplit(pg_server.url("orbat_no_such_database"))
    url = parts._replace(netloc=f"orbat:s3cret@{parts.netloc.rpartition('@')[2]}").geturl()
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert "s3cret" not in message and "orbat:***@" in message
    assert "cannot connect" in message and "orbat_no_such_database" in message


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://ana:pw@db.example:5433/kb", "postgresql://ana:***@db.example:5433/kb"),
        ("postgres://ana:p@ss@db/kb", "postgres://ana:***@db/kb"),
        ("postgresql://ana@db/kb", "postgresql://ana@db/kb"),
        ("postgresql:///kb?host=/run/postgresql", "postgresql:///kb?host=/run/postgresql"),
    ],
)
def test_redact(url, shown):
    assert redact(url) == shown


def test_two_writers_adding_the_same_text_get_new_and_duplicate(pg_url):
    stores = [PostgresStore(pg_url) for _ in range(2)]
    results = []
    start = threading.Barrier(2)

    def add(store):
        start.wait()
        results.append(store.add_document(Document(body=BODY, title=f"copy {id(store)}")))

    threads = [threading.Thread(target=add, args=(s,)) for s in stores]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert sorted(r.status for r in results) == ["duplicate", "new"]
        assert stores[0].count_documents() == 1
    finally:
        for s in stores:
            s.close()


def test_a_user_who_may_only_read_can_query_an_up_to_date_store(pg_url):
    store = PostgresStore(pg_url)
    store.add_document(Document(body=BODY, title="Station attacked"))
    store.close()
    role = f"orbat_reader_{os.getpid()}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        try:
            conn.execute(f"CREATE ROLE {role} LOGIN")
        except psycopg.errors.InsufficientPrivilege:
            pytest.skip("the test server's user may not create roles")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    parts = urlsplit(pg_url)
    reader_url = parts._replace(netloc=f"{role}@{parts.netloc.rpartition('@')[2]}").geturl()
    try:
        reader = open_store(reader_url)
        try:
            assert [d.title for d in reader.documents()] == ["Station attacked"]
            assert reader.search("station")[0].title == "Station attacked"
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                reader.add_document(Document(body=BODY + " Later."))
        finally:
            reader.close()
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")
