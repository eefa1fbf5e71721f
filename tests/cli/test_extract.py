from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from orbat import pipeline
from orbat.cli import app
from orbat.model import Document, Entity, Evidence, Extraction, Fact, KnowledgeBase, TimeSpan, short_hash
from orbat.store import SQLiteStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "eval"
GOLD = FIXTURES / "border-raid.gold.jsonl"

runner = CliRunner()


class FakeExtractor:
    """Stands in for the real Extractor (orbat.facts): finds fixed phrases in the body.
    On the fixture it gets the attack and the death right, misses the claim and the
    leadership, and adds one wrong statement fact."""

    version = "fake-1"

    def extract(self, doc: Document) -> Extraction:
        ents: list[Entity] = []
        facts: list[Fact] = []

        def ent(name: str, type: str) -> str | None:
            if name not in doc.body:
                return None
            ents.append(Entity(id=f"e{len(ents) + 1}", type=type, name=name))
            return ents[-1].id

        def fact(ftype: str, phrase: str, time: TimeSpan | None, **args: str | None) -> None:
            if phrase not in doc.body or None in args.values():
                return
            start = doc.body.index(phrase)
            ev = Evidence(doc=doc.id, quote=phrase, start=start, end=start + len(phrase))
            facts.append(Fact(id=f"f{len(facts) + 1}", type=ftype, args=args, time=time, sources=[ev]))  # type: ignore[arg-type]

        front, post = ent("Northern Front", "organization"), ent("border post", "facility")
        bakar, governor = ent("Idris Bakar", "person"), ent("regional governor", "person")
        fact("attack", "stormed a border post", TimeSpan("2019-03", "2019-03"), perpetrator=front, target=post)
        fact("death", "Idris Bakar, was killed", TimeSpan("2019-05", "2019-05"), person=bakar)
        fact("statement", "the regional governor said", TimeSpan("2019-06", "2019-06"), speaker=governor)
        return Extraction(doc_id=doc.id, entities=ents, facts=facts, extractor_version=self.version)

    def extract_many(self, docs):
        return (self.extract(d) for d in docs)


def fake_resolver(extractions, curations) -> KnowledgeBase:
    """Global ids from content; no merging beyond equal (type, name)."""
    entities: dict[str, Entity] = {}
    facts: list[Fact] = []
    for ex in extractions:
        local: dict[str, str] = {}
        for e in ex.entities:
            gid = "ent:" + short_hash(e.type, e.name)
            local[e.id] = gid
            entities.setdefault(gid, Entity(id=gid, type=e.type, name=e.name, aliases=list(e.aliases)))
        for f in ex.facts:
            args = {k: local.get(v, v) for k, v in f.args.items()}
            fid = "fact:" + short_hash(f.type, json.dumps(args, sort_keys=True), ex.doc_id)
            facts.append(Fact(id=fid, type=f.type, args=args, time=f.time, modality=f.modality, sources=f.sources))
    return KnowledgeBase(entities=list(entities.values()), facts=facts)


@pytest.fixture
def fake_parts(monkeypatch):
    """Register the fakes where the real extractor and resolver are built."""
    monkeypatch.setattr(pipeline, "default_extractor", FakeExtractor)
    monkeypatch.setattr(pipeline, "default_resolver", lambda: fake_resolver)


@pytest.fixture
def db(tmp_path) -> str:
    """A store with the fixture article and a second one, extracted by the fakes."""
    path = str(tmp_path / "kb.db")
    store = SQLiteStore(path)
    try:
        extractor = FakeExtractor()
        for body in (
            (FIXTURES / "border-raid.txt").read_text(encoding="utf-8"),
            "Idris Bakar, was killed in an air strike, officials said.",
        ):
            doc = Document(body=body, published="2019-06-01")
            store.add_document(doc, extractor.extract(doc))
        pipeline.refresh_knowledge(store, fake_resolver)
    finally:
        store.close()
    return path


# --------------------------------------------------------------------------- eval


