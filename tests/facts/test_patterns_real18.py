"""Rules for published reporting (issue 7), stop 34: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

LEAD = "The lead paragraph of this story is about the war. "

# --------------------------------------------------------------------------- a group's name before an attack noun


@pytest.mark.parametrize(
    ("text", "perp", "year"),
    [
        (LEAD + "The junction was the scene of a massive al-Shabaab truck bombing in 2017 that killed more than 500 people.",
         "al-Shabaab", "2017"),
        (LEAD + "In 2019, an Islamic State suicide bombing at a wedding in Kabul killed 63 people.", "Islamic State", "2019"),
        (LEAD + "The attack recalled the 2015 ISIS bombing of a Russian airliner over Sinai.", "ISIS", "2015"),
    ],
)
def test_a_group_named_before_an_attack_noun_is_its_doer(extract, text, perp, year):
    x = extract(text, published="2020-12-01")
    attack = one(x, "attack", perpetrator=perp)
    assert attack.time is not None and attack.time.start == year


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Officials fear an al-Shabaab attack on the capital.",  # a fear, no deed, no date, no toll
        LEAD + "An anti-ISIS raid in 2019 killed 12 people near Raqqa.",  # the group is what it was against
        LEAD + "Al-Shabaab attacks on villages are common in the region.",  # a habit
    ],
)
def test_a_group_named_before_an_attack_noun_needs_a_deed_told(extract, text):
    x = extract(text, published="2020-12-01")
    assert not [f for f in find(x, "attack") if f.args.get("perpetrator")]


def test_the_attack_told_again_later_is_the_same_attack(extract):
    x = extract(
        "ISIS fighters attacked a military hospital in Kabul on Tuesday, killing 25 people. "
        "The hospital lies in one of the more affluent neighborhoods of the capital. "
        "It has 400 beds. "
        "The hospital treated both Taliban fighters and soldiers. "
        "A Taliban spokesman said the attack was executed by several members of the Islamic State.",
        published="2021-11-02",
    )
    assert len(find(x, "attack", perpetrator="ISIS")) == 1


# --------------------------------------------------------------------------- those who died with him, the dead named


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (LEAD + "The group said its commander Aslam Baloch was killed along with Kareem Marri and Sadiq Baloch in an attack on Monday.",
         ("Kareem Marri", "Sadiq Baloch")),
        (LEAD + "Police said Abu Bakar Bashir was shot dead together with Yusuf Hamid near the market.", ("Yusuf Hamid",)),
    ],
)
def test_those_killed_along_with_him_died_too(extract, text, others):
    x = extract(text, published="2020-08-15")
    for person in others:
        assert find(x, "death", person=person), person


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (LEAD + "Those killed included Abu Talha, a senior al-Shabaab commander, and his deputy Ali Hussein.",
         ("Abu Talha", "Ali Hussein")),
        (LEAD + "The army spokesman said the dead are Abdul Karim Musa and Ibrahim Sadiq, two rebel commanders.",
         ("Abdul Karim Musa", "Ibrahim Sadiq")),
    ],
)
def test_the_dead_named_by_a_copula_or_include(extract, text, dead):
    x = extract(text, published="2020-08-15")
    for person in dead:
        assert find(x, "death", person=person), person


def test_the_named_who_are_not_the_dead_did_not_die(extract):
    x = extract(LEAD + "Those arrested included Abu Talha and his deputy Ali Hussein.", published="2020-08-15")
    assert not find(x, "death")
    x = extract(LEAD + "The leaders are Abu Talha and Ali Hussein, the statement said.", published="2020-08-15")
    assert not find(x, "death")


# --------------------------------------------------------------------------- a group's deed told in a relative clause on it


@pytest.mark.parametrize(
    ("text", "perp"),
    [
        (LEAD + "Al-Shabaab, which killed more than 500 people in a 2017 truck bombing in Mogadishu, has stepped up attacks.",
         "al-Shabaab"),
        (LEAD + "Boko Haram, which killed 60 villagers in Gubio in June, remains active in the region.", "Boko Haram"),
    ],
)
def test_a_groups_killing_told_in_a_relative_clause_is_its_attack(extract, text, perp):
    x = extract(text, published="2020-12-01")
    assert find(x, "attack", perpetrator=perp)


def test_a_relative_clause_on_an_attack_is_no_second_attack(extract):
    x = extract(LEAD + "Al-Shabaab claimed the bombing, which killed 20 people at a market in Mogadishu on Monday.",
                published="2020-12-01")
    assert len(find(x, "attack")) == 1


# --------------------------------------------------------------------------- a fronted participle: "Founded in 2002 by X, Boko Haram ..."


@pytest.mark.parametrize(
    ("text", "org", "founder", "year"),
    [
        (LEAD + "Founded in 2002 by Mohammed Yusuf, Boko Haram launched an armed uprising in 2009.",
         "Boko Haram", "Mohammed Yusuf", "2002"),
        (LEAD + "Established in 2016 by Abdulqadir Mumin, the Islamic State in Somalia now controls parts of Puntland.",
         "Islamic State in Somalia", "Abdulqadir Mumin", "2016"),
    ],
)
def test_a_fronted_participle_founds_the_main_clauses_subject(extract, text, org, founder, year):
    x = extract(text, published="2020-12-01")
    founding = one(x, "founding", organization=org)
    assert founding.time is not None and founding.time.start == year
    assert find(x, "leadership", person=founder, organization=org)


def test_a_fronted_participle_with_its_own_subject_is_no_founding_of_the_main_one(extract):
    x = extract(LEAD + "When Boko Haram was founded in 2002, Mohammed Yusuf preached in Maiduguri.", published="2020-12-01")
    assert not find(x, "leadership", person="Mohammed Yusuf")


# --------------------------------------------------------------------------- "A and B have close ties"


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (LEAD + "Al-Shabaab and al-Qaeda in the Arabian Peninsula have close ties, officials say.",
         "al-Shabaab", "al-Qaeda in the Arabian Peninsula"),
        (LEAD + "Lashkar-e-Taiba and Jaish-e-Mohammed maintain strong links, according to Indian officials.",
         "Lashkar-e-Taiba", "Jaish-e-Mohammed"),
    ],
)
def test_two_groups_having_ties_are_allied(extract, text, a, b):
    x = extract(text, published="2020-12-01")
    assert find(x, "alliance", a=a, b=b) or find(x, "alliance", a=b, b=a)


def test_two_groups_with_no_ties_are_not_allied(extract):
    x = extract(LEAD + "Al-Shabaab and the Islamic State have no known ties, officials say.", published="2020-12-01")
    assert not find(x, "alliance")


# --------------------------------------------------------------------------- "took over as al-Qaeda chief after X was killed"


@pytest.mark.parametrize(
    ("text", "successor", "predecessor", "org"),
    [
        (LEAD + "Ayman al-Zawahiri took over as al-Qaeda chief after Osama bin Laden was killed in 2011.",
         "Ayman al-Zawahiri", "Osama bin Laden", "al-Qaeda"),
        (LEAD + "Abu Ubaidah stepped in as al-Shabaab emir after Ahmed Godane was killed in September 2014.",
         "Abu Ubaidah", "Ahmed Godane", "al-Shabaab"),
    ],
)
def test_a_role_before_a_time_clause_is_the_new_leaders(extract, text, successor, predecessor, org):
    x = extract(text, published="2020-12-01")
    assert find(x, "leadership", person=successor, organization=org)
    assert not find(x, "leadership", person=predecessor, organization=org) or find(
        x, "succession", successor=successor, predecessor=predecessor
    )
    assert find(x, "death", person=predecessor)


# --------------------------------------------------------------------------- a platform is never "the group"; no group is its own branch


def test_a_messaging_platform_is_not_the_group_a_text_is_about(extract):
    x = extract(LEAD + "In a video released on Telegram, the group's spokesman Ali Dhere warned of more attacks.",
                published="2020-12-01")
    assert not find(x, "leadership", organization="Telegram")
    assert not find(x, "statement", organization="Telegram")


def test_no_group_is_its_own_branch(extract):
    x = extract(LEAD + "The Islamic State recognised the Sinai group as one of its provinces, calling it Wilayat Sinai.",
                published="2020-12-01")
    assert not [f for f in find(x, "branch") if f.args["organization"] == f.args["parent"]]


@pytest.mark.parametrize(
    ("text", "part", "parent"),
    [
        (LEAD + "The ADF became part of the Islamic State's Central Africa Province in 2019.",
         "Allied Democratic Forces", "Islamic State Central Africa Province"),
        (LEAD + "In 2014 the Ansar Bayt al-Maqdis group became a branch of the Islamic State.", "Ansar Bayt al-Maqdis", "Islamic State"),
    ],
)
def test_a_group_that_became_part_of_another_is_its_branch(extract, text, part, parent):
    x = extract(text, published="2020-12-01")
    branch = one(x, "branch", organization=part, parent=parent)
    assert branch.time is not None and branch.time.start is not None and branch.time.end is None


# --------------------------------------------------------------------------- "A spokesman for the Houthis, Yahya Saree, said"


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (LEAD + "A spokesman for the Houthis, Yahya Saree, said the group had captured the district.", "Yahya Saree", "Houthis"),
        (LEAD + "A commander of al-Shabaab, Ali Hussein, said the group had captured the district.", "Ali Hussein", "al-Shabaab"),
    ],
)
def test_a_titles_group_set_off_before_the_name_is_the_group(extract, text, person, org):
    x = extract(text, published="2020-12-01")
    assert find(x, "leadership", person=person, organization=org) or find(x, "membership", person=person, organization=org)


# --------------------------------------------------------------------------- a state force's strike on an armed group's men


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (LEAD + "Troops killed 20 ISWAP fighters in Marte on Tuesday, the army said.", 20),
        (LEAD + "A US drone strike killed three al-Shabaab militants near Jilib on Sunday, AFRICOM said.", 3),
        (LEAD + "The military said it had killed 50 Boko Haram fighters in an air strike on their camp in the Sambisa forest.", 50),
    ],
)
def test_a_force_killing_an_armed_groups_men_is_an_attack_by_the_force(extract, text, count):
    x = extract(text, published="2020-12-01")
    attacks = find(x, "attack")
    assert len(attacks) == 1
    perp = x.entity(attacks[0].args["perpetrator"])
    assert perp is not None and perp.type in {"organization", "location"}
    assert attacks[0].attrs.get("killed", {}).get("min") == count


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Algerian forces have killed 110 fighters in 2014, according to a military source.",  # a tally
        LEAD + "Twenty ISWAP fighters were killed in Marte on Tuesday.",  # nobody said who
        LEAD + "Troops killed a goat near the camp on Tuesday.",  # no armed men
    ],
)
def test_no_force_attack_without_a_strike_on_armed_men(extract, text):
    x = extract(text, published="2020-12-01")
    assert not [f for f in find(x, "attack") if (p := x.entity(f.args.get("perpetrator"))) is not None and "forces" in p.name.lower()]


# --------------------------------------------------------------------------- "Its leadership included A, B and C"


@pytest.mark.parametrize(
    ("text", "org", "people"),
    [
        (LEAD + "The Resistance Front is an offshoot of Lashkar-e-Taiba. Its leadership included Sajid Jatt, Sajjad Gul and Salim Rehmani.",
         "The Resistance Front", ("Sajid Jatt", "Sajjad Gul", "Salim Rehmani")),
        (LEAD + "Al-Shabaab's leadership comprises Ahmed Diriye and Mahad Karate, officials said.", "al-Shabaab",
         ("Ahmed Diriye", "Mahad Karate")),
    ],
)
def test_the_people_a_groups_leadership_includes_lead_it(extract, text, org, people):
    x = extract(text, published="2020-12-01")
    for person in people:
        assert find(x, "leadership", person=person, organization=org), person


def test_a_leadership_that_includes_no_names_makes_no_leader(extract):
    x = extract(LEAD + "Al-Shabaab's leadership includes veterans of the Afghan war.", published="2020-12-01")
    assert not find(x, "leadership")


def test_fighters_associated_with_a_group_are_its_members(extract):
    x = extract(LEAD + "Police arrested Yusuf Ali and Omar Hassan, two fighters associated with the Islamic State, in Raqqa.",
                published="2020-12-01")
    assert find(x, "membership", organization="Islamic State")


# --------------------------------------------------------------------------- killed "in an operation by" a force


def test_killed_in_an_operation_by_a_force_is_the_forces_attack(extract):
    x = extract(LEAD + "Abu Huzeifa, a senior Islamic State commander, was killed in an operation by Mali's security forces, the army said.",
                published="2024-04-30")
    attack = one(x, "attack", target="Abu Huzeifa")
    assert attack.attrs.get("method") == "raid"
    assert one(x, "death", person="Abu Huzeifa").args.get("killer") == attack.args["perpetrator"]


def test_killed_in_an_operation_by_nobody_named_is_no_attack(extract):
    x = extract(LEAD + "Abu Huzeifa, a senior Islamic State commander, was killed in a military operation, the army said.",
                published="2024-04-30")
    assert not find(x, "attack")


# --------------------------------------------------------------------------- "X said he ordered the attack on Y"; a claim's own date


@pytest.mark.parametrize(
    ("text", "perp", "target"),
    [
        (LEAD + "Chechen warlord Doku Umarov has said he ordered the deadly bomb attack last month on a Moscow airport.",
         "Doku Umarov", "Moscow airport"),
        (LEAD + "Prosecutors say Abu Khalid planned the 2015 attack on the Bardo museum in Tunis.", "Abu Khalid", "Bardo museum"),
    ],
)
def test_who_ordered_or_planned_an_attack_is_its_perpetrator(extract, text, perp, target):
    x = extract(text, published="2011-02-08")
    assert find(x, "attack", perpetrator=perp)


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "The Pentagon said Mansour had been planning attacks against US and Afghan forces.",  # none done
        LEAD + "Officials said Mansour ordered attacks on the army.",  # a habit, no one attack
    ],
)
def test_planning_attacks_is_no_attack(extract, text):
    assert not find(extract(text, published="2016-05-26"), "attack")


def test_a_claim_with_its_own_date_is_of_the_attack_of_that_date(extract):
    x = extract(
        LEAD + "Chechen warlord Doku Umarov has said he ordered the deadly bomb attack last month on a Moscow airport. "
        "He has also claimed the March 2010 suicide bombings on the Moscow Metro in which 39 people died.",
        published="2011-02-08",
    )
    metro = one(x, "attack", target="Moscow Metro")
    assert metro.time is not None and metro.time.start == "2010-03"
    assert len(find(x, "attack", perpetrator="Doku Umarov")) == 2


# --------------------------------------------------------------------------- "the 2016 attack and a wave of bombings last month"


def test_a_wave_of_bombings_listed_after_an_attack_is_one_more_attack_with_its_own_date(extract):
    x = extract(LEAD + "Authorities have said JAD was involved in the 2016 Jakarta attack and a wave of suicide bombings last month in Surabaya.",
                published="2018-06-23")
    starts = sorted(f.time.start for f in find(x, "attack", perpetrator="JAD") if f.time is not None)
    assert starts == ["2016", "2018-05"]


def test_a_wave_of_something_else_is_no_attack(extract):
    x = extract(LEAD + "Authorities have said JAD was involved in the 2016 Jakarta attack and a wave of arrests last month in Surabaya.",
                published="2018-06-23")
    assert len(find(x, "attack", perpetrator="JAD")) == 1


# --------------------------------------------------------------------------- "appointed after his predecessor X was killed"


@pytest.mark.parametrize(
    ("text", "new", "dead"),
    [
        (LEAD + "Al-Muhajir was appointed the IS official spokesman after his predecessor Abu Muhammad al-Adnani was killed in a US-led airstrike in Aleppo in August 2016.",
         "Al-Muhajir", "Abu Muhammad al-Adnani"),
        (LEAD + "Abu Ubaidah was named emir of al-Shabaab after Ahmed Godane was killed by a US drone in September 2014.",
         "Abu Ubaidah", "Ahmed Godane"),
    ],
)
def test_the_one_killed_in_the_time_clause_is_the_predecessor_not_the_appointee(extract, text, new, dead):
    x = extract(text, published="2018-05-03")
    assert find(x, "death", person=dead)
    assert not find(x, "death", person=new)


# --------------------------------------------------------------------------- "claimed to have killed dozens of peacekeepers"


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Al-Shabaab militants are claiming to have killed dozens of African Union peacekeepers in a dawn raid Friday on their base.",
        LEAD + "Al-Shabaab claimed to have killed 20 soldiers in a raid on a base on Friday.",
    ],
)
def test_a_group_claiming_to_have_killed_claims_the_attack(extract, text):
    x = extract(text, published="2016-01-15")
    attack = one(x, "attack", perpetrator="al-Shabaab")
    assert attack.modality == "claimed"
    claim = one(x, "claim", claimant="al-Shabaab")
    assert claim.args["attack"] == attack.id


def test_a_group_denying_it_killed_claims_nothing(extract):
    x = extract(LEAD + "Al-Shabaab denied claiming to have killed 20 soldiers in a raid on a base on Friday.", published="2016-01-15")
    assert not find(x, "claim", claimant="al-Shabaab")


# --------------------------------------------------------------------------- "known by the alias Y", "went by the noms de guerre A, B and C"


def test_known_by_the_alias_names_the_same_man(extract):
    x = extract(LEAD + "Abu Huzeifa, known by the alias Higgo, was a commander in the Islamic State in the Greater Sahara.",
                published="2024-04-30")
    man = next(e for e in x.entities if e.name == "Abu Huzeifa" or "Abu Huzeifa" in e.aliases)
    assert "Higgo" in {man.name, *man.aliases}


def test_every_nom_de_guerre_listed_is_the_same_mans(extract):
    x = extract(LEAD + "Qurayshi - who also went by the noms de guerre Hajji Abdullah, Amir Mohammed Said Abdul Rahman al-Mawla "
                "and Abdullah Qardash - became IS leader in 2019.", published="2022-02-03")
    man = next(e for e in x.entities if "Qurayshi" in {e.name, *e.aliases})
    assert {"Hajji Abdullah", "Abdullah Qardash"} <= {man.name, *man.aliases}


def test_a_list_after_a_nom_de_guerre_stops_at_other_words(extract):
    x = extract(LEAD + "Qurayshi, who went by the nom de guerre Hajji Abdullah, met Abu Bakr al-Baghdadi in prison.", published="2022-02-03")
    man = next(e for e in x.entities if "Qurayshi" in {e.name, *e.aliases})
    assert "Abu Bakr al-Baghdadi" not in {man.name, *man.aliases}


# --------------------------------------------------------------------------- "two suicide bombers, identified as A and B"


def test_suicide_bombers_identified_by_name_each_died(extract):
    x = extract(LEAD + "The Islamic State claimed the attack on the election commission in Tripoli. Two suicide bombers, "
                "identified as Abu Ayyub and Abu Tawfiq, targeted the building, the statement said.", published="2018-05-03")
    for person in ("Abu Ayyub", "Abu Tawfiq"):
        assert find(x, "death", person=person), person


def test_gunmen_identified_by_name_did_not_die_for_it(extract):
    x = extract(LEAD + "The Islamic State claimed the attack on the election commission in Tripoli. Two gunmen, "
                "identified as Abu Ayyub and Abu Tawfiq, targeted the building, the statement said.", published="2018-05-03")
    assert not find(x, "death", person="Abu Ayyub")


# --------------------------------------------------------------------------- "al-Qaeda-linked al-Shabab" torn apart; a group's named units


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Meanwhile, the al-Qaeda-linked al-Shabab did not comment on the Puntland incident.",
        LEAD + "The al-Qaeda-linked al-Shabab group claimed the attack.",
    ],
)
def test_a_torn_compound_link_adjective_ties_the_two_groups(extract, text):
    x = extract(text, published="2018-02-01")
    assert find(x, "alliance", a="al-Shabaab", b="al-Qaeda") or find(x, "alliance", a="al-Qaeda", b="al-Shabaab")


@pytest.mark.parametrize(
    ("text", "part", "parent"),
    [
        (LEAD + "Jafar joined Ansar Dine's Katibat Macina in southern Mali.", "Katibat Macina", "Ansar Dine"),
        (LEAD + "The assault was aided by members of another Ansar Dine unit, Katibat Serma.", "Katibat Serma", "Ansar Dine"),
        (LEAD + "The Baloch Liberation Army said the assault had been carried out by its specialised units - the Majeed "
         "Brigade, STOS and Fateh Squad.", "Fateh Squad", "Baloch Liberation Army"),
    ],
)
def test_a_groups_named_unit_is_its_branch(extract, text, part, parent):
    x = extract(text, published="2018-02-01")
    assert find(x, "branch", organization=part, parent=parent)


def test_a_groups_post_or_council_is_no_branch(extract):
    x = extract(LEAD + "The Islamic State's Caliph spoke, and AQIM's Council of Dignitaries met.", published="2018-02-01")
    assert not find(x, "branch")


# --------------------------------------------------------------------------- "detonated a car laden with explosives aimed at the convoy"


@pytest.mark.parametrize(
    ("text", "perp", "target"),
    [
        (LEAD + "ISIL, in a statement posted on a messaging service it uses, said it detonated a car laden with explosives "
         "aimed at the governor's convoy in Aden.", "Islamic State", "governor's convoy"),
        (LEAD + "Al-Shabaab fighters detonated an explosives-packed truck at the gate of the base on Monday.", "al-Shabaab", "gate"),
    ],
)
def test_a_rigged_vehicle_detonated_is_a_bombing(extract, text, perp, target):
    x = extract(text, published="2015-12-06")
    attack = one(x, "attack", perpetrator=perp)
    assert attack.attrs.get("method") == "bombing"


def test_a_car_detonated_with_nothing_aimed_at_is_no_attack(extract):
    x = extract(LEAD + "Police detonated a suspicious car on Monday.", published="2015-12-06")
    assert not find(x, "attack")


# --------------------------------------------------------------------------- "claimed the massacre in Peshawar, which killed 150"


def test_a_claimed_attack_whose_toll_the_parse_hung_on_its_place(extract):
    x = extract(LEAD + "The Pakistani Taliban claimed responsibility for the school massacre in Peshawar, which killed 150 people, "
                "mostly children.", published="2014-12-17")
    attack = one(x, "attack", perpetrator="Pakistani Taliban")
    assert attack.attrs.get("killed", {}).get("min") == 150
    assert one(x, "claim", claimant="Pakistani Taliban").args["attack"] == attack.id


# --------------------------------------------------------------------------- pledges: "to IS leader X" misparsed; "to the group" not his own


def test_a_pledge_to_an_is_leader_whatever_the_parse(extract):
    x = extract(LEAD + "In 2014, Abu Sayyaf leader Isnilon Hapilon swore allegiance to IS leader Abu Bakr al-Baghdadi.",
                published="2020-12-01")
    assert find(x, "pledge", pledger="Isnilon Hapilon", recipient="Abu Bakr al-Baghdadi")
    assert not find(x, "pledge", pledger="Islamic State")


def test_a_leader_pledging_to_the_group_pledges_to_the_other_group(extract):
    x = extract(LEAD + "The ADF has been an IS affiliate since 2019, when its leader Musa Baluku declared allegiance to the group.",
                published="2020-12-01")
    assert find(x, "pledge", pledger="Musa Baluku", recipient="Islamic State")
    assert not find(x, "pledge", pledger="Musa Baluku", recipient="Allied Democratic Forces")


# --------------------------------------------------------------------------- "left the group and formed his own outfit, X"; "turned against"


def test_his_own_outfit_named_after_a_comma_is_founded_by_him(extract):
    x = extract(LEAD + "A senior Hizbul Mujahideen commander, Zakir Musa, left the group in 2017 and formed his own outfit, "
                "Ansar Ghazwat-ul-Hind.", published="2020-12-01")
    founding = one(x, "founding", organization="Ansar Ghazwat-ul-Hind")
    assert founding.time is not None and founding.time.start == "2017"
    assert find(x, "leadership", person="Zakir Musa", organization="Ansar Ghazwat-ul-Hind")


def test_a_member_who_turned_against_his_group_defected(extract):
    x = extract(LEAD + "Ahmad Madobe, who once fought for al-Shabaab, later turned against the group.", published="2020-12-01")
    assert find(x, "defection", member="Ahmad Madobe")


def test_people_never_in_a_group_who_turned_against_it_did_not_defect(extract):
    x = extract(LEAD + "The villagers turned against al-Shabaab after the killings.", published="2020-12-01")
    assert not find(x, "defection")


# --------------------------------------------------------------------------- "the body of X was recovered"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (LEAD + "The body of Abu Hamza, an ISWAP commander, was recovered after the battle.", ("Abu Hamza",)),
        (LEAD + "Troops found the bodies of Ali Musa and Yusuf Bello near the camp on Friday.", ("Ali Musa", "Yusuf Bello")),
    ],
)
def test_a_named_mans_body_found_is_his_death(extract, text, dead):
    x = extract(text, published="2020-12-01")
    for person in dead:
        death = one(x, "death", person=person)
        assert death.time is None or death.time.start is None  # dead by then, not dying that day


def test_a_body_of_no_one_named_is_no_death(extract):
    x = extract(LEAD + "The group displayed the dead body of its former leader in a video.", published="2020-12-01")
    assert not find(x, "death")


# --------------------------------------------------------------------------- "according to a statement carried by the group's Amaq agency"


def test_an_attack_told_on_the_groups_own_statement_is_its_claim(extract):
    x = extract("Islamic State militants have stepped up attacks in the southern Philippines. According to a statement carried "
                "by the group's Amaq news agency, Islamic State fighters carried out the attack on the church in Jolo on Sunday.",
                published="2020-12-01")
    attack = one(x, "attack", perpetrator="Islamic State")
    assert attack.modality == "claimed"
    assert one(x, "claim", claimant="Islamic State").args["attack"] == attack.id


def test_an_attack_told_on_the_armys_word_is_no_claim(extract):
    x = extract("Islamic State militants have stepped up attacks in the southern Philippines. According to the army, Islamic "
                "State fighters carried out the attack on the church in Jolo on Sunday.", published="2020-12-01")
    assert not find(x, "claim")
    assert one(x, "attack", perpetrator="Islamic State").modality != "claimed"


# --------------------------------------------------------------------------- "X's new leader, Y, was appointed ... in August 2016"


def test_a_new_leader_appointed_in_the_passive_starts_then(extract):
    x = extract(LEAD + "ISWAP's new leader, Abu Musab al-Barnawi, was appointed by the Islamic State in August 2016, "
                "replacing Abubakar Shekau.", published="2020-12-01")
    post = one(x, "leadership", person="Abu Musab al-Barnawi")
    assert post.time is not None and post.time.start == "2016-08"


def test_a_leader_identified_in_the_passive_has_no_start(extract):
    x = extract(LEAD + "ISWAP's leader, Abu Musab al-Barnawi, was identified by the army in August 2016.", published="2020-12-01")
    post = one(x, "leadership", person="Abu Musab al-Barnawi")
    assert post.time is None or post.time.start != "2016-08"


# --------------------------------------------------------------------------- "numerous attacks, including A, B and C"; "notorious for"


def test_the_attacks_named_after_including_are_each_the_groups(extract):
    x = extract(LEAD + "Al-Shabaab has carried out numerous attacks in Kenya, including the 2013 Westgate mall siege, the 2015 "
                "Garissa University massacre and the 2019 DusitD2 hotel attack.", published="2020-12-01")
    starts = sorted(f.time.start for f in find(x, "attack", perpetrator="al-Shabaab") if f.time is not None)
    assert starts == ["2013", "2015", "2019"]


def test_attacks_of_a_kind_with_no_list_are_none(extract):
    x = extract(LEAD + "Al-Shabaab has carried out numerous attacks in Kenya in recent years.", published="2020-12-01")
    assert not find(x, "attack")


def test_a_group_notorious_for_attacks_did_them(extract):
    x = extract(LEAD + "Boko Haram is notorious for the 2014 kidnapping of 276 schoolgirls from Chibok and for a 2019 attack on "
                "Gubio that killed 81 people.", published="2020-12-01")
    starts = sorted(f.time.start for f in find(x, "attack", perpetrator="Boko Haram") if f.time is not None)
    assert starts == ["2014", "2019"]


# --------------------------------------------------------------------------- a tally is no attack; "IS said ... carried out the attack"


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "The ADF has killed more than 1,000 civilians since the start of 2019, according to U.N. figures.",
        LEAD + "Boko Haram fighters have killed hundreds of villagers so far this year.",
    ],
)
def test_a_present_perfect_tally_is_no_attack(extract, text):
    assert not find(extract(text, published="2020-10-20"), "attack")


def test_a_group_saying_it_carried_out_the_attack_just_told_claims_it(extract):
    x = extract("ADF fighters stormed the Kangbayi central prison in Beni on Tuesday and freed 900 inmates, the mayor said. "
                "Islamic State said fighters from its Central Africa Province carried out the attack.",
                published="2020-10-20")
    attacks = find(x, "attack")
    assert len(attacks) == 1
    assert one(x, "claim", claimant="Islamic State").args["attack"] == attacks[0].id


# --------------------------------------------------------------------------- "a member of the JAD cell in Surabaya"


def test_a_member_of_a_groups_cell_is_its_member(extract):
    x = extract(LEAD + "Police said Ahmad Yusuf was a member of the JAD cell in Surabaya.", published="2020-12-01")
    assert find(x, "membership", person="Ahmad Yusuf", organization="Jamaah Ansharut Daulah")


def test_a_member_of_a_prison_cell_is_no_member(extract):
    x = extract(LEAD + "Police said Ahmad Yusuf shared a cell with two thieves in Surabaya.", published="2020-12-01")
    assert not find(x, "membership")


# --------------------------------------------------------------------------- a name the NER took for a group's, described as a man


def test_a_name_described_as_a_figure_is_a_man_captured(extract):
    x = extract(LEAD + "Indonesian counter-terrorism police detained Zulkarnaen, a senior Jemaah Islamiyah figure, in Lampung on Thursday.",
                published="2020-12-01")
    capture = one(x, "capture", person="Zulkarnaen")
    assert capture.time is not None and capture.time.start == "2020-11-26"


def test_a_known_group_described_oddly_stays_a_group(extract):
    x = extract(LEAD + "Police detained members of Jemaah Islamiyah, a militant network, in Lampung on Thursday.", published="2020-12-01")
    assert not find(x, "capture", person="Jemaah Islamiyah")


# --------------------------------------------------------------------------- "Ousmane Dicko, head of JNIM in Burkina" (the NER's group)


def test_a_name_set_off_with_a_mans_title_is_a_man(extract):
    x = extract(LEAD + "Ousmane Dicko, head of JNIM in Burkina, appeared in a video urging residents of Djibo to leave the town.",
                published="2020-12-01")
    man = next(e for e in x.entities if "Dicko" in e.name)
    assert man.type == "person" and man.name == "Ousmane Dicko"
    assert find(x, "statement", speaker="Ousmane Dicko")


def test_a_group_set_off_with_a_title_stays_a_group(extract):
    x = extract(LEAD + "The Macina Liberation Front, head of the alliance in central Mali, attacked a base.", published="2020-12-01")
    assert all(e.type != "person" for e in x.entities if "Front" in e.name)
