"""Small text helpers shared by readers, resolution and the store."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def straighten_quotes(text: str) -> str:
    """Curly quotes and dashes to their ASCII forms (offsets are kept: one char for one char)."""
    return text.translate(_QUOTES)


@lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """A comparison key for names: transliterated to ASCII, lower case, hyphens and
    punctuation to spaces, whitespace collapsed. "al-Qadarī" -> "al qadari". Pure, so the
    keys of the names a run meets most are kept."""
    text = anyascii(unicodedata.normalize("NFC", name)).lower()
    text = text.replace("'s ", " ")
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


_WRAPPED = re.compile(r"(?<=[^\n.!?:;\"'”’)\]])\n(?=[^\n*•\-–—#])")
_WRAPPED_PARAGRAPH = re.compile(r"(?<=[^\n.!?:;\"'”’)\]])\n\n(?=[^\n*•\-–—#])")
_SENTENCE_END = ".!?:;\"'”’)]"


def _hard_wrapped(text: str) -> bool:
    """Most paragraphs cut mid-sentence at a similar width: wire copy whose every line became
    a paragraph."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) < 5:
        return False
    cut = [p for p in paragraphs if 35 <= len(p) <= 90 and p.rstrip()[-1:] not in _SENTENCE_END]
    return len(cut) >= 0.4 * len(paragraphs)


def unwrap_lines(text: str, *, min_line: int = 40) -> str:
    """Hard-wrapped paragraphs (wire copy cut at 60-70 columns) joined into running text:
    a newline inside a sentence becomes a space. Where every wrapped line became a paragraph
    of its own (a blank line after each), those blank lines inside a sentence are joined
    too. The length is kept, so offsets into the result are offsets into ``text``. Lines
    that end a sentence, bullets, and lines shorter than ``min_line`` (headings, datelines)
    stay as they are."""

    def join(m: re.Match[str]) -> str:
        start = text.rfind("\n", 0, m.start()) + 1
        after = text[m.end() : m.end() + 3]
        if m.start() - start < min_line or text[start : start + 2] in {"* ", "• ", "- "} or after == "By ":
            return m.group()  # a heading, a bullet, or the byline after it
        return " " * len(m.group())

    if _hard_wrapped(text):
        text = _WRAPPED_PARAGRAPH.sub(join, text)
    return _WRAPPED.sub(join, text)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AGENCY = r"\((?:Reuters|AFP|AP|Xinhua|Anadolu|IANS|PTI|dpa|AA)\)"
_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
    rf"(?:,? {_MONTH} \d{{1,2}}(?: {_AGENCY})?\s*[\-\u2013\u2014]?|,? {_AGENCY}\s*[\-\u2013\u2014]?|:|\s[\-\u2013\u2014]{{1,2}})"
    r"\s+(?=[A-Z\"])"
)


# "Metro Manila (CNN Philippines, February 1) — ", "Kabul (AFP) - ", "MOGADISHU (Somalia) • "
_DATELINE_PAREN = re.compile(
    r"(?m)^[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,3} \([^()\n]{2,60}\) ?[\-\u2013\u2014\u2022]+\s+(?=[A-Z\"])"
)


# "Maputo — The Islamists who ...": one to three title-case words and a spaced dash opening
# a paragraph, before a capital (``straighten_quotes`` has made the dash a hyphen)
_DATELINE_TITLE = re.compile(r"(?m)^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} [\-\u2013\u2014] (?=[A-Z\"])")


# a date stamp opening a paragraph ("date 2017-05-26 The Maute Group ...", "2019-06-07 ISIL
# claims ..."): page metadata glued to the lead sentence
_DATE_STAMP = re.compile(
    r"(?m)^[ \t]*(?:date[ \t]*:?[ \t]*)?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?[ \t]+(?=[A-Z\"\u201c])",
    re.IGNORECASE,
)


def blank_datelines(text: str) -> str:
    """Wire datelines at the start of a paragraph ("NAIROBI, Sept 21 (Reuters) - ",
    "QUETTA: ", "Maputo — ") and date stamps ("date 2017-05-26 ") replaced by spaces ending in a line
    break, so the parser sees where the sentence starts. Same length."""
    text = _DATE_STAMP.sub(_blank_to_break, text)
    text = _DATELINE.sub(_blank_to_break, text)
    text = _DATELINE_TITLE.sub(_blank_to_break, text)
    return _DATELINE_PAREN.sub(_blank_to_break, text)


# a photo credit closing a caption line ("... 15th January 2018. Photograph: Ali Abas/EPA",
# "A view of the aftermath - Thaier al-Sudani/Reuters"): with no full stop before the next
# line, the parser reads the agency as the lead sentence's first words
_PHOTO_CREDIT = re.compile(
    r"(?m)(?:\b(?:Photograph|Photo|Photos|Picture|Image|Credit)s?\s*:\s*[^\n]{2,80}"
    r"|\s[\-\u2013\u2014]\s+[A-Z][\w.'\- ]{1,40}/(?:Reuters|AFP|AP|EPA|Getty Images|Getty|Anadolu|Xinhua|AFP via Getty Images))[ \t]*$"
)


def blank_photo_credits(text: str) -> str:
    """Photo credits at the end of a caption line replaced by spaces ending in a sentence
    break. Same length."""
    return _PHOTO_CREDIT.sub(_blank_to_break, text)


def _blank_to_break(m: re.Match) -> str:
    """Spaces, and a line break right before the first word: after a run of spaces alone the
    tagger reads a capitalised common noun as a name ("Militants attacked" as NNPS), after a
    break as the sentence's first word."""
    n = len(m.group())
    return " " * (n - 2) + ".\n" if n >= 2 else " " * n
