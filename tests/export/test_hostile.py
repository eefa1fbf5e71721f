"""Hostile names and quotes (markup, control characters, commas, quotes, newlines, line
separators) come back out of every format exactly as stored: CSV quoting, JSON escaping
and XML escaping carry them; only characters XML 1.0 cannot hold become U+FFFD."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
import stix2

from orbat.export import write_acled_csv, write_geojson, write_graphml, write_gtd_csv, write_jsonl, write_stix
from orbat.export.graphml import xml_text
from orbat.model import Document, Entity, Evidence, Fact, Geo, TimeSpan

GROUP = '<script>alert("x")</script>, the "Front",\nof \x07the\x00 North'
PERSON = "Abu \x1b[31mRed\x1b[0m, 'the' \u2028second line"
PLACE = 'Karsk, "old town"\r\nquarter'
TARGET = 'a "school", <b>boys</b>\tand girls\n'
TITLE = 'Raid on Karsk, "it began" <i>at dawn</i>\n'
BODY = ('On 3 May 2019 fighters of the <script>alert("x")</script> front, "armed", stormed\n'
        'a school in Karsk\x1b[0m; the "Front" claimed it, said its emir Abu Red.\u2028')  # fmt: skip


def _ev(doc: Document, phrase: str) -> Evidence:
    start = doc.body.index(phrase)
    return Evidence(doc=doc.id, quote=phrase, start=start, end=start + len(phrase), attributed_to=GROUP)


@pytest.fixture
def hostile(store):
    doc = Document(body=BODY, title=TITLE, published="2019-05-04", publisher='Pub, "Daily"\n', url="https://e.x/a?b=1&c=<2>")
    store.add_document(doc)
    attack_quote = 'fighters of the <script>alert("x")</script> front, "armed", stormed\na school in Karsk\x1b[0m'
    claim_quote = 'the "Front" claimed it, said its emir Abu Red.\u2028'
    entities = [
        Entity(id="ent:g", type="organization", name=GROUP, aliases=['al-"Jabha", \x01x']),
        Entity(id="ent:p", type="person", name=PERSON),
        Entity(id="ent:k", type="location", name=PLACE, geo=Geo(lat=41.5, lon=44.7, country="GE", admin1='Adm, "1"')),
    ]
    facts = [
        Fact(id="fact:attack", type="attack", args={"perpetrator": "ent:g", "target": TARGET},
             time=TimeSpan("2019-05-03", "2019-05-03", 'on "3 May"'), location="ent:k",
             attrs={"method": "shooting", "target_category": "civilians", "killed": {"min": 2, "max": 3}},
             modality="claimed", sources=[_ev(doc, attack_quote)]),
        Fact(id="fact:claim", type="claim", args={"claimant": "ent:g", "attack": "fact:attack"},
             time=TimeSpan("2019-05-03", "2019-05-04"), attrs={"medium": "statement", "verified": False},
             modality="claimed", sources=[_ev(doc, claim_quote)]),
        Fact(id="fact:lead", type="leadership", args={"person": "ent:p", "organization": "ent:g"},
             attrs={"role": 'emir, "acting"'}, sources=[_ev(doc, "its emir Abu Red")]),
    ]  # fmt: skip
    store.replace_knowledge(entities, facts)
    return {"attack": attack_quote, "claim": claim_quote}


def _text(writer, store) -> str:
    out = io.StringIO()
    writer(store, out)
    return out.getvalue()


def test_acled_csv_round_trips_every_string(store, hostile):
    (row,) = csv.DictReader(io.StringIO(_text(write_acled_csv, store), newline=""))
    assert row["actor1"] == GROUP
    assert row["location"] == PLACE and row["admin1"] == 'Adm, "1"'
    assert row["source"] == 'Pub, "Daily"\n'
    assert hostile["attack"] in row["notes"]
    assert f"claimed_by={GROUP}" in row["tags"]


def test_gtd_csv_round_trips_every_string(store, hostile):
    (row,) = csv.DictReader(io.StringIO(_text(write_gtd_csv, store), newline=""))
    assert (row["gname"], row["target1"], row["city"]) == (GROUP, TARGET, PLACE)
    assert TITLE in row["scite1"] and row["nkill"] == "2"


def test_geojson_escapes_and_keeps_every_string(store, hostile):
    text = _text(write_geojson, store)
    assert "\x00" not in text and "\x1b" not in text  # escaped, not raw
    (feature,) = json.loads(text)["features"]
    props = feature["properties"]
    assert props["perpetrators"][0]["name"] == GROUP and props["targets"][0]["name"] == TARGET
    assert props["place"]["name"] == PLACE and props["time_text"] == 'on "3 May"'
    quotes = [s["quote"] for s in props["sources"]]
    assert quotes == [hostile["attack"], hostile["claim"]]
    assert props["sources"][0]["title"] == TITLE and props["sources"][0]["attributed_to"] == GROUP


def test_stix_parses_back_with_every_string(store, hostile):
    bundle = stix2.parse(_text(write_stix, store), allow_custom=True)
    actor = next(o for o in bundle.objects if o.type == "threat-actor")
    assert actor.name == GROUP and actor.aliases == ['al-"Jabha", \x01x']
    person = next(o for o in bundle.objects if o.type == "identity" and o.get("identity_class") == "individual")
    assert person.name == PERSON
    incident = next(o for o in bundle.objects if o.type == "incident")
    assert [r.get("description") for r in incident.external_references][1] == hostile["attack"]
    report = next(o for o in bundle.objects if o.type == "report")
    assert report.name == TITLE and report.external_references[0].url == "https://e.x/a?b=1&c=<2>"


def test_graphml_escapes_markup_and_replaces_what_xml_cannot_hold(store, hostile):
    text = _text(write_graphml, store)
    assert "<script>" not in text
    graph = nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True)
    names = {d["name"] for _n, d in graph.nodes(data=True)}
    assert xml_text(GROUP) in names and "\ufffd" in xml_text(GROUP)
    assert PLACE in names and TARGET in names  # \r, \n, \t and quotes survive
    assert xml_text(PERSON) in names
    lead = next(d for _u, _v, d in graph.edges(data=True) if d["relation"] == "leadership")
    assert lead["role"] == 'emir, "acting"' and lead["quote"] == "its emir Abu Red"


def test_jsonl_keeps_every_string(store, hostile):
    text = _text(write_jsonl, store)
    assert "\u2028" not in text and "\\u2028" in text  # a line separator never splits a record
    lines = [json.loads(line) for line in text.splitlines()]
    group = next(line for line in lines if line.get("id") == "ent:g")
    assert group["name"] == GROUP
    attack = next(line for line in lines if line.get("id") == "fact:attack")
    assert attack["args"]["target"] == TARGET and attack["sources"][0]["quote"] == hostile["attack"]
