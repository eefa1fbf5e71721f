"""The place gazetteer's name index: built once, cached on disk as an indexed SQLite file.

``orbat.places.Gazetteer`` builds its index from the GeoNames data of installed packages
(about 2.5 s of CPU and 150 MB for ~150,000 places and ~280,000 names). Doing that in every
process made ``orbat ingest`` of one article take five seconds. Here the built index is
written once to ``<cache dir>/places-<key>.sqlite`` and every later process opens that
file read-only and reads only the rows its lookups need (a few milliseconds).

* cache dir: ``$ORBAT_CACHE``, else ``$XDG_CACHE_HOME/orbat``, else ``~/.cache/orbat``;
* key: a hash of the index format, the source of ``orbat.places`` (its tables and build
  rules), the versions of the data packages and the size and time of the data files -
  anything that changes the index gives a new file name, so a stale cache is never read;
* written atomically: built into a temporary file beside the target, then renamed
  (concurrent first runs each build, the last rename wins, readers never see half a file);
* where the cache dir cannot be written the index is used from memory (built each time).

Both forms answer the same five lookups (``PlaceIndex``); the in-memory one (``DictIndex``)
is what a fresh build gives, and tests check that the two give the same geocoding answers.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

FORMAT = "1"  # bump when the table layout below changes


@dataclass(slots=True)
class Entry:
    """One place of the index: a settlement, an admin1 region, a country or a curated region."""

    name: str
    lat: float
    lon: float
    cc: str
    admin1: str | None
    kind: str  # settlement | admin1 | country | region
    geonames_id: int | None = None
    population: int = 0


@dataclass(slots=True)
class BuiltIndex:
    """The index as the build produces it (plain containers, insertion order significant)."""

    entries: list[Entry]
    by_name: dict[str, list[int]]  # normalised name -> entry indexes
    alt_pairs: set[tuple[str, int]]  # (name, entry) known only as an alternate name
    by_skeleton: dict[str, list[str]]  # skeleton -> normalised names
    blocks: dict[tuple[str, int], list[str]]  # (first letter, length) -> normalised names
    admin1_of: dict[str, list[int]]  # normalised admin1 name/alias -> admin1 entries
    country_of: dict[str, str]  # normalised country name -> ISO2


class PlaceIndex(Protocol):
    """What geocoding asks of the index. Sequences keep the build's order (ties depend on it)."""

    admin1_of: dict[str, list[int]]
    country_of: dict[str, str]

    def entry(self, i: int) -> Entry: ...

    def names(self, norm: str) -> tuple[tuple[int, bool], ...]:
        """(entry, known only as an alternate name) for each place called ``norm``."""

    def skeleton_names(self, skeleton: str) -> tuple[str, ...]: ...

    def block(self, first: str, length: int) -> tuple[str, ...]: ...


class DictIndex:
    """``PlaceIndex`` over a fresh build, in memory."""

    def __init__(self, built: BuiltIndex):
        self._b = built
        self.admin1_of = built.admin1_of
        self.country_of = built.country_of

    def entry(self, i: int) -> Entry:
        return self._b.entries[i]

    def names(self, norm: str) -> tuple[tuple[int, bool], ...]:
        alt = self._b.alt_pairs
        return tuple((i, (norm, i) in alt) for i in self._b.by_name.get(norm, ()))

    def skeleton_names(self, skeleton: str) -> tuple[str, ...]:
        return tuple(self._b.by_skeleton.get(skeleton, ()))

    def block(self, first: str, length: int) -> tuple[str, ...]:
        return tuple(self._b.blocks.get((first, length), ()))


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    cc TEXT NOT NULL, admin1 TEXT, kind TEXT NOT NULL, geonames_id INTEGER, population INTEGER NOT NULL);
CREATE TABLE names (norm TEXT NOT NULL, pos INTEGER NOT NULL, entry INTEGER NOT NULL, alt INTEGER NOT NULL,
    PRIMARY KEY (norm, pos)) WITHOUT ROWID;
CREATE TABLE keys (norm TEXT NOT NULL, seq INTEGER NOT NULL, skeleton TEXT NOT NULL, first TEXT NOT NULL,
    len INTEGER NOT NULL);
