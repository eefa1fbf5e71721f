from __future__ import annotations

import sqlite3

import pytest

from orbat.errors import StoreError
from orbat.model import Curation, Document, Entity, Evidence, Extraction, Fact, TimeSpan
from orbat.store import SQLiteStore
from orbat.store.records import dumps as _dumps

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


def _index_rows(s) -> dict[str, list]:
    """Every resolution-index row with its rowid (a row written again gets a new one)."""
    tables = {"resolution_nodes": "kind, doc_id, local_id, kb_id, data", "resolution_keys": "key, kb_id",
              "resolution_ids": "kb_id, base, tiers"}  # fmt: skip
    return {t: sorted(map(tuple, s.connection.execute(f"SELECT rowid, {c} FROM {t}"))) for t, c in tables.items()}


def test_update_knowledge_writes_only_the_rows_that_change(tmp_path):
    """An in-place update that names items whose rows come out as stored leaves those rows
    alone (same rowids), writes the rest, and ends where deleting every row of the items
    named and writing them all again would: stored facts, index nodes, keys and ids."""
    from orbat.resolve.index import IndexDelta, IndexNode, ResolutionIndex

    def node(kind, doc, local, kb, data):
        return IndexNode(kind, doc, local, kb, data)

    same_fact = Fact(id="fact:same", type="attack", args={"perpetrator": "ent:a"})
    old_fact = Fact(id="fact:old", type="attack", args={"perpetrator": "ent:a"})
    summary = {"sizes": {}, "x": [1, 2.5, None, True]}
    index = ResolutionIndex(
        nodes=[
            node("fact", "d1", "f1", "fact:same", {"n": 1}), node("summary", "", "fact:same", "fact:same", summary),
            node("fact", "d1", "f2", "fact:old", {"n": 2}), node("fact", "d2", "f1", "fact:old", {"n": 3}),
            node("summary", "", "fact:old", "fact:old", {"n": 4}),
            node("entity", "d1", "e1", "ent:a", {"e": 1}), node("entity_summary", "", "ent:a", "ent:a", {"s": 1}),
        ],  # fmt: skip
        keys=[("f|k|*", "fact:same"), ("r|ent:a", "fact:same"), ("f|k|*", "fact:old"), ("f|gone|*", "fact:old"),
              ("e|a", "ent:a")],  # fmt: skip
        ids=[("fact:same", "h1", [["attack"]]), ("fact:old", "h2", [["attack", "x"]]), ("ent:a", "h3", [["a"]])],
    )
    s = SQLiteStore(tmp_path / "diff.db")
    try:
        s.replace_knowledge([Entity(id="ent:a", type="organization", name="A")], [same_fact, old_fact], generation=0,
                            index=index)  # fmt: skip
        before = _index_rows(s)
        fact_rowids = dict(map(tuple, s.connection.execute("SELECT id, rowid FROM facts")))
        new_fact = Fact(id="fact:old", type="attack", args={"perpetrator": "ent:a", "target": "ent:a"})
        delta = ResolutionIndex(
            nodes=[
                node("fact", "d1", "f1", "fact:same", {"n": 1}),  # as stored
                node("summary", "", "fact:same", "fact:same", dict(summary)),  # as stored
                node("fact", "d1", "f2", "fact:old", {"n": 2}),  # as stored; d2/f1 is gone
                node("fact", "d3", "f1", "fact:old", {"n": 5}),  # new
                node("summary", "", "fact:old", "fact:old", {"n": 6}),  # changed
                node("entity", "d3", "e1", "ent:a", {"e": 2}),  # a new mention of the kept entity
            ],  # fmt: skip
            keys=[("f|k|*", "fact:same"), ("r|ent:a", "fact:same"), ("f|k|*", "fact:old"), ("r|ent:a", "fact:old"),
                  ("e|a", "ent:a")],  # fmt: skip
            ids=[("fact:same", "h1", [["attack"]]), ("fact:old", "h2", [["attack", "y"]]), ("ent:a", "h3", [["a"]])],
        )
        # the kept entity's summary comes out as stored: named unchanged, not written
        unchanged = {("entity_summary", "", "ent:a")}
        seen: list[str] = []
        s.connection.set_trace_callback(seen.append)
        assert s.update_knowledge([], ["fact:same", "fact:old"], [], [same_fact, new_fact],
                                  index=IndexDelta(delta, {"fact:same", "fact:old"}, {"ent:a": "ent:a"}, unchanged))
        s.connection.set_trace_callback(None)
        after = _index_rows(s)

        def rows(table, pick=lambda r: True):
            return {r[1:]: r[0] for r in after[table] if pick(r)}, {r[1:]: r[0] for r in before[table] if pick(r)}

        nodes_now, nodes_then = rows("resolution_nodes")
        assert set(nodes_now) == {
            ("fact", "d1", "f1", "fact:same", '{"n": 1}'), ("summary", "", "fact:same", "fact:same", _dumps(summary)),
            ("fact", "d1", "f2", "fact:old", '{"n": 2}'), ("fact", "d3", "f1", "fact:old", '{"n": 5}'),
            ("summary", "", "fact:old", "fact:old", '{"n": 6}'),
            ("entity", "d1", "e1", "ent:a", '{"e": 1}'), ("entity", "d3", "e1", "ent:a", '{"e": 2}'),
            ("entity_summary", "", "ent:a", "ent:a", '{"s": 1}'),
        }  # fmt: skip
        for row in [("fact", "d1", "f1", "fact:same", '{"n": 1}'), ("fact", "d1", "f2", "fact:old", '{"n": 2}'),
                    ("summary", "", "fact:same", "fact:same", _dumps(summary)),
                    ("entity_summary", "", "ent:a", "ent:a", '{"s": 1}')]:  # fmt: skip
            assert nodes_now[row] == nodes_then[row], row  # left alone
        assert nodes_now[("summary", "", "fact:old", "fact:old", '{"n": 6}')] not in nodes_then.values()
        keys_now, keys_then = rows("resolution_keys")
        assert set(keys_now) == {("f|k|*", "fact:same"), ("r|ent:a", "fact:same"), ("f|k|*", "fact:old"),
                                 ("r|ent:a", "fact:old"), ("e|a", "ent:a")}  # fmt: skip
        assert all(keys_now[k] == keys_then[k] for k in keys_now if k in keys_then)
        ids_now, ids_then = rows("resolution_ids")
        assert set(ids_now) == {("fact:same", "h1", '[["attack"]]'), ("fact:old", "h2", '[["attack", "y"]]'),
                                ("ent:a", "h3", '[["a"]]')}  # fmt: skip
        assert ids_now[("fact:same", "h1", '[["attack"]]')] == ids_then[("fact:same", "h1", '[["attack"]]')]
        assert ids_now[("ent:a", "h3", '[["a"]]')] == ids_then[("ent:a", "h3", '[["a"]]')]
        # the fact stored as it is given keeps its rows; the changed one is written again
        now = dict(map(tuple, s.connection.execute("SELECT id, rowid FROM facts")))
        assert now["fact:same"] == fact_rowids["fact:same"]
        assert sum(q.startswith("INSERT INTO facts") for q in seen) == 1
        assert s.get_fact("fact:old").args == new_fact.args
        assert sorted(map(tuple, s.connection.execute("SELECT fact_id, role FROM fact_args"))) == [
            ("fact:old", "perpetrator"), ("fact:old", "target"), ("fact:same", "perpetrator")
        ]
        inserts = [q for q in seen if q.startswith("INSERT OR REPLACE INTO resolution_nodes")]
        assert len(inserts) == 3  # the new mention rows and the changed summary only
    finally:
        s.close()
