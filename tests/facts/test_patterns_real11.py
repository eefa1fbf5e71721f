"""Rules for published reporting (issue 7), stop 27: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

# --------------------------------------------------------------------------- a description set off by dashes


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Officials said fighters from the rebel Allied Democratic Forces (ADF) - a group thought to be linked "
         "to ISIL - were responsible for the assault.", "Allied Democratic Forces", "Islamic State"),
        ("Fighters of the Allied Democratic Forces – a group allied with the Islamic State – attacked the village.",
         "Allied Democratic Forces", "Islamic State"),
        ("The Movement for Oneness and Jihad in West Africa (MUJAO) – a group linked to al-Qaeda – seized the town.",
         "Movement for Oneness and Jihad in West Africa", "al-Qaeda"),
    ],
)
def test_a_group_described_between_dashes_is_linked(extract, text, a, b):
    one(extract(text), "alliance", a=a, b=b)


def test_a_dash_description_without_a_tie_links_nothing(extract):
    x = extract("Police said the Allied Democratic Forces - a group based in Uganda - were behind the attack.")
    assert find(x, "alliance") == []


# --------------------------------------------------------------------------- a post the tagger took for an adjective


@pytest.mark.parametrize(
    ("text", "organization", "role"),
    [
        ("Abu Musab al-Barnawi was named wali of the Islamic State West Africa Province in 2016.",
         "Islamic State West Africa Province", "wali"),
        ("Abu Musab al-Barnawi was appointed emir of Boko Haram in 2016.", "Boko Haram", "emir"),
    ],
)
def test_a_post_tagged_as_an_adjective_is_still_a_post(extract, text, organization, role):
    fact = one(extract(text), "leadership", person="Abu Musab al-Barnawi", organization=organization)
    assert fact.attrs.get("role") == role


def test_an_adjective_before_a_post_is_no_post_of_its_own(extract):
    x = extract("The deputy commander of the army said the unit was ready.")
    assert find(x, "leadership") == []
