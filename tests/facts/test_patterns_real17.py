"""Rules for published reporting (issue 7), stop 33: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find

# --------------------------------------------------------------------------- a title written flat between group and name


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Troops confirmed that Abu Sayyaf sub-leader Alhabsy Misaya was killed in Indanan on Friday.",
         "Alhabsy Misaya", "Abu Sayyaf"),
        ("Soldiers killed Abu Sayyaf sub-commander Radullan Sahiron in Patikul on Monday.", "Radullan Sahiron", "Abu Sayyaf"),
        ("Police arrested al-Shabaab top commander Abdi Nur Yusuf near Garissa.", "Abdi Nur Yusuf", "al-Shabaab"),
    ],
)
def test_a_prefixed_title_between_group_and_name_is_a_post_in_the_group(extract, text, person, org):
    assert find(extract(text, published="2020-05-01"), "leadership", person=person, organization=org)


@pytest.mark.parametrize(
    "text",
    [
        "Troops confirmed that sub-leader Alhabsy Misaya was killed in Indanan on Friday.",
        "Police arrested Kenyan top commander Abdi Nur Yusuf near Garissa.",
    ],
)
def test_a_prefixed_title_with_no_group_is_no_post(extract, text):
    assert not find(extract(text, published="2020-05-01"), "leadership")


# --------------------------------------------------------------------------- head of a group's operations, office, affairs


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ('"We are behind the two car bombs," Sheikh Ali Abu Musab, head of al-Shabab\'s military operations, told reporters.',
         "Sheikh Ali Abu Musab", "al-Shabab"),
        ("Abu Yusuf al-Ansari, the chief of the Islamic State's media office, was killed in the raid.",
         "Abu Yusuf al-Ansari", "Islamic State"),
    ],
)
def test_head_of_a_groups_department_is_a_post_in_the_group(extract, text, person, org):
    assert find(extract(text, published="2020-05-01"), "leadership", person=person, organization=org)


def test_head_of_a_countrys_operations_is_no_group_post(extract):
    x = extract("Ahmed Ali, head of Somalia's military operations, told reporters the base was retaken.", published="2020-05-01")
    assert not find(x, "leadership")


# --------------------------------------------------------------------------- "our" in a quote is the speaker's group


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ('"Our leader Abu Bakr al-Baghdadi is alive and well," the Islamic State said in a statement.',
         "Abu Bakr al-Baghdadi", "Islamic State"),
        ('Al-Shabaab spokesman Ali Dheere spoke on radio. "We lost our great leader Ahmed Godane in the strike," Dheere said.',
         "Ahmed Godane", "al-Shabaab"),
    ],
)
def test_our_post_in_a_quote_is_in_the_speakers_group(extract, text, person, org):
    assert find(extract(text, published="2020-05-01"), "leadership", person=person, organization=org)


def test_our_post_is_not_in_the_group_of_the_man_named_last(extract):
    # the speaker's group is not told: no post, rather than the group of the leader named before
    x = extract(
        "He said the attacks included the killing of Lashkar-e-Jhangvi leader Ali Asghar. "
        '"The attacks were carried out to fulfil the wish of our deputy emir Khalid Haqqani," Hasaan Swati said.',
        published="2020-05-01",
    )
    assert find(x, "leadership", person="Ali Asghar")
    assert not find(x, "leadership", person="Khalid Haqqani")


# --------------------------------------------------------------------------- "X who replaced Y was appointed as the new ORG leader"


@pytest.mark.parametrize(
    ("text", "successor", "predecessor", "org"),
    [
        ("ISWAP has reshuffled its leadership after the surrender of Boko Haram fighters. "
         "Aba Ibrahim who replaced Abbah Gana was appointed as the new ISWAP leader.",
         "Aba Ibrahim", "Abbah Gana", "ISWAP"),
        ("Many Boko Haram fighters have surrendered. Abu Musab, who succeeded Abu Dawud, was named as the new leader of ISWAP.",
         "Abu Musab", "Abu Dawud", "ISWAP"),
    ],
)
def test_a_successor_appointed_as_leader_succeeds_in_that_group(extract, text, successor, predecessor, org):
    x = extract(text, published="2021-08-18")
    assert find(x, "succession", successor=successor, predecessor=predecessor, organization=org)
    assert not find(x, "leadership", person=predecessor, organization="Boko Haram")


# --------------------------------------------------------------------------- a man "affiliated with" a group


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("The Baloch Liberation Army said commander Kareem Marri was affiliated with the organisation since 2003.",
         "Kareem Marri", "Baloch Liberation Army"),
        ("Police said Abdi Nur Yusuf, who was affiliated with al-Shabaab, was arrested in Garissa.", "Abdi Nur Yusuf", "al-Shabaab"),
    ],
)
def test_a_man_affiliated_with_a_group_is_its_member(extract, text, person, org):
    x = extract(text, published="2020-01-01")
    assert find(x, "membership", person=person, organization=org)
    assert not find(x, "alliance", a=person) and not find(x, "alliance", b=person)


def test_groups_affiliated_with_each_other_stay_an_alliance(extract):
    x = extract("Ansar Dine is affiliated with al-Qaeda in the Islamic Maghreb, officials said.", published="2020-01-01")
    assert find(x, "alliance", a="Ansar Dine", b="al-Qaeda in the Islamic Maghreb")
    assert not find(x, "membership")


# --------------------------------------------------------------------------- "a senior leader of X": a post, not a rank


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Sheikh Chalamanda, an important leader of the ADF, was killed in the Mwalika valley.", "Sheikh Chalamanda", "ADF"),
        ("The strike killed Khaled Aruri, a senior leader of Hurras al-Din, officials said.", "Khaled Aruri", "Hurras al-Din"),
    ],
)
def test_a_ranked_leader_of_a_group_holds_a_post_in_it(extract, text, person, org):
    x = extract(text, published="2020-01-01")
    assert find(x, "leadership", person=person, organization=org)
    assert not find(x, "membership", person=person)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Police killed Ali Musa, an al-Shabaab leader in Lamu, on Monday.", "Ali Musa", "al-Shabaab"),
        ("Omar Ali, a leader of the ADF, surrendered to the army.", "Omar Ali", "ADF"),
    ],
)
def test_an_unranked_indefinite_leader_is_a_member(extract, text, person, org):
    x = extract(text, published="2020-01-01")
    assert find(x, "membership", person=person, organization=org)
    assert not find(x, "leadership", person=person)


# --------------------------------------------------------------------------- "chose one of its commanders, X, as its new head"


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Jaysh al-Islam lost its leader on Friday. Rebels said the group had chosen one of its top military "
         "commanders, Abu Hammam al Buwaidani, as its new head.", "Abu Hammam al Buwaidani", "Jaysh al-Islam"),
        ("Al-Shabaab said on Saturday it had picked one of its senior commanders, Ahmed Umar, as its new emir.",
         "Ahmed Umar", "al-Shabaab"),
    ],
)
def test_one_of_its_commanders_chosen_as_head_leads_the_group(extract, text, person, org):
    x = extract(text, published="2015-12-26")
    assert any(f.attrs.get("role") in {"leader", "emir"} for f in find(x, "leadership", person=person, organization=org))


def test_one_of_its_commanders_killed_is_no_new_head(extract):
    x = extract("Al-Shabaab said on Saturday that one of its senior commanders, Ahmed Umar, was killed.", published="2015-12-26")
    assert not any(f.attrs.get("role") in {"leader", "emir"} for f in find(x, "leadership"))


# --------------------------------------------------------------------------- a group's branch in a country is its branch there


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The head of the Islamic State's branch in Afghanistan, Hafiz Saeed Khan, was killed in a U.S. strike.",
         "Islamic State Khorasan Province"),
        ("The Islamic State's branch in Nigeria claimed the attack on Sunday.", "Islamic State West Africa Province"),
    ],
)
def test_a_groups_branch_in_a_country_is_the_branch_known_there(extract, text, org):
    x = extract(text, published="2016-08-12")
    assert any(x.entity(f.args["organization"]).name == org for f in find(x, "branch"))


def test_a_branch_in_a_country_with_no_known_branch_stays_new(extract):
    x = extract("Al-Shabaab's branch in Tanzania claimed the attack on Sunday.", published="2016-08-12")
    assert all("Tanzania" in x.entity(f.args["organization"]).name for f in find(x, "branch"))


# --------------------------------------------------------------------------- deaths: a shared passive, "late"/"dead" beside a name, "as had Y"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Azaad Lalhari, the district commander of the Hizb-ul Mujahideen, was trapped and killed near an orchard "
         "on August 12 by the security forces.", "Azaad Lalhari"),
        ("Abu Kital, a commander of the group, was ambushed and killed by troops near Mocimboa on Monday.", "Abu Kital"),
    ],
)
def test_the_second_of_two_passive_participles_keeps_the_subject(extract, text, person):
    assert find(extract(text, published="2020-08-15"), "death", person=person)


@pytest.mark.parametrize(
    ("text", "dead", "alive"),
    [
        ("Ba'a Idirisa, son of late Muhammad Yusuf, led the faction.", "Muhammad Yusuf", "Ba'a Idirisa"),
        ("The fifth dead commander, Farsan Khalifa, was a senior operative with Hamas.", "Farsan Khalifa", None),
    ],
)
def test_late_or_dead_beside_a_name_is_a_death(extract, text, dead, alive):
    x = extract(text, published="2020-08-15")
    assert find(x, "death", person=dead)
    if alive:
        assert not find(x, "death", person=alive)


def test_a_relative_named_to_say_who_a_man_is_does_not_die(extract):
    x = extract("Ba'a Idirisa, son of Muhammad Yusuf, was killed in February.", published="2020-08-15")
    assert not find(x, "death", person="Muhammad Yusuf")


@pytest.mark.parametrize(
    ("text", "kind", "people"),
    [
        ("Wael Rajab had also been killed, it said, as had Raafat Salman, a senior operative in the Gaza City Brigade.",
         "death", ["Wael Rajab", "Raafat Salman"]),
        ("Police said Ali Musa was arrested on Monday, as were Omar Ali and Hassan Noor.",
         "capture", ["Ali Musa", "Omar Ali", "Hassan Noor"]),
    ],
)
def test_as_had_y_shares_the_fate_told_before(extract, text, kind, people):
    x = extract(text, published="2020-08-15")
    for person in people:
        assert find(x, kind, person=person), person


def test_as_had_been_planned_adds_no_fate(extract):
    x = extract("Ali Musa was arrested on Monday, as had been planned by police.", published="2020-08-15")
    assert len(find(x, "capture")) == 1


# --------------------------------------------------------------------------- alliances formed, joined; umbrella groups founded; future deeds


@pytest.mark.parametrize(
    "text",
    [
        "The Baloch Liberation Army and the Balochistan Liberation Front announced on 30 October 2017 that both organisations have formed an alliance.",
        "The Baloch Liberation Army and the Balochistan Liberation Front said the two groups had formed an alliance.",
    ],
)
def test_both_organisations_formed_an_alliance_is_the_subjects_alliance(extract, text):
    x = extract(text, published="2018-11-10")
    assert find(x, "alliance", a="Baloch Liberation Army", b="Balochistan Liberation Front") or find(
        x, "alliance", a="Balochistan Liberation Front", b="Baloch Liberation Army"
    )


def test_a_group_joining_an_alliance_is_allied_with_its_members(extract):
    x = extract("The Baloch Liberation Army and the Balochistan Liberation Front formed an alliance in 2017. "
                "The Baloch Republican Guards joined the alliance on 20 April 2018.", published="2018-11-10")  # fmt: skip
    for member in ("Baloch Liberation Army", "Balochistan Liberation Front"):
        ties = find(x, "alliance", a="Baloch Republican Guards", b=member)
        assert ties and ties[0].time.start == "2018-04-20" and ties[0].time.end is None, member


def test_joining_an_alliance_never_told_adds_no_tie(extract):
    x = extract("The Baloch Republican Guards joined the alliance on 20 April 2018.", published="2018-11-10")
    assert not find(x, "alliance")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("In a statement on Saturday, the Balochistan Liberation Front and the Baloch Liberation Army announced the "
         "formation of an umbrella organisation, Baloch Raaji Aajoi Sangar.", "Baloch Raaji Aajoi Sangar"),
        ("On Monday the two commanders formed a new group, Jamaat-ul-Ahrar, in Mohmand.", "Jamaat-ul-Ahrar"),
    ],
)
def test_a_group_founded_as_a_generic_noun_with_its_name_beside_it(extract, text, org):
    assert find(extract(text, published="2018-11-10"), "founding", organization=org)


@pytest.mark.parametrize(
    "text",
    [
        "BLA and BLF announced that they will carry out joint attacks on Pakistani forces.",
        "Al-Shabaab said it would launch attacks on Kenyan troops.",
    ],
)
def test_a_deed_announced_for_the_future_is_no_attack(extract, text):
    x = extract(text, published="2018-11-10")
    assert not find(x, "attack") and not find(x, "claim")


# --------------------------------------------------------------------------- a man named with his group: "X of ORG", "ORG's X"


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("A joint operation killed Ali Kalora of the East Indonesia Mujahideen in a village late on Saturday.",
         "Ali Kalora", "East Indonesia Mujahideen"),
        ("Police published pictures of the BLA's Aslam Baloch and his bodyguards.", "Aslam Baloch", "BLA"),
    ],
)
def test_a_man_named_with_his_group_is_its_member(extract, text, person, org):
    assert find(extract(text, published="2021-09-19"), "membership", person=person, organization=org)


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State announced the appointment in its weekly newsletter al-Naba.",
        "Ayman al-Zawahiri of al-Qaeda is the leader of al-Qaeda.",
        "The army's Colonel Ahmed Ali said the base was retaken.",
    ],
)
def test_no_membership_for_a_thing_a_known_leader_or_a_state_officer(extract, text):
    assert not find(extract(text, published="2021-09-19"), "membership")


# --------------------------------------------------------------------------- a speaker named after his title and group


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("The leader of the militant group Boko Haram, Abubakar Shekau, appeared in a new video on Monday.",
         "Abubakar Shekau", "Boko Haram"),
        ("The spokesman of the militant group al-Shabaab, Ali Dhere, said in a statement that the base was taken.",
         "Ali Dhere", "al-Shabaab"),
    ],
)
def test_a_speaker_named_after_his_title_is_the_man_not_the_phrase(extract, text, person, org):
    x = extract(text, published="2016-07-29")
    speakers = [x.entity(f.args["speaker"]) for f in find(x, "statement")]
    assert speakers and all(s.name == person and s.type == "person" for s in speakers), [s.name for s in speakers]


def test_an_unnamed_commander_stays_described(extract):
    x = extract("An al-Shabaab commander said in a statement that the base was taken.", published="2016-07-29")
    assert [x.entity(f.args["speaker"]).name for f in find(x, "statement")] == ["An al-Shabaab commander"]


# --------------------------------------------------------------------------- "in custody"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Former TTP spokesman Molvi Umer and TTP spokesperson Muslim Khan are already in the forces' custody.",
         ["Molvi Umer", "Muslim Khan"]),
        ("Ali Musa, an al-Shabaab commander, remains in police custody in Garissa.", ["Ali Musa"]),
    ],
)
def test_men_in_custody_are_held(extract, text, people):
    x = extract(text, published="2017-04-18")
    for person in people:
        assert find(x, "capture", person=person), person


@pytest.mark.parametrize(
    "text",
    [
        "The hostages are in the custody of al-Shabaab.",
        "Ali Musa is not in police custody, officials said.",
    ],
)
def test_custody_of_unnamed_people_or_denied_is_no_capture(extract, text):
    assert not find(extract(text, published="2017-04-18"), "capture")


# --------------------------------------------------------------------------- no death of a building or of "its leader's"


@pytest.mark.parametrize(
    "text",
    [
        "The attack Tuesday targeted the seaside Corinthia Hotel and also killed five guards.",
        "An analyst said the Sulawesi-based MIT group was unlikely to survive its leader\u2019s death.",
    ],
)
def test_no_death_of_a_building_or_of_a_possessive_phrase(extract, text):
    x = extract(text, published="2018-11-25")
    names = [x.entity(f.args["person"]).name for f in find(x, "death")]
    assert not any("Hotel" in n or n.lower().startswith("its ") for n in names), names


def test_a_descriptive_leader_killed_among_others_stays(extract):
    x = extract("Eleven members of the terrorist group, including its self-proclaimed leader, were killed in "
                "military operations on Friday.", published="2023-12-03")  # fmt: skip
    assert find(x, "death")


# --------------------------------------------------------------------------- a branch named after a region of two words


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Hamas said its West Bank branch confirmed another leader's death.", "West Bank"),
        ("The Pakistani Taliban's Swat Valley faction is led by Mullah Fazlullah.", "Swat Valley"),
    ],
)
def test_a_branch_keeps_every_word_of_its_region(extract, text, part):
    x = extract(text, published="2023-11-26")
    names = [x.entity(f.args["organization"]).name for f in find(x, "branch")]
    assert any(part in n for n in names), names


# --------------------------------------------------------------------------- "blamed for the killing of Y"


@pytest.mark.parametrize(
    ("text", "perp"),
    [
        ("Lalhari was blamed for the killing of a policeman in Pulwama in 2019.", "Lalhari"),
        ("Police blamed al-Shabaab for the murder of two teachers in Mandera last year.", "al-Shabaab"),
        ("Under the radar of the agencies since 2014 and blamed for the killing of a policeman and a soldier, "
         "Lalhari was marked dead in the long list of militants.", "Lalhari"),
    ],
)
def test_blamed_for_a_killing_is_an_alleged_attack(extract, text, perp):
    attacks = find(extract(text, published="2020-08-15"), "attack", perpetrator=perp)
    assert attacks and all(f.modality == "alleged" for f in attacks)


@pytest.mark.parametrize(
    "text",
    [
        "Lalhari was not blamed for the killing of the policeman, officials said.",
        "Police blamed the heavy rain for the killing of two farmers in a landslide.",
    ],
)
def test_no_blame_or_no_one_to_blame_is_no_attack(extract, text):
    assert not find(extract(text, published="2020-08-15"), "attack")


# --------------------------------------------------------------------------- a name glossed in square brackets


def _one_man(x, a: str, b: str) -> bool:
    for e in x.entities:
        names = {e.name, *e.aliases}
        if a in names and b in names:
            return True
    return any(
        {x.entity(f.args["a"]).name, x.entity(f.args["b"]).name} == {a, b} for f in find(x, "identity")
    )


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ('"Following the promise of our emir, Abou Moussab [Algerian Abdelmalek Droukdel], a group of mujahedeen '
         'penetrated the mining site," the message said.', "Abou Moussab", "Abdelmalek Droukdel"),
        ('"Our brother Abu Dujana [Ahmed Umar Diriye] leads the fighters," the statement said.',
         "Abu Dujana", "Ahmed Umar Diriye"),
    ],
)
def test_a_name_glossed_in_brackets_is_the_same_man(extract, text, a, b):
    assert _one_man(extract(text, published="2010-09-23"), a, b)


def test_a_bracketed_word_that_names_no_man_is_no_identity(extract):
    x = extract('"He rose to become qadi [judge] of the fighters," the statement said of Abu Dujana.', published="2010-09-23")
    assert not find(x, "identity")


# --------------------------------------------------------------------------- "the organization" is not the group in "X-linked"


@pytest.mark.parametrize(
    ("text", "org", "not_org"),
    [
        ("The car was carrying leaders from the al-Qaeda-linked Hurras al-Din group. Abu Dhar al-Masri was reported "
         "to be a judge within the organization before his death.", "Hurras al-Din", "al-Qaeda"),
        ("Fighters of the ISIS-inspired Maute group attacked the town. Abdullah Maute was a commander within the "
         "organization, officials said.", "Maute", "Islamic State"),
    ],
)
def test_the_group_a_linked_word_describes_is_the_topic(extract, text, org, not_org):
    x = extract(text, published="2020-10-17")
    orgs = [x.entity(f.args["organization"]).name for f in find(x, "membership") + find(x, "leadership")]
    assert any(org in o for o in orgs) and not_org not in orgs, orgs
