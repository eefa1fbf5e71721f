"""Concurrent use of one store file: readers while a writer ingests, and two ingests
at once. SQLite runs in WAL mode (readers never wait for the writer) with a 60 s busy
timeout for writers; "database is locked" must never reach a user."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from orbat.store import SQLiteStore

from .helpers import PROCESS_TIMEOUT_S, REPO, check_consistent, orbat_command, orbat_env, run_orbat

pytestmark = pytest.mark.slow

# A reader process on the Store API: queries in a loop until the stop file appears,
# then prints how many rounds it did and every error it met.
READER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from orbat import query
    from orbat.store import SQLiteStore
    db, stop = sys.argv[1], Path(sys.argv[2])
    rounds, errors, sizes = 0, [], set()
    deadline = time.monotonic() + 300
    while not stop.exists() and time.monotonic() < deadline:
        try:
            store = SQLiteStore(db)
            try:
                facts, entities = store.facts(), store.entities()
                store.documents()
                store.search("Shabaab")
                query.events(store)
                sizes.add((len(entities), len(facts)))
            finally:
                store.close()
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        rounds += 1
    print(json.dumps({"rounds": rounds, "errors": errors, "sizes": sorted(sizes)}))
    """
)


def test_readers_see_no_errors_while_an_ingest_writes(corpus, reference_export, resolver, tmp_path):
    db = tmp_path / "busy.db"
    SQLiteStore(db).close()  # the store exists before the reader opens it
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db), str(stop)], env=orbat_env(), stdout=subprocess.PIPE, text=True
    )
    cli_reader = subprocess.Popen(  # and the CLI's query commands, in a shell loop
        ["bash", "-c", f'n=0; until [ -e "{stop}" ] || [ $n -ge 200 ]; do "$@" || exit 1; n=$((n+1)); done; echo $n',
         "loop", *orbat_command("events", "--json", "--db", str(db))],
        env=orbat_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        ingest = run_orbat("ingest", *map(str, corpus), "--db", str(db), "--json")
        second = run_orbat("ingest", *map(str, corpus), "--db", str(db), "--json")  # all duplicates
    finally:
        stop.touch()
        out, _ = reader.communicate(timeout=PROCESS_TIMEOUT_S)
        cli_out, cli_err = cli_reader.communicate(timeout=PROCESS_TIMEOUT_S)
    assert ingest.returncode == 0, ingest.stderr
    assert second.returncode == 0 and "locked" not in second.stderr
    report = json.loads(out)
    assert report["errors"] == [], report["errors"]
    assert report["rounds"] > 5  # it really read while the ingest ran
    assert cli_reader.returncode == 0, cli_err
    assert "locked" not in cli_err and "error" not in cli_err
    assert int(cli_out.split()[-1]) >= 1
    # a reader saw either the empty knowledge base or a whole one, never a half swap
    assert all(size[0] > 0 or size[1] == 0 for size in report["sizes"])
    assert check_consistent(db, resolver).fresh


def test_two_ingests_at_once_give_the_knowledge_base_of_one_after_the_other(corpus, reference_export, resolver, tmp_path):
    """Two `orbat ingest` processes on one new store, with overlapping halves of the
    corpus, started together: the result exports exactly as one clean ingest of all."""
    db = tmp_path / "two.db"
    half = len(corpus) // 2
    first, second = [str(p) for p in corpus[: half + 1]], [str(p) for p in corpus[half - 1 :]]
    procs = [
        subprocess.Popen(orbat_command("ingest", *paths, "--db", str(db), "--json"), env=orbat_env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for paths in (first, second)
    ]  # fmt: skip
    results = [p.communicate(timeout=PROCESS_TIMEOUT_S) + (p.returncode,) for p in procs]
    for _out, err, code in results:
        assert code == 0, err
        assert "locked" not in err
    reports = [json.loads(out) for out, _, _ in results]
    new = [d for r in reports for d in r["new"]]
    assert len(new) == len(set(new)) == len(corpus)  # each document stored once, by one of them
    state = check_consistent(db, resolver, corpus_size=len(corpus))
    assert state.fresh and len(state.documents) == len(corpus)
    out = tmp_path / "two.jsonl"
    assert run_orbat("export", "--format", "jsonl", "--out", str(out), "--db", str(db)).returncode == 0
    assert out.read_text(encoding="utf-8") == reference_export


def test_a_slower_resolution_never_replaces_a_newer_one(tmp_path):
    """The generation rule at the heart of the concurrent case, without processes: a
    knowledge base resolved from older inputs is refused once a newer one is in."""
    from orbat.model import Document, Entity, Extraction

    store = SQLiteStore(tmp_path / "gen.db")
    try:
        doc = Document(body="A short text.", published="2015-01-01")
        store.add_document(doc, Extraction(doc_id=doc.id))
        old = store.generation()
        other = Document(body="Another short text.", published="2015-01-02")
        store.add_document(other, Extraction(doc_id=other.id))
        new = store.generation()
        assert new > old and store.knowledge_stale()
        newer = [Entity(id="ent:new", type="person", name="New")]
        assert store.replace_knowledge(newer, [], generation=new) is True
        assert not store.knowledge_stale()
        assert store.replace_knowledge([Entity(id="ent:old", type="person", name="Old")], [], generation=old) is False
        assert [e.id for e in store.entities()] == ["ent:new"]
    finally:
        store.close()


def test_concurrent_creation_of_a_new_store(tmp_path):
    """Several processes opening one new store file at once all see it migrated once."""
    db = tmp_path / "new.db"
    code = "import sys; from orbat.store import SQLiteStore; s = SQLiteStore(sys.argv[1]); print(s.schema_version); s.close()"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(db)], env=orbat_env(), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, cwd=REPO)
        for _ in range(4)
    ]  # fmt: skip
    outs = [p.communicate(timeout=PROCESS_TIMEOUT_S) + (p.returncode,) for p in procs]
    assert all(code == 0 for _, _, code in outs), [err for _, err, _ in outs]
    versions = {out.strip() for out, _, _ in outs}
    assert len(versions) == 1 and int(versions.pop()) >= 4
    assert Path(db).exists()
