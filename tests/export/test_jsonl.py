from __future__ import annotations

import io
import json

import pytest

from orbat.export import WRITERS, get_writer, read_jsonl, write_jsonl
from orbat.model import Document, Entity, Evidence, Fact, Geo, TimeSpan

BODY_A = "Fighters of the Northern Front stormed a border post near Karsk in March 2019."
BODY_B = "The commander of the Northern Front, Idris Bakar, was killed by government troops in May."


def evidence(doc: Document, phrase: str) -> Evidence:
    start = doc.body.index(phrase)
    return Evidence(doc=doc.id, quote=phrase, start=start, end=start + len(phrase))


def fill(store) -> dict[str, str]:
    doc_a = Document(body=BODY_A, title="Border post raided", published="2019-03-05", url="https://example.org/a")
    doc_b = Document(body=BODY_B, title="Commander killed", published="2019-05-20", author="A. Writer")
    store.add_document(doc_a)
    store.add_document(doc_b)
    entities = [
        Entity(id="ent:org", type="organization", name="Northern Front", aliases=["Jabhat al-Shamal"]),
        Entity(id="ent:bakar", type="person", name="Idris Bakar"),
        Entity(id="ent:karsk", type="location", name="Karsk", geo=Geo(lat=41.5, lon=44.7, country="GE")),
        Entity(id="ent:army", type="group_of_people", name="government troops"),
    ]
    facts = [
        Fact(
            id="fact:b-attack", type="attack", args={"perpetrator": "ent:org", "target": "a border post"},
            time=TimeSpan("2019-03", "2019-03", "in March 2019"), location="ent:karsk",
            attrs={"target_category": "military"}, sources=[evidence(doc_a, "stormed a border post near Karsk")],
        ),
        Fact(
            id="fact:a-death", type="death", args={"person": "ent:bakar", "killer": "ent:army"},
            time=TimeSpan("2019-05", "2019-05", "in May"), attrs={"cause": "killed"}, confidence=0.9,
            sources=[evidence(doc_b, "Idris Bakar, was killed by government troops")],
        ),
        Fact(
            id="fact:c-lead", type="leadership", args={"person": "ent:bakar", "organization": "ent:org"},
            attrs={"role": "commander"}, sources=[evidence(doc_b, "The commander of the Northern Front, Idris Bakar")],
        ),
    ]  # fmt: skip
    # Stored out of id order on purpose: the export must sort.
    store.replace_knowledge(list(reversed(entities)), list(reversed(facts)))
    return {"a": doc_a.id, "b": doc_b.id}


def export(store) -> str:
    out = io.StringIO()
    write_jsonl(store, out)
    return out.getvalue()


def test_export_is_byte_identical_for_the_same_kb(store, tmp_path):
    fill(store)
    first = export(store)
    # The same KB written again, into a fresh store in another order, gives the same bytes.
    from orbat.store import SQLiteStore

    other = SQLiteStore(tmp_path / "other.db")
    try:
        fill(other)
        assert export(other) == first
    finally:
        other.close()
    assert export(store) == first


def test_export_follows_the_spec(store):
    ids = fill(store)
    lines = [json.loads(line) for line in export(store).splitlines()]
    assert lines[0] == {"kind": "meta", "format": "orbat-facts", "version": 1, "documents": 2, "entities": 4, "facts": 3}
    kinds = [line["kind"] for line in lines[1:]]
    assert kinds == ["document"] * 2 + ["entity"] * 4 + ["fact"] * 3, "documents, then entities, then facts"
    docs = [line for line in lines if line["kind"] == "document"]
    assert [d["id"] for d in docs] == sorted(ids.values())
    assert set(docs[0]) == {"kind", "id", "url", "title", "published", "publisher", "author", "sha256"}
    facts = [line for line in lines if line["kind"] == "fact"]
    assert [f["id"] for f in facts] == ["fact:a-death", "fact:b-attack", "fact:c-lead"]
    death = facts[0]
    assert death["args"] == {"person": "ent:bakar", "killer": "ent:army"}
    assert death["time"] == {"start": "2019-05", "end": "2019-05", "text": "in May"}
    assert death["sources"][0]["quote"] == "Idris Bakar, was killed by government troops"
    karsk = next(line for line in lines if line.get("id") == "ent:karsk")
    assert karsk["geo"]["country"] == "GE"


