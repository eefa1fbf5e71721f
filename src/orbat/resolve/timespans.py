"""Partial-ISO time spans: expansion to day bounds, overlap, tightest common span."""

from __future__ import annotations

from datetime import date

from orbat.dates import may_coincide, parse_partial, span_bounds
from orbat.model import TimeSpan


def lower(value: str | None) -> date | None:
    """The first day a partial ISO date can mean ("2015-08" -> 2015-08-01)."""
    parsed = parse_partial(value) if value else None
    return parsed[0] if parsed else None


def upper(value: str | None) -> date | None:
    """The last day a partial ISO date can mean ("2015-08" -> 2015-08-31)."""
    parsed = parse_partial(value) if value else None
    return parsed[1] if parsed else None


day_bounds = span_bounds


overlaps = may_coincide  # "could both spans be the same moment?" (orbat.dates)


def width_days(span: TimeSpan | None) -> int | None:
    """Days between the bounds, None when either is open."""
    lo, hi = day_bounds(span)
    if lo is None or hi is None:
        return None
    return (hi - lo).days


def intersect(a: TimeSpan | None, b: TimeSpan | None) -> TimeSpan | None:
    """The tightest span both allow (for events): the later start, the earlier end; at equal
    bounds the more specific string ("2015-08-11" over "2015-08")."""
    if a is None:
        return b
    if b is None:
        return a
    start = _pick(a.start, b.start, lower, later=True)
    end = _pick(a.end, b.end, upper, later=False)
    text = _narrower_text(a, b)
    return TimeSpan(start, end, text)


def widen(a: TimeSpan | None, b: TimeSpan | None) -> TimeSpan | None:
    """Combine state spans (when a state began / ended): a bound known in one source fills an
    unknown; where one bound refines the other ("2015-06" and "2015-06-23") the refinement
    wins; otherwise the earliest start and the latest end."""
    if a is None:
        return b
    if b is None:
        return a
    start = _refine(a.start, b.start, lower, later=False)
    end = _refine(a.end, b.end, upper, later=True)
    return TimeSpan(start, end, _narrower_text(a, b))


def _pick(x: str | None, y: str | None, fn, *, later: bool) -> str | None:
    if x is None or y is None:
        return x or y
    fx, fy = fn(x), fn(y)
    if fx is None or fy is None:
        return x if fx is not None else y
    if fx == fy:
        return max(x, y, key=lambda v: (len(v), v))
    return (x if fx > fy else y) if later else (x if fx < fy else y)


def _refine(x: str | None, y: str | None, fn, *, later: bool) -> str | None:
    if x is None or y is None:
        return x or y
    if x.startswith(y) or y.startswith(x):
        return max(x, y, key=lambda v: (len(v), v))
    return _pick(x, y, fn, later=later)


def _narrower_text(a: TimeSpan, b: TimeSpan) -> str | None:
    wa, wb = width_days(a), width_days(b)
    options = [
        (wa if wa is not None else 10**9, a.text or ""),
        (wb if wb is not None else 10**9, b.text or ""),
    ]
    best = min(options, key=lambda o: (o[0], o[1] == "", o[1]))[1]
    return best or None


def coarse(span: TimeSpan | None) -> str:
    """The year a span starts in (or ends in), for ids."""
    if span is None:
        return ""
    value = span.start or span.end or ""
    return value[:4]
