"""Small text helpers shared by readers, resolution and the store."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def straighten_quotes(text: str) -> str:
    """Curly quotes and dashes to their ASCII forms (offsets are kept: one char for one char)."""
    return text.translate(_QUOTES)


def normalize_name(name: str) -> str:
    """A comparison key for names: transliterated to ASCII, lower case, hyphens and
    punctuation to spaces, whitespace collapsed. "al-Qadarī" -> "al qadari"."""
    text = anyascii(unicodedata.normalize("NFC", name)).lower()
    text = text.replace("'s ", " ")
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()
