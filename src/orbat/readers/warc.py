"""WARC archives (warcio): each HTML ``response`` record read by the HTML reader."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from orbat.errors import InputError
from orbat.model import Document
from orbat.readers import html


def read(data: bytes, source: str) -> Iterator[Document | InputError]:
    found = 0
    try:
        for index, record in enumerate(ArchiveIterator(io.BytesIO(data))):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            found += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read()
            for item in html.read(payload, source, url=url):
                if isinstance(item, Document):
                    item.source, item.record, item.format = source, index, "warc"
                    item.url = url or item.url  # the address the crawler fetched
                    yield item
                else:
                    yield type(item)(source, f"{url or 'response'}: {item.reason}", record=index)
    except ArchiveLoadFailed as exc:
        yield InputError(source, f"not a readable WARC ({exc})")
        return
    except (AttributeError, ValueError, OSError) as exc:  # warcio on a record with broken headers
        yield InputError(source, f"not a readable WARC (malformed record headers: {type(exc).__name__}: {exc})")
        return
    if not found:
        yield InputError(source, "WARC has no HTML response records")
