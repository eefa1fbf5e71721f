"""One body normalisation shared by every reader, so the same article read from
plain text, HTML, a JSONL record or a WARC gives the same ``Document.body``
(and so the same sha256 and document id)."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 control characters except \t and \n, plus bidi embedding/override/isolate
# controls (U+202A-202E, U+2066-2069) that can make text display differently from
# what it says, and lone surrogates (a JSON "\\ud800" escape) that are not text and
# cannot be written as UTF-8. Zero-width joiners stay: Arabic and Persian script needs them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_HSPACE = re.compile(r"[^\S\n]+")  # any whitespace but the newline
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def clean_text(text: str) -> str:
    """NFC, \\r\\n and \\r to \\n, control and bidi-override characters removed.
    Keeps line structure and indentation (the text reader needs them)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def clean_line(text: str) -> str:
    """One line of metadata (title, author): cleaned, whitespace collapsed."""
    return _HSPACE.sub(" ", clean_text(text).replace("\n", " ")).strip()


def has_text(text: str) -> bool:
    """Whether a text shows anything: a character that is neither whitespace nor an
    invisible format character (zero-width space, joiners, direction marks)."""
    return any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a text. When blank lines separate blocks, each block is a
    paragraph (hard-wrapped lines inside it are joined with a space); when there
    are no blank lines, each line is a paragraph (as in extracted HTML text)."""
    text = clean_text(text).strip("\n")
    if _BLANK_LINE.search(text):
        blocks = _BLANK_LINE.split(text)
        paragraphs = [" ".join(block.split("\n")) for block in blocks]
    else:
        paragraphs = text.split("\n")
    cleaned = (_HSPACE.sub(" ", p).strip() for p in paragraphs)
    return [p for p in cleaned if has_text(p)]


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs to a body: each cleaned, separated by one blank line."""
    cleaned = (_HSPACE.sub(" ", clean_text(p).replace("\n", " ")).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if has_text(p))


def normalize_body(text: str) -> str:
    """The canonical body: NFC, no control characters, whitespace inside a
    paragraph collapsed to one space, paragraphs separated by one blank line."""
    return join_paragraphs(split_paragraphs(text))
