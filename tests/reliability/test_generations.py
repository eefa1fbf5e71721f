"""The consistency mechanism in-process (fast): generations kept by triggers, stale
detection, the re-resolution on open, the writer lease, repeated curations, busy
stores as a StoreError, and the test-only crash hook's own checks."""

from __future__ import annotations

import sqlite3

import pytest

from orbat import pipeline, testhooks
from orbat.errors import StoreError
from orbat.model import Curation, Document, Entity, Evidence, Extraction, Fact, KnowledgeBase
from orbat.store import SQLiteStore


def doc_with_extraction(text: str) -> tuple[Document, Extraction]:
    doc = Document(body=text, published="2015-01-01")
    person = Entity(id="e1", type="person", name=text.split()[0])
    fact = Fact(id="f1", type="death", args={"person": "e1"}, sources=[Evidence(doc.id, text, 0, len(text))])
    return doc, Extraction(doc_id=doc.id, entities=[person], facts=[fact])


class CountingResolver:
    """Resolution stand-in: one entity per extraction, so the result shows its inputs."""

    def __init__(self):
        self.calls = 0

    def __call__(self, extractions, curations) -> KnowledgeBase:
        self.calls += 1
        ents = [Entity(id=f"ent:{x.doc_id[4:]}", type="person", name=x.entities[0].name) for x in extractions]
        return KnowledgeBase(ents, [])


@pytest.fixture
def db(tmp_path):
    s = SQLiteStore(tmp_path / "gen.db")
    yield s
    s.close()


def test_generations_follow_extractions_and_curations_only(db):
    assert (db.generation(), db.knowledge_generation()) == (0, 0) and not db.knowledge_stale()
    db.add_document(Document(body="No extraction here.", published="2015-01-01"))
    assert db.generation() == 0  # a document stored without extraction changes no knowledge
    doc, extraction = doc_with_extraction("Umarov died.")
    db.add_document(doc, extraction)
    assert db.generation() == 1 and db.knowledge_stale()
    db.put_extraction(extraction)
    db.add_curation(Curation("fact.confirm", "fact:x", {}, "t"))
    assert db.generation() == 3
    resolver = CountingResolver()
    pipeline.refresh_knowledge(db, resolver)
    assert db.knowledge_generation() == 3 and not db.knowledge_stale()
    assert [e.name for e in db.entities()] == ["Umarov"]


def test_a_stale_knowledge_base_is_re_resolved_on_the_next_command(db):
    doc, extraction = doc_with_extraction("Godane died.")
    db.add_document(doc, extraction)  # as an ingest killed before it resolved leaves it
    resolver = CountingResolver()
    assert pipeline.ensure_fresh(db, resolver) is True
    assert resolver.calls == 1 and [e.name for e in db.entities()] == ["Godane"]
    assert pipeline.ensure_fresh(db, resolver) is False and resolver.calls == 1  # fresh: nothing to do


def test_no_re_resolution_while_a_writer_is_alive(db):
    doc, extraction = doc_with_extraction("Shekau died.")
    db.add_document(doc, extraction)
    resolver = CountingResolver()
    with db.writing():  # a live ingest will resolve when it is done
        assert db.writers_active()
        assert pipeline.ensure_fresh(db, resolver) is False
    assert not db.writers_active()
    assert pipeline.ensure_fresh(db, resolver) is True


def test_ingest_re_resolves_a_stale_knowledge_base_even_with_nothing_new(db):
    doc, extraction = doc_with_extraction("Omar died.")
    db.add_document(doc, extraction)

    class Extractor:
        version = "t"

        def extract(self, d):
            return extraction

        def extract_many(self, docs):
            return [extraction for _ in docs]

    resolver = CountingResolver()
    summary = pipeline.ingest([doc], db, extractor=Extractor(), resolver=resolver)
    assert [r.doc_id for r in summary.duplicate] == [doc.id]
    assert resolver.calls == 1 and not db.knowledge_stale()


def test_the_same_curation_twice_in_a_row_is_stored_once(db):
    first = db.add_curation(Curation("entity.rename", "ent:a", {"name": "X"}, "ana"))
    again = db.add_curation(Curation("entity.rename", "ent:a", {"name": "X"}, "ana"))
    assert again.id == first.id and len(db.curations()) == 1
    db.add_curation(Curation("entity.rename", "ent:a", {"name": "Y"}, "ana"))
    db.add_curation(Curation("entity.rename", "ent:a", {"name": "X"}, "ana"))  # back to X: a new decision
    assert [c.params["name"] for c in db.curations()] == ["X", "Y", "X"]


def test_an_older_store_is_migrated_stale_so_it_is_re_resolved_once(tmp_path):
    path = tmp_path / "old.db"
    store = SQLiteStore(path)
    doc, extraction = doc_with_extraction("Kebekov died.")
    store.add_document(doc, extraction)
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)  # back to schema 4, as before generations
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE generations")
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    store = SQLiteStore(path)
    try:
        assert store.schema_version >= 5 and store.knowledge_stale()
    finally:
        store.close()


def test_a_store_kept_busy_is_a_store_error_not_a_locked_database(tmp_path):
    path = tmp_path / "busy.db"
    SQLiteStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    store = SQLiteStore(path, busy_timeout=0.2)
    try:
        with pytest.raises(StoreError, match="busy"):
            store.add_curation(Curation("fact.confirm", "fact:x", {}, "t"))
        assert store.facts() == []  # reading goes on meanwhile (WAL)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        store.close()


@pytest.mark.parametrize("spec", ["nowhere", "stored:0", "stored:x", "commit:-1"])
def test_a_bad_crash_spec_is_named(spec):
    with pytest.raises(ValueError, match="ORBAT_TEST_CRASH_AT"):
        testhooks.parse(spec)


def test_crash_points_do_nothing_unless_asked(monkeypatch):
    monkeypatch.delenv(testhooks.ENV, raising=False)
    testhooks.crash_point("stored")  # returns: nothing asked
    monkeypatch.setenv(testhooks.ENV, "replace:2")
    testhooks.crash_point("stored")  # another point: returns
    assert testhooks.parse("replace:2") == ("replace", 2)
