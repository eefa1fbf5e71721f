"""Rules for published reporting (issue 7), stop 28: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from orbat.text import blank_datelines

from .helpers import find, one

# --------------------------------------------------------------------------- the doers of a relative clause


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("The Islamists who seized control of the town of Marte on Monday morning pulled out after dark.",
         "The Islamists"),
        ("Insurgents who seized the port town of Palma on Monday were still there on Tuesday.", "Insurgents"),
        ("The fighters who captured the town of Marte on Monday raised their flag.", "The fighters"),
        ("The rebels who on Monday seized the village of Kukawa burned the market.", "The rebels"),
    ],
)
def test_doers_who_seized_a_town_attacked_it(extract, text, doers):
    (attack,) = find(extract(text, published="2020-03-24"), "attack")
    assert attack.attrs.get("method") == "raid"
    assert attack.time is not None and attack.time.start == "2020-03-23"
    x = extract(text, published="2020-03-24")
    assert find(x, "attack", perpetrator=doers)


@pytest.mark.parametrize(
    "text",
    [
        "The troops who seized control of the town of Marte on Monday morning raised the flag.",
        "The Islamists who seized control of the town in 2014 were driven out in 2016.",
    ],
)
def test_a_state_force_or_the_story_s_past_seizing_a_town_is_no_attack(extract, text):
    assert find(extract(text, published="2020-03-24"), "attack") == []


# --------------------------------------------------------------------------- an attack told as earlier


def test_an_attack_told_as_earlier_is_neither_the_claimed_one_nor_folded_into_it(extract):
    x = extract(
        "The Islamic State claimed responsibility for an ambush that killed 28 soldiers this week.\n\n"
        "Soldiers were pursuing gunmen who earlier attacked a prison, when a vehicle hit a mine, a spokesman said.",
        published="2019-05-17",
    )
    claimed = one(x, "attack", perpetrator="Islamic State")
    assert claimed.modality == "claimed" and claimed.attrs.get("killed", {}).get("min") == 28
    prison = one(x, "attack", perpetrator="gunmen")
    assert prison.modality != "claimed" and prison is not claimed


def test_gunmen_told_again_without_earlier_are_the_claimed_attack(extract):
    x = extract(
        "Al-Shabaab claimed responsibility for the attack on the hotel on Monday.\n\n"
        "Gunmen stormed the hotel on Monday, a police officer said.",
        published="2019-05-17",
    )
    assert len(find(x, "attack")) == 1


# --------------------------------------------------------------------------- a title-case dateline


@pytest.mark.parametrize(
    "body",
    ["Maputo — The Islamists pulled out.", "Addis Ababa - Gunmen fired on a bus.", "Kabul – Taliban fighters left."],
)
def test_a_title_case_dateline_before_a_spaced_dash_is_blanked(body):
    from orbat.text import straighten_quotes

    out = blank_datelines(straighten_quotes(body))
    assert len(out) == len(body)
    place = body.split(" ")[0]
    assert place not in out and out.rstrip().endswith(body[-8:])


@pytest.mark.parametrize(
    "body",
    ["Boko Haram - the group behind the kidnapping - denied it.", "Maputo is quiet - The Islamists left.",
     "In Maputo - officials said - the market reopened."],
)
def test_a_dash_inside_a_sentence_is_no_dateline(body):
    assert blank_datelines(body) == body


# --------------------------------------------------------------------------- where a bomber blew himself up


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A suicide bomber blew himself up and injured at least 14 people during a Sunday mass in front of a "
         "crowded cathedral in Makassar, police said.", "crowded cathedral"),
        ("A bomber blew himself up in front of the police station in Quetta.", "police station"),
        ("A suicide bomber blew himself up during Friday prayers in Kabul.", "Friday prayers"),
        ("A suicide bomber blew herself up during a wedding outside the town hall in Gwoza.", "town hall"),
    ],
)
def test_the_site_of_a_self_detonation_is_its_target(extract, text, target):
    one(extract(text), "attack", target=target)
