"""Casualty numbers as written -> ``(min, max)`` bounds.

``parse_quantity("at least 17 soldiers") == (17, None)``. ``None`` in a bound
means "not stated" (open); the function returns ``None`` when the text does not
start with a quantity at all.

Conventions (documented choices):

* exact numbers ``"17"``, ``"twenty-three"``, ``"three hundred"`` -> ``(n, n)``;
  approximations ``"about/around/roughly/some/an estimated 30"`` -> ``(30, 30)``.
* lower bounds: ``"at least N"``, ``"no fewer than N"``, ``"N or more"`` -> ``(N, None)``;
  ``"more than/over/upwards of N"`` -> ``(N + 1, None)``.
* upper bounds: ``"up to N"``, ``"as many as N"``, ``"at most N"``, ``"no more than N"``,
  ``"nearly/almost N"`` -> ``(None, N)``; ``"fewer/less than N"`` -> ``(None, N - 1)``.
  The lower bound is not stated by such wordings, so it is left open.
* vague words give a lower bound only: ``dozens`` 24, ``scores`` 40, ``tens`` 20,
  ``hundreds`` 200, ``thousands`` 2000, ``several``/``a few``/``a handful`` 3
  (``a few`` 2), ``many``/``numerous`` 3, ``a number of``/``some`` 1.
  ``several dozen`` 36, ``several hundred`` 300; ``a dozen`` is exactly 12,
  ``a couple`` exactly 2, ``a score`` exactly 20.
* ranges ``"5 to 10"``, ``"5-10"``, ``"between 5 and 10"``, ``"5 or 6"`` -> ``(5, 10)``.
* nobody: ``"no one"``, ``"none"``, ``"nobody"``, ``"no soldiers"``, ``"zero"`` -> ``(0, 0)``.
* a single noun with an article: ``"a soldier"``, ``"an officer"``, ``"one"`` -> ``(1, 1)``;
  ``"both"``, ``"a pair of"`` -> ``(2, 2)``.
* scales: ``"3.5 million"``, ``"1.5m"``, ``"2 dozen"``, ``"three hundred"``.
* not counts: ages (``"a 17-year-old"``), percentages, distances, times, money -> ``None``.
* the text may go on after the quantity; only the leading quantity is read.
"""

from __future__ import annotations

import re

__all__ = ["parse_quantity", "parse_number_words"]

Bounds = tuple[int | None, int | None]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# Vague amounts: word -> (min, max) as a bare quantity ("dozens" -> at least 24).
_VAGUE: dict[str, Bounds] = {
    "dozens": (24, None),
    "scores": (40, None),
    "tens": (20, None),
    "hundreds": (200, None),
    "thousands": (2000, None),
    "millions": (2_000_000, None),
    "several": (3, None),
    "many": (3, None),
    "numerous": (3, None),
    "multiple": (2, None),
    "various": (2, None),
    "some": (1, None),
    "few": (2, None),
}
# Multi-word vague amounts, checked before single words (longest first).
_VAGUE_PHRASES: tuple[tuple[str, Bounds], ...] = (
    ("several dozen", (36, None)),
    ("several hundred", (300, None)),
    ("several thousand", (3000, None)),
    ("a few dozen", (24, None)),
    ("a few hundred", (200, None)),
    ("a few thousand", (2000, None)),
    ("dozens of", (24, None)),
    ("scores of", (40, None)),
    ("tens of thousands", (20000, None)),
    ("hundreds of thousands", (200000, None)),
    ("tens of", (20, None)),
    ("hundreds of", (200, None)),
    ("thousands of", (2000, None)),
    ("a number of", (1, None)),
    ("a handful of", (3, None)),
    ("a handful", (3, None)),
    ("a couple of", (2, 2)),
    ("a couple", (2, 2)),
    ("a few", (2, None)),
    ("a dozen", (12, 12)),
    ("a pair of", (2, 2)),
    ("both", (2, 2)),
    ("a score of", (20, 20)),
    ("a hundred", (100, 100)),
    ("a thousand", (1000, 1000)),
)