def test_export_reads_back_valid(store, tmp_path):
    fill(store)
    path = tmp_path / "kb.jsonl"
    path.write_text(export(store), encoding="utf-8")
    contents = read_jsonl(path)
    assert contents.warnings == []
    assert contents.meta["version"] == 1
    assert sorted(contents.facts) == ["fact:a-death", "fact:b-attack", "fact:c-lead"]
    assert contents.entities["ent:org"].aliases == ["Jabhat al-Shamal"]
    assert contents.facts["fact:b-attack"].location == "ent:karsk"
    assert contents.facts["fact:a-death"].confidence == pytest.approx(0.9)


def test_reader_skips_bad_lines_and_dangling_references(tmp_path):
    good_doc = {"kind": "document", "id": "doc:1", "sha256": "ab", "title": None}
    good_ent = {"kind": "entity", "id": "ent:1", "type": "person", "name": "Idris Bakar", "aliases": []}
    src = [{"doc": "doc:1", "quote": "q", "start": 0, "end": 1, "attributed_to": None}]
    base = {"kind": "fact", "modality": "asserted", "confidence": 0.8, "time": None, "sources": src}
    lines = [
        {"kind": "meta", "format": "orbat-facts", "version": 1},
        good_doc,
        good_ent,
        {"kind": "entity", "id": "ent:2", "type": "army", "name": "x"},  # unknown entity type
        {"kind": "widget", "id": "w"},  # unknown kind
        {**base, "id": "fact:ok", "type": "death", "args": {"person": "ent:1"}},
        {**base, "id": "fact:ghost", "type": "death", "args": {"person": "ent:404"}},
        {**base, "id": "fact:nodoc", "type": "death", "args": {"person": "ent:1"},
         "sources": [dict(src[0], doc="doc:404")]},
        {**base, "id": "fact:badtype", "type": "wedding", "args": {"person": "ent:1"}},
        {**base, "id": "fact:nosrc", "type": "death", "args": {"person": "ent:1"}, "sources": []},
        {**base, "id": "fact:mod", "type": "death", "args": {"person": "ent:1"}, "modality": "certain"},
        {**base, "id": "fact:noargs", "type": "death", "args": {}},
        # an unnamed role may be omitted (spec), even a required one: kept
        {**base, "id": "fact:unnamed", "type": "attack", "args": {"perpetrator": "ent:1"}},
    ]  # fmt: skip
    path = tmp_path / "bad.jsonl"
    text = "\n".join(json.dumps(x) for x in lines) + "\n{broken\n"
    path.write_text(text, encoding="utf-8")
    contents = read_jsonl(path)
    assert list(contents.facts) == ["fact:ok", "fact:unnamed"]
    assert list(contents.entities) == ["ent:1"]
    joined = "\n".join(contents.warnings)
    for expected in ("unknown type 'army'", "unknown kind 'widget'", "unknown entity 'ent:404'",
                     "'doc:404'", "unknown type 'wedding'", "at least one source", "modality", "no args", "not JSON"):  # fmt: skip
        assert expected in joined
    assert len(contents.warnings) == 9
    assert f"{path}:14:" in joined  # the broken last line is named by number


def test_reader_requires_the_meta_line_first(tmp_path):
    path = tmp_path / "nometa.jsonl"
    path.write_text(json.dumps({"kind": "document", "id": "doc:1", "sha256": "ab"}) + "\n", encoding="utf-8")
    contents = read_jsonl(path)
    assert contents.meta is None
    assert any("meta line" in w for w in contents.warnings)
    assert "doc:1" in contents.documents


def test_writer_registry():
    assert get_writer("jsonl") is write_jsonl
    assert "jsonl" in WRITERS
    with pytest.raises(KeyError, match="unknown export format 'stixx'"):
        get_writer("stixx")
