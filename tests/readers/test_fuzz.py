"""Hostile inputs, generated deterministically (seeded ``random``): whatever the
bytes, the readers never raise; each item is a Document with a clean UTF-8 body
or an InputError naming its source. A sample of the Documents also goes through
the real spaCy pipeline and fact extraction, and a folder of good and hostile
files through ``orbat ingest``."""

from __future__ import annotations

import gzip
import io
import json
import random
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from orbat.errors import InputError
from orbat.model import Document
from orbat.readers import read_bytes, read_inputs
from orbat.readers.normalize import has_text

REPO = Path(__file__).resolve().parents[2]
GOOD = REPO / "tests" / "fixtures" / "inputs" / "good"
EXAMPLES = REPO / "examples"
SEED = 20261126

EXTENSIONS = (".txt", ".html", ".jsonl", ".json", ".csv", ".rss", ".atom", ".xml", ".warc", ".warc.gz", ".dat")
HOSTILE_CHARS = (
    "\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\u200f", "\ufeff", "\x00", "\x07",
    "\x1b[31m", "\x85", "\u2028", "\u2029", "\r", "\ufffd", "\U0001f4a3", "\u0627\u0644\u0642\u0627\u0639\u062f\u0629",
    "\u0301", "e\u0301", "\ud800",
)  # fmt: skip
SENTENCE = "Militants attacked a checkpoint near Kismayo on Monday, killing three soldiers, officials said."


def _fixtures() -> list[tuple[str, bytes]]:
    files = sorted(GOOD.iterdir()) + sorted(p for p in EXAMPLES.iterdir() if p.suffix != ".md")
    return [(p.name, p.read_bytes()) for p in files if p.is_file()]


def _warc(url: str, payload: bytes, *, content_type: str = "text/html", gz: bool = False) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    fixed = {"WARC-Date": "2015-09-02T00:00:00Z", "WARC-Record-ID": f"<urn:uuid:{len(payload):08d}-0000-0000-0000-000000000000>"}
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers, warc_headers_dict=fixed)
    writer.write_record(record)
    return out.getvalue()


