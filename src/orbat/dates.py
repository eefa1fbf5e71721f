"""Date expressions as written -> partial-ISO bounds (``TimeSpan``).

``resolve_date("in August", "2015-09-02") == TimeSpan("2015-08", "2015-08", "in August")``.

Absolute dates in their many spellings ("September 2, 2015", "2 Sep 2015",
"June 23") go to dateparser, anchored on the publication date
(``RELATIVE_BASE``, ``PREFER_DATES_FROM="past"``). The rules here cover what
dateparser does not: parts of years and months ("late last year", "mid-2014"),
seasons, decades, ranges and alternatives ("between 2012 and 2014", "late
2013 or early 2014"), open bounds ("since 2014"), weeks as ranges, vague
relative offsets ("weeks earlier") against an anchor event, and rejecting
durations and junk ("in just over a year and a half", "24/7").

Rules (documented choices):

* A month or day without a year is the latest one on or before the publication
  date ("in November" published 2015-09-02 -> 2014-11).
* Parts of a year: early = Jan-Apr, mid = May-Aug, late/end = Sep-Dec. Parts of
  a month: early = 1-10, mid = 11-20, late = 21-end. Parts of a decade: early =
  0-3, mid = 4-6, late = 7-9. First/second half of a year: Jan-Jun / Jul-Dec.
* Seasons (northern hemisphere): spring Mar-May, summer Jun-Aug, autumn/fall
  Sep-Nov, winter of Y = Dec Y - Feb Y+1. A season without a year ("this summer",
  "in the spring") is the latest one that began on or before the publication date;
  "last summer" is the latest one that ended more than a month before it (on
  2015-09-02 the summer just over is "this summer", "last summer" is 2014's). A season
  still under way at publication ends at the publication month.
* "earlier this year" -> start = the publication year, end = the publication month.
* "last week" -> Monday-Sunday of the week before the publication week; "this week"
  -> Monday of the publication week to the publication day.
* "on Monday" -> the latest Monday on or before the publication date; "last Monday" the
  latest one strictly before it.
* "N days/weeks/months/years ago" -> offset from the publication date; weeks get +-3 days.
* Offsets against an ``anchor`` span ("weeks earlier", "two days later", "a month
  before"): the anchor is the event the text is relative to; without an anchor the
  publication date is used. Vague counts: days 2-14, weeks 2-8, months 2-12, years
  2-10; "a few"/"several" are vague too. "earlier" gives
  ``[anchor.min - max_offset, anchor.max - min_offset]``, "later" gives
  ``[anchor.min + min_offset, anchor.max + max_offset]`` (capped at publication).
  The result has the coarser resolution of the anchor and the unit ("weeks earlier"
  than 2015-08 -> 2015-06..2015-08).
* "since X" / "from X" -> (X.start, None); "until/till/through/by X" -> (None, X.end);
  "before X" -> (None, day before X at X's resolution); "after X" -> (day after X, None).
* "X or Y", "either X or Y", "between X and Y", "from X to Y", "X-Y" -> X.start .. Y.end.
* Day ranges in one month: "August 11-12", "11-12 August", "on 11 and 12 August".
  "the night of X" / "the early hours of X" are the day(s) X.
* "2015-08" is ISO year-month when the month is not above the year's last two digits;
  otherwise ("2010-11", "2014/15") it is a range of years.
* Weekends: the latest Saturday-Sunday on or before publication. "recently" = the
  last 3 months, "in recent weeks/months/days/years" = the last 8 weeks / 12 months /
  14 days / 5 years, ending at publication.
* "the 10th" is that day of the anchor's (else the publication) month, a month
  earlier if that is after publication. "the first/second/.../last week of June" are
  days 1-7, 8-14, ... / the last 7 days of the month.
* Anchor-relative units: "that year"/"the same month" are the anchor's year/month;
  "later that month" runs from the anchor to the month's end, "earlier that month"
  from the month's start to the anchor; "the following/next/previous week/month/year"
  are the unit after/before the anchor's. Anything after the anchor is clipped at
  the publication date ("later that year" ends at the publication month).
* Lower-case "may" and "march" on their own are verbs, not months.
* A partial publication date ("2015-09") is taken at its first day.
* Without a publication date, expressions that need one (no explicit year) give None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.easter import easter

from orbat.model import TimeSpan

__all__ = ["resolve_date", "span_bounds", "may_coincide", "months_overlap", "contains", "compare", "parse_partial"]

_RES_ORDER = {"day": 0, "month": 1, "year": 2}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
_VAGUE_COUNT = {"day": (2, 14), "week": (2, 8), "month": (2, 12), "year": (2, 10), "decade": (2, 5)}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_PART_WORDS = {
    "early": "early",
    "earlier": "early",
    "beginning of": "early",
    "the beginning of": "early",
    "start of": "early",
    "the start of": "early",
    "mid": "mid",
    "middle of": "mid",
    "the middle of": "mid",
    "late": "late",
    "later": "late",
    "end of": "late",
    "the end of": "late",
    "end": "late",
    "start": "early",
}

_FILLERS = re.compile(
    r"^(?:on|in|at|during|sometime|some\s+time|either|around|about|circa|c\.|as\s+of|"
    r"back|only|just|as\s+early\s+as|as\s+recently\s+as|as\s+late\s+as|dated|since\s+then,?)\s+"
)


@dataclass(frozen=True, slots=True)
class _Range:
    lo: date | None
    hi: date | None
    lo_res: str = "day"
    hi_res: str = "day"

    def to_span(self, text: str) -> TimeSpan:
        return TimeSpan(
            None if self.lo is None else _fmt(self.lo, self.lo_res),
            None if self.hi is None else _fmt(self.hi, self.hi_res),
            text,
        )


def _fmt(d: date, res: str) -> str:
    if res == "year":
        return f"{d.year:04d}"
    if res == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(y1: int, m1: int, y2: int, m2: int) -> _Range:
    return _Range(date(y1, m1, 1), _month_end(y2, m2), "month", "month")


def _year(y: int) -> _Range:
    return _Range(date(y, 1, 1), date(y, 12, 31), "year", "year")


def _day(d: date) -> _Range:
    return _Range(d, d, "day", "day")


def _coarser(a: str, b: str) -> str:
    return a if _RES_ORDER[a] >= _RES_ORDER[b] else b


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "year":
        return _add_months(d, 12 * n)
    return _add_months(d, 120 * n)  # decade


def month_start_before(day: date) -> date:
    """The first day of the month before ``day``: 2020-09-02 -> 2020-08-01."""
    first = day.replace(day=1)
    return first.replace(year=first.year - 1, month=12) if first.month == 1 else first.replace(month=first.month - 1)


@lru_cache(maxsize=8192)
def parse_partial(iso: str) -> tuple[date, date, str] | None:
    """``"2015-08"`` -> (2015-08-01, 2015-08-31, "month"). None if not partial ISO.

    Cached: the result is immutable, and fact resolution asks for the same few thousand
    date strings again and again (span widths, bounds, blocking)."""
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", iso or "")
    if not m:
        return None
    y = int(m.group(1))
    try:
        if m.group(3):
            d = date(y, int(m.group(2)), int(m.group(3)))
            return d, d, "day"
        if m.group(2):
            mo = int(m.group(2))
            return date(y, mo, 1), _month_end(y, mo), "month"
    except ValueError:
        return None
    return date(y, 1, 1), date(y, 12, 31), "year"


def span_bounds(span: TimeSpan | None) -> tuple[date | None, date | None]:
    """The earliest and latest day a span allows; partial dates are expanded
    (start "2015-08" -> 2015-08-01, end "2015" -> 2015-12-31); None = open."""
    if span is None:
        return None, None
    lo = parse_partial(span.start) if span.start else None
    hi = parse_partial(span.end) if span.end else None
    return (lo[0] if lo else None), (hi[1] if hi else None)


def may_coincide(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    """Could both spans be the same moment? Unknown bounds are open."""
    alo, ahi = span_bounds(a)
    blo, bhi = span_bounds(b)
    if alo is not None and bhi is not None and alo > bhi:
        return False
    return not (blo is not None and ahi is not None and blo > ahi)


def _month_key(d: date | None) -> int | None:
    return None if d is None else d.year * 12 + d.month - 1


def months_overlap(a: TimeSpan, b: TimeSpan) -> bool:
    """Whether two spans share at least one month (open bounds are open)."""
    a_lo, a_hi = (_month_key(x) for x in span_bounds(a))
    b_lo, b_hi = (_month_key(x) for x in span_bounds(b))
    if a_lo is not None and b_hi is not None and a_lo > b_hi:
        return False
    return not (b_lo is not None and a_hi is not None and b_lo > a_hi)


def compare(span: TimeSpan, iso_date: str) -> int:
    """-1 if ``span`` ends before ``iso_date`` begins, 1 if it starts after it ends,
    0 if they overlap (a partial ``iso_date`` is its whole range)."""
    parsed = parse_partial(iso_date)
    if parsed is None:
        raise ValueError(f"not an ISO date: {iso_date!r}")
    d_lo, d_hi, _ = parsed
    lo, hi = span_bounds(span)
    if hi is not None and hi < d_lo:
        return -1
    if lo is not None and lo > d_hi:
        return 1
    return 0


def contains(span: TimeSpan, iso_date: str) -> bool:
    """Whether ``iso_date`` (a day, month or year) can lie within ``span`` -- used for
    "who led X on 2015-01-01": a state 2013-09..2015-04 contains 2015-01-01."""
    return compare(span, iso_date) == 0


# --------------------------------------------------------------------------- resolving


@dataclass(frozen=True, slots=True)
class _Ctx:
    pub: date | None
    pub_res: str
    anchor: _Range | None


def _clean(text: str) -> str:
    t = (
        text.lower()
        .replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u2013", "-")
        .replace("\u2014", "-")
    )
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"\s+", " ", t).strip(' \t\n.,;:()"')
    prev = None
    while prev != t:
        prev = t
        t = _FILLERS.sub("", t)
    return t


def _count(word: str | None, unit: str) -> tuple[int, int, bool] | None:
    """(min, max, exact) for the count in "two weeks", "weeks", "a few weeks"."""
    if word is None or word in ("", "some", "a few", "few", "several", "many", "a number of"):
        lo, hi = _VAGUE_COUNT[unit]
        return lo, hi, False
    word = word.strip()
    if word.isdigit():
        return int(word), int(word), True
    if word in _NUMBER_WORDS:
        n = _NUMBER_WORDS[word]
        return n, n, True
    return None


_COUNT_RE = r"(?:(\d+|a couple of|a couple|couple of|a few|few|several|some|many|a number of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+)?"
_UNIT_RE = r"(day|week|month|year|decade)s?"


def _month_before(month: int, ctx: _Ctx) -> int | None:
    """The year of the latest ``month`` on or before publication."""
    if ctx.pub is None:
        return None
    return ctx.pub.year if month <= ctx.pub.month else ctx.pub.year - 1


def _year_of(text: str, ctx: _Ctx) -> int | None:
    """A year expression: "2014", "this year", "last year", "next year"."""
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return int(text)
    if ctx.pub is None:
        return None
    rel = {"this year": 0, "the year": 0, "last year": -1, "the previous year": -1, "the past year": -1,
           "next year": 1, "the following year": 1, "the same year": 0}  # fmt: skip
    if text in rel:
        return ctx.pub.year + rel[text]
    if text.startswith("'") and text[1:].isdigit() and len(text) == 3:
        return 2000 + int(text[1:]) if int(text[1:]) < 50 else 1900 + int(text[1:])
    return None


def _decade(t: str) -> tuple[int, str | None] | None:
    m = re.fullmatch(r"(?:the\s+)?(early|mid|late)?[\s-]*(?:((?:19|20)\d)0'?s|'(\d)0s)", t)
    if not m:
        return None
    if m.group(2):
        start = int(m.group(2)) * 10
    else:
        d = int(m.group(3))
        start = (2000 if d < 3 else 1900) + d * 10
    return start, m.group(1)


def _part(kind: str, base: _Range, scale: str) -> _Range:
    """early/mid/late of a year, month or decade range."""
    assert base.lo is not None and base.hi is not None
    if scale == "year":
        a, b = _YEAR_PARTS[kind]
        return _months(base.lo.year, a, base.lo.year, b)
    if scale == "month":
        a, b = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}[kind]
        end = min(b, base.hi.day)
        return _Range(base.lo.replace(day=a), base.lo.replace(day=end), "day", "day")
    # decade
    a, b = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[kind]
    return _Range(date(base.lo.year + a, 1, 1), date(base.lo.year + b, 12, 31), "year", "year")


def _season(name: str, year: int) -> _Range:
    a, b = _SEASONS[name]
    if name == "winter":
        return _months(year, 12, year + 1, 2)
    return _months(year, a, year, b)


def _latest_season(name: str, ctx: _Ctx, *, before: bool = False) -> _Range | None:
    if ctx.pub is None:
        return None
    a, _ = _SEASONS[name]
    year = ctx.pub.year
    while True:
        r = _season(name, year)
        assert r.lo is not None and r.hi is not None
        if (r.hi < ctx.pub - timedelta(days=31)) if before else (r.lo <= ctx.pub):
            return r if before else _cap(r, ctx)  # a season still under way ends at publication
        year -= 1


def _week_of(d: date) -> _Range:
    monday = d - timedelta(days=d.weekday())
    return _Range(monday, monday + timedelta(days=6), "day", "day")


def _relative(t: str, ctx: _Ctx) -> _Range | None:
    """Offsets from an anchor ("weeks earlier") or from publication ("two weeks ago")."""
    m = re.fullmatch(
        _COUNT_RE
        + _UNIT_RE
        + r"\s+(ago|earlier|later|before|after|prior|previously|before that|after that|afterwards?)",
        t,
    )
    if not m:
        return None
    unit = m.group(2)
    cnt = _count(m.group(1), unit)
    if cnt is None:
        return None
    lo_n, hi_n, exact = cnt
    direction = m.group(3)
    later = direction in ("later", "after", "after that", "afterward", "afterwards")
    if direction == "ago" or ctx.anchor is None:
        if ctx.pub is None:
            return None
        base = _day(ctx.pub) if ctx.pub_res == "day" else _Range(ctx.pub, ctx.pub, ctx.pub_res, ctx.pub_res)
        if later:
            return None  # "weeks later" than publication is the future
    else:
        base = ctx.anchor
    assert base.lo is not None and base.hi is not None
    if exact and base is ctx.anchor:  # "a year earlier" than 2015-08 is 2014-08; "two years ago" is 2013
        unit_res = {"day": "day", "week": "day", "month": "month", "year": "month", "decade": "year"}[unit]
    else:  # "years earlier" is only good to the year
        unit_res = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}[unit]
    res = _coarser(_coarser(base.lo_res, base.hi_res), unit_res)
    slack = 3 if unit == "week" and exact else 0
    if later:
        lo = _shift(base.lo, unit, lo_n) - timedelta(days=slack)
        hi = _shift(base.hi, unit, hi_n) + timedelta(days=slack)
        if ctx.pub is not None and hi > ctx.pub:
            hi = ctx.pub
        if ctx.pub is not None and lo > ctx.pub:
            return None
    else:
        lo = _shift(base.lo, unit, -hi_n) - timedelta(days=slack)
        hi = _shift(base.hi, unit, -lo_n) + timedelta(days=slack)
        if ctx.pub is not None and hi > ctx.pub:
            hi = ctx.pub
    return _Range(lo, hi, res, res)


def _anchor_day(t: str, ctx: _Ctx) -> _Range | None:
    """ "the next day", "the day before", "that day" relative to the anchor."""
    table = {
        "the next day": 1, "the following day": 1, "the day after": 1, "a day later": 1,
        "the day before": -1, "the previous day": -1, "the preceding day": -1, "a day earlier": -1,
        "the same day": 0, "that day": 0, "that same day": 0,
    }  # fmt: skip
    if t not in table:
        return None
    if ctx.anchor is not None:
        base = ctx.anchor
    elif ctx.pub is not None:
        base = _day(ctx.pub)
    else:
        return None
    assert base.lo is not None and base.hi is not None
    n = table[t]
    return _Range(base.lo + timedelta(days=n), base.hi + timedelta(days=n), base.lo_res, base.hi_res)


_DURATION = re.compile(
    r"(?:for|within|over|after|in|the\s+past|the\s+last|the\s+next|nearly|almost|about|around|"
    r"just|over|more\s+than|less\s+than|under|only|roughly|some|a\s+period\s+of|up\s+to|\s)*"
    + _COUNT_RE
    + r"(?:and\s+a\s+half\s+)?"
    + _UNIT_RE
    + r"(?:\s+and\s+a\s+half)?(?:\s+(?:long|old|now|running|straight))?"
)


# times of day spaCy tags TIME that date an event to the report's day ("this morning"), to the
# day before it ("last night") or to the night between ("overnight") - ``facts.timing`` reads
# them as dates
REPORT_DAY_TIMES = frozenset({"tonight", "this morning", "this afternoon", "this evening", "earlier today",
                              "early this morning"})  # fmt: skip
NIGHT_BEFORE_TIMES = frozenset({"last night", "late last night", "yesterday night"})
DAY_TIMES = REPORT_DAY_TIMES | NIGHT_BEFORE_TIMES | {"overnight"}


# days from Easter Sunday of the feasts a story may date an attack by
EASTER_FEASTS = {
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "holy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter sunday": 0,
    "easter": 0,
    "easter monday": 1,
}


def _resolve(t: str, ctx: _Ctx, depth: int = 0) -> _Range | None:
    if not t or depth > 4:
        return None
    pub = ctx.pub

    # -- open bounds
    m = re.fullmatch(
        r"(since|from|starting(?: in| from)?|beginning(?: in)?|as of|after|until|till|til|up to|through|by|before|prior to|no later than)\s+(.+)",
        t,
    )
    if m and not re.search(r"\b(?:to|until|till|through)\b", m.group(2)):
        word = m.group(1)
        inner = _resolve(_clean(m.group(2)), ctx, depth + 1)
        if inner is None:
            return None
        if word in (
            "since",
            "from",
            "starting",
            "starting in",
            "starting from",
            "beginning",
            "beginning in",
            "as of",
        ):
            return _Range(inner.lo, None, inner.lo_res, inner.lo_res)
        if word == "after":
            assert inner.hi is not None
            return _Range(_next_unit(inner.hi, inner.hi_res), None, inner.hi_res, inner.hi_res)
        if word in ("before", "prior to"):
            assert inner.lo is not None
            return _Range(None, inner.lo - timedelta(days=1), inner.lo_res, inner.lo_res)
        return _Range(None, inner.hi, inner.hi_res, inner.hi_res)

    # -- the moveable Christian feasts ("on Palm Sunday", "Good Friday"): the last one on or before
    # publication (the one the news is about), from the date of Easter
    m = re.fullmatch(r"(?:on\s+|last\s+|this\s+)?(" + "|".join(EASTER_FEASTS) + r")(?:\s+(\d{4}))?", t)
    if m:
        year = int(m.group(2)) if m.group(2) else (pub.year if pub is not None else None)
        if year is None:
            return None
        day = easter(year) + timedelta(days=EASTER_FEASTS[m.group(1)])
        if not m.group(2) and pub is not None and day > pub:
            day = easter(year - 1) + timedelta(days=EASTER_FEASTS[m.group(1)])
        return _Range(day, day)

    # -- "the night of X", "the early hours of X": the day X
    m = re.fullmatch(
        r"(?:the\s+)?(?:night|morning|evening|afternoon|early\s+hours|early\s+morning)\s+of\s+(.+)", t
    )
    if m:
        return _resolve(_clean(m.group(1)), ctx, depth + 1)

    # -- ISO year-month "2015-08" (not a year range: "2010-11" is 2010 to 2011)
    m = re.fullmatch(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])", t)
    if m and int(m.group(2)) <= int(m.group(1)[2:]):
        y, mo = int(m.group(1)), int(m.group(2))
        return _months(y, mo, y, mo)

    # -- day ranges in one month: "August 11-12", "11-12 August 2015", "on 11 and 12 August"
    m = re.fullmatch(
        r"("
        + _MONTH_RE
        + r")\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|and|or)\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?"
        r"|(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|and|or)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
        + _MONTH_RE
        + r")(?:,?\s+((?:19|20)\d\d))?",
        t,
    )
    if m:
        if m.group(1):
            mon, d1, d2, yr = m.group(1), m.group(2), m.group(3), m.group(4)
        else:
            d1, d2, mon, yr = m.group(5), m.group(6), m.group(7), m.group(8)
        return _day_range(MONTHS[mon.rstrip(".")], int(d1), int(d2), int(yr) if yr else None, ctx)

    # -- two-sided ranges and alternatives
    for pat in (
        r"between\s+(.+?)\s+and\s+(.+)",
        r"from\s+(.+?)\s+(?:to|until|till|through|and)\s+(.+)",
        r"(.+?)\s+(?:to|until|till|through)\s+(.+)",
        r"(.+?)\s+or\s+(.+)",
        r"(.+?)\s+and\s+(.+)",
        r"((?:19|20)\d\d)\s*[-/]\s*((?:19|20)?\d\d)",
        r"(" + _MONTH_RE + r")\s*-\s*(" + _MONTH_RE + r"(?:\s+(?:19|20)\d\d)?)",
    ):
        m = re.fullmatch(pat, t)
        if not m:
            continue
        left, right = _clean(m.group(1)), _clean(m.group(2))
        if re.fullmatch(r"\d\d", right) and re.fullmatch(r"\d{4}", left):
            right = left[:2] + right
        b = _resolve(right, ctx, depth + 1)
        a = _resolve(left, ctx, depth + 1)
        if a is None and b is not None:
            # "between June and August 2014", "late 2013 or 2014": borrow the year of the right side
            a = _borrow(left, b, ctx)
        if (
            b is None
            and a is not None
            and a.lo is not None
            and a.lo_res == "day"
            and re.fullmatch(r"\d{1,2}", right)
        ):
            # "June 2 to 5": the right side is a day of the left side's month
            try:
                b = _day(a.lo.replace(day=int(right)))
            except ValueError:
                b = None
        if a is None or b is None:
            continue
        if a.lo is not None and b.hi is not None and b.hi < a.lo and not re.search(r"\d{4}", left):
            a = _shift_range_years(a, -1)
        lo, lo_res = (a.lo, a.lo_res)
        hi, hi_res = (b.hi, b.hi_res)
        if " or " in m.group(0) and a.lo is not None and b.lo is not None and b.lo < a.lo:
            lo, lo_res = b.lo, b.lo_res
        return _Range(lo, hi, lo_res, hi_res)

    # -- junk and durations
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", t)
    if m:
        return _day(date(2001, 9, 11)) if t == "9/11" else None
    r = _anchor_day(t, ctx) or _anchor_relative(t, ctx)
    if r is not None:
        # "later that year" ends at publication; "that year" is the calendar year
        return _cap(r, ctx) if re.search(r"\b(?:later|following|next|after)\b", t) else r
    if _DURATION.fullmatch(t):
        return None

    # -- today and neighbours
    if t in ("today", "now", "currently", "later today") or t in REPORT_DAY_TIMES:
        return None if pub is None else _Range(pub, pub, ctx.pub_res, ctx.pub_res)
    if pub is not None and ctx.pub_res == "day":
        if t == "overnight":
            return _Range(pub - timedelta(days=1), pub, "day", "day")  # the night before it, into its day
        near = {"yesterday": -1, "yesterday morning": -1, "yesterday evening": -1, "yesterday afternoon": -1,
                "the day before yesterday": -2, "tomorrow": 1, **dict.fromkeys(NIGHT_BEFORE_TIMES, -1)}  # fmt: skip
        if t in near:
            return _day(pub + timedelta(days=near[t]))
    # -- weekdays
    m = re.fullmatch(
        r"(last |this past |past |this |previous )?("
        + "|".join(WEEKDAYS)
        + r")(?:\s+(?:morning|afternoon|evening|night))?",
        t,
    )
    if m:
        if pub is None or ctx.pub_res != "day":
            return None
        wd = WEEKDAYS.index(m.group(2))
        back = (pub.weekday() - wd) % 7
        if back == 0 and m.group(1) and m.group(1).strip() in ("last", "previous", "past", "this past"):
            back = 7
        return _day(pub - timedelta(days=back))

    # -- this/last week, month, year
    if pub is not None:
        if t in ("this week", "earlier this week"):
            w = _week_of(pub)
            return _Range(w.lo, pub, "day", "day")
        if t in ("last week", "the past week", "the previous week", "late last week", "early last week"):
            w = _week_of(pub - timedelta(days=7))
            if t.startswith("late"):
                return _Range(w.lo + timedelta(days=3), w.hi, "day", "day")
            if t.startswith("early"):
                return _Range(w.lo, w.lo + timedelta(days=2), "day", "day")
            return w
        if t in ("this month", "earlier this month", "the current month"):
            return _Range(pub.replace(day=1), pub, "month", "month")
        if t in ("last month", "the previous month", "the past month"):
            prev = pub.replace(day=1) - timedelta(days=1)
            return _months(prev.year, prev.month, prev.year, prev.month)
        if t in ("this year", "the current year"):
            return _year(pub.year)
        if t in ("earlier this year", "earlier in the year", "so far this year", "earlier in the year"):
            return _Range(date(pub.year, 1, 1), pub, "year", "month")

    r = _relative(t, ctx)
    if r is not None:
        return r
    if pub is not None:
        r = _around_publication(t, pub, ctx)
        if r is not None:
            return r

    # -- decades (before parts: "the late 1990s")
    dec = _decade(t)
    if dec is not None:
        start, kind = dec
        base = _Range(date(start, 1, 1), date(start + 9, 12, 31), "year", "year")
        return _part(kind, base, "decade") if kind else base

    # -- parts: early / mid / late X
    m = re.fullmatch(
        r"(the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of|the\s+end\s+of|end\s+of|early|earlier|mid|late|later|end|start)(?:\s+in)?[\s-]*(?:the\s+year\s+)?(?:of\s+)?(.+)",
        t,
    )
    if m:
        kind = _PART_WORDS[re.sub(r"\s+", " ", m.group(1))]
        rest = _clean(m.group(2))
        y = _year_of(rest, ctx)
        if y is not None:
            return _part(kind, _year(y), "year")
        inner = _resolve(rest, ctx, depth + 1)
        if (
            inner is not None
            and inner.lo is not None
            and inner.hi is not None
            and inner.lo_res == "month"
            and inner.lo.month == inner.hi.month
            and inner.lo.year == inner.hi.year
        ):
            return _part(kind, inner, "month")
        if (
            inner is not None
            and inner.lo_res == "year"
            and inner.lo is not None
            and inner.hi is not None
            and inner.lo.year == inner.hi.year
        ):
            return _part(kind, inner, "year")

    m = re.fullmatch(r"(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+(.+)", t)
    if m:
        y = _year_of(_clean(m.group(2)), ctx)
        if y is not None:
            return _months(y, 1, y, 6) if m.group(1) in ("first", "1st") else _months(y, 7, y, 12)

    # -- seasons
    m = re.fullmatch(
        r"(?:the\s+)?(last|this|past|previous)?\s*(spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+(.+))?", t
    )
    if m:
        name = m.group(2)
        if m.group(3):
            y = _year_of(_clean(m.group(3)), ctx)
            return None if y is None else _season(name, y)
        if m.group(1) in ("last", "past", "previous"):
            return _latest_season(name, ctx, before=True)
        return _latest_season(name, ctx)

    # -- years
    m = re.fullmatch(r"(?:the\s+year\s+)?((?:19|20)\d\d)", t)
    if m:
        return _year(int(m.group(1)))
    y = (
        _year_of(t, ctx)
        if t in ("last year", "next year", "the previous year", "the following year")
        else None
    )
    if y is not None:
        return _year(y)

    # -- a month alone
    m = re.fullmatch(r"(?:the\s+month\s+of\s+)?(" + _MONTH_RE + r")", t)
    if m:
        mo = MONTHS[m.group(1).rstrip(".")]
        if t in ("may", "march"):
            pass  # still a month here: the caller asked about a date expression
        yr = _month_before(mo, ctx)
        return None if yr is None else _months(yr, mo, yr, mo)
    m = re.fullmatch(r"(?:last|this\s+past|past)\s+(" + _MONTH_RE + r")", t)
    if m:
        # "last March": the latest March before the publication's month (in March, a year ago)
        mo = MONTHS[m.group(1).rstrip(".")]
        if ctx.pub is None:
            return None
        yr = ctx.pub.year if mo < ctx.pub.month else ctx.pub.year - 1
        return _months(yr, mo, yr, mo)
    m = re.fullmatch(r"(" + _MONTH_RE + r")\s+(?:of\s+)?(last year|this year|next year)", t)
    if m:
        mo = MONTHS[m.group(1).rstrip(".")]
        y = _year_of(m.group(2), ctx)
        return None if y is None else _months(y, mo, y, mo)
    # -- a day of a month of a relative year: "Jan 17 last year", "17 January this year"
    m = re.fullmatch(
        r"(?:(" + _MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_RE
        + r"))\s*,?\s+(last year|this year|next year)",
        t,
    )
    if m:
        mo = MONTHS[(m.group(1) or m.group(4)).rstrip(".")]
        y = _year_of(m.group(5), ctx)
        try:
            return None if y is None else _day(date(y, mo, int(m.group(2) or m.group(3))))
        except ValueError:
            return None

    # -- YY-MM-DD
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d\d)", t)
    if m:
        try:
            return _day(date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return None

    return _dateparser(t, ctx)


def _around_publication(t: str, pub: date, ctx: _Ctx) -> _Range | None:
    """Weekends, "recently", "the 10th", "the first week of August"."""
    weekends = ("over the weekend", "the weekend", "at the weekend", "last weekend", "this weekend",
                "this past weekend", "the past weekend")  # fmt: skip
    if t in weekends:
        back = (pub.weekday() - 6) % 7  # days since the latest Sunday
        sunday = pub - timedelta(days=back)
        if t == "last weekend" and back == 0:
            sunday -= timedelta(days=7)
        saturday = sunday - timedelta(days=1)
        return _Range(saturday, min(sunday, pub), "day", "day")
    recent = {"recently": ("month", 3), "in recent weeks": ("week", 8), "recent weeks": ("week", 8),
              "in recent months": ("month", 12), "recent months": ("month", 12), "in recent days": ("day", 14),
              "recent days": ("day", 14), "in recent years": ("year", 5), "recent years": ("year", 5)}  # fmt: skip
    if t in recent:
        unit, n = recent[t]
        res = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
        return _Range(_shift(pub, unit, -n), pub, res, res)
    m = re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+the\s+month)?", t)
    if m:
        base = ctx.anchor.lo if ctx.anchor is not None and ctx.anchor.lo is not None else pub
        day = int(m.group(1))
        try:
            d = base.replace(day=day)
            if d > pub:
                d = (base.replace(day=1) - timedelta(days=1)).replace(day=day)
        except ValueError:
            return None
        return _day(d)
    m = re.fullmatch(r"(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+(.+)", t)
    if m:
        inner = _resolve(_clean(m.group(2)), ctx, 1)
        if inner is None or inner.lo is None or inner.hi is None or inner.lo_res != "month":
            return None
        if inner.lo.month != inner.hi.month or inner.lo.year != inner.hi.year:
            return None
        if m.group(1) in ("last", "final"):
            return _Range(inner.hi - timedelta(days=6), inner.hi, "day", "day")
        k = ("first", "second", "third", "fourth").index(m.group(1))
        lo = inner.lo + timedelta(days=7 * k)
        return _Range(lo, lo + timedelta(days=6), "day", "day")
    return None


def _day_range(month: int, d1: int, d2: int, year: int | None, ctx: _Ctx) -> _Range | None:
    if year is None:
        year = _month_before(month, ctx)
        if year is None:
            return None
        if ctx.pub is not None and year == ctx.pub.year and month == ctx.pub.month and d1 > ctx.pub.day:
            year -= 1
    try:
        lo, hi = date(year, month, d1), date(year, month, d2)
    except ValueError:
        return None
    return _Range(lo, hi, "day", "day") if lo <= hi else None


def _anchor_relative(t: str, ctx: _Ctx) -> _Range | None:
    """ "that year", "later that month", "the following week": relative to the anchor."""
    a = ctx.anchor
    if a is None or a.lo is None or a.hi is None:
        return None
    m = re.fullmatch(r"(earlier|later)?\s*(?:in\s+)?(?:that|the\s+same)\s+(year|month|week)", t)
    if m:
        unit = m.group(2)
        if unit == "year":
            whole = _year(a.lo.year)
        elif unit == "month":
            whole = _months(a.lo.year, a.lo.month, a.lo.year, a.lo.month)
        else:
            whole = _week_of(a.lo)
        assert whole.lo is not None and whole.hi is not None
        if m.group(1) == "earlier":
            return _Range(whole.lo, a.hi, whole.lo_res, a.hi_res)
        if m.group(1) == "later":
            return _Range(a.lo, whole.hi, a.lo_res, whole.hi_res)
        return whole
    m = re.fullmatch(r"the\s+(following|next|previous|preceding|prior)\s+(week|month|year)", t)
    if m:
        n = 1 if m.group(1) in ("following", "next") else -1
        unit = m.group(2)
        if unit == "week":
            return _week_of(a.lo + timedelta(weeks=n))
        if unit == "month":
            d = _add_months(a.lo, n)
            return _months(d.year, d.month, d.year, d.month)
        return _year(a.lo.year + n)
    return None


def _cap(r: _Range, ctx: _Ctx) -> _Range | None:
    """Events are reported after they happen: clip a range at the publication date."""
    if ctx.pub is None or r.hi is None or r.hi <= ctx.pub:
        return r
    if r.lo is not None and r.lo > ctx.pub:
        return None
    return _Range(r.lo, ctx.pub, r.lo_res, "day" if r.hi_res == "day" else "month")


def _next_unit(d: date, res: str) -> date:
    if res == "year":
        return date(d.year + 1, 1, 1)
    if res == "month":
        return _month_end(d.year, d.month) + timedelta(days=1)
    return d + timedelta(days=1)


def _shift_range_years(r: _Range, n: int) -> _Range:
    return _Range(
        None if r.lo is None else _add_months(r.lo, 12 * n),
        None if r.hi is None else _add_months(r.hi, 12 * n),
        r.lo_res,
        r.hi_res,
    )


def _borrow(left: str, right: _Range, ctx: _Ctx) -> _Range | None:
    """Resolve the left side of a range using the right side's year (and month)."""
    if right.lo is None:
        return None
    if re.fullmatch(r"\d{1,2}", left) and right.lo_res == "day":
        try:
            return _day(right.lo.replace(day=int(left)))
        except ValueError:
            return None
    m = re.fullmatch(r"(" + _MONTH_RE + r")(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?", left)
    if m:
        mo = MONTHS[m.group(1).rstrip(".")]
        if m.group(2):
            try:
                return _day(date(right.lo.year, mo, int(m.group(2))))
            except ValueError:
                return None
        return _months(right.lo.year, mo, right.lo.year, mo)
    m = re.fullmatch(r"(early|mid|late)", left)
    if m:
        return _part(m.group(1), _year(right.lo.year), "year")
    return None


