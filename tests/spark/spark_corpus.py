"""A corpus of a few hundred small documents for the Spark tests, made from examples/
(and the seed article, where present) by light, deterministic variation, plus inputs
in the other formats and inputs that cannot be read or extracted."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

from orbat.model import Document
from orbat.readers import read_inputs

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
BAD_JSONL = REPO / "tests" / "fixtures" / "inputs" / "bad" / "mixed.jsonl"

PLACES = {
    "Mogadishu": "Kismayo", "Derbent": "Khasavyurt", "Maiduguri": "Damaturu", "Peshawar": "Quetta",
    "Kabul": "Jalalabad", "Idlib": "Hama", "Dagestan": "Ingushetia", "Borno": "Yobe",
}  # fmt: skip
PUBLISHERS = ("Regional Wire", "Field Desk", "Borderlands Review", "Monitor Digest")


@dataclass(frozen=True, slots=True)
class Corpus:
    inputs: list[str]  # what to pass to ingest and spark extract, in this order
    variants: int  # records in variants.jsonl
    corrupt: list[str]  # files that cannot be read at all
    too_long: str  # a file whose document is too long to extract


def _shift_years(text: str, years: int) -> str:
    return re.sub(r"\b(19[89]\d|20[0-2]\d)\b", lambda m: str(int(m.group(1)) + years), text)


def variant(base: Document, i: int, years: int) -> dict:
    """Record ``i``: ``base`` moved ``years`` later, on odd ``i`` in other places, with a closing line of its own."""
    body = _shift_years(base.body, years)
    if i % 2:
        for old, new in PLACES.items():
            body = body.replace(old, new)
    body += f"\n\nDesk note {i}: compiled from wire and local reports."
    return {
        "id": f"v{i}",
        "title": _shift_years(base.title or f"Report {i}", years),
        "published": _shift_years(base.published, years) if base.published else None,
        "publisher": PUBLISHERS[i % len(PUBLISHERS)],
        "url": f"https://desk.example/{i}",
        "text": body,
    }


def warc_gz(url: str, html: bytes) -> bytes:
    """One gzipped WARC response record holding ``html``, written out by hand."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n"
        f"WARC-Date: 2016-01-21T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return gzip.compress(head.encode("ascii") + http + b"\r\n\r\n")


def write_corpus(folder: Path, *, variants: int = 200, seed_text: Path | None = None) -> Corpus:
    folder.mkdir(parents=True, exist_ok=True)
    originals = [d for d in read_inputs([str(EXAMPLES)]) if isinstance(d, Document)]
    if seed_text is not None:
        originals += [d for d in read_inputs([str(seed_text)]) if isinstance(d, Document)]
    records = [variant(originals[i % len(originals)], i, 1 + i // len(originals)) for i in range(variants)]
    records.append(dict(records[0], id="v0-again"))  # the same text again: a duplicate
    with open(folder / "variants.jsonl", "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    page = next(EXAMPLES.glob("*.html")).read_bytes()
    (folder / "crawl.warc.gz").write_bytes(warc_gz("https://archive.example/page", page))
    corrupt = [folder / "scan.txt", folder / "broken.warc.gz"]
    corrupt[0].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    corrupt[1].write_bytes(gzip.compress(b"not a web archive at all")[:-6])
    (folder / "bad.jsonl").write_bytes(BAD_JSONL.read_bytes())
    too_long = folder / "huge.txt"
    too_long.write_text("The convoy was attacked near the town on Monday, officials said. " * 16_000, encoding="utf-8")
    inputs = [str(EXAMPLES), str(folder)] + ([str(seed_text)] if seed_text is not None else [])
    return Corpus(inputs=inputs, variants=variants, corrupt=[str(p) for p in corrupt], too_long=str(too_long))