_NOBODY = re.compile(r"^(?:no\s*-?\s*one|none|nobody|nothing|zero|no)\b")

# Modifiers before a number: (regex, kind). Kinds: "min", "min+1", "max", "max-1", "approx".
_MODIFIERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(r"^" + pat + r"\s+"), kind)
    for pat, kind in (
        (r"at\s+least", "min"),
        (r"no\s+(?:fewer|less)\s+than", "min"),
        (r"not\s+(?:fewer|less)\s+than", "min"),
        (r"a\s+minimum\s+of", "min"),
        (r"more\s+than", "min+1"),
        (r"over", "min+1"),
        (r"upwards\s+of", "min+1"),
        (r"in\s+excess\s+of", "min+1"),
        (r"up\s+to", "max"),
        (r"as\s+many\s+as", "max"),
        (r"at\s+most", "max"),
        (r"no\s+more\s+than", "max"),
        (r"not\s+more\s+than", "max"),
        (r"a\s+maximum\s+of", "max"),
        (r"nearly", "max"),
        (r"almost", "max"),
        (r"close\s+to", "max"),
        (r"(?:fewer|less)\s+than", "max-1"),
        (r"under", "max-1"),
        (r"about", "approx"),
        (r"around", "approx"),
        (r"roughly", "approx"),
        (r"approximately", "approx"),
        (r"an\s+estimated", "approx"),
        (r"estimated", "approx"),
        (r"some", "approx"),  # "some 30": only when a number follows (checked below)
        (r"an?\s+additional", "approx"),
        (r"another", "approx"),
        (r"a\s+further", "approx"),
        (r"a\s+total\s+of", "approx"),
        (r"total\s+of", "approx"),
        (r"only", "approx"),
        (r"just", "approx"),
        (r"exactly", "approx"),
    )
)

_NOT_A_COUNT = re.compile(
    r"^(?:\s*-?\s*years?[\s-]+old|-year|\s*%|\s+per\s*cent|\s+percent|\s*(?:km|kilometers|kilometres|miles|mph|"
    r"am|pm|a\.m\.|p\.m\.|o'clock|kg|tons|tonnes|dollars|usd|euros|rubles|roubles)\b)"
)
_NUM_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD = re.compile(r"[a-z]+")
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|or|and|/)\s*")
_OR_MORE = re.compile(r"^\s*or\s+(?:more|above|so)\b")


def _clean(text: str) -> str:
    text = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip(" .,;:()")


def parse_number_words(text: str) -> tuple[int, int] | None:
    """Parse a leading number written in words or digits.

    Returns ``(value, characters consumed)`` or ``None``.
    ``"twenty-three soldiers"`` -> ``(23, 12)``; ``"1,200 people"`` -> ``(1200, 5)``;
    ``"three hundred"`` -> ``(300, 13)``; ``"two dozen"`` -> ``(24, 9)``.
    """
    text = text.lower()
    m = _NUM_TOKEN.match(text)
    if m:
        raw = m.group(0).rstrip(",")
        try:
            number = float(raw.replace(",", ""))
        except ValueError:
            return None
        end = m.start() + len(raw)
        # "3 hundred", "2 dozen", "1.5 million"
        rest = text[end:]
        sm = re.match(r"\s+(hundred|thousand|million|dozen)\b|(k|m)\b", rest)
        if sm:
            word = sm.group(1) or {"k": "thousand", "m": "million"}[sm.group(2)]
            number *= 12 if word == "dozen" else _SCALES[word]
            end += sm.end()
        return int(number), end

    total = 0
    current = 0
    last = ""  # kind of the previous word: unit, tens, hundred, scale
    pos = 0
    last_end = 0
    while True:
        pattern = r"[\s-]*(?:and\s+)?([a-z]+)" if last else r"([a-z]+)"
        wm = re.match(pattern, text[pos:])
        if not wm:
            break
        word = wm.group(1)
        if word in _UNITS and last in ("", "tens", "hundred", "scale"):
            if last == "tens" and _UNITS[word] >= 10:
                break
            current += _UNITS[word]
            kind = "unit"
        elif word in _TENS and last in ("", "hundred", "scale"):
            current += _TENS[word]
            kind = "tens"
        elif word == "hundred" and last in ("unit", "tens") and current < 100:
            current *= 100
            kind = "hundred"
        elif word in ("thousand", "million") and last in ("unit", "tens", "hundred"):
            total += current * _SCALES[word]
            current = 0
            kind = "scale"
        elif word == "dozen" and last == "unit":
            current *= 12
            kind = "scale"
        else:
            break
        last = kind
        pos += wm.end()
        last_end = pos
    seen = bool(last)
    if not seen:
        return None
    return total + current, last_end


