from __future__ import annotations

import sqlite3

import pytest

from orbat.errors import StoreError
from orbat.model import Curation, Document, Entity, Evidence, Extraction, Fact, TimeSpan
from orbat.store import SQLiteStore

BODY = (
    "Militants attacked an army post near the town on Monday, killing four soldiers and "
    "wounding six others, the provincial governor said in a statement on Tuesday."
)


def test_new_then_duplicate(store):
    doc = Document(body=BODY, title="Post attacked")
    first = store.add_document(doc)
    again = store.add_document(Document(body=BODY, title="Another title"))
    assert first.status == "new"
    assert again.status == "duplicate" and again.doc_id == first.doc_id
    assert [r.title for r in store.documents()] == ["Post attacked"]


def test_near_duplicate_is_stored_and_linked(store):
    story = " ".join([BODY] * 3)  # a wire story of a few sentences
    first = store.add_document(Document(body=story))
    copy = store.add_document(Document(body=story + " The army did not comment."))
    assert copy.status == "near_duplicate"
    assert copy.near_of == first.doc_id
    assert store.get_document(copy.doc_id) is not None


def test_different_story_is_not_near_duplicate(store):
    store.add_document(Document(body=BODY))
    other = store.add_document(
        Document(body="The group announced a new leader after the death of its emir in an airstrike last month.")
    )
    assert other.status == "new"


def test_document_and_extraction_written_in_one_transaction(store):
    doc = Document(body=BODY)
    bad = Extraction(doc_id=doc.id, facts=[Fact(id="f1", type="attack", args={"target": object()})])  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        store.add_document(doc, bad)
    assert store.get_document(doc.id) is None, "a failed write leaves no half-written document"
    assert store.add_document(doc).status == "new"


def test_knowledge_replaced_and_found_by_alias(store):
    ent = Entity(id="ent:1", type="organization", name="Islamic State", aliases=["ISIS", "Daesh"])
    fact = Fact(
        id="fact:1", type="founding", args={"organization": "ent:1"}, time=TimeSpan("2014-06", "2014-06"),
        sources=[Evidence(doc="doc:x", quote="q", start=0, end=1)],
    )
    store.replace_knowledge([ent], [fact])
    assert [e.id for e in store.find_entities("daesh")] == ["ent:1"]
    assert [f.id for f in store.facts(entity="ent:1")] == ["fact:1"]
    store.replace_knowledge([], [])
    assert store.entities() == [] and store.facts() == []


def test_curations_round_trip(store):
    saved = store.add_curation(Curation(action="fact.reject", target="fact:1", params={"reason": "wrong"}, author="ana"))
    assert saved.id == 1 and saved.created
    assert store.curations()[0].params == {"reason": "wrong"}


def test_full_text_search(store):
    store.add_document(Document(body=BODY, title="Post attacked"))
    hits = store.search("soldiers")
    assert hits and hits[0].kind == "document"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_not_a_database_is_refused(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not an orbat store"):
        SQLiteStore(path)


def test_has_document(store):
    doc = Document(body=BODY)
    assert not store.has_document(doc.id)
    store.add_document(doc)
    assert store.has_document(doc.id)


def test_knowledge_writes_run_with_a_large_page_cache_and_give_it_back(tmp_path):
    from orbat.store.sqlite import WRITE_CACHE_KIB

    s = SQLiteStore(tmp_path / "cache.db")
    try:
        conn = s.connection
        default = conn.execute("PRAGMA cache_size").fetchone()[0]
        assert default != -WRITE_CACHE_KIB
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        entity = Entity(id="ent:a", type="organization", name="A")
        s.replace_knowledge([entity], [])
        s.update_knowledge([], [], [Entity(id="ent:b", type="organization", name="B")], [])
        with pytest.raises(TypeError):  # rolled back: the cache is given back all the same
            s.update_knowledge([], [], [], [Fact(id="fact:x", type="attack", args={}, attrs={"x": object()})])
        conn.set_trace_callback(None)
        statements = [q.strip() for q in seen if not q.startswith("--")]  # not SQLite's own (FTS)
        large = f"PRAGMA cache_size = {-WRITE_CACHE_KIB}"
        begins = [i for i, q in enumerate(statements) if q == "BEGIN IMMEDIATE"]
        assert len(begins) == 3 and statements.count(large) == 3
        for begin in begins:  # each write transaction begins under the large cache...
            assert statements[begin - 1] == large
        ends = [i for i, q in enumerate(statements) if q in ("COMMIT", "ROLLBACK")]
        for end in ends:  # ...and the connection's own size is put back right after it ends
            assert statements[end + 1] == f"PRAGMA cache_size = {default}"
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == default
        assert [e.id for e in s.entities()] == ["ent:a", "ent:b"]
    finally:
        s.close()


def test_repeated_index_keys_are_sent_once(tmp_path):
    from orbat.resolve.index import ResolutionIndex

    s = SQLiteStore(tmp_path / "keys.db")
    try:
        seen: list[str] = []
        s.connection.set_trace_callback(seen.append)
        keys = [("f|a|*", "fact:1"), ("r|ent:x", "fact:1"), ("f|a|*", "fact:1"), ("f|a|*", "fact:2")]
        s.replace_knowledge([], [], generation=0, index=ResolutionIndex(keys=keys))
        s.connection.set_trace_callback(None)
        assert sum(q.startswith("INSERT OR IGNORE INTO resolution_keys") for q in seen) == 3
        assert s.index_lookup(["f|a|*", "r|ent:x"]) == {"f|a|*": ["fact:1", "fact:2"], "r|ent:x": ["fact:1"]}
    finally:
        s.close()
