"""Rules for published reporting (issue 7), stop 23: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

# --------------------------------------------------------------------------- words on the record


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Baloch Liberation Army warned of more attacks against Chinese targets across Pakistan.",
         "Baloch Liberation Army"),
        ("Boko Haram threatened to attack more schools in a video released on Monday.", "Boko Haram"),
        ("Al-Shabaab urged Muslims in Kenya to join the fight.", "al-Shabaab"),
        ("AQIM rejected the reports of his death.", "al-Qaeda in the Islamic Maghreb"),
        ("The Islamic State has announced a new leader for its West Africa Province.", "Islamic State"),
    ],
)
def test_a_group_warning_threatening_urging_or_rejecting_is_a_statement(extract, text, group):
    one(extract(text), "statement", speaker=group)


@pytest.mark.parametrize(
    "text",
    [
        "The army warned residents of more fighting near the border.",
        "Police urged residents to stay indoors after the blast.",
        "Al-Shabaab fighters killed the men who rejected their demands.",
        "Residents were urged by al-Shabaab to leave the town.",
    ],
)
def test_no_statement_from_a_force_a_relative_clause_or_a_passive(extract, text):
    assert not find(extract(text), "statement")


# --------------------------------------------------------------------------- who runs a group


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("Abdelmalek Droukdel ran al-Qaeda in the Islamic Maghreb for two decades.",
         "Abdelmalek Droukdel", "al-Qaeda in the Islamic Maghreb"),
        ("Abu Muhammad al-Julani, who runs Hayat Tahrir al-Sham, gave an interview.",
         "Abu Muhammad al-Julani", "Hayat Tahrir al-Sham"),
    ],
)
def test_running_a_group_by_name_is_leading_it(extract, text, person, group):
    fact = one(extract(text), "leadership", person=person, organization=group)
    assert fact.attrs["role"] == "leader"


@pytest.mark.parametrize(
    "text",
    [
        "Abu Muhammad al-Julani ran the group's finances for years.",
        "Abdelmalek Droukdel ran a training camp near Boumerdes.",
    ],
)
def test_running_the_finances_or_a_camp_is_not_leading_the_group(extract, text):
    assert not find(extract(text), "leadership")


@pytest.mark.parametrize(
    "text",
    [
        "Hassan Nasrallah, the secretary-general of Hezbollah, gave a speech in Beirut.",
        "Hezbollah's Secretary General Hassan Nasrallah gave a speech in Beirut.",
    ],
)
def test_a_secretary_general_leads_the_party(extract, text):
    x = extract(text)
    facts = find(x, "leadership", organization="Hezbollah")
    assert len(facts) == 1 and facts[0].attrs["role"] == "leader"
    assert "Nasrallah" in x.entity(facts[0].args["person"]).name


@pytest.mark.parametrize(
    "text",
    [
        "UN Secretary-General Antonio Guterres condemned the attack by al-Shabaab.",
        "The general of the army, Ahmed Ali, met the elders of the town.",
    ],
)
def test_no_secretary_general_of_a_body_that_is_not_armed(extract, text):
    assert not find(extract(text), "leadership")
