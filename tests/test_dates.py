"""resolve_date and the span helpers."""

from __future__ import annotations

from datetime import date

import pytest

from orbat.dates import compare, contains, months_overlap, parse_partial, resolve_date, span_bounds
from orbat.model import TimeSpan

PUB = "2015-09-02"  # a Wednesday


def _bounds(
    text: str, published: str | None = PUB, anchor: TimeSpan | None = None
) -> tuple[str | None, str | None]:
    span = resolve_date(text, published, anchor=anchor)
    assert span is not None, text
    assert span.text == text
    return span.start, span.end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # month and day without a year: the latest one on or before publication
        ("June 23", "2015-06-23", "2015-06-23"),
        # a day of a month of a relative year
        ("Jan 17 last year", "2014-01-17", "2014-01-17"),
        ("17 January last year", "2014-01-17", "2014-01-17"),
        ("on March 3 this year", "2015-03-03", "2015-03-03"),
        ("on June 23", "2015-06-23", "2015-06-23"),
        ("23 June", "2015-06-23", "2015-06-23"),
        ("on the 23rd of June", "2015-06-23", "2015-06-23"),
        ("December 25", "2014-12-25", "2014-12-25"),
        # a month alone
        ("in August", "2015-08", "2015-08"),
        ("in June", "2015-06", "2015-06"),
        ("August", "2015-08", "2015-08"),
        ("during July", "2015-07", "2015-07"),
        ("in November", "2014-11", "2014-11"),
        ("in December", "2014-12", "2014-12"),
        ("in September", "2015-09", "2015-09"),
        ("in June last year", "2014-06", "2014-06"),
        ("October of last year", "2014-10", "2014-10"),
        # this / last year
        ("earlier this year", "2015", "2015-09"),
        ("earlier in the year", "2015", "2015-09"),
        ("so far this year", "2015", "2015-09"),
        ("this year", "2015", "2015"),
        ("last year", "2014", "2014"),
        ("the previous year", "2014", "2014"),
        # parts of years
        ("late last year", "2014-09", "2014-12"),
        ("at the end of last year", "2014-09", "2014-12"),
        ("early last year", "2014-01", "2014-04"),
        ("at the beginning of last year", "2014-01", "2014-04"),
        ("mid-2014", "2014-05", "2014-08"),
        ("in mid 2014", "2014-05", "2014-08"),
        ("the middle of 2014", "2014-05", "2014-08"),
        ("late 2013", "2013-09", "2013-12"),
        ("early 2014", "2014-01", "2014-04"),
        ("earlier this year", "2015", "2015-09"),
        ("in the first half of 2014", "2014-01", "2014-06"),
        ("the second half of 2013", "2013-07", "2013-12"),
        # parts of months
        ("early August", "2015-08-01", "2015-08-10"),
        ("mid-July", "2015-07-11", "2015-07-20"),
        ("late June", "2015-06-21", "2015-06-30"),
        ("at the end of February 2014", "2014-02-21", "2014-02-28"),
        # alternatives and ranges
        ("late 2013 or early 2014", "2013-09", "2014-04"),
        ("sometime in either late 2013 or early 2014", "2013-09", "2014-04"),
        ("in 2013 or 2014", "2013", "2014"),
        ("June or July", "2015-06", "2015-07"),
        ("between 2012 and 2014", "2012", "2014"),
        ("from 2012 to 2014", "2012", "2014"),
        ("2012-2014", "2012", "2014"),
        ("2012-14", "2012", "2014"),
        ("from June to August", "2015-06", "2015-08"),
        ("between June and August", "2015-06", "2015-08"),
        ("June-August", "2015-06", "2015-08"),
        ("from November to February", "2014-11", "2015-02"),
        ("between March 2013 and May 2014", "2013-03", "2014-05"),
        ("from June 2 to 5", "2015-06-02", "2015-06-05"),
        # years
        ("in 2013", "2013", "2013"),
        ("2013", "2013", "2013"),
        ("in the year 1999", "1999", "1999"),
        # absolute dates in many spellings
        ("September 2, 2015", "2015-09-02", "2015-09-02"),
        ("Sept. 2, 2015", "2015-09-02", "2015-09-02"),
        ("2 Sep 2015", "2015-09-02", "2015-09-02"),
        ("on 11 August 2014", "2014-08-11", "2014-08-11"),
        ("2015-09-02", "2015-09-02", "2015-09-02"),
        ("15-09-02", "2015-09-02", "2015-09-02"),
        ("14-12-31", "2014-12-31", "2014-12-31"),
        ("June 2014", "2014-06", "2014-06"),
        ("in March of 2013", "2013-03", "2013-03"),
        # today and neighbours
        ("today", "2015-09-02", "2015-09-02"),
        ("Today's", "2015-09-02", "2015-09-02"),
        ("this morning", "2015-09-02", "2015-09-02"),
        ("yesterday", "2015-09-01", "2015-09-01"),
        ("Yesterday's", "2015-09-01", "2015-09-01"),
        ("last night", "2015-09-01", "2015-09-01"),
        ("the day before yesterday", "2015-08-31", "2015-08-31"),
        ("earlier today", "2015-09-02", "2015-09-02"),
        ("early this morning", "2015-09-02", "2015-09-02"),
        ("late last night", "2015-09-01", "2015-09-01"),
        ("yesterday night", "2015-09-01", "2015-09-01"),
        ("overnight", "2015-09-01", "2015-09-02"),
        # "last March": the latest March before the publication's month
        ("last March", "2015-03", "2015-03"),
        ("Last August", "2015-08", "2015-08"),
        ("last September", "2014-09", "2014-09"),  # in its own month: a year ago
        ("this past June", "2015-06", "2015-06"),
        # weekdays: the latest on or before publication
        ("on Monday", "2015-08-31", "2015-08-31"),
        ("Monday", "2015-08-31", "2015-08-31"),
        ("on Wednesday", "2015-09-02", "2015-09-02"),
        ("last Wednesday", "2015-08-26", "2015-08-26"),
        ("on Friday night", "2015-08-28", "2015-08-28"),
        ("Sunday", "2015-08-30", "2015-08-30"),
        # weeks and months
        ("last week", "2015-08-24", "2015-08-30"),
        ("the previous week", "2015-08-24", "2015-08-30"),
        ("late last week", "2015-08-27", "2015-08-30"),
        ("this week", "2015-08-31", "2015-09-02"),
        ("earlier this week", "2015-08-31", "2015-09-02"),
        ("last month", "2015-08", "2015-08"),
        ("the previous month", "2015-08", "2015-08"),
        ("earlier this month", "2015-09", "2015-09"),
        # ago
        ("two weeks ago", "2015-08-16", "2015-08-22"),
        ("2 weeks ago", "2015-08-16", "2015-08-22"),
        ("three days ago", "2015-08-30", "2015-08-30"),
        ("a month ago", "2015-08", "2015-08"),
        ("two years ago", "2013", "2013"),
        ("weeks ago", "2015-07-08", "2015-08-19"),
        ("a few months ago", "2014-09", "2015-07"),
        # open bounds
        ("since 2014", "2014", None),
        ("since June", "2015-06", None),
        ("from mid-2014", "2014-05", None),
        ("until April 2014", None, "2014-04"),
        ("by the end of 2014", None, "2014-12"),
        ("before 2014", None, "2013"),
        ("after June 2014", "2014-07", None),
        # decades
        ("the 1990s", "1990", "1999"),
        ("in the 1980s", "1980", "1989"),
        ("the '90s", "1990", "1999"),
        ("the late 1990s", "1997", "1999"),
        ("the early 2000s", "2000", "2003"),
        # seasons (northern hemisphere)
        ("in the summer of 2014", "2014-06", "2014-08"),
        ("summer 2014", "2014-06", "2014-08"),
        ("the spring of 2013", "2013-03", "2013-05"),
        ("in autumn 2014", "2014-09", "2014-11"),
        ("fall 2012", "2012-09", "2012-11"),
        ("the winter of 2014", "2014-12", "2015-02"),
        ("this summer", "2015-06", "2015-08"),
        ("last summer", "2014-06", "2014-08"),
        ("last winter", "2014-12", "2015-02"),
        ("in the spring", "2015-03", "2015-05"),
        ("last spring", "2015-03", "2015-05"),
        # 9/11
        ("9/11", "2001-09-11", "2001-09-11"),
    ],
)
def test_resolve(text: str, start: str | None, end: str | None) -> None:
    assert _bounds(text) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "in just over a year and a half",
        "for two years",
        "a year and a half",
        "within six months",
        "over the past three weeks",
        "for nearly a decade",
        "two days",
        "24/7",
        "12/25",
        "February 30 last year",
        "17",
        "hello",
        "the Caucasus Emirate",
        "",
        "   ",
    ],
)
def test_not_a_date(text: str) -> None:
    assert resolve_date(text, PUB) is None


