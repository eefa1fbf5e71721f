"""Rules for published reporting (issue 7), stop 36: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import one

LEAD = "The lead paragraph of this story is about the war. "

# --------------------------------------------------------------------------- "this month's bombing"


@pytest.mark.parametrize(
    ("text", "group", "month"),
    [
        (LEAD + "The Imam Shamil Battalion has claimed responsibility for this month's metro bombing in Saint "
                "Petersburg.", "Imam Shamil Battalion", "2017-04"),
        (LEAD + "Al-Shabaab claimed last month's attack on a hotel in Mogadishu.", "al-Shabaab", "2017-03"),
        (LEAD + "Boko Haram has claimed this month's raid on a school in Kankara.", "Boko Haram", "2017-04"),
    ],
)
def test_a_deictic_month_before_the_attack_dates_it(extract, text, group, month):
    x = extract(text, published="2017-04-26")
    attack = one(x, "attack", perpetrator=group)
    assert (attack.time.start, attack.time.end) == (month, month)
    claim = one(x, "claim", claimant=group)
    assert claim.time.start == month  # a claim is not made before the attack it claims


def test_an_unqualified_month_word_dates_nothing(extract):
    x = extract(LEAD + "Boko Haram claimed the raid on a school in Kankara, a month after the last one.",
                published="2017-04-26")
    attack = one(x, "attack", perpetrator="Boko Haram")
    assert attack.time is None or attack.time.start != "2017-04"
