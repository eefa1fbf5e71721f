"""Crash safety: the real `orbat` CLI killed with SIGKILL at random points of its work.

Each trial picks, from a seed, a test-only crash point (``ORBAT_TEST_CRASH_AT``, see
orbat.testhooks: after the n-th document stored, before resolving, between resolving
and swapping the knowledge base in, inside a write transaction before COMMIT) or a
plain kill after a random delay. After every kill the store must pass
``check_consistent``; re-running the same command must finish the work with no
duplicates and the same JSONL export as an uninterrupted run.

The base seed is printed; ``ORBAT_CRASH_SEED=<seed>`` replays the same trials and
``ORBAT_CRASH_TRIALS`` changes how many ingest kills are tried (default 20).
"""

from __future__ import annotations

import os
import random
import signal
from pathlib import Path

import pytest

from .helpers import StoreState, check_consistent, run_killed_after, run_orbat

pytestmark = pytest.mark.slow

KILLED = -signal.SIGKILL
INGEST_TRIALS = int(os.environ.get("ORBAT_CRASH_TRIALS", "20"))


@pytest.fixture(scope="module")
def base_seed() -> int:
    seed = int(os.environ.get("ORBAT_CRASH_SEED") or random.SystemRandom().randrange(10**6))
    print(f"crash trials: base seed {seed} (replay with ORBAT_CRASH_SEED={seed})")
    return seed