# ------------------------------------------------------------------ relative to an anchor

AUG = TimeSpan("2015-08", "2015-08")
AUG11 = TimeSpan("2015-08-11", "2015-08-11")


@pytest.mark.parametrize(
    ("text", "anchor", "start", "end"),
    [
        ("weeks earlier", AUG, "2015-06", "2015-08"),
        ("several weeks before", AUG, "2015-06", "2015-08"),
        ("a few weeks earlier", AUG, "2015-06", "2015-08"),
        ("two weeks earlier", AUG11, "2015-07-25", "2015-07-31"),
        ("a week later", AUG11, "2015-08-15", "2015-08-21"),
        ("days later", AUG11, "2015-08-13", "2015-08-25"),
        ("three days later", AUG11, "2015-08-14", "2015-08-14"),
        ("two days earlier", AUG11, "2015-08-09", "2015-08-09"),
        ("a month earlier", AUG11, "2015-07", "2015-07"),
        ("a month earlier", AUG, "2015-07", "2015-07"),
        ("months later", TimeSpan("2014-11", "2014-11"), "2015-01", "2015-09"),
        ("a year earlier", AUG, "2014-08", "2014-08"),
        ("the next day", AUG11, "2015-08-12", "2015-08-12"),
        ("the following day", AUG11, "2015-08-12", "2015-08-12"),
        ("the day before", AUG11, "2015-08-10", "2015-08-10"),
        ("that day", AUG11, "2015-08-11", "2015-08-11"),
    ],
)
def test_relative_to_anchor(text: str, anchor: TimeSpan, start: str, end: str) -> None:
    assert _bounds(text, anchor=anchor) == (start, end)


