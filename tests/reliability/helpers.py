"""Running the real CLI as a subprocess, killing it, and checking a store file
from outside: integrity, whole documents, and a knowledge base that is exactly the
resolution of some consistent set of inputs."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from orbat.model import Curation, Extraction

REPO = Path(__file__).resolve().parents[2]
PROCESS_TIMEOUT_S = 120  # one CLI run; every test here ends by itself


def orbat_env(crash_at: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    env.pop("ORBAT_TEST_CRASH_AT", None)
    env.pop("ORBAT_DB", None)
    if crash_at:
        env["ORBAT_TEST_CRASH_AT"] = crash_at
    return env


def orbat_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "orbat", *args]


def run_orbat(*args: str, crash_at: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        orbat_command(*args), env=orbat_env(crash_at), capture_output=True, text=True, timeout=PROCESS_TIMEOUT_S
    )


def run_killed_after(delay_s: float, *args: str) -> int:
    """Start the CLI and SIGKILL it after ``delay_s`` (unless it ended first); its status."""
    proc = subprocess.Popen(
        orbat_command(*args), env=orbat_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        proc.wait(timeout=delay_s)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    return proc.wait(timeout=PROCESS_TIMEOUT_S)


def canonical(items: Iterable[dict]) -> list[str]:
    return sorted(json.dumps(item, sort_keys=True, ensure_ascii=False) for item in items)


@dataclass
class StoreState:
    """A store file read from outside with plain sqlite3 (no orbat code runs on open)."""

    integrity: str
    documents: list[str]  # ids in the order they were stored
    extractions: dict[str, Extraction]
    curations: list[Curation]
    entities: list[str]  # canonical JSON
    facts: list[str]
    generations: dict[str, int]

    @classmethod
    def read(cls, db: Path) -> StoreState:
        conn = sqlite3.connect(db, timeout=60)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            conn.execute("BEGIN")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "generations" not in tables:  # killed while the new store was being created
                conn.execute("COMMIT")
                return cls(integrity, [], {}, [], [], [], {"inputs": 0, "knowledge": 0})
            documents = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY rowid")]
            extractions = {
                r[0]: Extraction.from_json(json.loads(r[1])) for r in conn.execute("SELECT doc_id, data FROM extractions")
            }
            curations = [
                Curation(action=r[0], target=r[1], params=json.loads(r[2]), author=r[3], created=r[4], id=r[5])
                for r in conn.execute("SELECT action, target, params, author, created, id FROM curations ORDER BY id")
            ]
            entities = sorted(r[0] for r in conn.execute("SELECT data FROM entities"))
            facts = sorted(r[0] for r in conn.execute("SELECT data FROM facts"))
            generations = dict(conn.execute("SELECT name, value FROM generations").fetchall())
            conn.execute("COMMIT")
        finally:
            conn.close()
        return cls(
            integrity=integrity,
            documents=documents,
            extractions=extractions,
            curations=curations,
            entities=canonical(json.loads(e) for e in entities),
            facts=canonical(json.loads(f) for f in facts),
            generations=generations,
        )

    @property
    def fresh(self) -> bool:
        return self.generations["knowledge"] >= self.generations["inputs"]

    def resolved(self, resolver, documents: list[str], curations: list[Curation]) -> tuple[list[str], list[str]]:
        kb = resolver([self.extractions[d] for d in sorted(documents)], curations)
        return canonical(e.to_json() for e in kb.entities), canonical(f.to_json() for f in kb.facts)

    def knowledge_matches(self, resolver, documents: list[str], curations: list[Curation]) -> bool:
        return self.resolved(resolver, documents, curations) == (self.entities, self.facts)


def check_consistent(db: Path, resolver, *, corpus_size: int | None = None) -> StoreState:
    """The crash invariants, asserted on a store file after a kill:
    integrity_check is ok; every stored document has its extraction (a document is
    whole or absent); the knowledge base is exactly the resolution of the documents
    stored up to some point with the curations made up to some point (never a half
    swap); and, where the store says it is fresh, of all of them."""
    state = StoreState.read(db)
    assert state.integrity == "ok", state.integrity
    assert set(state.extractions) == set(state.documents), "a document without its extraction (or the reverse)"
    assert len(set(state.documents)) == len(state.documents)
    if corpus_size is not None:
        assert len(state.documents) <= corpus_size, "more documents than inputs: duplicates"
    docs, cur = state.documents, state.curations
    if state.fresh:
        assert state.knowledge_matches(resolver, docs, cur), "a fresh knowledge base that is not the resolution of its inputs"
        return state
    for n_cur in range(len(cur), -1, -1):
        for n_docs in range(len(docs), -1, -1):
            if state.knowledge_matches(resolver, docs[:n_docs], cur[:n_cur]):
                return state
    raise AssertionError("the knowledge base is not the resolution of any consistent set of inputs")


def wait_until(predicate, timeout_s: float, step_s: float = 0.05) -> bool:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step_s)
    return predicate()