_DATEISH = re.compile(r"\b" + _MONTH_RE + r"(?:\b|$)|\b(?:19|20)\d\d\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


_M = r"(" + _MONTH_RE + r")"
_SIMPLE = (  # the common written forms, read without dateparser (same answers, far cheaper)
    ("mdy", re.compile(_M + r" (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)")),
    ("dmy", re.compile(r"(\d{1,2})(?:st|nd|rd|th)? " + _M + r",? ((?:19|20)\d\d)")),
    ("my", re.compile(_M + r",? ((?:19|20)\d\d)")),
    ("md", re.compile(_M + r" (\d{1,2})(?:st|nd|rd|th)?")),
    ("iso", re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")),
)


def _month_no(word: str) -> int:
    return MONTHS[word.rstrip(".")]


def _simple_date(t: str, ctx: _Ctx) -> _Range | None:
    """ "September 2, 2015", "2 Sep 2015", "June 2014", "2015-09-02", "June 23" (the year before
    publication when that day is still to come, as dateparser's past preference reads it)."""
    for form, rx in _SIMPLE:
        m = rx.fullmatch(t)
        if m is None:
            continue
        try:
            if form == "mdy":
                return _day(date(int(m.group(3)), _month_no(m.group(1)), int(m.group(2))))
            if form == "dmy":
                return _day(date(int(m.group(3)), _month_no(m.group(2)), int(m.group(1))))
            if form == "my":
                year, month = int(m.group(2)), _month_no(m.group(1))
                return _months(year, month, year, month)
            if form == "iso":
                return _day(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            if ctx.pub is None:
                return None
            month, day = _month_no(m.group(1)), int(m.group(2))
            d = date(ctx.pub.year, month, day)
            if d > ctx.pub:
                d = date(ctx.pub.year - 1, month, day)
            return _day(_update_day(d, ctx.pub))
        except ValueError:
            return None  # "February 30": no such day
    return None


@lru_cache(maxsize=64)
def _parser(relative_base: date | None):
    """One dateparser parser per publication date (building one compiles its patterns)."""
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if relative_base is not None:
        settings["RELATIVE_BASE"] = datetime(relative_base.year, relative_base.month, relative_base.day)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(t: str, ctx: _Ctx) -> _Range | None:
    """Absolute dates dateparser reads: "September 2, 2015", "2 Sep 2015", "June 23"."""
    if not _DATEISH.search(t):
        return None
    has_year = bool(re.search(r"\b(?:19|20)\d\d\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}", t))
    if ctx.pub is None and not has_year:
        return None
    simple = _simple_date(t, ctx)
    if simple is not None:
        return simple
    data = _parser(ctx.pub).get_date_data(t)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if not has_year and period == "day" and ctx.pub is not None:
        d = _update_day(d, ctx.pub)
    if period == "year":
        return _year(d.year)
    if period == "month":
        return _months(d.year, d.month, d.year, d.month)
    if period == "week":
        return _week_of(d)
    return _day(d)


# a day-and-month a few days after publication ("Update April 29" in a story of April 27)
# is that day, not the same day a year before
_UPDATE_DAYS = 10


def _update_day(d: date, pub: date) -> date:
    try:
        later = d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d
    return later if d < pub and 0 < (later - pub).days <= _UPDATE_DAYS else d


def _pub_ctx(published: str | None, anchor: TimeSpan | None) -> _Ctx:
    pub: date | None = None
    res = "day"
    if published:
        parsed = parse_partial(published[:10])
        if parsed is not None:
            pub, _, res = parsed
    anchor_range: _Range | None = None
    if anchor is not None:
        lo_p = parse_partial(anchor.start) if anchor.start else None
        hi_p = parse_partial(anchor.end) if anchor.end else None
        lo_p = lo_p or hi_p
        hi_p = hi_p or lo_p
        if lo_p is not None and hi_p is not None:
            anchor_range = _Range(lo_p[0], hi_p[1], lo_p[2], hi_p[2])
    return _Ctx(pub, res, anchor_range)


def resolve_date(text: str, published: str | None, *, anchor: TimeSpan | None = None) -> TimeSpan | None:
    """Resolve a date expression as written into partial-ISO bounds.

    ``published`` is the document's publication date (ISO, possibly partial);
    ``anchor`` the span of the event a relative expression ("weeks earlier")
    refers to. Returns None when the text is not a date (or is a duration).
    """
    if not text or not text.strip():
        return None
    if text.strip() in ("may", "march"):  # lower-case: the verbs, not the months
        return None
    ctx = _pub_ctx(published, anchor)
    try:
        r = _resolve(_clean(text), ctx)
    except (ValueError, OverflowError):  # out-of-range dates ("99999 years ago")
        return None
    if r is None or (r.lo is None and r.hi is None):
        return None
    return r.to_span(text)
