"""Fixtures for the reader tests: the input fixtures and a way to write one
article in every format (HTML page, JSONL/JSON/CSV record, feed entry, WARC)."""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from orbat.model import Document

INPUTS = Path(__file__).resolve().parent.parent / "fixtures" / "inputs"


@pytest.fixture(scope="session")
def good_dir() -> Path:
    return INPUTS / "good"


@pytest.fixture(scope="session")
def bad_dir() -> Path:
    return INPUTS / "bad"


def html_page(doc: Document) -> bytes:
    """A web page around the article: navigation, headline, paragraphs, a footer."""
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in doc.body.split("\n\n"))
    title = html.escape(doc.title or "")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{doc.published or ""}"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>{title}</h1>
{paragraphs}
</article>
<footer><p>All rights reserved.</p></footer></body></html>"""
    return page.encode("utf-8")


def warc_archive(pages: list[tuple[str, bytes]], *, gzip: bool) -> bytes:
    """A WARC with one request-less ``response`` record per (url, html) page."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for url, payload in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
    return out.getvalue()


def record(doc: Document) -> dict:
    return {"title": doc.title, "published": doc.published, "text": doc.body}


def as_formats(doc: Document, name: str) -> dict[str, bytes]:
    """The same article written as every input format orbat reads, by file name."""
    csv_out = io.StringIO()
    writer = csv.DictWriter(csv_out, fieldnames=["title", "published", "text"])
    writer.writeheader()
    writer.writerow(record(doc))
    item = html.escape("".join(f"<p>{html.escape(p)}</p>" for p in doc.body.split("\n\n")))
    when = format_datetime(datetime.fromisoformat(doc.published or "2000-01-01"))
    rss = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test feed</title>
<item><title>{html.escape(doc.title or "")}</title><link>https://example.org/{name}</link>
<pubDate>{when}</pubDate><description>{item}</description></item></channel></rss>"""
    return {
        f"{name}.html": html_page(doc),
        f"{name}.jsonl": (json.dumps(record(doc), ensure_ascii=False) + "\n").encode(),
        f"{name}.json": json.dumps([record(doc)]).encode(),
        f"{name}.csv": csv_out.getvalue().encode(),
        f"{name}.rss": rss.encode(),
        f"{name}.warc": warc_archive([(f"https://example.org/{name}", html_page(doc))], gzip=False),
        f"{name}.warc.gz": warc_archive([(f"https://example.org/{name}", html_page(doc))], gzip=True),
    }


@pytest.fixture(scope="session")
def formats():
    return as_formats


@pytest.fixture(scope="session")
def warc():
    return warc_archive