def test_relative_without_anchor_uses_publication() -> None:
    assert _bounds("a month earlier") == ("2015-08", "2015-08")
    assert _bounds("two days earlier") == ("2015-08-31", "2015-08-31")
    start, end = _bounds("weeks earlier")
    assert start is not None and end is not None
    assert "2015-06" < start < end < "2015-09-02"


def test_later_than_publication_is_future() -> None:
    assert resolve_date("days later", PUB) is None


def test_later_is_capped_at_publication() -> None:
    span = resolve_date("weeks later", PUB, anchor=AUG)
    assert span is not None and span.end == "2015-09"


# ------------------------------------------------------------------ publication date forms


def test_without_publication_date() -> None:
    assert resolve_date("June 23", None) is None
    assert resolve_date("in August", None) is None
    assert resolve_date("yesterday", None) is None
    assert _bounds("September 2, 2015", None) == ("2015-09-02", "2015-09-02")
    assert _bounds("in 2013", None) == ("2013", "2013")
    assert _bounds("late 2013 or early 2014", None) == ("2013-09", "2014-04")


def test_other_publication_dates() -> None:
    assert _bounds("in November", "2015-12-10") == ("2015-11", "2015-11")
    assert _bounds("last year", "2020-01-05") == ("2019", "2019")
    assert _bounds("on Monday", "2015-08-31") == ("2015-08-31", "2015-08-31")
    assert _bounds("last month", "2015-01-15") == ("2014-12", "2014-12")
    assert _bounds("in August", "2015-09") == ("2015-08", "2015-08")
    assert _bounds("today", "2015-09") == ("2015-09", "2015-09")
    assert _bounds("in August", "2015-09-02T10:00:00Z") == ("2015-08", "2015-08")


# ------------------------------------------------------------------ helpers


