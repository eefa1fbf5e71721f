"""Knowledge stores behind one small interface (``Store``): an SQLite file (the
default) or a PostgreSQL database (``postgresql://…``, ``orbat.store.postgres``)."""

from __future__ import annotations

import os
from pathlib import Path

from orbat.store.base import AddResult, DocumentRow, SearchHit, Store
from orbat.store.sqlite import SQLiteStore

__all__ = ["AddResult", "DocumentRow", "SearchHit", "Store", "SQLiteStore", "default_db_path", "open_store"]

POSTGRES_PREFIXES = ("postgresql://", "postgres://")


def default_db_path(db: str | Path | None = None) -> str:
    """``--db`` if given, else ``$ORBAT_DB``, else ``./orbat.db``."""
    if db:
        return str(db)
    return os.environ.get("ORBAT_DB") or "orbat.db"


def open_store(db: str | Path | None = None) -> Store:
    """Open the store ``db`` names (else ``$ORBAT_DB``, else ``./orbat.db``): a
    ``postgresql://user@host:port/dbname`` URL (``postgres://`` too) opens a
    ``PostgresStore``; ``sqlite:///path`` or a plain file path an ``SQLiteStore``."""
    target = default_db_path(db)
    if target.startswith(POSTGRES_PREFIXES):
        from orbat.store.postgres import PostgresStore  # psycopg loads only for a PostgreSQL store

        return PostgresStore(target)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    return SQLiteStore(target)
