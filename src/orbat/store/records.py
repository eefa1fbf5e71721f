"""How the SQL stores write values: JSON text with a stable key order, UTC timestamps,
the row of a document."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from orbat.model import Document, Fact


def now() -> str:
    """The current UTC time to the second, ISO 8601."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def dumps(data: object) -> str:
    """``data`` as JSON text (UTF-8 kept, keys sorted) for a ``data`` column."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


# One stored document: the statement (``?`` marks) and its values.
INSERT_DOCUMENT = (
    "INSERT INTO documents (id, sha256, title, url, published, publisher, author,"
    " source, record, format, near_of, similarity, words, minhash, data, added)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def document_row(
    doc: Document, *, near_of: str | None, similarity: float | None, signature: bytes | None
) -> tuple[object, ...]:
    """The values of ``INSERT_DOCUMENT`` for ``doc``."""
    return (
        doc.id, doc.sha256, doc.title, doc.url, doc.published, doc.publisher, doc.author,
        doc.source, doc.record, doc.format, near_of, similarity,
        len(doc.body.split()), signature, dumps(doc.to_json()), now(),
    )  # fmt: skip


def fact_row(fact: Fact) -> tuple[object, ...]:
    """The values of a ``facts`` row: id, type, time_start, time_end, location, modality, sources, data."""
    time = fact.time
    return (
        fact.id, fact.type, time.start if time else None, time.end if time else None,
        fact.location, fact.modality, len({s.doc for s in fact.sources}), dumps(fact.to_json()),
    )  # fmt: skip
