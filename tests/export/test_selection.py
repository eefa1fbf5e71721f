"""--since / --until / --group: every format exports the same chosen facts, with every
entity and document they point at."""

from __future__ import annotations

import csv
import io
import json

import pytest

from orbat.export import read_jsonl, select, write_acled_csv, write_geojson, write_jsonl, write_stix
from orbat.export.selection import in_window
from orbat.model import Fact, TimeSpan
from orbat.query import NotFound, QueryError


def test_no_filter_is_the_whole_knowledge_base(kb_store):
    whole = select(kb_store)
    assert len(whole.facts) == len(kb_store.facts())
    assert len(whole.entities) == len(kb_store.entities())
    assert len(whole.documents) == len(kb_store.documents())
    assert whole.filters.empty


def test_date_window_keeps_overlapping_facts(kb_store):
    window = select(kb_store, since="2015-08-01", until="2015-08-31")
    assert window.facts and len(window.facts) < len(kb_store.facts())
    by_id = {f.id: f for f in kb_store.facts()}
    for fact in window.facts:
        if fact.type == "claim" or any(c.args.get("attack") == fact.id for c in window.facts):
            continue  # claims and their attacks travel together
        assert in_window(fact, "2015-08-01", "2015-08-31", {d.id: d.published for d in window.documents}), fact
    deaths = [f for f in window.facts if f.type == "death"]
    assert deaths and all(f.time and (f.time.end or f.time.start) >= "2015-08" for f in deaths)
    assert not any(f.type == "attack" and f.time and f.time.end and f.time.end < "2015" for f in window.facts)
    # every reference resolves inside the slice
    ids = {f.id for f in window.facts}
    for fact in window.facts:
        for value in fact.args.values():
            assert value in window.entities or value in ids or by_id[fact.id].type == "attack"
        assert all(s.doc in {d.id for d in window.documents} for s in fact.sources)


def test_window_rules_for_events_states_and_undated_facts():
    published = {"doc:a": "2015-09-02"}
    src = []
    event = Fact(id="f1", type="death", args={}, time=TimeSpan("2015-08", "2015-08"))
    assert in_window(event, "2015-08-15", None, published)
    assert not in_window(event, "2015-09-01", None, published)
    undated_event = Fact(id="f2", type="attack", args={}, time=None, sources=src)
    assert not in_window(undated_event, "2015", "2015", published)
    ongoing = Fact(id="f3", type="leadership", args={}, time=TimeSpan("2013-09", None))
    assert in_window(ongoing, "2020-01-01", None, published)  # no end: still running
    assert not in_window(ongoing, None, "2013-08-31", published)
    from orbat.model import Evidence

    reported = Fact(id="f4", type="leadership", args={}, sources=[Evidence("doc:a", "q", 0, 1)])
    assert in_window(reported, "2015-09", "2015-09", published)  # undated: true when reported
    assert not in_window(reported, "2016", None, published)


def test_group_keeps_facts_involving_the_group_by_alias(kb_store):
    chosen = select(kb_store, group="ICE")  # an alias of the Caucasus Emirate
    group = next(e for e in chosen.entities.values() if e.name == "Caucasus Emirate")
    assert chosen.facts
    for fact in chosen.facts:
        assert group.id in fact.args.values() or fact.type in ("claim", "attack"), fact
    assert {"leadership", "succession", "defection"} <= {f.type for f in chosen.facts}
    assert not any(e.name == "al-Shabaab" for e in chosen.entities.values())


def test_a_claim_brings_its_attack_and_an_attack_its_claims(kb_store):
    chosen = select(kb_store, group="Caucasus Province", since="2015-08", until="2015-09")
    attacks = [f for f in chosen.facts if f.type == "attack"]
    claims = [f for f in chosen.facts if f.type == "claim"]
    assert attacks and claims
    assert {c.args["attack"] for c in claims} <= {a.id for a in attacks}


def test_filters_change_every_format(kb_store, tmp_path):
    whole, part = select(kb_store), select(kb_store, since="2015-08", until="2015-09")
    for writer in (write_acled_csv, write_geojson, write_stix):
        assert writer(part, io.StringIO()) < writer(whole, io.StringIO())
    rows = list(csv.DictReader(io.StringIO(_text(write_acled_csv, part), newline="")))
    assert rows and all("2015-08" <= r["event_date"] <= "2015-09-30" for r in rows if r["event_date"])
    features = json.loads(_text(write_geojson, part))["features"]
    assert {f["properties"]["place"]["name"] for f in features} >= {"Magaramkent"}
    assert "Moscow" not in {f["properties"]["place"]["name"] for f in features}
    path = tmp_path / "part.jsonl"
    path.write_text(_text(write_jsonl, part), encoding="utf-8")
    contents = read_jsonl(path)
    assert contents.warnings == []  # no dangling reference in a filtered export
    assert contents.meta["filters"] == {"since": "2015-08", "until": "2015-09"}
    assert len(contents.facts) == len(part.facts)


def _text(writer, data) -> str:
    out = io.StringIO()
    writer(data, out)
    return out.getvalue()


def test_bad_filters_are_clear_errors(kb_store):
    with pytest.raises(QueryError, match="--since: not a date"):
        select(kb_store, since="last summer")
    with pytest.raises(NotFound, match="no entity named 'Nobody at all'"):
        select(kb_store, group="Nobody at all")


def test_an_empty_knowledge_base_exports_empty_files(store):
    from orbat.export import WRITERS

    texts = {name: _text(writer, store) for name, writer in WRITERS.items()}
    assert json.loads(texts["jsonl"])["facts"] == 0
    assert texts["csv"].startswith("event_id_cnty,") and texts["csv"].count("\r\n") == 1
    assert texts["gtd-csv"].startswith("eventid,") and texts["gtd-csv"].count("\r\n") == 1
    assert json.loads(texts["geojson"]) == {"type": "FeatureCollection", "features": []}
    assert [o["type"] for o in json.loads(texts["stix"])["objects"]] == ["identity"]  # orbat itself
    assert "<graph " in texts["graphml"] and "<edge" not in texts["graphml"]