def test_eval_json_scores(fake_parts):
    result = runner.invoke(app, ["eval", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    overall = data["total"]["overall"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (2, 1, 2)
    assert overall["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert data["total"]["by_type"]["attack"]["tp"] == 1
    assert data["total"]["by_type"]["statement"]["fp"] == 1
    assert sorted(m["type"] for m in data["total"]["misses"]) == ["claim", "leadership"]


def test_eval_table_and_verbose_lists(fake_parts):
    plain = runner.invoke(app, ["eval", str(GOLD)])
    assert plain.exit_code == 0, plain.output
    assert "overall" in plain.output and "66.7" in plain.output
    assert "the regional governor said" not in plain.output
    verbose = runner.invoke(app, ["eval", str(GOLD), "-v"], terminal_width=200)
    assert verbose.exit_code == 0, verbose.output
    assert "the regional governor said" in verbose.output  # the extra's quote
    assert "leadership(person=Idris Bakar" in verbose.output  # a miss
    two = runner.invoke(app, ["eval", str(GOLD), str(GOLD)], terminal_width=200)
    assert "Per gold file" in two.output and "All gold files (2)" in two.output
    assert "│ overall    │  4 │  2 │  4 │" in two.output  # the total sums both files


def test_eval_no_time(fake_parts, tmp_path):
    # Same fixture, but the gold death is dated a year earlier: it fails unless --no-time.
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    lines[0] = json.dumps({**json.loads(lines[0]), "doc": str(FIXTURES / "border-raid.txt")})
    lines = [line.replace('"2019-05", "end": "2019-05"', '"2018-05", "end": "2018-05"') for line in lines]
    gold = tmp_path / "shifted.gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    timed = json.loads(runner.invoke(app, ["eval", str(gold), "--json"]).output)
    untimed = json.loads(runner.invoke(app, ["eval", str(gold), "--json", "--no-time"]).output)
    assert timed["total"]["by_type"]["death"]["tp"] == 0
    assert untimed["total"]["by_type"]["death"]["tp"] == 1


def test_eval_bad_gold_file_is_a_clean_error(fake_parts, tmp_path):
    gold = tmp_path / "bad.gold.jsonl"
    gold.write_text('{"doc": "x.txt"}\n{"type": "death"\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 1
    assert "bad.gold.jsonl:2" in result.output
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- facts, export, extract


def test_facts_lists_names_time_and_quote(db):
    result = runner.invoke(app, ["facts", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert sorted(r["type"] for r in rows) == ["attack", "death", "death", "statement"]
    attack = next(r for r in rows if r["type"] == "attack")
    assert attack["args"] == {"perpetrator": "Northern Front", "target": "border post"}
    assert attack["quote"] == "stormed a border post"
    assert attack["time"]["start"] == "2019-03"
    only_deaths = json.loads(runner.invoke(app, ["facts", "--db", db, "--json", "--type", "death"]).output)
    assert [r["type"] for r in only_deaths] == ["death", "death"]
    doc_id = attack["doc"]
    in_doc = json.loads(runner.invoke(app, ["facts", "--db", db, "--json", "--doc", doc_id[4:10]]).output)
    assert {r["doc"] for r in in_doc} == {doc_id} and len(in_doc) == 3


def test_facts_rejects_unknown_type(db):
    result = runner.invoke(app, ["facts", "--db", db, "--type", "wedding"])
    assert result.exit_code == 1
    assert "unknown fact type" in result.output


def test_export_jsonl_to_file_twice_is_identical_and_valid(db, tmp_path):
    from orbat.export import read_jsonl

    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    for out in (first, second):
        result = runner.invoke(app, ["export", "--format", "jsonl", "--out", str(out), "--db", db])
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()
    contents = read_jsonl(first)
    assert contents.warnings == []
    assert len(contents.documents) == 2 and len(contents.facts) == 4
    stdout = runner.invoke(app, ["export", "--db", db])
    assert stdout.output.encode("utf-8") == first.read_bytes()


def test_export_unknown_format(db):
    result = runner.invoke(app, ["export", "--format", "pdf", "--db", db])
    assert result.exit_code == 1
    assert "unknown export format" in result.output


def test_extract_reruns_extraction_and_resolution(db, monkeypatch):
    class NoStatements(FakeExtractor):
        version = "fake-2"

        def extract(self, doc):
            ex = super().extract(doc)
            ex.facts = [f for f in ex.facts if f.type != "statement"]
            return ex

    monkeypatch.setattr(pipeline, "default_extractor", NoStatements)
    monkeypatch.setattr(pipeline, "default_resolver", lambda: fake_resolver)
    result = runner.invoke(app, ["extract", "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 documents re-extracted: 3 facts" in result.output.replace("\n", " ")
    store = SQLiteStore(db)
    try:
        assert [f.type for f in store.facts(type="statement")] == []
        assert {x.extractor_version for x in store.extractions()} == {"fake-2"}
    finally:
        store.close()
