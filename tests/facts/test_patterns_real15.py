"""Rules for published reporting (issue 7), stop 31: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find

# --------------------------------------------------------------------------- a doer described with a phrase after his noun


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Al-Shabaab fighters attacked an army base in Lower Shabelle on Sunday, killing 14 soldiers. "
         "A second bomber on foot blew himself up among soldiers at the gate, killing three more.", "al-Shabaab"),
        ("Boko Haram militants attacked a market in Konduga on Sunday, killing 20 people. "
         "A suicide bomber in a long robe blew herself up among the traders, killing six more.", "Boko Haram"),
    ],
)
def test_a_doer_described_with_a_phrase_is_part_of_the_groups_attack(extract, text, group):
    x = extract(text, published="2021-06-08")
    attacks = find(x, "attack")
    assert len(attacks) == 1, [a.args for a in attacks]
    assert find(x, "attack", perpetrator=group)


def test_a_described_doer_alone_keeps_his_attack(extract):
    x = extract(
        "A suicide bomber on foot blew himself up at a checkpoint in Mogadishu on Sunday, killing three soldiers.",
        published="2021-06-08",
    )
    (attack,) = find(x, "attack")
    assert attack.time is not None and attack.time.start == "2021-06-06"


# --------------------------------------------------------------------------- a date inside the phrase describing another date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A bombing of a checkpoint on June 2, the day before the talks on June 3, killed four soldiers.", "2021-06-02"),
        ("A suicide bombing at a mosque in Kabul on March 4, the first day of the Nowruz holidays that end on "
         "March 8, killed 30 worshippers.", "2021-03-04"),
    ],
)
def test_a_date_describing_the_date_of_the_attack_does_not_date_it(extract, text, day):
    (attack,) = find(extract(text, published="2021-06-08"), "attack")
    assert attack.time is not None and attack.time.start == day, attack.time


def test_a_date_of_its_own_phrase_still_dates_the_attack(extract):
    (attack,) = find(
        extract("Gunmen stormed a hotel in the capital on June 3, killing seven guests.", published="2021-06-08"), "attack"
    )
    assert attack.time is not None and attack.time.start == "2021-06-03"