def _garble(rng: random.Random, data: bytes) -> bytes:
    """One random corruption of real bytes."""
    how = rng.randrange(6)
    if how == 0:  # truncated
        return data[: rng.randrange(max(1, len(data)))]
    if how == 1:  # bytes flipped
        out = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            if out:
                out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if how == 2:  # a slice cut out
        a = rng.randrange(max(1, len(data)))
        return data[:a] + data[a + rng.randrange(1, 500) :]
    if how == 3:  # hostile characters spliced in
        text = data.decode("utf-8", "replace")
        for _ in range(rng.randint(1, 30)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(HOSTILE_CHARS) + text[at:]
        return text.encode("utf-8", "surrogatepass")
    if how == 4:  # re-encoded in something that is not UTF-8
        return data.decode("utf-8", "replace").encode(rng.choice(["latin-1", "cp1252", "utf-16-le"]), "replace")
    return data * rng.randint(2, 20)  # repeated (duplicates inside one file)


def _constructed(rng: random.Random) -> list[tuple[str, bytes]]:
    """Inputs built to hit one known weak spot each, per format."""
    hostile = "".join(rng.choice(HOSTILE_CHARS) + " word" for _ in range(60))
    deep = 50_000
    cases: list[tuple[str, bytes]] = [
        ("deep.json", b"[" * deep + b"]" * deep),
        ("deep-obj.json", b'{"text":' * deep + b"1" + b"}" * deep),
        ("deep.jsonl", b"[" * deep + b"]" * deep + b"\n" + json.dumps({"text": SENTENCE}).encode()),
        ("surrogate.jsonl", b'{"text": "Fighters \\ud800 attacked \\udfff the town of Afgooye.", "title": "\\ud83d"}\n'),
        ("surrogate.json", b'[{"text": "\\ud800\\ud800 attack in Marka", "author": "\\udc00x"}]'),
        ("only-surrogate.json", b'{"text": "\\ud800"}'),
        ("nul-escape.jsonl", b'{"text": "A\\u0000B \\u0007 raid in Baidoa", "title": "\\u001b[2J"}\n'),
        ("not-strings.jsonl", b'{"text": 5}\n{"text": ["a"]}\n{"text": {"x": 1}}\n{"text": null}\n"str"\n[]\n1e999\nNaN\n'),
        ("meta-types.json", json.dumps([{"text": SENTENCE, "title": [1, 2], "published": {"y": 1}, "url": 3.5, "id": True}]).encode()),
        ("bad-dates.jsonl", b"".join(json.dumps({"text": SENTENCE, "published": d}).encode() + b"\n" for d in ("9999-99-99", "0000-00-00", "2015-02-30T99:99", "x" * 200, "-1", "\u202e2015", ""))),
        ("bidi.txt", ("Title \u202e\u2066\n\n" + hostile + "\n\n" + SENTENCE).encode("utf-8", "surrogatepass")),
        ("zero-width.txt", ("\u200b\u200d\ufeff\n\n\u200b\u200b\u200b\n").encode()),
        ("huge-line.txt", b"Title\n\n" + (SENTENCE.encode() + b" ") * 40_000),
        ("huge-word.txt", b"Title\n\n" + b"A" * 2_000_000),
        ("nul-late.txt", b"Title\n\n" + SENTENCE.encode() * 200 + b"\x00\x01\x02 tail"),
        ("cr-only.txt", b"Title\r\rSecond paragraph\r" + SENTENCE.encode()),
        ("nested.html", b"<html><body>" + b"<div>" * 10_000 + SENTENCE.encode() + b"</div>" * 10_000 + b"</body></html>"),
        ("nested-unclosed.html", b"<html><body>" + b"<b><i><span>" * 5_000 + SENTENCE.encode()),
        ("broken.html", b"<html><head><title>x</title><meta charset='bogus-9'></head><body><p>" + SENTENCE.encode() + b"<p><<<>>>&#xD800;&#0;&#x1b;</p"),
        ("charset-lie.html", b"<html><head><meta charset='utf-16'></head><body><p>" + SENTENCE.encode() + b"</p></body></html>"),
        ("entities.html", b"<html><body><article><p>" + SENTENCE.encode() + b" &#55296; &#x202e; &#1; &#x85; &#xFFFF;</p></article></body></html>"),
        ("script-only.html", b"<html><body><script>" + b"x=1;" * 10_000 + b"</script></body></html>"),
        ("invalid.xml", b"<?xml version='1.0'?><rss><channel><item><title>&undefined;</title><description>" + SENTENCE.encode() + b"</description></item><item>"),
        ("billion.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><description>&c;&c;&c;</description></item></channel></rss>'),
        ("entry-ctrl.atom", ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>\x1b</title><entry><title>\u202eT</title><content type="html">&lt;p&gt;' + SENTENCE + "&#x7;&lt;/p&gt;</content></entry></feed>").encode()),
        ("bad-header.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: notanumber\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>"),
        ("huge-length.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"),
        ("no-http.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"),
        ("binary-payload.warc", _warc("https://x.example/a", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))),
        ("nested-payload.warc.gz", _warc("https://x.example/b", b"<html><body>" + b"<div>" * 5_000 + SENTENCE.encode() + b"</div>" * 5_000, gz=True)),
        ("truncated.warc.gz", _warc("https://x.example/c", f"<html><body><p>{SENTENCE}</p></body></html>".encode(), gz=True)[:-20]),
        ("gzip-garbage.warc.gz", gzip.compress(b"WARC/1.0\r\n" + bytes(rng.randrange(256) for _ in range(2000)), mtime=0)),
        ("big-field.csv", b"title,text\nBig," + b"x" * 10_000_000 + b'\nNext,"' + SENTENCE.encode() + b'"\n'),
        ("big-quoted.csv", b'title,text\nBig,"' + (SENTENCE.encode() + b"\n") * 2000 + b'"\n'),
        ("unterminated.csv", b'title,text\n"never closed,' + SENTENCE.encode() + b"\n"),
        ("nul.csv", b"title,text\nA," + SENTENCE.encode() + b"\x00\n"),
        ("ragged.csv", b"text\n" + SENTENCE.encode() + b",extra,cells\n\n,\n\"\"\n"),
        ("header-only.csv", b"text,title\n"),
        ("utf16-nobom.json", json.dumps({"text": SENTENCE}).encode("utf-16-le")),
        ("lone-bom.txt", b"\xef\xbb\xbf"),
        ("bom-utf32.txt", b"\xff\xfe\x00\x00" + b"\x00\xd8\x00\x00"),  # a surrogate in UTF-32
        ("rtl-only.txt", ("\u202e" * 100 + "\n\n" + "\u2066" * 100).encode()),
        ("noext", b"{" + b"\x00" * 10),
        ("noext-html", b"<!doctype html><html>" + b"<p>" * 3000),
    ]
    return cases


def hostile_inputs() -> list[tuple[str, bytes]]:
    """A few hundred hostile inputs (name, bytes), the same on every run."""
    rng = random.Random(SEED)
    cases = _constructed(rng)
    fixtures = _fixtures()
    for i in range(60):  # random bytes under every format's name
        size = rng.choice([1, 7, 100, 4096, 50_000])
        cases.append((f"random-{i}{EXTENSIONS[i % len(EXTENSIONS)]}", rng.randbytes(size)))
    for i in range(40):  # random printable-ish text
        alphabet = "".join(HOSTILE_CHARS) + "<>{}[]\",:\n abc&;#"
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 3000)))
        cases.append((f"chars-{i}{EXTENSIONS[i % len(EXTENSIONS)]}", text.encode("utf-8", "surrogatepass")))
    for i in range(220):  # garbled real fixtures
        name, data = rng.choice(fixtures)
        cases.append((f"garbled-{i}-{name}", _garble(rng, data)))
    return cases


