"""Who is writing a store file: an advisory lock beside it (``<store>-writers``).

A long writer (``orbat ingest``, ``orbat rebuild``) holds a shared lock on that file
while it works; the operating system drops it when the process ends, killed or not.
A command that finds the knowledge base stale takes the lock exclusively without
waiting: if it gets it, no writer is alive, the staleness was left by an interrupted
command and the knowledge base is re-resolved; if not, a writer is at work and will
resolve when it is done. Where ``fcntl`` is missing (Windows) nobody is seen writing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


def lease_path(db_path: str) -> str | None:
    return None if db_path == ":memory:" or fcntl is None else db_path + "-writers"


@contextmanager
def writing(db_path: str) -> Iterator[None]:
    """Hold the shared writer lock for the duration of the block."""
    path = lease_path(db_path)
    if path is None:
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)  # releases the lock


def writers_active(db_path: str) -> bool:
    """Whether some live process holds the writer lock (this one's own included)."""
    path = lease_path(db_path)
    if path is None or not os.path.exists(path):
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        return False
    finally:
        os.close(fd)
