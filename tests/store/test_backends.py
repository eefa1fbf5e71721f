"""What both backends must do alike: all-or-nothing writes, search, the query
look-ups (SQLite and PostgreSQL compared answer for answer), incremental updates."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from orbat.model import Document, Entity, Evidence, Fact, Geo, TimeSpan
from orbat.store import SQLiteStore, open_store

_spec = importlib.util.spec_from_file_location("_query_kb", Path(__file__).resolve().parent.parent / "test_query.py")
kbmod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kbmod)

QUOTE = Evidence(doc="doc:x", quote="q", start=0, end=1)


def test_failed_knowledge_swap_keeps_the_old_knowledge(store):
    kbmod.build_kb(store)
    before = ([e.id for e in store.entities()], [f.id for f in store.facts()])
    broken = Fact(id="fact:bad", type="attack", args={"target": "ent:janaale"}, attrs={"x": object()})
    with pytest.raises(TypeError):
        store.replace_knowledge([Entity(id="ent:new", type="person", name="New Person")], [broken])
    assert ([e.id for e in store.entities()], [f.id for f in store.facts()]) == before
    assert store.find_entities("New Person") == []
    assert [h.id for h in store.search("Janaale") if h.kind == "entity"] == ["ent:janaale"]


def test_search_takes_every_word_literally(store):
    store.add_document(Document(title="Convoy ambushed", body="Fighters ambushed a fuel convoy or a supply column in the hills."))
    store.add_document(Document(title="Quiet day", body="Nothing happened in the district."))
    store.replace_knowledge([Entity(id="ent:q", type="person", name="Abu Muhammad al-Qadarī", aliases=["Qadari"])], [])
    assert [h.title for h in store.search("convoy or")] == ["Convoy ambushed"]  # "or" is a word, not OR
    assert store.search("convoy -fuel") == store.search("convoy fuel")  # no operators either
    assert store.search("convoy nothing") == []  # every word must be there
    assert store.search("?!") == []
    entity = [h for h in store.search("al qadari") if h.kind == "entity"]
    assert [h.id for h in entity] == ["ent:q"]  # the name is matched folded to ASCII
    hit = store.search("convoy")[0]
    assert hit.kind == "document" and "[convoy]" in hit.snippet
    assert len(store.search("the")) == 2 and len(store.search("the", limit=1)) == 1


def _kb_with_awkward_ids() -> tuple[list[Entity], list[Fact]]:
    """The query tests' knowledge base plus ids and dates whose order depends on byte
    order (upper case, "-" and "_"), and a place whose geo has no latitude."""
    extra = [
        Entity(id="ent:A", type="organization", name="Alpha Brigade"),
        Entity(id="ent:a-b", type="organization", name="Alpha-B Front"),
        Entity(id="ent:a_b", type="organization", name="Alpha B Front"),
        Entity(id="ent:nogeo", type="location", name="Nowhere", geo=Geo(lat=None, lon=None, country="SO")),
    ]
    facts = [
        Fact(id="fact:Z", type="alliance", args={"a": "ent:A", "b": "ent:a-b"}, sources=[QUOTE],
             time=TimeSpan("2015-08", None)),
        Fact(id="fact:a_1", type="alliance", args={"a": "ent:a_b", "b": "ent:A"}, sources=[QUOTE],
             time=TimeSpan(None, "2015-08-31")),
        Fact(id="fact:a-1", type="attack", args={"perpetrator": "ent:A", "target": "ent:a_b"}, sources=[QUOTE],
             time=TimeSpan("2015-09-01", "2015-09-01"), location="ent:nogeo"),
    ]  # fmt: skip
    return [*kbmod.ENTITIES, *extra], [*kbmod.FACTS, *facts]


def _answers(store) -> dict[str, object]:
    """Every read of the Store protocol, as comparable plain values."""
    ids = lambda items: [x.id for x in items]  # noqa: E731
    some = ["ent:A", "ent:a-b", "ent:a_b", "ent:shabaab", "ent:ice", "ent:kebekov", "fact:k-janaale", "ent:none"]
    places = ["ent:janaale", "ent:mogadishu", "ent:nogeo", "ent:magaramkent"]
    out: dict[str, object] = {
        "documents": store.documents(),
        "doc ids": [d.id for d in store.iter_documents()],
        "count": store.count_documents(),
        "doc meta": store.document_meta([d.id for d in kbmod.DOCS.values()] + ["doc:none"]),
        "find docs": store.find_documents(""),
        "entities": [e.to_json() for e in store.entities()],
        "by name": ids(store.find_entities("is")),
        "by id": sorted(store.entities_by_id(some)),
        "places": ids(store.places_with_geo()),
        "facts": [f.to_json() for f in store.facts()],
        "facts of type": ids(store.facts(type="attack")),
        "facts of entity": ids(store.facts(entity="ent:A")),
        "facts by id": ids(store.facts_by_id(["fact:Z", "fact:a_1", "fact:a-1", "fact:nope"])),
        "prefix": store.fact_ids_with_prefix("fact:a", limit=5),
        "confirmed": store.confirmed_fact_ids(),
        "curations": [(c.action, c.target, c.params) for c in store.curations()],
    }
    windows = [(None, None), ("2015-08-15", None), (None, "2015-08-31"), ("2015-01-01", "2015-12-31")]
    for since, until in windows:
        key = f"{since}..{until}"
        out["for " + key] = ids(store.facts_for_entities(some, since=since, until=until))
        out["for typed " + key] = ids(store.facts_for_entities(some, types=["alliance", "death"], since=since, until=until))
        out["at " + key] = ids(store.facts_at_locations(places, types=["attack"], since=since, until=until))
        out["types " + key] = ids(store.facts_of_types(["alliance", "attack", "claim"], since=since, until=until))
        out["relations " + key] = ids(store.relation_facts(["alliance", "pledge", "branch"], on_start=since, on_end=until))
    out["no types"] = (store.facts_of_types([]), store.relation_facts([]))
    for type_, norm in [(None, None), ("organization", None), (None, "alpha"), ("organization", "alpha b"), (None, "x")]:
        total, page = store.entity_page(type=type_, norm=norm, limit=3, offset=1)
        out[f"entity page {type_} {norm}"] = (total, ids(page))
    for type_, entity in [(None, None), ("alliance", None), (None, "ent:A"), ("attack", "ent:A")]:
        total, page = store.fact_page(type=type_, entity_id=entity, limit=2, offset=1)
        out[f"fact page {type_} {entity}"] = (total, ids(page))
    out["citing"] = {d.id: ids(store.facts_citing(d.id)) for d in kbmod.DOCS.values()}
    out["stamp"] = store.knowledge_stamp()
    return out


def test_both_backends_answer_every_read_alike(tmp_path, pg_url):
    entities, facts = _kb_with_awkward_ids()
    answers = []
    for target in (str(tmp_path / "kb.db"), pg_url):
        store = open_store(target)
        try:
            kbmod.build_kb(store)
            store.add_document(Document(body="An undated report with no title at all, on nothing in particular."))
            store.replace_knowledge(entities, facts)
            answers.append(_answers(store))
        finally:
            store.close()
    sqlite, postgres = answers
    assert sqlite["facts by id"] == ["fact:Z", "fact:a-1", "fact:a_1"]  # byte order, as Python sorts
    assert sqlite["documents"][0].published is None  # undated documents first
    assert "ent:nogeo" not in sqlite["places"] and "ent:janaale" in sqlite["places"]
    assert sqlite["entity page organization alpha b"][0] >= 2 and sqlite["entity page None x"][0] == 0
    assert any(sqlite["citing"].values()) and sqlite["stamp"][0] == len(facts)
    for key in sqlite:
        assert postgres[key] == sqlite[key], key


def test_update_knowledge_replaces_by_id_in_one_transaction(store):
    if not hasattr(store, "update_knowledge"):
        pytest.skip(f"{type(store).__name__} has no update_knowledge yet (incremental resolution adds it)")
    kbmod.build_kb(store)
    renamed = Entity(id="ent:janaale", type="location", name="Jana Cabdalle", aliases=["Janaale"])
    moved = Fact(id="fact:k-hotel", type="attack", args={"perpetrator": "ent:shabaab", "target": "ent:amisom"},
                 location="ent:janaale", sources=[QUOTE])  # fmt: skip
    store.update_knowledge(["ent:mogadishu"], ["fact:k-checkpoint"], [renamed], [moved])
    ids = {e.id for e in store.entities()}
    assert "ent:mogadishu" not in ids and "ent:janaale" in ids and len(ids) == len(kbmod.ENTITIES) - 1
    assert store.get_entity("ent:janaale").name == "Jana Cabdalle"
    assert [e.id for e in store.find_entities("Jana Cabdalle")] == ["ent:janaale"]
    assert store.find_entities("Mogadishu") == []
    assert store.get_fact("fact:k-checkpoint") is None
    assert [f.id for f in store.facts_at_locations(["ent:janaale"])] == ["fact:k-hotel", "fact:k-janaale"]
    assert [h.title for h in store.search("Cabdalle") if h.kind == "entity"] == ["Jana Cabdalle"]
    before = [f.id for f in store.facts()]
    with pytest.raises(TypeError):
        store.update_knowledge(["ent:janaale"], [], [], [Fact(id="fact:x", type="attack", attrs={"x": object()})])
    assert store.get_entity("ent:janaale") is not None and [f.id for f in store.facts()] == before


def test_sqlite_url_and_paths_open_sqlite(tmp_path, monkeypatch):
    plain = open_store(tmp_path / "a.db")
    prefixed = open_store(f"sqlite:///{tmp_path / 'b.db'}")
    monkeypatch.setenv("ORBAT_DB", str(tmp_path / "c.db"))
    from_env = open_store()
    try:
        assert all(isinstance(s, SQLiteStore) for s in (plain, prefixed, from_env))
        assert {Path(s.path).name for s in (plain, prefixed, from_env)} == {"a.db", "b.db", "c.db"}
    finally:
        for s in (plain, prefixed, from_env):
            s.close()


def test_both_stores_have_every_method_of_the_protocol():
    from orbat.store.base import Store
    from orbat.store.postgres import PostgresStore

    wanted = {name for name in vars(Store) if not name.startswith("_") and callable(getattr(Store, name))}
    assert {"facts_for_entities", "document_meta", "search", "replace_knowledge"} <= wanted
    for cls in (SQLiteStore, PostgresStore):
        assert sorted(n for n in wanted if not callable(getattr(cls, n, None))) == [], cls.__name__


def test_generations_follow_inputs_and_refuse_an_older_knowledge_base(store):
    assert not store.knowledge_stale()
    before = store.generation()
    store.add_curation(kbmod.Curation(action="fact.confirm", target="fact:x", author="t"))
    store.add_curation(kbmod.Curation(action="fact.confirm", target="fact:x", author="t"))  # one is kept
    assert store.generation() == before + 1 and store.knowledge_stale()
    assert len(store.curations()) == 1
    assert store.replace_knowledge([], [], generation=store.generation()) is True
    assert not store.knowledge_stale() and store.knowledge_generation() == store.generation()
    assert store.replace_knowledge([], [], generation=before) is False  # older than the stored one
    with store.snapshot():
        assert store.generation() == store.knowledge_generation()


def test_api_tokens_keep_their_hashes(store):
    first = store.add_token("alice", "a" * 64)
    second = store.add_token("bob", "b" * 64)
    assert second > first
    assert store.token_hashes() == [("alice", "a" * 64), ("bob", "b" * 64)]
