"""Plain-text pages (.txt): a scraped article with its title on the first line."""

from __future__ import annotations

from collections.abc import Iterator

from orbat.errors import InputError
from orbat.model import Document
from orbat.readers.decode import decode
from orbat.readers.layout import split_page
from orbat.readers.normalize import clean_text


def read(data: bytes, source: str) -> Iterator[Document | InputError]:
    try:
        text = decode(data, source)
    except InputError as exc:
        yield exc
        return
    page = split_page(clean_text(text))
    if not page.paragraphs:
        yield InputError(source, "no article text found")
        return
    yield Document(
        body=page.body,
        title=page.title,
        published=page.published,
        published_from="dateline" if page.published else None,
        author=page.author,
        publisher=page.publisher,
        comments=page.comments,
        dropped=page.dropped,
        source=source,
        format="text",
    )
