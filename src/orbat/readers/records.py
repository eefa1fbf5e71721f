"""Record files, one article per record: JSON Lines, JSON (an object or a list), CSV.

A record needs a ``text`` (or ``body`` / ``content``); ``id``, ``title``, ``url``,
``published`` (or ``date``), ``publisher`` (or ``source``), ``author`` and
``language`` are optional. A bad record is reported and the others go on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from orbat.errors import InputError, MalformedRecord
from orbat.model import Document
from orbat.readers.dates import iso_date
from orbat.readers.decode import decode
from orbat.readers.normalize import clean_line, normalize_body

_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at"),
    "publisher": ("publisher", "source", "site"),
    "author": ("author", "byline"),
    "language": ("language", "lang"),
    "id": ("id", "guid"),
}
_TOO_DEEP = "invalid JSON (nested too deeply)"


def _field(record: dict[str, Any], name: str) -> Any:
    for key in _FIELDS[name]:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def _meta(value: Any) -> str | None:
    if value is None:
        return None
    return clean_line(str(value)) or None


def record_document(record: Any, source: str, index: int, *, fmt: str, where: str) -> Document | InputError:
    """One record (a dict) as a Document, or a MalformedRecord naming where it is."""
    if not isinstance(record, dict):
        return MalformedRecord(source, f"{where}: expected an object, got {type(record).__name__}", record=index)
    text = _field(record, "text")
    if not isinstance(text, str) or not text.strip():
        return MalformedRecord(source, f"{where}: record has no text (needs 'text', 'body' or 'content')", record=index)
    body = normalize_body(text)
    if not body:
        return MalformedRecord(source, f"{where}: record text is empty after cleaning", record=index)
    published = iso_date(_field(record, "published"))
    return Document(
        body=body,
        title=_meta(_field(record, "title")),
        url=_meta(_field(record, "url")),
        published=published,
        published_from="record" if published else None,
        publisher=_meta(_field(record, "publisher")),
        author=_meta(_field(record, "author")),
        language=_meta(_field(record, "language")),
        source=source,
        record=index,
        record_id=_meta(_field(record, "id")),
        format=fmt,
    )


def read_jsonl(data: bytes, source: str) -> Iterator[Document | InputError]:
    try:
        text = decode(data, source)
    except InputError as exc:
        yield exc
        return
    index = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedRecord(source, f"line {number}: invalid JSON ({exc.msg})", record=index)
        except RecursionError:
            yield MalformedRecord(source, f"line {number}: {_TOO_DEEP}", record=index)
        else:
            yield record_document(record, source, index, fmt="jsonl", where=f"line {number}")
        index += 1


def read_json(data: bytes, source: str) -> Iterator[Document | InputError]:
    try:
        parsed = json.loads(decode(data, source))
    except InputError as exc:
        yield exc
        return
    except json.JSONDecodeError as exc:
        yield MalformedRecord(source, f"invalid JSON at line {exc.lineno} column {exc.colno} ({exc.msg})")
        return
    except RecursionError:
        yield MalformedRecord(source, _TOO_DEEP)
        return
    records = parsed if isinstance(parsed, list) else [parsed]
    if not records:
        yield MalformedRecord(source, "the JSON list is empty")
    for index, record in enumerate(records):
        yield record_document(record, source, index, fmt="json", where=f"record {index + 1}")


def read_csv(data: bytes, source: str) -> Iterator[Document | InputError]:
    try:
        text = decode(data, source)
    except InputError as exc:
        yield exc
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not any(name in (reader.fieldnames or []) for name in _FIELDS["text"]):
        yield MalformedRecord(source, "CSV has no 'text', 'body' or 'content' column")
        return
    rows = iter(reader)
    index = 0
    while True:
        after = reader.line_num
        try:
            row = next(rows)
        except StopIteration:
            if not index:
                yield MalformedRecord(source, "CSV has a header but no rows")
            return
        except csv.Error as exc:  # e.g. a field over csv's size limit: where it stopped is unknown
            yield MalformedRecord(
                source, f"after line {after}: malformed CSV ({exc}); the rest of the file is not read", record=index
            )
            return
        else:
            where = f"line {reader.line_num}"
            if None in row:  # more cells than header columns
                yield MalformedRecord(source, f"{where}: more cells than columns", record=index)
            else:
                yield record_document(row, source, index, fmt="csv", where=where)
        index += 1


def read(data: bytes, source: str) -> Iterator[Document | InputError]:
    """JSON Lines, JSON or CSV, told apart by the content."""
    head = data.lstrip()[:1]
    if head == b"[":
        return read_json(data, source)
    if head == b"{":
        first = data.lstrip().split(b"\n", 1)[0]
        try:
            json.loads(first)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            return read_json(data, source)
        return read_jsonl(data, source)
    return read_csv(data, source)