def test_parse_partial() -> None:
    assert parse_partial("2015") == (date(2015, 1, 1), date(2015, 12, 31), "year")
    assert parse_partial("2015-02") == (date(2015, 2, 1), date(2015, 2, 28), "month")
    assert parse_partial("2015-09-02") == (date(2015, 9, 2), date(2015, 9, 2), "day")
    assert parse_partial("2015-13") is None
    assert parse_partial("June") is None


def test_span_bounds() -> None:
    assert span_bounds(TimeSpan("2015-08", "2015")) == (date(2015, 8, 1), date(2015, 12, 31))
    assert span_bounds(TimeSpan(None, "2014-04")) == (None, date(2014, 4, 30))
    assert span_bounds(TimeSpan("2013-09", None)) == (date(2013, 9, 1), None)
    assert span_bounds(None) == (None, None)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (TimeSpan("2015-08", "2015-08"), TimeSpan("2015-08-11", "2015-08-11"), True),
        (TimeSpan("2015-08", "2015-08"), TimeSpan("2015-09-01", "2015-09-30"), False),
        (TimeSpan("2013-09", "2014-04"), TimeSpan("2014", "2014"), True),
        (TimeSpan("2013-09", "2014-04"), TimeSpan("2014-05", None), False),
        (TimeSpan(None, "2014-04"), TimeSpan("2010", "2010"), True),
        (TimeSpan("2015-06", None), TimeSpan("2020-01", "2020-01"), True),
        (TimeSpan("2015-06", None), TimeSpan(None, "2015-05-31"), False),
        (TimeSpan(None, None), TimeSpan("1990", "1990"), True),
    ],
)
def test_months_overlap(a: TimeSpan, b: TimeSpan, expected: bool) -> None:
    assert months_overlap(a, b) is expected
    assert months_overlap(b, a) is expected


@pytest.mark.parametrize(
    ("span", "iso", "inside", "order"),
    [
        (TimeSpan("2013-09", "2015-04"), "2015-01-01", True, 0),
        (TimeSpan("2013-09", "2015-04"), "2015-04-30", True, 0),
        (TimeSpan("2013-09", "2015-04"), "2015-05-01", False, -1),
        (TimeSpan("2013-09", "2015-04"), "2013-08-31", False, 1),
        (TimeSpan("2013-09", None), "2020-06-01", True, 0),
        (TimeSpan(None, "2014-12"), "2012", True, 0),
        (TimeSpan("2015-08", "2015-08"), "2015", True, 0),
    ],
)
def test_contains_and_compare(span: TimeSpan, iso: str, inside: bool, order: int) -> None:
    assert contains(span, iso) is inside
    assert compare(span, iso) == order


def test_compare_rejects_non_dates() -> None:
    with pytest.raises(ValueError):
        compare(TimeSpan("2015", "2015"), "yesterday")


def test_resolved_spans_feed_the_helpers() -> None:
    killed = resolve_date("in August", PUB)
    led = resolve_date("sometime in either late 2013 or early 2014", PUB)
    assert killed is not None and led is not None
    assert contains(killed, "2015-08-11")
    assert not months_overlap(killed, led)


