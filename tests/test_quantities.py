"""parse_quantity: casualty expressions -> (min, max)."""

from __future__ import annotations

import pytest

from orbat.quantities import parse_number_words, parse_quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exact numbers, digits and words
        ("17", (17, 17)),
        ("17 soldiers were killed", (17, 17)),
        ("1,200 people", (1200, 1200)),
        ("two", (2, 2)),
        ("two policemen", (2, 2)),
        ("twenty-three", (23, 23)),
        ("twenty three militants", (23, 23)),
        ("three hundred", (300, 300)),
        ("one hundred and twenty civilians", (120, 120)),
        ("three thousand five hundred", (3500, 3500)),
        ("Eleven", (11, 11)),
        # lower bounds
        ("at least 17", (17, None)),
        ("At least seventeen people", (17, None)),
        ("no fewer than 8 officers", (8, None)),
        ("40 or more", (40, None)),
        ("more than 20", (21, None)),
        ("over 100 fighters", (101, None)),
        ("upwards of fifty", (51, None)),
        ("more than a dozen", (13, None)),
        ("more than two dozen", (25, None)),
        # upper bounds: the lower bound is left open
        ("up to 30", (None, 30)),
        ("as many as 30", (None, 30)),
        ("as many as thirty soldiers", (None, 30)),
        ("no more than 5", (None, 5)),
        ("nearly 40", (None, 40)),
        ("fewer than 10", (None, 9)),
        ("less than ten", (None, 9)),
        # approximations are taken at face value
        ("about 30", (30, 30)),
        ("some 30 soldiers", (30, 30)),
        ("an estimated 2,000", (2000, 2000)),
        # vague amounts
        ("dozens", (24, None)),
        ("dozens of soldiers", (24, None)),
        ("a dozen", (12, 12)),
        ("a dozen police", (12, 12)),
        ("two dozen", (24, 24)),
        ("several dozen", (36, None)),
        ("scores", (40, None)),
        ("scores of civilians", (40, None)),
        ("hundreds", (200, None)),
        ("hundreds of people", (200, None)),
        ("thousands", (2000, None)),
        ("several", (3, None)),
        ("several officers", (3, None)),
        ("a number of them", (1, None)),
        ("a number of soldiers", (1, None)),
        ("some", (1, None)),
        ("some of the guards", (1, None)),
        ("a few", (2, None)),
        ("a couple of soldiers", (2, 2)),
        # ranges
        ("5 to 10", (5, 10)),
        ("5-10", (5, 10)),
        ("5 – 10", (5, 10)),
        ("between 5 and 10", (5, 10)),
        ("between five and ten soldiers", (5, 10)),
        ("five or six", (5, 6)),
        # nobody
        ("no one", (0, 0)),
        ("No-one", (0, 0)),
        ("none", (0, 0)),
        ("nobody", (0, 0)),
        ("no casualties", (0, 0)),
        # one
        ("one", (1, 1)),
        ("a soldier", (1, 1)),
        ("an officer", (1, 1)),
        ("one policeman", (1, 1)),
    ],
)
def test_parse_quantity(text: str, expected: tuple[int | None, int | None]) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", ["", "the soldiers", "soldiers", "17th", "killed", "the 1990s"])
def test_not_a_quantity(text: str) -> None:
    assert parse_quantity(text) is None


@pytest.mark.parametrize(
    ("text", "value", "consumed"),
    [
        ("twenty-three soldiers", 23, 12),
        ("1,200 people", 1200, 5),
        ("three hundred", 300, 13),
        ("2 dozen", 24, 7),
    ],
)
def test_parse_number_words(text: str, value: int, consumed: int) -> None:
    assert parse_number_words(text) == (value, consumed)


def test_number_words_reject_non_numbers() -> None:
    assert parse_number_words("soldiers") is None
    assert parse_number_words("hundred") is None  # a bare scale word is not a number here


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.5 million", (3_500_000, 3_500_000)),
        ("1.5m people", (1_500_000, 1_500_000)),
        ("10,000", (10000, 10000)),
        ("both soldiers", (2, 2)),
        ("a pair of guards", (2, 2)),
        ("about a dozen", (12, 12)),
        ("nearly a dozen", (None, 12)),
        ("two of the soldiers", (2, 2)),
        ("17 soldiers, including 5 officers", (17, 17)),
    ],
)
def test_more_quantities(text: str, expected: tuple[int | None, int | None]) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    "text", ["seventeen-year-old", "a 17-year-old", "17 years old", "20 percent", "20%", "5 km", "10 am"]
)
def test_ages_percentages_and_units_are_not_counts(text: str) -> None:
    assert parse_quantity(text) is None
