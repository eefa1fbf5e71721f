"""The knowledge-base commands through the real CLI on a hand-built store, SQLite and
PostgreSQL (``store_url``, tests/conftest.py: the ``--db`` value of a fresh store)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from orbat import pipeline
from orbat.cli import app
from orbat.model import Extraction, KnowledgeBase
from orbat.store import open_store

# the hand-built knowledge base of tests/test_query.py
_spec = importlib.util.spec_from_file_location("_query_kb", Path(__file__).resolve().parent.parent / "test_query.py")
kbmod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kbmod)

runner = CliRunner()


@pytest.fixture
def db(store_url) -> str:
    store = open_store(store_url)
    kbmod.build_kb(store)
    store.close()
    return store_url


class FakeResolver:
    """Stands in for resolution: the hand-built KB with fact.reject curations applied."""

    def __init__(self):
        self.calls = 0

    def __call__(self, extractions, curations) -> KnowledgeBase:
        self.calls += 1
        list(extractions)
        rejected = {c.target for c in curations if c.action == "fact.reject"}
        return KnowledgeBase(list(kbmod.ENTITIES), [f for f in kbmod.FACTS if f.id not in rejected])


@pytest.fixture
def resolver(monkeypatch) -> FakeResolver:
    fake = FakeResolver()
    monkeypatch.setattr(pipeline, "default_resolver", lambda: fake)
    return fake


def run(db: str, *args: str):
    return runner.invoke(app, [*args, "--db", db])


def run_json(db: str, *args: str):
    result = run(db, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def stored(db: str):
    store = open_store(db)
    try:
        return store.curations(), {f.id for f in store.facts()}
    finally:
        store.close()


# --------------------------------------------------------------------------- questions


def test_leaders_json_on_a_date(db):
    data = run_json(db, "leaders", "Caucasus Emirate", "--on", "2015-01-01", "--role", "emir")
    assert [(x["person"]["name"], x["start"], x["end"]) for x in data["leaders"]] == [
        ("Aliaskhab Kebekov", "2013-09..2014-04", "2015-04")
    ]
    assert data["leaders"][0]["sources"][0]["quote"]


def test_leaders_table_shows_gap(db):
    result = run(db, "leaders", "ICE", "--on", "2015-05-15")
    assert result.exit_code == 0
    assert "after Kebekov's death in April 2015" in result.stdout
    assert "Test Deputy" not in result.stdout  # the deputy's tenure ended in February


def test_leaders_errors_exit_1(db):
    ambiguous = run(db, "leaders", "IS")
    assert ambiguous.exit_code == 1
    assert "ambiguous" in ambiguous.stderr and "Islamic Society" in ambiguous.stderr
    assert run(db, "leaders", "Nobody Front").exit_code == 1
    bad_date = run(db, "leaders", "ICE", "--on", "yesterday")
    assert bad_date.exit_code == 1 and "not a date" in bad_date.stderr


def test_profile_json(db):
    data = run_json(db, "profile", "Rustam Asilderov")
    assert data["entity"]["name"] == "Rustam Asilderov"
    assert [(i["other"]["name"], i["modality"]) for i in data["identities"]] == [("Abu Muhammad al Qadari", "hedged")]
    table = run(db, "profile", "Rustam Asilderov")
    assert "possibly the same as" in table.stdout and "not merged" in table.stdout


def test_timeline_json(db):
    data = run_json(db, "timeline", "Magaramkent")
    assert [e["type"] for e in data["entries"]] == ["attack", "claim"]


def test_events_filters_json(db):
    confirmed = run_json(db, "events", "--group", "al-Shabaab", "--status", "confirmed")
    assert [e["id"] for e in confirmed["events"]] == ["fact:k-checkpoint", "fact:k-janaale"]
    assert confirmed["filters"] == {"group": "al-Shabaab", "status": "confirmed"}
    near = run_json(db, "events", "--near", "Mogadishu", "--km", "30", "--type", "attack")
    assert [e["id"] for e in near["events"]] == ["fact:k-hotel", "fact:k-checkpoint"]
    russia = run_json(db, "events", "--country", "RU", "--since", "2015-09-02")
    assert [e["id"] for e in russia["events"]] == ["fact:k-magaramkent", "fact:c-magaramkent"]
    limited = run_json(db, "events", "--group", "al-Shabaab", "--limit", "2")
    assert [e["id"] for e in limited["events"]] == ["fact:k-hotel", "fact:k-checkpoint"]
    assert run(db, "events", "--status", "rumoured").exit_code == 2
    assert run(db, "events", "--km", "5").exit_code == 1


def test_graph_formats(db):
    data = run_json(db, "graph", "--on", "2014-01-01")
    assert [(e["kind"], e["subkind"]) for e in data["edges"]] == [("alliance", "linked")]
    dot = run(db, "graph", "--on", "2015-08-01", "--format", "dot")
    assert dot.exit_code == 0 and dot.stdout.startswith("digraph orbat {")
    assert dot.stdout.count("->") == 4


def test_search_json(db):
    data = run_json(db, "search", "Janaale")
    assert ("document", "Janaale toll rises") in {(h["kind"], h["title"]) for h in data["hits"]}


# --------------------------------------------------------------------------- curation


def test_fact_reject_stores_curation_and_re_resolves(db, resolver):
    data = run_json(db, "fact", "reject", "fact:k-hotel", "--reason", "wrong town", "--author", "ana")
    assert data["refreshed"] is True and data["curation"]["action"] == "fact.reject"
    curations, facts = stored(db)
    assert [(c.action, c.target, c.params, c.author) for c in curations[1:]] == [
        ("fact.reject", "fact:k-hotel", {"reason": "wrong town"}, "ana")
    ]
    assert curations[1].created  # stamped now
    assert resolver.calls == 1
    assert "fact:k-hotel" not in facts and "fact:k-janaale" in facts


def test_fact_confirm_by_prefix_and_author_from_env(db, resolver, monkeypatch):
    monkeypatch.setenv("USER", "bea")
    result = run(db, "fact", "confirm", "k-janaale")
    assert result.exit_code == 0, result.output
    curations, _ = stored(db)
    assert (curations[-1].action, curations[-1].target, curations[-1].author) == ("fact.confirm", "fact:k-janaale", "bea")


def test_unknown_fact_or_entity_exits_1_and_stores_nothing(db, resolver):
    missing = run(db, "fact", "reject", "fact:nope", "--reason", "x")
    assert missing.exit_code == 1 and "no fact" in missing.stderr
    assert run(db, "entity", "merge", "Nobody", "Rustam Asilderov").exit_code == 1
    assert run(db, "entity", "rename", "ent:nothing", "New Name").exit_code == 1
    bad_split = run(db, "entity", "split", "ent:kebekov", "Somebody Else")
    assert bad_split.exit_code == 1 and "not known as" in bad_split.stderr
    curations, _ = stored(db)
    assert len(curations) == 1  # only the fixture's confirmation
    assert resolver.calls == 0


def test_entity_curations(db, resolver):
    run_json(db, "entity", "merge", "Abu Muhammad al Qadari", "Rustam Asilderov", "--author", "ana")
    run_json(db, "entity", "split", "Aliaskhab Kebekov", "Ali Abu Muhammad al-Dagestani", "--author", "ana")
    run_json(db, "entity", "rename", "Abu Usman Gimrinsky", "Magomed Suleymanov", "--author", "ana")
    curations, _ = stored(db)
    assert [(c.action, c.target, c.params) for c in curations[1:]] == [
        ("entity.merge", "ent:qadari", {"other": "ent:asilderov"}),
        ("entity.split", "ent:kebekov", {"names": ["Ali Abu Muhammad al-Dagestani"]}),
        ("entity.rename", "ent:suleimanov", {"name": "Magomed Suleymanov"}),
    ]
    listed = run_json(db, "curations")
    assert [c["action"] for c in listed] == ["fact.confirm", "entity.merge", "entity.split", "entity.rename"]
    assert resolver.calls == 3


def test_entity_merge_takes_the_candidate_of_the_same_type(store_url, monkeypatch):
    twins = [
        kbmod.ent("p", "person", "Rustam Asilderov"),
        kbmod.ent("o", "organization", "Rustam Asilderov"),  # an extraction slip
        kbmod.ent("q", "person", "Abu Muhammad al Qadari"),
    ]
    monkeypatch.setattr(pipeline, "default_resolver", lambda: lambda extractions, curations: KnowledgeBase(twins, []))
    path = store_url
    store = open_store(path)
    store.replace_knowledge(twins, [])
    store.close()
    assert run(path, "entity", "merge", "Rustam Asilderov", "Qadari").exit_code == 1  # no such name
    run_json(path, "entity", "merge", "Rustam Asilderov", "Abu Muhammad al Qadari")
    run_json(path, "entity", "merge", "Abu Muhammad al Qadari", "Rustam Asilderov")
    curations, _ = stored(path)
    assert [(c.target, c.params["other"]) for c in curations] == [("ent:p", "ent:q"), ("ent:q", "ent:p")]


def test_entity_why_reports_both_sides(db):
    data = run_json(db, "entity", "why", "Kebekov", "Suleimanov")
    assert data["a"] == "Kebekov" and data["b"] == "Suleimanov"
    assert data["same"] is False  # no extractions stored: nothing joins them
    assert "summary" in data


def test_rebuild_reextracts_and_resolves(db, resolver, monkeypatch):
    class FakeExtractor:
        version = "test"

        def extract(self, doc):
            return Extraction(doc_id=doc.id, extractor_version=self.version)

        def extract_many(self, docs):
            return (self.extract(d) for d in docs)

    monkeypatch.setattr(pipeline, "default_extractor", FakeExtractor)
    data = run_json(db, "rebuild")
    assert data == {
        "documents": 3, "facts_extracted": 0, "entities": len(kbmod.ENTITIES), "facts": len(kbmod.FACTS),
        "failed": [],
    }  # fmt: skip
    store = open_store(db)
    try:
        assert len(list(store.extractions())) == 3
    finally:
        store.close()
