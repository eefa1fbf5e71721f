"""Shared setup for the crash and concurrency tests: a small corpus, the real CLI as
a subprocess, an uninterrupted reference run, and the consistency check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .helpers import REPO, run_orbat


def _paragraphs(path: Path, keep: int) -> str:
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    return "\n\n".join(blocks[:keep]).strip() + "\n"


CORPUS_FILES = (
    "caucasus-watch-2014-03-19-umarov-death.txt",
    "caucasus-watch-2015-06-24-caucasus-province.txt",
    "horn-wire-2014-09-06-godane-killed.txt",
    "horn-wire-2015-09-01-janaale-attack.txt",
    "frontline-monitor-2015-09-02-janaale-base.txt",
    "nc-courier-2015-08-12-suleimanov-gimry.txt",
    "sahel-dispatch-2015-03-13-boko-haram-pledge.txt",
    "hindu-kush-report-2015-07-31-omar-death.txt",
)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> list[Path]:
    """Eight short articles (the opening paragraphs of examples/): small, so that a
    crash trial costs little more than starting the CLI."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = []
    for name in CORPUS_FILES:
        out = folder / name
        out.write_text(_paragraphs(REPO / "examples" / name, 4), encoding="utf-8")
        paths.append(out)
    return paths


@pytest.fixture(scope="session")
def reference_db(corpus, tmp_path_factory) -> Path:
    """The corpus ingested by one uninterrupted `orbat ingest`."""
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    result = run_orbat("ingest", *map(str, corpus), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="session")
def reference_export(reference_db, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("reference-export") / "ref.jsonl"
    result = run_orbat("export", "--format", "jsonl", "--out", str(out), "--db", str(reference_db))
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8")


@pytest.fixture
def copy_of(tmp_path):
    """copy_of(db) -> a private copy of a store file (its -wal/-shm are checkpointed away
    when the last connection closes, so the main file is the whole store)."""

    def copy(db: Path, name: str = "copy.db") -> Path:
        target = tmp_path / name
        shutil.copyfile(db, target)
        return target

    return copy


@pytest.fixture(scope="session")
def resolver():
    from orbat.pipeline import default_resolver

    return default_resolver()
