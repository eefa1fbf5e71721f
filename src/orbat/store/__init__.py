"""Knowledge stores behind one small interface (``Store``)."""

from __future__ import annotations

import os
from pathlib import Path

from orbat.store.base import AddResult, DocumentRow, SearchHit, Store
from orbat.store.sqlite import SQLiteStore

__all__ = ["AddResult", "DocumentRow", "SearchHit", "Store", "SQLiteStore", "default_db_path", "open_store"]


def default_db_path(db: str | Path | None = None) -> str:
    """``--db`` if given, else ``$ORBAT_DB``, else ``./orbat.db``."""
    if db:
        return str(db)
    return os.environ.get("ORBAT_DB") or "orbat.db"


def open_store(db: str | Path | None = None) -> SQLiteStore:
    """Open the store named by a path (``sqlite:///path`` or a plain file path)."""
    path = default_db_path(db)
    if path.startswith("sqlite:///"):
        path = path[len("sqlite:///") :]
    return SQLiteStore(path)
