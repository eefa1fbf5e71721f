"""Rules for published reporting (issue 7), stop 21: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

# --------------------------------------------------------------------------- successions


@pytest.mark.parametrize(
    ("text", "successor", "predecessor", "group"),
    [
        ("Qasim al-Raymi, who led AQAP after Wuhayshi, died in a strike in January 2020.",
         "Qasim al-Raymi", "Wuhayshi", "al-Qaeda in the Arabian Peninsula"),
        ("Qasim al-Raymi led AQAP after Nasir al-Wuhayshi until his death in 2020.",
         "Qasim al-Raymi", "Nasir al-Wuhayshi", "al-Qaeda in the Arabian Peninsula"),
        ("In 2010 Abu Bakr al-Baghdadi took over the Islamic State of Iraq from Abu Omar al-Baghdadi.",
         "Abu Bakr al-Baghdadi", "Abu Omar al-Baghdadi", "Islamic State"),
        ("Ayman al-Zawahiri led al-Qaeda following Osama bin Laden's death in Abbottabad.",
         "Ayman al-Zawahiri", "Osama bin Laden", "al-Qaeda"),
    ],
)
def test_a_tenure_after_or_from_a_man_is_his_succession(extract, text, successor, predecessor, group):
    x = extract(text)
    one(x, "succession", successor=successor, predecessor=predecessor, organization=group)
    one(x, "leadership", person=predecessor, organization=group)


@pytest.mark.parametrize(
    "text",
    [
        "Qasim al-Raymi led AQAP after years in a Yemeni prison.",
        "Qasim al-Raymi led AQAP from Marib until 2020.",
        "Qasim al-Raymi led AQAP from the mountains of Marib after 2015.",
    ],
)
def test_a_tenure_after_a_time_or_from_a_place_is_no_succession(extract, text):
    x = extract(text)
    one(x, "leadership", person="Qasim al-Raymi", organization="al-Qaeda in the Arabian Peninsula")
    assert not find(x, "succession")


@pytest.mark.parametrize(
    ("text", "successor", "predecessor"),
    [
        ("The Taliban confirmed that Mullah Akhtar Mansour had been picked as the successor of Mullah Omar.",
         "Mullah Akhtar Mansour", "Mullah Omar"),
        ("The Taliban said Haibatullah Akhundzada was tapped as the successor of Akhtar Mansour.",
         "Haibatullah Akhundzada", "Akhtar Mansour"),
    ],
)
def test_picked_as_a_mans_successor_is_a_succession(extract, text, successor, predecessor):
    one(extract(text), "succession", successor=successor, predecessor=predecessor, organization="Taliban")


# --------------------------------------------------------------------------- aides of a leader


@pytest.mark.parametrize(
    ("text", "aide", "role", "group"),
    [
        ("Abu Zinnira, the spokesman of Boko Haram leader Abubakar Shekau, appeared in the video.",
         "Abu Zinnira", "spokesman", "Boko Haram"),
        ("Mahad Karate, the deputy of al-Shabaab emir Ahmed Diriye, was killed in a drone strike.",
         "Mahad Karate", "deputy", "al-Shabaab"),
        ("Ahmed Godane leads al-Shabaab. Omar Hammami, the deputy of Ahmed Godane, criticised the leadership.",
         "Omar Hammami", "deputy", "al-Shabaab"),
    ],
)
def test_the_aide_of_a_leader_serves_the_leaders_group(extract, text, aide, role, group):
    fact = one(extract(text), "leadership", person=aide, organization=group)
    assert fact.attrs["role"] == role


@pytest.mark.parametrize(
    "text",
    [
        "Abdirahman Diriye, the son of al-Shabaab leader Ahmed Diriye, was arrested in Kismayo.",
        "Omar Hammami, the deputy of Ahmed Godane, criticised the leadership.",  # no group known for Godane
    ],
)
def test_a_relative_or_the_aide_of_a_man_of_no_known_group_gets_no_post(extract, text):
    x = extract(text)
    for name in ("Abdirahman Diriye", "Omar Hammami"):
        assert not find(x, "leadership", person=name)
        assert not find(x, "membership", person=name)


# --------------------------------------------------------------------------- one victim


@pytest.mark.parametrize(
    ("text", "target", "group", "method"),
    [
        ("Fighters loyal to the Islamic State beheaded a French tourist in Algeria in September 2014.",
         "French tourist", "Islamic State", "other"),
        ("Abu Sayyaf militants beheaded a Canadian hostage in Jolo in April 2016.",
         "Canadian hostage", "Abu Sayyaf Group", "other"),
        ("AQIM kidnapped Swiss missionary Beatrice Stockly in Timbuktu in January 2016.",
         "Beatrice Stockly", "al-Qaeda in the Islamic Maghreb", "kidnapping"),
        ("Boko Haram gunmen abducted a Catholic priest in Borno state last week.",
         "Catholic priest", "Boko Haram", "kidnapping"),
    ],
)
def test_a_groups_beheading_or_kidnapping_of_one_person_is_an_attack(extract, text, target, group, method):
    fact = one(extract(text), "attack", target=target, perpetrator=group)
    assert fact.attrs["method"] == method


@pytest.mark.parametrize(
    "text",
    [
        "The militants kidnapped the village of Kukawa.",  # no person taken
        "Al-Shabaab killed a soldier in Afgoye on Monday.",  # one unnamed man killed is no attack by this rule
        "Police said the suspect had planned to kidnap a French tourist.",  # no group, only a plan
    ],
)
def test_no_one_person_attack_without_a_person_or_by_a_killing(extract, text):
    assert not find(extract(text), "attack")
