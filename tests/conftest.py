"""Shared fixtures: the seed directory, a fresh store, the (session-wide) spaCy pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


def _find_seed_dir() -> Path | None:
    for base in (REPO, *REPO.parents):
        candidate = base / "shared" / "seed"
        if candidate.is_dir():
            return candidate
    return None


SEED_DIR = _find_seed_dir()
SEED_NAME = "lwj-2015-09-02-caucasus-claim"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if SEED_DIR is None:
        pytest.skip("shared/seed/ is not present beside this checkout (it is in CI)")
    return SEED_DIR


@pytest.fixture(scope="session")
def seed_text_path(seed_dir: Path) -> Path:
    return seed_dir / f"{SEED_NAME}.txt"


@pytest.fixture(scope="session")
def seed_gold_path(seed_dir: Path) -> Path:
    return seed_dir / f"{SEED_NAME}.gold.jsonl"


def require_system(available: bool, reason: str) -> None:
    """Skip a test whose system package (Chromium, PostgreSQL, Java) is missing, saying
    why; under ORBAT_REQUIRE_SYSTEM=1 (CI, after `make system-deps`) fail instead."""
    if available:
        return
    if os.environ.get("ORBAT_REQUIRE_SYSTEM"):
        pytest.fail(f"required system package missing: {reason}")
    pytest.skip(f"{reason} (run `make system-deps`)")


@pytest.fixture
def store(tmp_path):
    from orbat.store import SQLiteStore

    s = SQLiteStore(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def need_system():
    """``need_system(available, reason)``: skip (or, in CI, fail) when a system package
    a test needs is missing. See ``require_system``."""
    return require_system


# --------------------------------------------------------------------------- both store backends
# ``any_store`` (and ``store_url``, the ``--db`` value of a fresh store) run a test once on
# SQLite and once on PostgreSQL: a throwaway cluster (tests/pgcluster.py), or the server
# ORBAT_TEST_POSTGRES_URL names (its user needs CREATEDB); a new database per test.
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server(need_system):
    import pwd

    from pgcluster import find_bindir, postgres_server

    url = os.environ.get("ORBAT_TEST_POSTGRES_URL")
    bindir = None if url else find_bindir()
    if not url:
        need_system(bindir is not None, "Debian's postgresql is not installed")
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                need_system(False, "Debian's postgresql is not installed (no postgres system user)")
    with postgres_server(url, bindir) as server:
        yield server


@pytest.fixture
def pg_url(pg_server):
    """A new database with orbat's schema, dropped after the test."""
    with pg_server.database() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def any_store(store_url):
    from orbat.store import open_store

    s = open_store(store_url)
    yield s
    s.close()
