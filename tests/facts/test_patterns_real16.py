"""Rules for published reporting (issue 7), stop 32: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find

# --------------------------------------------------------------------------- ties to several groups at once


@pytest.mark.parametrize(
    ("text", "a", "partners"),
    [
        ("The Haqqani network is closely allied with the Afghan Taliban and al-Qaeda, officials said.",
         "Haqqani Network", ["Taliban", "al-Qaeda"]),
        ("Officials said Boko Haram had forged links with al-Shabaab and AQIM.", "Boko Haram", ["al-Shabaab", "AQIM"]),
        ("The Islamic Movement of Uzbekistan has links with the Taliban and al-Qaeda, the report said.",
         "Islamic Movement of Uzbekistan", ["Taliban", "al-Qaeda"]),
    ],
)
def test_ties_to_coordinated_groups_are_one_alliance_each(extract, text, a, partners):
    x = extract(text, published="2020-01-01")
    for b in partners:
        assert find(x, "alliance", a=a, b=b), (b, [f.args for f in find(x, "alliance")])


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Ansar al-Sharia, which has close ties to al-Qaeda in the Islamic Maghreb, denied involvement.",
         "Ansar al-Sharia", "al-Qaeda in the Islamic Maghreb"),
        ("Ansaru is a splinter group of Boko Haram with links to AQIM.", "Ansaru", "AQIM"),
        ("The attack was blamed on Jund al-Aqsa, which maintains ties to the Nusra Front.", "Jund al-Aqsa", "Nusra Front"),
    ],
)
def test_ties_in_a_relative_clause_or_a_with_phrase_are_the_groups(extract, text, a, b):
    assert find(extract(text, published="2020-01-01"), "alliance", a=a, b=b)


@pytest.mark.parametrize(
    "text",
    [
        "Ansar al-Sharia denied that it has any ties to al-Qaeda in the Islamic Maghreb.",
        "Ansar al-Sharia, which cut its ties to al-Qaeda in the Islamic Maghreb last year, denied involvement.",
        "The Haqqani network has no links with al-Qaeda, the spokesman said.",
    ],
)
def test_denied_or_cut_ties_are_no_alliance(extract, text):
    assert not find(extract(text, published="2020-01-01"), "alliance")


# --------------------------------------------------------------------------- ties between two groups; groups fighting together


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The alliance between Boko Haram and the Islamic State has grown stronger.", "Boko Haram", "Islamic State"),
        ("Analysts point to close cooperation between the Taliban and al-Qaeda.", "Taliban", "al-Qaeda"),
        ("Analysts point to close ties between the Taliban and the Haqqani network.", "Taliban", "Haqqani Network"),
    ],
)
def test_ties_between_two_groups_are_an_alliance(extract, text, a, b):
    assert find(extract(text, published="2020-01-01"), "alliance", a=a, b=b)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts doubt there are any ties between the Taliban and the Haqqani network.",
        "The talks between the Taliban and the government broke down in May.",
    ],
)
def test_no_ties_between_two_groups_is_no_alliance(extract, text):
    assert not find(extract(text, published="2020-01-01"), "alliance")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Al-Shabaab and Hizbul Islam fought together against government troops in 2010.", "al-Shabaab", "Hizbul Islam"),
        ("In 2012 Ansar Dine fought together with AQIM against the Malian army.", "Ansar Dine", "AQIM"),
    ],
)
def test_groups_fighting_together_are_allies(extract, text, a, b):
    assert find(extract(text, published="2020-01-01"), "alliance", a=a, b=b)


def test_state_forces_working_together_are_no_alliance(extract):
    x = extract("The army and the police worked together to secure the town after the attack.", published="2020-01-01")
    assert not find(x, "alliance")
