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


# --------------------------------------------------------------------------- a branch word for a known branch


@pytest.mark.parametrize(
    "text",
    [
        "Al-Qaeda in the Arabian Peninsula said its leader was killed in a strike. The strike is the latest in a "
        "series of blows to the Yemen affiliate's leadership.",
        "AQAP released a video on Friday. The commander of the Yemen-based branch, Qasim al-Raymi, praised the attackers.",
        "Washington considers AQAP, which has grown in the chaos of the war, to be the network's most dangerous branch.",
    ],
)
def test_a_branch_word_for_a_group_the_reference_holds_as_a_branch_tells_the_tie(extract, text):
    (branch,) = find(extract(text, published="2015-06-16"), "branch")
    x = extract(text, published="2015-06-16")
    assert find(x, "branch", organization="al-Qaeda in the Arabian Peninsula", parent="al-Qaeda")
    assert branch.attrs.get("kind") in {"branch", "affiliate"}


@pytest.mark.parametrize(
    "text",
    [
        # the phrase names another owner: the Islamic State's branch is not AQAP
        "The Islamic State group's local branch has grown since the war began, emerging as a rival to AQAP.",
        # a branch word for a group the reference holds as no one's branch
        "Al-Shabaab said the attack was carried out by its branch in the south, without naming it.",
    ],
)
def test_no_reference_branch_where_the_phrase_names_another_owner_or_the_group_has_no_parent(extract, text):
    x = extract(text, published="2015-06-16")
    assert find(x, "branch", organization="al-Qaeda in the Arabian Peninsula") == []
    assert find(x, "branch", organization="al-Shabaab") == []


# --------------------------------------------------------------------------- "group X": X is the group


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Police are investigating a possible retaliation by ISIS-inspired group Dawlah Islamiyah.", "Dawlah Islamiyah"),
        ("The attack was blamed on the al-Qaeda-linked group Katibat Salman in the north.", "Katibat Salman"),
    ],
)
def test_a_name_right_after_a_group_noun_is_the_group_s(extract, text, group):
    x = extract(text, published="2023-12-03")
    (alliance,) = find(x, "alliance")
    assert {e.name for e in x.entities if e.type == "organization"} >= {group}
    assert alliance.attrs.get("kind") == "linked"


def test_a_person_after_a_group_leader_stays_a_person(extract):
    x = extract("The group leader Abu Hamza al-Ansari was killed in a strike on Monday.", published="2023-12-03")
    assert {e.name for e in x.entities if e.type == "person"} >= {"Abu Hamza al-Ansari"}


# --------------------------------------------------------------------------- a dateline with a country and a double dash


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        ("JOHANNESBURG, South Africa -- The group claimed the attack.", "The group"),
        ("MOGADISHU, Somalia - Militants attacked a base.", "Militants"),
        ("ABUJA, Federal Capital Territory -- Gunmen stormed a prison.", "Gunmen"),
    ],
)
def test_a_dateline_naming_its_country_is_blanked(body, lead):
    from orbat.text import blank_datelines

    out = blank_datelines(body)
    assert len(out) == len(body) and out.split("\n")[-1].startswith(lead) and not out.lstrip().startswith(body[:4])


def test_a_dashed_aside_after_a_name_is_no_dateline():
    from orbat.text import blank_datelines

    body = "The Islamic State - and its allies - said it carried out the attack."
    assert blank_datelines(body) == body


def test_a_group_claiming_after_a_country_dateline_claims_the_attack(extract):
    x = extract(
        "JOHANNESBURG, South Africa -- The Al Qaeda-linked Somali militant group Al Shabab claimed responsibility "
        "on Saturday for an attack on a Nairobi shopping mall that killed at least 11 people.",
        published="2013-09-21",
    )
    assert find(x, "claim", claimant="al-Shabaab")


# --------------------------------------------------------------------------- a staff member is no group's member


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab claimed the attack on the hotel. The aid agency said one of its local staff members, "
        "Abdifatah Mohamed, was among those killed.",
        "Boko Haram claimed the ambush. The airline said two crew members, Musa Bello and Ali Garba, were missing.",
    ],
)
def test_staff_and_crew_members_are_no_group_s_members(extract, text):
    assert find(extract(text, published="2019-07-14"), "membership") == []


def test_a_member_of_an_armed_group_still_is_one(extract):
    x = extract("Abdifatah Mohamed, a senior member of al-Shabaab, was killed on Monday.", published="2019-07-14")
    assert find(x, "membership", person="Abdifatah Mohamed", organization="al-Shabaab")


# --------------------------------------------------------------------------- a common misspelling of al-Qaeda


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group ADF is alleged to be affiliated to the Al Quaeda.",
        "The Allied Democratic Forces have been linked to al-Quaeda by Ugandan officials.",
    ],
)
def test_al_quaeda_is_al_qaeda(extract, text):
    x = extract(text, published="2018-02-21")
    assert find(x, "alliance", a="Allied Democratic Forces", b="al-Qaeda") or find(
        x, "alliance", a="al-Qaeda", b="Allied Democratic Forces"
    )


# --------------------------------------------------------------------------- giving a group haven


@pytest.mark.parametrize(
    "text",
    [
        "The US toppled the Taliban regime for giving safe haven to al-Qaeda leader Osama bin Laden.",
        "The Taliban provided sanctuary to al-Qaeda fighters for years.",
    ],
)
def test_a_group_giving_another_haven_is_its_ally(extract, text):
    x = extract(text, published="2015-07-30")
    (alliance,) = find(x, "alliance")
    assert alliance.attrs.get("kind") == "ally"
    assert find(x, "alliance", a="Taliban", b="al-Qaeda") or find(x, "alliance", a="al-Qaeda", b="Taliban")


@pytest.mark.parametrize(
    "text",
    [
        "The government gave refuge to al-Qaeda fighters.",  # a state is no armed group's ally here
        "Al-Shabaab did not give shelter to the ISIS fighters.",
    ],
)
def test_no_alliance_from_a_state_s_or_a_denied_haven(extract, text):
    assert find(extract(text, published="2015-07-30"), "alliance") == []