CASES = hostile_inputs()
_ALLOWED_CONTROLS = {"\n", "\t"}


def _check_document(doc: Document, name: str) -> None:
    assert has_text(doc.body), f"{name}: empty or invisible body"
    doc.body.encode("utf-8")  # no lone surrogates
    bad = {c for c in doc.body if unicodedata.category(c) in ("Cc", "Cs") and c not in _ALLOWED_CONTROLS}
    assert not bad, f"{name}: body has control characters {sorted(bad)!r}"
    for meta in (doc.title, doc.author, doc.publisher, doc.url, doc.record_id, doc.language, doc.published):
        if meta is not None:
            assert isinstance(meta, str), f"{name}: metadata {meta!r} is not a string"
            meta.encode("utf-8")
    for comment in doc.comments:
        comment.text.encode("utf-8")
    assert doc.id.startswith("doc:")


def _check_error(error: InputError, name: str) -> None:
    assert error.source == name
    assert error.reason.strip()
    assert str(error).startswith(name)


@pytest.fixture(scope="module")
def read_all() -> dict[str, list[Document | InputError]]:
    return {name: list(read_bytes(data, name)) for name, data in CASES}


def test_generator_is_deterministic_and_large():
    again = hostile_inputs()
    assert len(CASES) >= 300
    assert [(n, len(d)) for n, d in again] == [(n, len(d)) for n, d in CASES]
    assert again == CASES


@pytest.mark.filterwarnings("error::DeprecationWarning")  # feedparser's key mapping warned on some feeds
def test_read_bytes_never_raises_and_gives_clean_documents_or_named_errors(read_all):
    documents = errors = 0
    for name, items in read_all.items():
        assert items, f"{name}: nothing read and no error"
        for item in items:
            if isinstance(item, Document):
                _check_document(item, name)
                documents += 1
            else:
                assert isinstance(item, InputError), f"{name}: {item!r}"
                _check_error(item, name)
                # the catch-all in read_bytes is a safety net: reaching it is a reader bug
                assert not item.reason.startswith("could not read as"), f"{name}: {item.reason}"
                errors += 1
    # both outcomes occur: garbled fixtures mostly still read, random bytes do not
    assert documents > 50 and errors > 50


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("surrogate.jsonl", "Fighters attacked the town of Afgooye."),
        ("nul-escape.jsonl", "AB raid in Baidoa"),
    ],
)
def test_surrogates_and_control_escapes_in_json_are_dropped(read_all, name, expected):
    (doc,) = read_all[name]
    assert doc.body == expected


def test_feed_entry_with_control_character_entities_is_read(read_all):
    (doc,) = read_all["entry-ctrl.atom"]
    assert doc.body == SENTENCE and doc.title == "T"


@pytest.mark.parametrize("ref", ["&#1;", "&#x1b;", "&#xFFFF;", "&#65534"])
def test_a_character_reference_xml_cannot_hold_does_not_lose_the_page(ref):
    page = f"<html><body><article><p>{SENTENCE} {SENTENCE}{ref} {SENTENCE}</p></article></body></html>"
    (doc,) = read_bytes(page.encode(), "page.html")
    assert isinstance(doc, Document), doc
    assert doc.body == f"{SENTENCE} {SENTENCE} {SENTENCE}"


@pytest.mark.parametrize("declared", ["utf-16", "UTF-16LE", "utf-32"])
def test_a_utf16_declaration_without_a_bom_is_read_as_utf8(declared):
    page = f"<html><head><meta charset='{declared}'></head><body><p>{SENTENCE} Café.</p></body></html>"
    (doc,) = read_bytes(page.encode(), "page.html")
    assert isinstance(doc, Document), doc
    assert doc.body == f"{SENTENCE} Café."


def test_only_a_surrogate_is_an_empty_record_not_a_crash(read_all):
    (error,) = read_all["only-surrogate.json"]
    assert isinstance(error, InputError) and "empty" in error.reason


def test_non_string_record_fields_are_reported_per_record(read_all):
    items = read_all["not-strings.jsonl"]
    assert [type(i).__name__ for i in items] == ["MalformedRecord"] * 8
    assert all(i.record == n for n, i in enumerate(items))