def _base(text: str) -> tuple[Bounds, str, bool] | None:
    """The quantity at the start of ``text``: (bounds, rest, exact number?)."""
    for phrase, bounds in _VAGUE_PHRASES:
        if text == phrase or text.startswith(phrase + " "):
            return bounds, text[len(phrase) :].strip(), False
    num = parse_number_words(text)
    if num is not None:
        value, end = num
        rest = text[end:]
        if rest and rest[0].isalnum():
            return None  # "17th", "2015s"
        if _NOT_A_COUNT.match(rest):
            return None  # "17-year-old", "20 percent", "5 km"
        rest = rest.strip()
        # range: "5 to 10", "5-10", "five or six"
        rm = _RANGE_SEP.match(rest)
        if rm:
            other = parse_number_words(rest[rm.end() :])
            if other is not None and other[0] >= value:
                after = rest[rm.end() + other[1] :].strip()
                return (value, other[0]), after, False
        if _OR_MORE.match(rest):
            return (value, None), rest[_OR_MORE.match(rest).end() :].strip(), False  # type: ignore[union-attr]
        return (value, value), rest, True
    wm = _WORD.match(text)
    if wm and wm.group(0) in _VAGUE:
        return _VAGUE[wm.group(0)], text[wm.end() :].strip(), False
    return None


def _apply(kind: str, bounds: Bounds) -> Bounds:
    lo, hi = bounds
    if kind == "min":
        return lo, None
    if kind == "min+1":
        return (None if lo is None else lo + 1), None
    if kind == "max":
        return None, hi if hi is not None else lo
    if kind == "max-1":
        top = hi if hi is not None else lo
        return None, None if top is None else max(top - 1, 0)
    return bounds


def parse_quantity(text: str) -> Bounds | None:
    """``(min, max)`` for a casualty expression, ``None`` if it is not one.

    The text may go on after the quantity ("at least 17 soldiers were killed").
    """
    t = _clean(text)
    if not t:
        return None
    if _NOBODY.match(t):
        nm = _NOBODY.match(t)
        assert nm is not None
        after = t[nm.end() :].strip()
        # "no more than 5", "no fewer than 5" are modifiers, not "nobody"
        if not re.match(r"(?:more|fewer|less)\s+than", after):
            return 0, 0
    # "between 5 and 10"
    bm = re.match(r"^between\s+(.+?)\s+and\s+(.+)$", t)
    if bm:
        a = parse_number_words(bm.group(1))
        b = parse_number_words(bm.group(2))
        if a is not None and b is not None and a[1] == len(bm.group(1)):
            return a[0], b[0]
    kind = None
    for pat, k in _MODIFIERS:
        m = pat.match(t)
        if m:
            rest = t[m.end() :]
            base = _base(rest)
            if base is None:
                continue
            if pat.pattern.startswith("^some") and not base[2]:
                continue  # "some dozens" -> handled as a vague amount below
            kind = k
            return _apply(kind, base[0])
    base = _base(t)
    if base is not None:
        return base[0]
    # "a soldier", "an officer": one of them
    am = re.match(r"^(?:a|an|one|single|a\s+single|lone|a\s+lone)\s+[a-z]", t)
    if am:
        return 1, 1
    return None