CREATE TABLE admin1_of (norm TEXT NOT NULL, pos INTEGER NOT NULL, entry INTEGER NOT NULL);
CREATE TABLE country_of (norm TEXT PRIMARY KEY, cc TEXT NOT NULL);
"""
_INDEXES = """
CREATE INDEX keys_skeleton ON keys (skeleton, seq);
CREATE INDEX keys_block ON keys (first, len, seq);
"""


def write_sqlite(built: BuiltIndex, path: Path) -> None:
    """Write ``built`` to a new SQLite file at ``path`` (which must not exist)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.executemany(
            "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (i, e.name, e.lat, e.lon, e.cc, e.admin1, e.kind, e.geonames_id, e.population)
                for i, e in enumerate(built.entries)
            ),
        )
        alt = built.alt_pairs
        conn.executemany(
            "INSERT INTO names VALUES (?, ?, ?, ?)",
            ((norm, pos, i, int((norm, i) in alt)) for norm, ids in built.by_name.items() for pos, i in enumerate(ids)),
        )
        skeleton_of = {n: sk for sk, norms in built.by_skeleton.items() for n in norms}
        conn.executemany(
            "INSERT INTO keys VALUES (?, ?, ?, ?, ?)",
            ((n, seq, skeleton_of[n], n[0], len(n)) for seq, n in enumerate(built.by_name) if n in skeleton_of),
        )
        conn.executemany(
            "INSERT INTO admin1_of VALUES (?, ?, ?)",
            ((norm, pos, i) for norm, ids in built.admin1_of.items() for pos, i in enumerate(ids)),
        )
        conn.executemany("INSERT INTO country_of VALUES (?, ?)", built.country_of.items())
        for statement in _INDEXES.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
        conn.execute("COMMIT")
    finally:
        conn.close()


class SQLiteIndex:
    """``PlaceIndex`` read from a cache file: rows are fetched on demand and remembered."""

    def __init__(self, path: Path):
        self.path = path
        self._conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._entries: dict[int, Entry] = {}
        self._names: dict[str, tuple[tuple[int, bool], ...]] = {}
        self._skeletons: dict[str, tuple[str, ...]] = {}
        self._blocks: dict[tuple[str, int], tuple[str, ...]] = {}
        admin1_of: dict[str, list[int]] = {}
        for norm, i in self._rows("SELECT norm, entry FROM admin1_of ORDER BY rowid"):
            admin1_of.setdefault(norm, []).append(i)
        self.admin1_of = admin1_of
        self.country_of = dict(self._rows("SELECT norm, cc FROM country_of ORDER BY rowid"))

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def entry(self, i: int) -> Entry:
        e = self._entries.get(i)
        if e is None:
            rows = self._rows(
                "SELECT name, lat, lon, cc, admin1, kind, geonames_id, population FROM entries WHERE id = ?", (i,)
            )
            if not rows:
                raise IndexError(f"place entry {i} is not in {self.path}")
            e = self._entries[i] = Entry(*rows[0])
        return e

    def names(self, norm: str) -> tuple[tuple[int, bool], ...]:
        hit = self._names.get(norm)
        if hit is None:
            rows = self._rows("SELECT entry, alt FROM names WHERE norm = ? ORDER BY pos", (norm,))
            hit = self._names[norm] = tuple((i, bool(alt)) for i, alt in rows)
        return hit

    def skeleton_names(self, skeleton: str) -> tuple[str, ...]:
        hit = self._skeletons.get(skeleton)
        if hit is None:
            rows = self._rows("SELECT norm FROM keys WHERE skeleton = ? ORDER BY seq", (skeleton,))
            hit = self._skeletons[skeleton] = tuple(r[0] for r in rows)
        return hit

    def block(self, first: str, length: int) -> tuple[str, ...]:
        hit = self._blocks.get((first, length))
        if hit is None:
            rows = self._rows("SELECT norm FROM keys WHERE first = ? AND len = ? ORDER BY seq", (first, length))
            hit = self._blocks[(first, length)] = tuple(r[0] for r in rows)
        return hit

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def cache_dir() -> Path:
    """Where orbat keeps rebuildable caches: $ORBAT_CACHE, $XDG_CACHE_HOME/orbat or ~/.cache/orbat."""
    explicit = os.environ.get("ORBAT_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "orbat"


def cache_key(sources: Iterable[Path], packages: Iterable[str], code: Path) -> str:
    """A short hash of everything the index is built from."""
    from importlib import metadata

    h = hashlib.sha256(f"format {FORMAT}\n".encode())
    h.update(code.read_bytes())
    for package in sorted(packages):
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{package} {version}\n".encode())
    for path in sources:
        st = path.stat()
        h.update(f"{path.resolve()} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:20]


def open_cached(path: Path, build: Callable[[], BuiltIndex]) -> PlaceIndex:
    """The index cached at ``path``: opened when it is there, else built, written
    atomically and opened. When the file cannot be written, the fresh build is used."""
    if path.is_file():
        try:
            return SQLiteIndex(path)
        except sqlite3.Error as exc:  # a damaged cache file: build it again
            log.warning("place index cache %s is unreadable (%s); rebuilding it", path, exc)
    built = build()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        write_sqlite(built, tmp)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        log.warning("could not cache the place index in %s (%s); it is built anew in each process", path, exc)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return DictIndex(built)
    return SQLiteIndex(path)