def test_a_10mb_csv_field_is_one_named_error(read_all):
    (error,) = read_all["big-field.csv"]
    assert isinstance(error, InputError) and error.record == 0
    assert error.reason == (
        "after line 1: malformed CSV (field larger than field limit (131072)); the rest of the file is not read"
    )
    (error,) = read_all["big-quoted.csv"]  # no cascade of errors from the middle of the field
    assert error.reason.startswith("after line 1: malformed CSV")


def test_a_body_of_only_invisible_characters_is_no_article(read_all):
    (error,) = read_all["zero-width.txt"]
    assert isinstance(error, InputError) and error.reason == "no article text found"
    (error,) = read_bytes(json.dumps({"text": "\u200b \u200d\u200e"}).encode(), "zw.json")
    assert isinstance(error, InputError) and "empty after cleaning" in error.reason


def test_a_warc_with_broken_headers_says_so(read_all):
    for name in ("huge-length.warc", "no-http.warc"):
        (error,) = read_all[name]
        assert error.reason.startswith("not a readable WARC (malformed record headers: ")
    (error,) = read_all["bad-header.warc"]
    assert error.reason.startswith("not a readable WARC (Invalid WARC record")


def test_deeply_nested_json_is_a_named_error(read_all):
    for name in ("deep.json", "deep-obj.json"):
        (error,) = read_all[name]
        assert "nested too deeply" in error.reason
    first, second = read_all["deep.jsonl"]
    assert "nested too deeply" in first.reason and second.body == SENTENCE


def test_read_inputs_over_files_goes_on_after_each_bad_one(tmp_path):
    sample = CASES[::7]
    for i, (name, data) in enumerate(sample):
        (tmp_path / f"{i:03d}-{name}").write_bytes(data)
    (tmp_path / "zzz-good.txt").write_text(f"Good\n\n{SENTENCE}\n")
    items = list(read_inputs([str(tmp_path)]))
    sources = {i.source for i in items}
    assert sources == {str(p) for p in tmp_path.iterdir()}
    assert isinstance(items[-1], Document) and items[-1].body == SENTENCE


def test_extraction_over_hostile_documents_keeps_evidence_exact(read_all, caplog):
    from orbat.facts import build_extractor

    constructed = {name for name, _ in _constructed(random.Random(SEED))}
    docs = [i for items in read_all.values() for i in items if isinstance(i, Document) and len(i.body) < 20_000]
    sample = [d for d in docs if d.source in constructed]
    sample += random.Random(SEED).sample([d for d in docs if d.source not in constructed], 20)
    extractor = build_extractor()
    with caplog.at_level("WARNING", logger="orbat.facts"):
        extractions = list(extractor.extract_many(sample))
    assert len(extractions) == len(sample)
    failed = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert not failed, failed
    for doc, extraction in zip(sample, extractions, strict=True):
        assert extraction.doc_id == doc.id
        for fact in extraction.facts:
            assert fact.sources, (doc.source, fact.type)
            for ev in fact.sources:
                assert ev.quote == doc.body[ev.start : ev.end], (doc.source, fact.type)
    assert sum(len(e.facts) for e in extractions) > 10  # garbled real articles still have facts


def test_cli_ingest_of_good_and_hostile_files(tmp_path):
    from orbat.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    good = sorted(p for p in GOOD.iterdir() if p.is_file())
    for path in good:
        (folder / path.name).write_bytes(path.read_bytes())
    bad = {
        "h-random.txt": random.Random(SEED).randbytes(500),
        "h-deep.json": b"[" * 50_000 + b"]" * 50_000,
        "h-png.html": b"\x89PNG\r\n\x1a\n" + b"\x00" * 30,
        "h-latin1.txt": "Caf\xe9 attack".encode("latin-1"),
        "h-broken.warc": b"WARC/1.0\r\nContent-Length: zz\r\n\r\n",
        "h-nocolumn.csv": b"a,b\n1,2\n",
        "h-empty.jsonl": b"\n\n",
        "h-script.html": b"<html><body><script>1</script></body></html>",
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    db = str(tmp_path / "o.db")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(folder), "--db", db, "--no-extract", "--json"])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout)
    failed = {Path(f["source"]).name: f["reason"] for f in summary["failed"]}
    assert set(failed) == set(bad)
    assert all(reason.strip() for reason in failed.values())
    expected = {d.id for p in good for d in read_inputs([str(p)]) if isinstance(d, Document)}
    assert set(summary["new"]) | set(summary["duplicate"]) == expected

    listed = runner.invoke(app, ["docs", "--db", db, "--json"])
    assert listed.exit_code == 0
    docs = json.loads(listed.stdout)
    assert {d["id"] for d in docs} == expected
    assert {Path(d["source"]).name for d in docs} == {p.name for p in good}

    table = runner.invoke(app, ["ingest", str(folder), "--db", db, "--no-extract"])
    assert table.exit_code == 1
    for name in bad:
        assert name in table.stdout
