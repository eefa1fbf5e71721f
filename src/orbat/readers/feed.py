"""RSS and Atom feeds (feedparser): each entry one Document."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from orbat.errors import InputError, MalformedRecord
from orbat.model import Document
from orbat.readers.decode import check_binary
from orbat.readers.html import fragment_text
from orbat.readers.normalize import clean_line


def _published(entry: dict) -> str | None:
    # dict.get: the entry's own keys, without feedparser's deprecated key mapping (a warning)
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read(data: bytes, source: str) -> Iterator[Document | InputError]:
    try:
        check_binary(data, source)
    except InputError as exc:
        yield exc
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "feed has no entries"
        yield InputError(source, reason)
        return
    publisher = clean_line(parsed.feed.get("title", "")) or None
    for index, entry in enumerate(parsed.entries):
        content = entry.get("content")
        html = content[0].get("value", "") if content else entry.get("summary", "")
        body = fragment_text(html or "")
        if not body:
            yield MalformedRecord(source, f"entry {index + 1}: no content or summary", record=index)
            continue
        published = _published(entry)
        yield Document(
            body=body,
            title=clean_line(entry.get("title", "")) or None,
            url=entry.get("link"),
            published=published,
            published_from="feed" if published else None,
            publisher=publisher,
            author=clean_line(entry.get("author", "")) or None,
            source=source,
            record=index,
            record_id=entry.get("id") or entry.get("link"),
            format="feed",
        )