def export(db: Path, out: Path) -> str:
    result = run_orbat("export", "--format", "jsonl", "--out", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8")


def ingest_crash(rng: random.Random, state: StoreState | None, corpus_size: int) -> tuple[str | None, float | None]:
    """A crash spec for one ingest trial, (crash point, None) or (None, kill delay),
    drawn among the points the run still has ahead of it on this store."""
    left = corpus_size - (len(state.documents) if state else 0)
    roll = rng.random()  # "resolve" and "replace" come after the last document: they end a chain
    if roll < 0.50:
        return f"stored:{rng.randint(1, left)}", None
    if roll < 0.60:
        return "resolve", None
    if roll < 0.70:
        return "replace", None
    if roll < 0.85:  # a write transaction (a migration, a document, the swap) not yet committed
        return f"commit:{rng.randint(1, left + (5 if state is None else 1))}", None
    return None, round(rng.uniform(0.5, 6.0), 2)


def run_with_crash(args: list[str], crash_at: str | None, delay: float | None) -> int:
    if crash_at is not None:
        return run_orbat(*args, crash_at=crash_at).returncode
    return run_killed_after(delay, *args)


def test_ingest_killed_at_random_points(corpus, reference_export, resolver, tmp_path, base_seed):
    """At least 20 kills of `orbat ingest`, in chains on one store: each run continues
    the batch the last one left, until every document is stored; an uninterrupted
    run then finishes the chain and must export what a clean run does."""
    args = [*map(str, corpus), "--json"]
    kills, attempts, chain = 0, 0, 0
    reached = set()
    while kills < INGEST_TRIALS and attempts < 3 * INGEST_TRIALS:
        db = tmp_path / f"chain{chain}.db"
        state = None
        while kills < INGEST_TRIALS and (state is None or len(state.documents) < len(corpus)):
            seed = f"{base_seed}:{attempts}"  # a string seed: consecutive ints start alike
            crash_at, delay = ingest_crash(random.Random(seed), state, len(corpus))
            status = run_with_crash(["ingest", *args, "--db", str(db)], crash_at, delay)
            attempts += 1
            where = f"trial seed {seed} ({crash_at or f'kill after {delay} s'}) on chain {chain}"
            assert status in (KILLED, 0), f"{where}: exit status {status}"
            print(f"{where}: {'killed' if status == KILLED else 'finished'}")
            if status == KILLED:
                kills += 1
                reached.add((crash_at or "timer").split(":")[0])
            if db.exists():
                try:
                    state = check_consistent(db, resolver, corpus_size=len(corpus))
                except AssertionError as exc:
                    raise AssertionError(f"{where}: {exc}") from exc
        final = run_orbat("ingest", *args, "--db", str(db))
        assert final.returncode == 0, f"chain {chain} (base seed {base_seed}): {final.stderr}"
        state = check_consistent(db, resolver, corpus_size=len(corpus))
        assert len(state.documents) == len(corpus) and state.fresh
        assert export(db, tmp_path / f"chain{chain}.jsonl") == reference_export, f"chain {chain}, base seed {base_seed}"
        chain += 1
    assert kills >= INGEST_TRIALS, f"only {kills} of {attempts} runs were killed"
    print(f"{kills} kills in {attempts} runs over {chain} chains; crash points reached: {sorted(reached)}")


def test_kill_between_storing_and_resolving_is_repaired_on_next_open(corpus, resolver, tmp_path):
    """The one window timing alone cannot hit: every document stored, none resolved.
    The next command of any kind (here a query) re-resolves before it reads."""
    db = tmp_path / "stale.db"
    killed = run_orbat("ingest", *map(str, corpus), "--db", str(db), crash_at="resolve")
    assert killed.returncode == KILLED
    stale = check_consistent(db, resolver, corpus_size=len(corpus))
    assert not stale.fresh and len(stale.documents) == len(corpus) and stale.facts == []
    listed = run_orbat("facts", "--json", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    repaired = check_consistent(db, resolver, corpus_size=len(corpus))
    assert repaired.fresh and repaired.facts and repaired.knowledge_matches(resolver, repaired.documents, [])
    assert listed.stdout.count('"id": "fact:') == len(repaired.facts)  # the query read the repaired one


def test_rebuild_killed_at_random_points(reference_db, reference_export, resolver, copy_of, tmp_path, base_seed):
    db = copy_of(reference_db, "rebuild.db")
    rng = random.Random(f"{base_seed}:rebuild")
    specs = ["reextracted", "replace", f"commit:{rng.randint(1, 2)}", None]
    reached = []
    for crash_at in specs:
        delay = None if crash_at else round(rng.uniform(0.5, 5.0), 2)
        status = run_with_crash(["rebuild", "--db", str(db)], crash_at, delay)
        assert status in (KILLED, 0), f"rebuild {crash_at or delay}: exit status {status} (base seed {base_seed})"
        reached.append(status == KILLED)
        check_consistent(db, resolver)
    assert sum(reached) >= 3  # the crash points are all on rebuild's path
    final = run_orbat("rebuild", "--db", str(db), "--json")
    assert final.returncode == 0, final.stderr
    assert check_consistent(db, resolver).fresh
    assert export(db, tmp_path / "rebuild.jsonl") == reference_export


def curation_commands(db: Path) -> list[list[str]]:
    """Two curations on the reference knowledge base: confirm a fact, rename a person."""
    state = StoreState.read(db)
    import json

    fact = json.loads(state.facts[0])["id"]
    person = next(json.loads(e)["id"] for e in state.entities if json.loads(e)["type"] == "person")
    return [
        ["fact", "confirm", fact, "--author", "crash-test"],
        ["entity", "rename", person, "Renamed By Crash Test", "--author", "crash-test"],
    ]


def test_curations_killed_at_random_points(reference_db, resolver, copy_of, tmp_path, base_seed):
    clean = copy_of(reference_db, "curated-clean.db")
    commands = curation_commands(clean)
    for command in commands:
        assert run_orbat(*command, "--db", str(clean)).returncode == 0
    expected = export(clean, tmp_path / "curated-clean.jsonl")

    db = copy_of(reference_db, "curated.db")
    rng = random.Random(f"{base_seed}:curations")
    kills = 0
    for command in commands:
        for crash_at in ("commit:1", "commit:2", "replace", None):
            delay = None if crash_at else round(rng.uniform(0.2, 1.5), 2)
            status = run_with_crash([*command, "--db", str(db)], crash_at, delay)
            assert status in (KILLED, 0), f"{command[:2]} {crash_at or delay}: exit {status} (base seed {base_seed})"
            kills += status == KILLED
            check_consistent(db, resolver)
        rerun = run_orbat(*command, "--db", str(db))  # the same command again finishes it
        assert rerun.returncode == 0, rerun.stderr
        state = check_consistent(db, resolver)
        assert state.fresh
    assert kills >= 6
    state = StoreState.read(db)
    assert [c.action for c in state.curations] == ["fact.confirm", "entity.rename"]  # no duplicates
    assert export(db, tmp_path / "curated.jsonl") == expected
