"""Rules for published reporting (issue 7), stop 25: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from orbat.text import normalize_name

from .helpers import find, names, one


def named(x, value, name: str) -> bool:
    return normalize_name(name) in names(x, value)

# --------------------------------------------------------------------------- an attack noun as the subject


@pytest.mark.parametrize(
    ("text", "perpetrator", "target", "place"),
    [
        ("The attack, carried out by a suicide bomber wearing an explosive belt, targeted a police academy in Kabul.",
         "a suicide bomber", "police academy", "Kabul"),
        ("Saturday's attack by al-Shabaab targeted a hotel in Mogadishu.", "al-Shabaab", "hotel", "Mogadishu"),
        ("The ambush, conducted by Boko Haram fighters, targeted a military convoy near Maiduguri.", "Boko Haram",
         "military convoy", "Maiduguri"),
    ],
)
def test_an_attack_noun_with_its_doer_that_targeted_something(extract, text, perpetrator, target, place):
    x = extract(text)
    attack = one(x, "attack", perpetrator=perpetrator)
    assert named(x, attack.args.get("target"), target)
    assert named(x, attack.location, place)


def test_an_attack_claimed_in_an_apposition_gets_the_target_it_hit(extract):
    x = extract("The bombing, claimed by the Islamic State group, targeted a Shiite mosque in Kunduz.")
    attack = one(x, "attack", perpetrator="Islamic State")
    assert named(x, attack.args.get("target"), "shiite mosque")
    assert len(find(x, "claim", claimant="Islamic State")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The attack targeted a police academy in Kabul.",  # no doer written: told elsewhere, or not at all
        "The attack on Monday targeted a market in Kano.",
    ],
)
def test_an_attack_noun_with_no_doer_is_no_attack_of_its_own(extract, text):
    assert find(extract(text), "attack") == []


# --------------------------------------------------------------------------- a vehicle rammed into a target


@pytest.mark.parametrize(
    ("text", "perpetrator", "target", "method"),
    [
        ("At least 12 soldiers were killed when a suicide bomber rammed an explosives-laden car into an army "
         "checkpoint near Rafah.", "a suicide bomber", "army checkpoint", "suicide_bombing"),
        ("Militants from al-Shabaab drove a truck laden with explosives into a military base in Lower Shabelle.",
         "al-Shabaab", "military base", "bombing"),
        ("A gunman drove a van into a crowd of worshippers outside a mosque in London.", "A gunman",
         "crowd of worshippers", "vehicle"),
    ],
)
def test_a_vehicle_driven_into_a_target_is_an_attack(extract, text, perpetrator, target, method):
    x = extract(text)
    attack = one(x, "attack", perpetrator=perpetrator)
    assert named(x, attack.args.get("target"), target)
    assert attack.attrs.get("method") == method


@pytest.mark.parametrize(
    "text",
    [
        "A drunk driver crashed his car into a wall in Nairobi.",
        "The minister drove his car into the city on Monday.",
    ],
)
def test_a_car_driven_into_something_by_no_attacker_is_no_attack(extract, text):
    assert find(extract(text), "attack") == []


# --------------------------------------------------------------------------- a bomber outside a building


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A suicide bomber blew himself up outside a police station in Quetta on Monday, killing four officers.",
         "police station"),
        ("A bomber blew himself up outside the gates of the university in Mogadishu.", "gates of the university"),
    ],
)
def test_a_bomber_who_blew_himself_up_outside_a_building_attacked_it(extract, text, target):
    x = extract(text)
    [attack] = find(x, "attack")
    assert named(x, attack.args.get("target"), target)
