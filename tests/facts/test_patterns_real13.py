"""Rules for published reporting (issue 7), stop 29: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

# --------------------------------------------------------------------------- a titled suicide attacker


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("The Islamic State group claimed responsibility for a suicide attack on a police post in Raqqa on Monday.\n\n"
         '"Suicide attacker Abu Hamza al-Ansari wearing an explosive belt advanced on the post," the group said.',
         "Abu Hamza al-Ansari", "Islamic State"),
        ("Al-Shabaab said it carried out a suicide bombing at a checkpoint in Afgoye on Monday.\n\n"
         "The group named suicide bomber Abdullahi Farah as the man who drove the car.",
         "Abdullahi Farah", "Al-Shabaab"),
    ],
)
def test_a_titled_suicide_attacker_died_in_the_attack_and_was_the_group_s_man(extract, text, person, group):
    x = extract(text, published="2019-01-16")
    death = one(x, "death", person=person)
    assert death.attrs.get("cause") == "suicide_attack"
    assert death.time is not None and death.time.start == "2019-01-14"
    assert find(x, "membership", person=person, organization=group)


@pytest.mark.parametrize(
    "text",
    [
        # a would-be suicide bomber who was caught: no attack, no death
        "Police arrested suicide bomber Abu Hamza al-Ansari in Raqqa on Monday before he could reach the market.",
        # two groups' attacks in the story: whose man he was is not told
        "The Islamic State claimed a suicide attack in Raqqa on Monday. Al-Qaeda claimed an ambush in Idlib on Tuesday.\n\n"
        '"Suicide attacker Abu Hamza al-Ansari advanced on the post," the statement said.',
    ],
)
def test_no_group_membership_for_a_suicide_attacker_without_one_group_s_attack(extract, text):
    x = extract(text, published="2019-01-16")
    assert find(x, "membership", person="Abu Hamza al-Ansari") == []
