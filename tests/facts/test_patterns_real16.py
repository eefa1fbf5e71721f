"""Rules for published reporting (issue 7), stop 32: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find

# --------------------------------------------------------------------------- ties to several groups at once


@pytest.mark.parametrize(
    ("text", "a", "partners"),
    [
        ("The Haqqani network is closely allied with the Afghan Taliban and al-Qaeda, officials said.",
         "Haqqani Network", ["Taliban", "al-Qaeda"]),
        ("Officials said Boko Haram had forged links with al-Shabaab and AQIM.", "Boko Haram", ["al-Shabaab", "AQIM"]),
        ("The Islamic Movement of Uzbekistan has links with the Taliban and al-Qaeda, the report said.",
         "Islamic Movement of Uzbekistan", ["Taliban", "al-Qaeda"]),
    ],
)
def test_ties_to_coordinated_groups_are_one_alliance_each(extract, text, a, partners):
    x = extract(text, published="2020-01-01")
    for b in partners:
        assert find(x, "alliance", a=a, b=b), (b, [f.args for f in find(x, "alliance")])


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Ansar al-Sharia, which has close ties to al-Qaeda in the Islamic Maghreb, denied involvement.",
         "Ansar al-Sharia", "al-Qaeda in the Islamic Maghreb"),
        ("Ansaru is a splinter group of Boko Haram with links to AQIM.", "Ansaru", "AQIM"),
        ("The attack was blamed on Jund al-Aqsa, which maintains ties to the Nusra Front.", "Jund al-Aqsa", "Nusra Front"),
    ],
)
def test_ties_in_a_relative_clause_or_a_with_phrase_are_the_groups(extract, text, a, b):
    assert find(extract(text, published="2020-01-01"), "alliance", a=a, b=b)


@pytest.mark.parametrize(
    "text",
    [
        "Ansar al-Sharia denied that it has any ties to al-Qaeda in the Islamic Maghreb.",
        "Ansar al-Sharia, which cut its ties to al-Qaeda in the Islamic Maghreb last year, denied involvement.",
        "The Haqqani network has no links with al-Qaeda, the spokesman said.",
    ],
)
def test_denied_or_cut_ties_are_no_alliance(extract, text):
    assert not find(extract(text, published="2020-01-01"), "alliance")


# --------------------------------------------------------------------------- ties between two groups; groups fighting together


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The alliance between Boko Haram and the Islamic State has grown stronger.", "Boko Haram", "Islamic State"),
        ("Analysts point to close cooperation between the Taliban and al-Qaeda.", "Taliban", "al-Qaeda"),
        ("Analysts point to close ties between the Taliban and the Haqqani network.", "Taliban", "Haqqani Network"),
    ],
)
def test_ties_between_two_groups_are_an_alliance(extract, text, a, b):
    assert find(extract(text, published="2020-01-01"), "alliance", a=a, b=b)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts doubt there are any ties between the Taliban and the Haqqani network.",
        "The talks between the Taliban and the government broke down in May.",
    ],
)
def test_no_ties_between_two_groups_is_no_alliance(extract, text):
    assert not find(extract(text, published="2020-01-01"), "alliance")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Al-Shabaab and Hizbul Islam fought together against government troops in 2010.", "al-Shabaab", "Hizbul Islam"),
        ("In 2012 Ansar Dine fought together with AQIM against the Malian army.", "Ansar Dine", "AQIM"),
    ],
)
def test_groups_fighting_together_are_allies(extract, text, a, b):
    assert find(extract(text, published="2020-01-01"), "alliance", a=a, b=b)


def test_state_forces_working_together_are_no_alliance(extract):
    x = extract("The army and the police worked together to secure the town after the attack.", published="2020-01-01")
    assert not find(x, "alliance")


# --------------------------------------------------------------------------- "Mr X" is the X named before


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Boko Haram leader Abubakar Shekau appeared in a new video on Monday. In the video, Mr. Shekau "
         "threatened to attack Abuja.", "Abubakar Shekau"),
        ("The US sanctioned Abu Yasir Hassan, a Tanzanian who leads the insurgents in Cabo Delgado. "
         "Police said Mr Hassan had left Tanzania in 2017.", "Abu Yasir Hassan"),
    ],
)
def test_a_courtesy_title_and_surname_is_the_man_named_before(extract, text, full):
    x = extract(text, published="2021-03-15")
    people = [e for e in x.entities if e.type == "person"]
    assert [e.name for e in people] == [full], [(e.name, e.aliases) for e in people]


def test_a_courtesy_title_with_a_new_surname_is_a_new_man(extract):
    x = extract(
        "Boko Haram leader Abubakar Shekau appeared in a new video on Monday. Mr Buhari, the president, "
        "said the army would find him.",
        published="2021-03-15",
    )
    (shekau,) = [e for e in x.entities if e.name == "Abubakar Shekau"]
    assert not any("Buhari" in n for n in shekau.aliases)


# --------------------------------------------------------------------------- "a fighter with X", "fighting with X"


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("The man, identified as Karim Ba, was a fighter with Jama'at Nusrat al-Islam wal-Muslimin.", "Karim Ba",
         "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("Omar Diaby, a French jihadist fighting with al-Nusra Front, was arrested in Idlib.", "Omar Diaby", "al-Nusra Front"),
        ("Abu Ahmed, a senior commander with the Taliban, was killed in Helmand.", "Abu Ahmed", "Taliban"),
    ],
)
def test_a_man_with_a_group_is_its_member(extract, text, person, group):
    assert find(extract(text, published="2020-06-10"), "membership", person=person, organization=group)


def test_fighting_with_a_states_army_is_no_membership(extract):
    x = extract("Ali Mohamed fought with the Somali army against al-Shabaab in 2011.", published="2020-06-10")
    assert not find(x, "membership")


# --------------------------------------------------------------------------- a described man named in a later sentence

_SOMALIA = "The strike came amid a wider campaign against the militants in southern Somalia this year. "


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        (_SOMALIA + "A US airstrike in Somalia killed a senior al-Shabaab commander on Wednesday. "
         "The Pentagon named him as Abdirahman Sandhere.", "Abdirahman Sandhere", "al-Shabaab"),
        (_SOMALIA + "Pentagon spokesman Jeff Davis confirmed that a senior leader of the al Qaeda-affiliated group "
         "al Shabaab was killed in a US air strike on Dec. 2. The Pentagon named him as Abdirahman Sandhere.",
         "Abdirahman Sandhere", "al Shabaab"),
        (_SOMALIA + "A regime drone strike killed a senior Hayat Tahrir al-Sham official on Tuesday. "
         "The group named him as Abu Mousab.", "Abu Mousab", "Hayat Tahrir al-Sham"),
    ],
)
def test_a_described_cadre_killed_and_named_later_is_the_named_man(extract, text, person, group):
    x = extract(text, published="2015-12-07")
    assert find(x, "death", person=person)
    members = [f for f in x.facts if f.type == "membership"]
    assert [f for f in members if find(x, "membership", person=person, organization=group)] and len(members) == 1


def test_a_described_cadre_never_named_is_no_death(extract):
    x = extract(_SOMALIA + "A US airstrike in Somalia killed a senior al-Shabaab commander on Wednesday.",
                published="2015-12-07")
    assert not find(x, "death")


# --------------------------------------------------------------------------- attacks told with "fired at", "torched", "laid siege to", "a bomb planted by"

_LEAD = "The lead paragraph of this story is about the war. "


@pytest.mark.parametrize(
    ("text", "group", "target"),
    [
        (_LEAD + "Two policemen were wounded when Abu Sayyaf gunmen fired at their patrol in Jolo on Monday.",
         "Abu Sayyaf", "patrol"),
        (_LEAD + "Al-Shabaab fighters fired on a bus carrying teachers near Mandera on Friday.", "al-Shabaab", "bus"),
        (_LEAD + "Suspected ISWAP insurgents torched a village near Monguno on Friday, killing nine people.",
         "ISWAP", "village"),
        (_LEAD + "The Taliban laid siege to the provincial capital of Kunduz in September 2015.", "Taliban",
         "provincial capital"),
        (_LEAD + "A car bomb planted by al-Shabaab ripped through a busy market in Mogadishu on Saturday, "
         "killing at least 20 people.", "al-Shabaab", "market"),
        (_LEAD + "A roadside bomb planted by Taliban fighters struck a police vehicle in Helmand on Monday, "
         "killing four officers.", "Taliban", "police vehicle"),
    ],
)
def test_attacks_told_with_more_verbs(extract, text, group, target):
    x = extract(text, published="2022-06-10")
    attacks = find(x, "attack", perpetrator=group)
    assert attacks, [f.args for f in find(x, "attack")]
    assert any(target in n for a in attacks for n in names_of(x, a.args.get("target")))


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Police fired at the attackers, killing two of them.",
        _LEAD + "Soldiers fired on the crowd in Bamako on Friday.",
        _LEAD + "A bomb defused by the army was found near the market in Mogadishu on Saturday.",
    ],
)
def test_state_fire_and_defused_bombs_are_no_group_attack(extract, text):
    x = extract(text, published="2022-06-10")
    assert not [a for a in find(x, "attack") if a.args.get("perpetrator")]


def names_of(x, key):
    return [e.name for e in x.entities if e.id == key] if key else []


# --------------------------------------------------------------------------- a singular title before a name is his alone


def test_a_singular_title_before_a_name_is_not_the_next_mans(extract):
    x = extract(_LEAD + "Security forces killed Abu Sayyaf commander Isnilon Hapilon and Omar Maute in Marawi.",
                published="2017-10-16")
    assert find(x, "leadership", person="Isnilon Hapilon", organization="Abu Sayyaf")
    assert not find(x, "leadership", person="Omar Maute")


def test_a_plural_title_before_names_is_each_ones(extract):
    x = extract(_LEAD + "Security forces killed Abu Sayyaf commanders Isnilon Hapilon and Furuji Indama in Marawi.",
                published="2017-10-16")
    assert find(x, "leadership", person="Isnilon Hapilon", organization="Abu Sayyaf")
    assert find(x, "leadership", person="Furuji Indama", organization="Abu Sayyaf")


# --------------------------------------------------------------------------- pledges: unknown names, "IS", "the caliph of X", "recognized X as leader", switched allegiance


@pytest.mark.parametrize(
    ("text", "pledger", "recipient"),
    [
        (_LEAD + "Musa Baluku swore allegiance to the Islamic State in 2019.", "Musa Baluku", "Islamic State"),
        (_LEAD + "The ADF suffered a split in 2019 after Musa Baluku swore allegiance to the Islamic State.",
         "Musa Baluku", "Islamic State"),
        (_LEAD + "The Abu Sayyaf Group had officially pledged allegiance to the caliph of the Islamic State, "
         "according to a video released by the ASG.", "Abu Sayyaf", "Islamic State"),
        (_LEAD + "Shahid said the commanders of the Taliban in Bajaur have recognized Abu Bakr al-Baghdadi, leader "
         "of Islamic State, as their leader.", "commanders", "Abu Bakr al-Baghdadi"),
        (_LEAD + "The militants are led by former Shabaab cleric Abdiqadir Mumin who switched allegiance from "
         "Al-Qaeda to IS in October 2015.", "Abdiqadir Mumin", "Islamic State"),
    ],
)
def test_pledges_told_in_more_ways(extract, text, pledger, recipient):
    x = extract(text, published="2019-06-01")
    pledges = find(x, "pledge", recipient=recipient)
    assert any(pledger.lower() in " ".join(names_of(x, p.args["pledger"])).lower() for p in pledges), [
        (names_of(x, p.args.get("pledger")), names_of(x, p.args.get("recipient"))) for p in find(x, "pledge")
    ]


def test_recognizing_a_man_as_leader_is_no_post_in_the_recognizers_group(extract):
    x = extract(_LEAD + "The Haqqani network recognizes Mullah Omar as its supreme leader.", published="2013-09-06")
    assert find(x, "pledge", pledger="Haqqani Network", recipient="Mullah Omar")
    assert not find(x, "leadership", person="Mullah Omar", organization="Haqqani Network")


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "The United States does not recognize the Taliban as the government of Afghanistan.",
        _LEAD + "The army said the wounded soldiers were evacuated to Maiduguri.",
    ],
)
def test_no_pledge_from_recognition_of_a_government_or_a_participle(extract, text):
    assert not find(extract(text, published="2019-06-01"), "pledge")


def test_is_after_a_preposition_is_the_group(extract):
    x = extract(_LEAD + "Abdiqadir Mumin switched allegiance from al-Shabaab to IS in October 2015.",
                published="2017-05-24")
    (defection,) = find(x, "defection", member="Abdiqadir Mumin", to="Islamic State")
    assert defection.time is not None and defection.time.start == "2015-10"


# --------------------------------------------------------------------------- "X, replaced by Y"


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Ansarul Islam was founded by Ibrahim Malam Dicko, who was killed in 2017 and replaced by his "
        "brother Jafar Dicko.",
        _LEAD + "Ansarul Islam leader Ibrahim Malam Dicko was killed in 2017, replaced by his brother Jafar Dicko.",
        _LEAD + "Ansarul Islam's attacks dropped after the death of its leader Ibrahim Malam Dicko, replaced by his "
        "brother Jafar Dicko.",
    ],
)
def test_a_man_replaced_by_another_is_succeeded(extract, text):
    x = extract(text, published="2021-10-09")
    assert find(x, "succession", successor="Jafar Dicko", predecessor="Ibrahim Malam Dicko"), [
        (f.type, f.args) for f in x.facts
    ]


def test_a_thing_replaced_by_another_is_no_succession(extract):
    x = extract(_LEAD + "The army said the old checkpoint, replaced by a new base in 2019, was attacked by al-Shabaab.",
                published="2021-10-09")
    assert not find(x, "succession")


# --------------------------------------------------------------------------- martyrdom embraced; killed along with others


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (_LEAD + "The spokesman said that commander Aslam Baloch embraced martyrdom along with Kareem Marri and "
         "Sadiq Baloch in an attack by enemies.", ["Aslam Baloch", "Kareem Marri", "Sadiq Baloch"]),
        (_LEAD + "Police said Abu Talha was killed along with two other militants, Abu Bilal and Abu Saad, in the raid.",
         ["Abu Talha", "Abu Bilal", "Abu Saad"]),
        (_LEAD + "The group said its commander Abu Hamza attained martyrdom in the battle for the town.", ["Abu Hamza"]),
    ],
)
def test_deaths_of_martyrdom_and_of_companions(extract, text, dead):
    x = extract(text, published="2018-12-26")
    for person in dead:
        assert find(x, "death", person=person), (person, [names_of(x, f.args.get("person")) for f in find(x, "death")])


def test_one_arrested_along_with_others_is_no_death(extract):
    x = extract(_LEAD + "Police said Abu Talha was arrested along with two other militants, Abu Bilal and Abu Saad.",
                published="2018-12-26")
    assert not find(x, "death")


# --------------------------------------------------------------------------- "IS" before a verb is the group


@pytest.mark.parametrize(
    ("text", "ftype", "args"),
    [
        (_LEAD + "Two gunmen attacked a police post in Kaspiisk on Monday, wounding two officers. "
         "IS later claimed responsibility.", "claim", {"claimant": "Islamic State"}),
        (_LEAD + "IS fighters stormed the town of Sirte on Monday.", "attack", {"perpetrator": "Islamic State"}),
    ],
)
def test_is_before_a_verb_is_the_islamic_state(extract, text, ftype, args):
    assert find(extract(text, published="2017-08-28"), ftype, **args)


def test_the_verb_is_in_lower_case_is_no_group(extract):
    x = extract(_LEAD + "The town is held by the army, which is fighting al-Shabaab.", published="2017-08-28")
    assert not [e for e in x.entities if e.name == "Islamic State"]


# --------------------------------------------------------------------------- "A and B parted ways with X and joined Y"


def test_each_man_parting_ways_defects_to_the_group_he_joined(extract):
    x = extract(_LEAD + "Maulana Abu Bakar and Qari Zahid parted ways with the Pakistani Taliban and joined the "
                "Islamic State.", published="2015-04-09")
    for man in ("Maulana Abu Bakar", "Qari Zahid"):
        assert find(x, "defection", member=man, to="Islamic State"), [(f.type, f.args) for f in x.facts]


def test_a_man_and_a_group_parting_ways_is_still_his_defection(extract):
    x = extract(_LEAD + "Mukhtar Robow and al-Shabab parted ways in 2013.", published="2015-04-09")
    assert find(x, "defection", member="Mukhtar Robow", **{"from": "al-Shabaab"})


# --------------------------------------------------------------------------- "NAME, the spokesman of X said"


def test_a_name_and_its_description_before_said_are_one_speaker(extract):
    x = extract(_LEAD + "In a statement, Jiyand Baloch, the spokesman of BLA said that the group would fight on.",
                published="2018-12-26")
    assert find(x, "statement", speaker="Jiyand Baloch")
    assert find(x, "leadership", person="Jiyand Baloch")
    assert not [f for f in find(x, "statement") if "spokesman" in " ".join(names_of(x, f.args.get("speaker")))]


def test_a_description_before_a_name_is_still_the_names(extract):
    x = extract(_LEAD + "A little-known group that split from AQIM, the Jund al-Khalifa announced it had killed the hostage.",
                published="2014-09-24")
    assert find(x, "statement", speaker="Jund al-Khalifa")


# --------------------------------------------------------------------------- ", linked to X" after a group at the end of a clause


def test_a_link_set_off_after_a_group_is_the_groups(extract):
    x = extract(_LEAD + "The army killed two officials of the ADF armed group, linked to the Islamic State.",
                published="2023-07-11")
    assert find(x, "alliance", a="Allied Democratic Forces", b="Islamic State")


def test_a_link_set_off_after_no_group_is_no_alliance(extract):
    x = extract(_LEAD + "Police arrested two men in Nairobi, linked to the Islamic State.", published="2023-07-11")
    assert not find(x, "alliance")


# --------------------------------------------------------------------------- "The men are A and B"


def test_described_attackers_named_by_a_copula_are_the_named_men(extract):
    x = extract(_LEAD + "Two Islamic State suicide bombers blew themselves up in a Baghdad market on Thursday, killing "
                "32 people. The men are Abu Yusuf al-Ansari and Muhammad Aref al-Mujahid.", published="2021-01-22")
    for man in ("Abu Yusuf al-Ansari", "Muhammad Aref al-Mujahid"):
        assert find(x, "death", person=man)
        assert find(x, "membership", person=man, organization="Islamic State")


def test_men_described_by_a_copula_without_names_stay_described(extract):
    x = extract(_LEAD + "Three gunmen stormed a hotel in Mogadishu on Friday. The men are friends of the owner.",
                published="2021-01-22")
    assert find(x, "attack") and not find(x, "death")


# --------------------------------------------------------------------------- "named a new leader after the death of its previous chief, X"


def test_the_previous_chief_named_beside_an_appointment_did_not_begin_then(extract):
    x = extract(_LEAD + "Ahrar al-Sham named a new leader on Wednesday after the death of its previous chief, "
                "Hassan Aboud, in an attack in northern Syria.", published="2014-09-10")
    (post,) = find(x, "leadership", person="Hassan Aboud", organization="Ahrar al-Sham")
    assert post.time is None or post.time.start is None, post.time
    assert "begins" not in post.attrs and post.attrs.get("former")


def test_the_new_leader_named_begins_at_the_appointment(extract):
    x = extract(_LEAD + "Ahrar al-Sham named Hesham al-Sheikh as its new leader on Wednesday.", published="2014-09-10")
    (post,) = find(x, "leadership", person="Hesham al-Sheikh", organization="Ahrar al-Sham")
    assert post.time is not None and post.time.start == "2014-09-10"


# --------------------------------------------------------------------------- "al-Shabaab rebels said": the group's voice


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (_LEAD + "Al-Shabaab rebels said the carnage at the mall was in retaliation for the intervention.", "al-Shabaab"),
        (_LEAD + "Boko Haram terrorists attacked the village of Konduga on Monday, killing 12 people.", "Boko Haram"),
    ],
)
def test_rebels_and_terrorists_of_a_group_are_the_group(extract, text, group):
    x = extract(text, published="2023-09-08")
    assert find(x, "statement", speaker=group) or find(x, "attack", perpetrator=group)


# --------------------------------------------------------------------------- "close to", "sympathetic to", "loyal to"


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (_LEAD + "Police blamed Jamaah Ansharut Daulah, a network sympathetic to the Islamic State, for the bombing.",
         "Jamaah Ansharut Daulah", "Islamic State"),
        (_LEAD + "The Haqqani network is close to al-Qaeda, according to UN monitors.", "Haqqani Network", "al-Qaeda"),
        (_LEAD + "Hurras al-Din, a faction loyal to al-Qaeda, was targeted in the strike.", "Hurras al-Din", "al-Qaeda"),
    ],
)
def test_groups_close_sympathetic_or_loyal_to_another_are_linked(extract, text, a, b):
    assert find(extract(text, published="2020-01-01"), "alliance", a=a, b=b)


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Fighting raged close to the Islamic State stronghold of Raqqa.",
        _LEAD + "The army base is close to Boko Haram territory.",
    ],
)
def test_close_to_a_place_is_no_alliance(extract, text):
    assert not find(extract(text, published="2020-01-01"), "alliance")
