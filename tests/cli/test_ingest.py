"""`orbat ingest`, `orbat docs`, `orbat show` through the real CLI and a real store (the tests that
take ``store_url``, tests/conftest.py, run on SQLite and on PostgreSQL)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from orbat import pipeline
from orbat.cli import app
from orbat.model import Document, Extraction, Fact
from orbat.readers import read_inputs
from orbat.store import open_store

INPUTS = Path(__file__).resolve().parent.parent / "fixtures" / "inputs"
GOOD, BAD = INPUTS / "good", INPUTS / "bad"
runner = CliRunner()


def run(*args: str, input: bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def ingest_json(db: Path | str, *paths: str, input: bytes | None = None) -> tuple[int, dict]:
    result = run("ingest", *paths, "--db", str(db), "--no-extract", "--json", input=input)
    return result.exit_code, json.loads(result.stdout)


def stored(db: Path | str) -> list[Document]:
    store = open_store(str(db))
    try:
        return list(store.iter_documents())
    finally:
        store.close()


def _warc(url: str, html: bytes) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))
    return out.getvalue()


def test_ingest_every_format_then_reingest_is_a_no_op(tmp_path, store_url):
    inputs = tmp_path / "in"
    shutil.copytree(GOOD, inputs)
    (inputs / "crawl.warc.gz").write_bytes(_warc("https://horn-monitor.example/k", (GOOD / "kismayo-market.html").read_bytes()))
    db = store_url
    code, summary = ingest_json(db, str(inputs))
    assert code == 0
    assert summary["failed"] == [] and summary["facts"] == 0
    # the WARC (read first: sorted names) holds the same page as the .html file: a duplicate
    assert len(summary["new"]) == 11 and len(summary["duplicate"]) == 1
    docs = {d.id: d for d in stored(db)}
    assert sorted({d.format for d in docs.values()}) == ["csv", "feed", "json", "jsonl", "text", "warc"]
    assert docs[summary["duplicate"][0]].url == "https://horn-monitor.example/k"

    code, again = ingest_json(db, str(inputs))
    assert code == 0
    assert again["new"] == [] and again["near_duplicate"] == []
    assert sorted(again["duplicate"]) == sorted(summary["new"] + summary["duplicate"])
    assert len(stored(db)) == 11


def test_summary_table_names_failures_and_exit_1_when_some_fail(tmp_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    db = tmp_path / "o.db"
    result = run("ingest", str(png), str(GOOD / "mandera-raid.txt"), str(tmp_path / "gone.txt"), "--db", str(db), "--no-extract")
    assert result.exit_code == 1
    out = " ".join(result.stdout.split())
    assert "new │ 1" in out and "failed │ 2" in out
    assert f"failed: {png}: binary file (PNG image), not text" in out
    assert f"failed: {tmp_path / 'gone.txt'}: no such file or directory" in out
    assert [d.title for d in stored(db)] == ["Shabaab claims overnight raid on police post near Mandera"]


def test_hostile_file_names_are_shown_escaped(tmp_path):
    hostile = tmp_path / "x[bold]\u202e\x1b.txt"
    hostile.write_bytes(b"")
    result = run("ingest", str(hostile), "--db", str(tmp_path / "o.db"), "--no-extract")
    assert result.exit_code == 1
    assert "x[bold]\\u202e\\x1b.txt: empty file" in result.stdout
    assert "\u202e" not in result.stdout and "\x1b" not in result.stdout


def test_batch_goes_on_after_bad_inputs_and_nothing_is_half_written(tmp_path, store_url):
    bad = tmp_path / "bad"
    shutil.copytree(BAD, bad)
    (bad / "empty.html").write_bytes(b"")
    (bad / "zipped.json").write_bytes(b"PK\x03\x04rest")
    db = store_url
    code, summary = ingest_json(db, str(bad), str(GOOD / "reports.csv"))
    assert code == 1
    reasons = {(Path(f["source"]).name, f["record"], f["reason"]) for f in summary["failed"]}
    assert reasons == {
        ("empty.html", None, "empty file"),
        ("mixed.jsonl", 1, "line 2: invalid JSON (Unterminated string starting at)"),
        ("mixed.jsonl", 2, "line 3: record has no text (needs 'text', 'body' or 'content')"),
        ("zipped.json", None, "binary file (zip archive (or docx/xlsx/epub)), not text"),
    }
    docs = stored(db)
    assert len(summary["new"]) == len(docs) == 4  # two good JSONL lines after the bad ones, two CSV rows
    expected = {d.id: d for d in read_inputs([str(bad / "mixed.jsonl"), str(GOOD / "reports.csv")]) if isinstance(d, Document)}
    for doc in docs:  # each stored document is whole: body, metadata, provenance
        assert doc.to_json() == expected[doc.id].to_json() | {"source": doc.source}
        assert doc.source.endswith(("mixed.jsonl", "reports.csv"))


def test_near_duplicate_is_linked_to_the_document_it_resembles(tmp_path, store_url):
    original = (GOOD / "mandera-raid.txt").read_text()
    edited = tmp_path / "edited.txt"
    edited.write_text(original.replace("a night curfew", "an overnight curfew"))
    db = store_url
    _, first = ingest_json(db, str(GOOD / "mandera-raid.txt"))
    code, second = ingest_json(db, str(edited))
    assert code == 0
    (near,) = second["near_duplicate"]
    assert near["near_of"] == first["new"][0] and near["similarity"] >= 0.8
    listing = json.loads(run("docs", "--db", str(db), "--json").stdout)
    assert {row["id"]: row["near_of"] for row in listing} == {first["new"][0]: None, near["doc"]: first["new"][0]}


def test_stdin_input(tmp_path):
    data = b'{"title": "Piped", "text": "A record piped in on standard input."}\n'
    code, summary = ingest_json(tmp_path / "o.db", "-", input=data)
    assert code == 0 and len(summary["new"]) == 1
    (doc,) = stored(tmp_path / "o.db")
    assert (doc.source, doc.format, doc.title) == ("-", "jsonl", "Piped")


def test_usage_errors_exit_2(tmp_path):
    assert run("ingest", "--db", str(tmp_path / "o.db")).exit_code == 2
    assert run("ingest", str(GOOD), "--bogus").exit_code == 2
    assert run("ingest", str(GOOD), "--max-mb", "-1").exit_code == 2
    assert not (tmp_path / "o.db").exists()


def test_max_mb_option_limits_size(tmp_path):
    code, summary = ingest_json(tmp_path / "o.db", str(GOOD / "mandera-raid.txt"))
    result = run("ingest", str(GOOD / "kismayo-market.html"), "--db", str(tmp_path / "o.db"), "--no-extract", "--json", "--max-mb", "0.001")
    assert result.exit_code == 1
    (failure,) = json.loads(result.stdout)["failed"]
    assert failure["reason"].endswith("over the 1,048-byte limit")


def test_without_nlp_modules_ingest_warns_and_stores(tmp_path, monkeypatch):
    def missing():
        raise ModuleNotFoundError("No module named 'orbat.facts'", name="orbat.facts")

    monkeypatch.setattr(pipeline, "default_extractor", missing)
    result = run("ingest", str(GOOD / "reports.csv"), "--db", str(tmp_path / "o.db"), "--json")
    assert result.exit_code == 0
    assert "warning: extraction not available (No module named 'orbat.facts')" in " ".join(result.stderr.split())
    assert len(json.loads(result.stdout)["new"]) == 2


def test_extractor_and_resolver_are_called_and_facts_counted(tmp_path, monkeypatch):
    class OneFactPerDoc:
        version = "test"

        def extract(self, doc):
            return next(self.extract_many([doc]))

        def extract_many(self, docs):
            for doc in docs:
                yield Extraction(doc_id=doc.id, facts=[Fact(id="f1", type="founding", args={})])

    resolved = []
    monkeypatch.setattr(pipeline, "default_extractor", OneFactPerDoc)
    monkeypatch.setattr(pipeline, "default_resolver", lambda: lambda ex, cur: resolved.append(list(ex)) or pipeline.KnowledgeBase())
    result = run("ingest", str(GOOD / "reports.json"), "--db", str(tmp_path / "o.db"), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["facts"] == 2
    assert [len(r) for r in resolved] == [2]


@pytest.fixture
def seeded_db(store_url) -> tuple[str, str]:
    db = store_url
    _, summary = ingest_json(db, str(GOOD / "mandera-raid.txt"), str(GOOD / "reports.json"))
    text_id = next(d.id for d in stored(db) if d.format == "text")
    return db, text_id


def test_docs_lists_documents(seeded_db):
    db, text_id = seeded_db
    rows = json.loads(run("docs", "--db", str(db), "--json").stdout)
    assert [(r["published"], r["format"], r["title"]) for r in rows] == [
        ("2019-03-14", "text", "Shabaab claims overnight raid on police post near Mandera"),
        ("2022-03-28", "json", "Kidnapping on the Kaduna highway"),
        ("2022-03-30", "json", "Army says camp retaken"),
    ]
    assert rows[0]["id"] == text_id and rows[0]["facts"] == 0
    table = run("docs", "--db", str(db))
    assert table.exit_code == 0 and "3 documents" in table.stdout and text_id in table.stdout


def test_show_by_prefix_with_sections(seeded_db):
    db, text_id = seeded_db
    result = run("show", text_id[4:12], "--db", str(db))
    assert result.exit_code == 0
    out = result.stdout
    assert "Shabaab claims overnight raid" in out and "published: 2019-03-14 (from dateline)" in out
    assert "author: Amina Yusuf" in out
    assert "Wanjiru: Stay safe up there." in out
    assert out.index("body") < out.index("Charles Owino") < out.index("2 comments") < out.index("dropped")
    assert "- Contact us" in out
    data = json.loads(run("show", text_id, "--db", str(db), "--json").stdout)
    assert data["id"] == text_id and [c["author"] for c in data["comments"]] == ["Wanjiru", "Hassan K"]


def test_show_unknown_or_ambiguous_id_fails(seeded_db):
    db, _ = seeded_db
    missing = run("show", "ffffffffffff", "--db", str(db))
    assert missing.exit_code == 1 and "no document with id ffffffffffff" in missing.stderr
    ambiguous = run("show", "doc:", "--db", str(db))
    assert ambiguous.exit_code == 1 and "doc: matches 3 documents" in ambiguous.stderr
