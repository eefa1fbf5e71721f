"""HTML pages: trafilatura finds the main text, the metadata and the comments."""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
import trafilatura
from lxml import etree
from lxml.etree import ParserError

from orbat.errors import InputError
from orbat.model import Comment, Document
from orbat.readers.decode import decode
from orbat.readers.layout import parse_tail, split_page
from orbat.readers.normalize import clean_line, clean_text, normalize_body

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section", "article")
_HIDDEN = ("script", "style", "noscript", "template")
# A numeric character reference (&#1; &#xFFFF;) to a character XML cannot hold makes
# lxml, and so trafilatura, drop the whole page; such references are removed first.
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def _xml_invalid(code: int) -> bool:
    return (code < 0x20 and code not in (0x9, 0xA, 0xD)) or code in (0xFFFE, 0xFFFF)


def _drop_invalid_refs(html: str) -> str:
    def repl(match: re.Match[str]) -> str:
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        return "" if _xml_invalid(code) else match.group(0)

    return _CHAR_REF.sub(repl, html) if "&#" in html else html


def read(data: bytes, source: str, *, url: str | None = None) -> Iterator[Document | InputError]:
    try:
        text = decode(data, source)
    except InputError as exc:
        yield exc
        return
    yield html_document(text, source, url=url)


def _comments(text: str | None) -> list[Comment]:
    if not text or not text.strip():
        return []
    comments, _ = parse_tail(clean_text(text).split("\n"))
    if comments:
        return comments
    body = normalize_body(text)
    return [Comment(text=body)] if body else []


def html_document(html: str, source: str, *, url: str | None = None) -> Document | InputError:
    """One HTML page as a Document, or an InputError when it holds no article."""
    try:
        result = trafilatura.bare_extraction(
            _drop_invalid_refs(html),
            url=url,
            include_comments=True,
            with_metadata=True,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, ParserError) as exc:
        return InputError(source, f"could not parse HTML: {exc}")
    if result is None or not (result.text or "").strip():
        return InputError(source, "no article text found")
    title = clean_line(result.title) if result.title else None
    page = split_page(clean_text(result.text), has_title=False)
    if title and page.paragraphs and clean_line(page.paragraphs[0]) == title:
        page.paragraphs.pop(0)  # the headline repeated at the top of the text
    if not page.paragraphs:
        return InputError(source, "no article text found")
    published = result.date or page.published
    return Document(
        body=page.body,
        title=title,
        url=result.url or url,
        published=published,
        published_from=("html-meta" if result.date else "dateline") if published else None,
        publisher=clean_line(result.sitename) if result.sitename else None,
        author=clean_line(result.author) if result.author else page.author,
        comments=page.comments + _comments(result.comments),
        dropped=page.dropped,
        source=source,
        format="html",
    )


def fragment_text(fragment: str) -> str:
    """An HTML fragment (a feed entry's content) to normalised body text:
    each block element a paragraph, <br> a line break, scripts and styles left out.
    Walks the tree without recursion or changing it (deep nesting, control
    characters from ``&#7;`` entities)."""
    if "<" not in fragment:
        return normalize_body(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return normalize_body(fragment)
    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None  # None: a comment
        if event == "start":
            parts.append("\n" if tag == "br" else "\n\n" if tag in _BLOCKS else "")
            if tag is not None and tag not in _HIDDEN and element.text:
                parts.append(element.text)
        else:
            parts.append("\n\n" if tag in _BLOCKS else "")
            if element is not root and element.tail:
                parts.append(element.tail)
    return normalize_body("".join(parts))
