"""Properties of the date resolver (orbat.dates) over generated expressions and
publication dates: bounds are ordered, and a date is read within the document's era
(never after the publication month when the text gives no year; inside the years it
names when it names them)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orbat.dates import _UPDATE_DAYS, resolve_date, span_bounds

SETTINGS = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS = ["spring", "summer", "autumn", "winter"]
PARTS = ["early", "mid", "late", "mid-", "the end of", "the beginning of"]

publications = st.dates(min_value=date(1995, 1, 1), max_value=date(2025, 12, 31))
counts = st.sampled_from(["two", "three", "a few", "several", "2", "5", "11"])
units = st.sampled_from(["days", "weeks", "months", "years"])

# Expressions that name no year: read against the publication date.
relative = st.one_of(
    st.sampled_from(MONTHS).map(lambda m: f"in {m}"),
    st.tuples(st.sampled_from(MONTHS), st.integers(1, 28)).map(lambda t: f"{t[0]} {t[1]}"),
    st.tuples(st.sampled_from(MONTHS), st.integers(1, 27)).map(lambda t: f"{t[0]} {t[1]}-{t[1] + 1}"),
    st.sampled_from(DAYS).map(lambda d: f"on {d}"),
    st.sampled_from(DAYS).map(lambda d: f"last {d}"),
    st.sampled_from(SEASONS).map(lambda s: f"this {s}"),
    st.sampled_from(SEASONS).map(lambda s: f"last {s}"),
    st.sampled_from(SEASONS).map(lambda s: f"in the {s}"),
    st.tuples(counts, units).map(lambda t: f"{t[0]} {t[1]} ago"),
    st.sampled_from(["early", "late", "earlier"]).map(lambda p: f"{p} last year"),
    st.sampled_from([
        "last week", "this week", "last month", "last year", "earlier this year", "recently",
        "in recent weeks", "in recent months", "in recent days", "last weekend", "the 10th",
        "the first week of June", "the last week of March", "weeks earlier", "two days later",
    ]),
)  # fmt: skip

years = st.integers(1990, 2025)
# Expressions that name their years.
explicit = st.one_of(
    years.map(lambda y: ([y], f"in {y}")),
    st.tuples(st.sampled_from(PARTS), years).map(lambda t: ([t[1]], f"{t[0]} {t[1]}" if not t[0].endswith("-") else f"{t[0]}{t[1]}")),
    st.tuples(st.sampled_from(MONTHS), years).map(lambda t: ([t[1]], f"{t[0]} {t[1]}")),
    st.tuples(st.integers(1, 28), st.sampled_from(MONTHS), years).map(lambda t: ([t[2]], f"{t[0]} {t[1]} {t[2]}")),
    st.tuples(st.sampled_from(MONTHS), st.integers(1, 28), years).map(lambda t: ([t[2]], f"{t[0]} {t[1]}, {t[2]}")),
    st.tuples(years, years).map(lambda t: (sorted(t), f"between {min(t)} and {max(t)}")),
    st.tuples(st.sampled_from(["early", "late"]), years, st.sampled_from(["early", "late"]), years).map(
        lambda t: (sorted([t[1], t[3]]), f"{t[0]} {min(t[1], t[3])} or {t[2]} {max(t[1], t[3])}")
    ),
)  # fmt: skip


def _month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


@SETTINGS
@given(relative, publications)
def test_an_expression_without_a_year_is_read_before_its_publication(text, published):
    span = resolve_date(text, published.isoformat())
    if span is None:
        return
    low, high = span_bounds(span)
    if low is not None and high is not None:
        assert low <= high, (text, published, span)
    for bound in (low, high):
        if bound is not None:
            # not after its month, nor after the few days an update date may run ahead
            # ("Update February 1" in a story of January 22: dates._UPDATE_DAYS)
            latest = max(_month_end(published), published + timedelta(days=_UPDATE_DAYS))
            assert bound <= latest, (text, published, span)
            assert bound >= date(published.year - 12, 1, 1), (text, published, span)  # nor from another era


@SETTINGS
@given(explicit, publications)
def test_an_expression_with_years_stays_within_them(case, published):
    named, text = case
    span = resolve_date(text, published.isoformat())
    assert span is not None, text
    low, high = span_bounds(span)
    assert low is not None and high is not None and low <= high, (text, span)
    assert date(min(named), 1, 1) <= low and high <= date(max(named), 12, 31), (text, span)


@SETTINGS
@given(st.one_of(relative, explicit.map(lambda c: c[1])), publications, st.one_of(st.none(), publications))
def test_bounds_are_ordered_with_or_without_an_anchor(text, published, anchor_day):
    from orbat.model import TimeSpan

    anchor = None
    if anchor_day is not None and anchor_day <= published:
        anchor = TimeSpan(anchor_day.isoformat(), anchor_day.isoformat(), "anchor")
    span = resolve_date(text, published.isoformat(), anchor=anchor)
    if span is None:
        return
    low, high = span_bounds(span)
    if low is not None and high is not None:
        assert low <= high, (text, published, anchor, span)


@SETTINGS
@given(st.text(max_size=40), st.one_of(st.none(), publications.map(date.isoformat)))
def test_any_text_gives_a_span_or_none_never_an_error(text, published):
    span = resolve_date(text, published)
    if span is not None:
        low, high = span_bounds(span)
        assert low is None or high is None or low <= high, (text, span)