# ------------------------------------------------------------------ more wordings


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # day ranges within a month
        ("August 11-12", "2015-08-11", "2015-08-12"),
        ("11-12 August", "2015-08-11", "2015-08-12"),
        ("on 11 and 12 August", "2015-08-11", "2015-08-12"),
        ("September 5-6", "2014-09-05", "2014-09-06"),
        ("June 2-4, 2014", "2014-06-02", "2014-06-04"),
        # times of day around a date
        ("on the night of 10-11 August", "2015-08-10", "2015-08-11"),
        ("in the early hours of Tuesday", "2015-09-01", "2015-09-01"),
        ("on the morning of June 23", "2015-06-23", "2015-06-23"),
        # ISO year-month vs. year ranges
        ("2015-08", "2015-08", "2015-08"),
        ("2014-03", "2014-03", "2014-03"),
        ("2010-11", "2010", "2011"),
        ("2014/15", "2014", "2015"),
        ("in 2014 and 2015", "2014", "2015"),
        ("June and July", "2015-06", "2015-07"),
        # end-/start- of a year
        ("end-2014", "2014-09", "2014-12"),
        ("start-2015", "2015-01", "2015-04"),
        # weekends (publication is a Wednesday)
        ("over the weekend", "2015-08-29", "2015-08-30"),
        ("last weekend", "2015-08-29", "2015-08-30"),
        ("at the weekend", "2015-08-29", "2015-08-30"),
        # recent past
        ("recently", "2015-06", "2015-09"),
        ("in recent weeks", "2015-07-08", "2015-09-02"),
        ("in recent months", "2014-09", "2015-09"),
        # a day of the month
        ("the 10th", "2015-08-10", "2015-08-10"),
        ("on the 1st", "2015-09-01", "2015-09-01"),
        ("on the 2nd", "2015-09-02", "2015-09-02"),
        # weeks of a month
        ("the first week of August", "2015-08-01", "2015-08-07"),
        ("in the second week of July", "2015-07-08", "2015-07-14"),
        ("the last week of June", "2015-06-24", "2015-06-30"),
    ],
)
def test_more_wordings(text: str, start: str, end: str) -> None:
    assert _bounds(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("that year", "2015", "2015"),
        ("the same year", "2015", "2015"),
        ("the same month", "2015-08", "2015-08"),
        ("later that month", "2015-08-11", "2015-08"),
        ("earlier that month", "2015-08", "2015-08-11"),
        ("later that year", "2015-08-11", "2015-09"),
        ("the following month", "2015-09", "2015-09"),
        ("the next month", "2015-09", "2015-09"),
        ("the previous month", "2015-07", "2015-07"),
        ("the following week", "2015-08-17", "2015-08-23"),
        ("the 5th", "2015-08-05", "2015-08-05"),
    ],
)
def test_more_anchor_wordings(text: str, start: str, end: str) -> None:
    assert _bounds(text, anchor=AUG11) == (start, end)


@pytest.mark.parametrize(
    "text", ["two months later", "the following year", "the next two weeks", "may", "march"]
)
def test_more_non_dates(text: str) -> None:
    assert resolve_date(text, PUB, anchor=AUG11) is None


def test_capitalised_months_are_months() -> None:
    assert _bounds("May") == ("2015-05", "2015-05")
    assert _bounds("March") == ("2015-03", "2015-03")


@pytest.mark.parametrize(
    "text",
    ["February 30", "June 31, 2015", "2015-13-45", "the 32nd", "99999 years ago", "between 2014 and", "late"],
)
def test_impossible_dates_are_none(text: str) -> None:
    assert resolve_date(text, PUB) is None


@pytest.mark.parametrize("text", ["2015-08-12", "2014-03-19", "1999-12-31", "September 2, 2015", "2 Sep 2015", "June 23"])
def test_written_forms_read_without_dateparser_agree_with_it(text: str) -> None:
    # the common written forms skip dateparser (far cheaper); they must give its day
    from orbat.dates import _parser, _pub_ctx, _simple_date

    ctx = _pub_ctx(PUB, None)
    ours = _simple_date(text.lower(), ctx)  # resolve_date lower-cases before it
    assert ours is not None and ours.lo == ours.hi
    theirs = _parser(ctx.pub).get_date_data(text)
    assert theirs.date_obj is not None and theirs.date_obj.date() == ours.lo
    start, end = _bounds(text)
    assert start == end == ours.lo.isoformat()


# --------------------------------------------------------------------------- moveable feasts


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Palm Sunday", "2021-03-30", "2021-03-28"),  # Easter 2021: April 4
        ("Good Friday", "2021-04-05", "2021-04-02"),
        ("Good Friday", "2021-03-30", "2020-04-10"),  # not yet this year: last year's
        ("Easter Sunday 2019", "2021-03-30", "2019-04-21"),
        ("on Easter Monday", "2019-04-25", "2019-04-22"),
    ],
)
def test_a_moveable_feast_is_the_last_one_on_or_before_publication(text, published, day):
    span = resolve_date(text, published)
    assert span is not None and span.start == span.end == day


def test_a_feast_with_no_publication_date_is_no_date():
    assert resolve_date("Good Friday", None) is None
