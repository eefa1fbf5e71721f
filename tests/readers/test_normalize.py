"""The one body normalisation every reader shares, and date reading."""

from __future__ import annotations

import pytest

from orbat.readers.dates import date_in_line, iso_date
from orbat.readers.normalize import normalize_body, split_paragraphs


def test_normalize_body_is_canonical():
    decomposed = "Qadari\u0304 said:\r\n\r\n  second  \t paragraph \x00here\u202e.  \n\n\n\nthird\r\n"
    assert normalize_body(decomposed) == "Qadarī said:\n\nsecond paragraph here.\n\nthird"
    assert normalize_body(normalize_body(decomposed)) == normalize_body(decomposed)


def test_paragraphs_from_blank_lines_or_from_single_lines():
    assert split_paragraphs("one\nstill one\n\ntwo") == ["one still one", "two"]
    assert split_paragraphs("one\ntwo\nthree") == ["one", "two", "three"]
    assert split_paragraphs("one\n \t\ntwo") == ["one", "two"]  # a line of spaces is blank


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-09-02", "2015-09-02"),
        ("2015-09", "2015-09"),
        ("2015", "2015"),
        ("2015-09-02T23:10:00+03:00", "2015-09-02"),
        ("Wed, 02 Sep 2015 10:00:00 +0000", "2015-09-02"),
        ("September 2, 2015", "2015-09-02"),
        ("2015-02-30", None),
        ("not a date", None),
        ("", None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_yymmdd_dateline_and_invalid_ones():
    assert date_in_line("15-09-02 Kicker text") == "2015-09-02"
    assert date_in_line("98-12-31 Old story") == "1998-12-31"
    assert date_in_line("15-13-40 not a date") is None
    assert date_in_line("call 555-12-34-56") is None
