"""Every input format, and the same article in each giving the same body."""

from __future__ import annotations

import pytest

from orbat.errors import InputError
from orbat.model import Document
from orbat.readers import READERS, detect_format, read_bytes, read_inputs


def _docs(items) -> list[Document]:
    items = list(items)
    assert all(isinstance(i, Document) for i in items), items
    return items


@pytest.fixture(scope="module")
def seed_doc(seed_text_path) -> Document:
    return _docs(read_inputs([str(seed_text_path)]))[0]


@pytest.fixture(scope="module")
def own_doc(good_dir) -> Document:
    return _docs(read_inputs([str(good_dir / "mandera-raid.txt")]))[0]


@pytest.mark.parametrize("which", ["seed_doc", "own_doc"])
def test_same_article_in_every_format_gives_the_same_body(which, request, formats, tmp_path):
    doc: Document = request.getfixturevalue(which)
    written = formats(doc, "article")
    for name, data in written.items():
        (tmp_path / name).write_bytes(data)
    docs = _docs(read_inputs([str(tmp_path)]))
    assert sorted(d.format for d in docs) == sorted(["html", "jsonl", "json", "csv", "feed", "warc", "warc"])
    for other in docs:
        assert other.sha256 == doc.sha256, (other.format, other.body[:200])
        assert other.id == doc.id
        assert other.title == doc.title
        assert other.published == doc.published, other.format


def test_html_page_metadata_and_comments(good_dir):
    (doc,) = _docs(read_inputs([str(good_dir / "kismayo-market.html")]))
    assert doc.title == "Car bomb hits market in Kismayo"
    assert (doc.published, doc.published_from) == ("2019-07-12", "html-meta")
    assert (doc.author, doc.publisher) == ("Daniel Okello", "Horn Monitor")
    assert doc.url == "https://horn-monitor.example/2019/07/kismayo-market"
    assert doc.body.startswith("A car packed with explosives")
    assert doc.body.endswith("families of the dead.")
    assert len(doc.body.split("\n\n")) == 4
    for boilerplate in ("Home", "Copyright", "Faisal", "Terrible news"):
        assert boilerplate not in doc.body
    assert [(c.author, c.text) for c in doc.comments] == [("Faisal", "Terrible news again from home.")]


def test_html_declared_charset_is_respected():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Caf\xe9 attack</title></head><body><article><p>"
        + "Gunmen attacked a caf\xe9 in the old town on Sunday evening, police said, and fled on foot. " * 3
        + "</p></article></body></html>"
    ).encode("cp1252")
    (doc,) = _docs(read_bytes(page, "cafe.html"))
    assert doc.title == "Café attack"
    assert "a café in the old town" in doc.body


def test_feeds_rss_and_atom(good_dir):
    rss = _docs(read_inputs([str(good_dir / "wire.rss")]))
    assert [(d.title, d.published, d.publisher, d.record) for d in rss] == [
        ("Gunmen attack army camp in central Mali", "2020-01-09", "Sahel Wire", 0),
        ("Militants free hostages in Niger", "2020-01-11", "Sahel Wire", 1),
    ]
    assert rss[0].body.split("\n\n")[1] == "The ministry said the attackers were repelled, without giving a toll."
    assert rss[0].url == "https://sahel-wire.example/2020/01/army-camp"
    (atom,) = _docs(read_inputs([str(good_dir / "reports.atom")]))
    assert (atom.publisher, atom.published, atom.format) == ("Levant Notes", "2016-04-02", "feed")
    assert "<p>" not in atom.body and atom.body.count("\n\n") == 1


def test_records_jsonl_json_csv(good_dir):
    docs = _docs(read_inputs([str(good_dir / n) for n in ("reports.jsonl", "reports.json", "reports.csv")]))
    got = [(d.format, d.record, d.title, d.published, d.publisher, d.author) for d in docs]
    assert got == [
        ("jsonl", 0, "Drone strike reported in Marib", "2021-02-10", "Gulf Brief", None),
        ("jsonl", 1, "Clashes in Taiz", "2021-02-12", "Gulf Brief", None),
        ("json", 0, "Kidnapping on the Kaduna highway", "2022-03-28", None, "Ngozi Eze"),
        ("json", 1, "Army says camp retaken", "2022-03-30", None, None),
        ("csv", 0, "Patrol ambushed near Gao", "2018-05-04", "Desk notes", None),
        ("csv", 1, "Checkpoint attacked in Diffa", "2018-05-06", "Desk notes", None),
    ]
    assert docs[4].body == "A patrol was ambushed near Gao on Friday, a military source said.\n\nTwo soldiers were wounded."


def test_json_single_object_and_one_line_per_paragraph():
    data = b'{"text": "First paragraph.\\nSecond paragraph.", "date": "2019-05"}'
    (doc,) = _docs(read_bytes(data, "one.json"))
    assert doc.body == "First paragraph.\n\nSecond paragraph."
    assert doc.published == "2019-05"


def test_warc_keeps_url_and_skips_non_html(warc, own_doc, formats):
    page = formats(own_doc, "x")["x.html"]
    data = warc([("https://a.example/one", page), ("https://a.example/two", b"<html><body></body></html>")], gzip=True)
    items = list(read_bytes(data, "crawl.warc.gz"))
    assert isinstance(items[0], Document) and items[0].url == "https://a.example/one"
    assert items[0].format == "warc" and items[0].source == "crawl.warc.gz"
    assert isinstance(items[1], InputError)
    assert str(items[1]) == "crawl.warc.gz (record 1): https://a.example/two: no article text found"


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("-", b"WARC/1.0\r\n", "warc"),
        ("-", b"<?xml version='1.0'?><rss version='2.0'></rss>", "feed"),
        ("-", b"  <!DOCTYPE html><html></html>", "html"),
        ("-", b'{"text": "a"}\n', "records"),
        ("-", b"A title\n\nSome text.", "text"),
        ("page.HTM", b"anything", "html"),
        ("notes.ndjson", b"{}", "jsonl"),
        ("archive.warc.gz", b"\x1f\x8b", "warc"),
    ],
)
def test_detect_format_by_name_then_content(name, data, fmt):
    assert detect_format(name, data) == fmt


def test_registry_lists_every_reader():
    assert set(READERS) == {"text", "html", "jsonl", "json", "csv", "feed", "warc"}
    assert all(callable(spec.read) and spec.extensions for spec in READERS.values())
