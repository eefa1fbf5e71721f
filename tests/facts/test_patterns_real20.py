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


# --------------------------------------------------------------------------- "killed in the strike" told before


@pytest.mark.parametrize(
    ("text", "person", "day"),
    [
        (LEAD + "A witness said there had been an airstrike on Sunday which targeted a vehicle. Officials said "
                "two Islamic State militants, including its deputy leader Abdihakim Dhoqob, were killed in the "
                "strike.", "Abdihakim Dhoqob", "2019-04-14"),
        (LEAD + "A suicide bomber struck a market in Maiduguri on Friday. Police said the Boko Haram commander "
                "Abu Fatima died in the blast.", "Abu Fatima", "2019-04-12"),
    ],
)
def test_a_death_in_the_strike_told_before_takes_its_day(extract, text, person, day):
    x = extract(text, published="2019-04-15")
    death = one(x, "death", person=person)
    assert (death.time.start, death.time.end) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        # the strikes told before are many: none of them is "the strike"
        LEAD + "There were many airstrikes in 2015. Officials said the deputy leader Abdihakim Dhoqob "
               "was killed in the strike.",
        # "a strike": not one told before
        LEAD + "There was an airstrike on Sunday. Officials said the deputy leader Abdihakim Dhoqob was killed "
               "in a strike.",
    ],
)
def test_only_a_definite_strike_named_again_dates_the_death(extract, text):
    x = extract(text, published="2019-04-15")
    death = one(x, "death", person="Abdihakim Dhoqob")
    assert death.time is None or death.time.start is None


# --------------------------------------------------------------------------- "among the ones who were killed"


@pytest.mark.parametrize(
    ("text", "men"),
    [
        (LEAD + "Omar Khalid Khorasani, Mufti Hassan and Hafiz Dawlat Khan were among the ones who were killed "
                "in a roadside blast in Paktika province on Sunday.", ["Omar Khalid Khorasani", "Mufti Hassan",
                                                                       "Hafiz Dawlat Khan"]),
        (LEAD + "Mufti Hassan was among the people who were killed in the raid on Sunday.", ["Mufti Hassan"]),
    ],
)
def test_men_among_the_ones_who_were_killed_died(extract, text, men):
    x = extract(text, published="2022-08-08")
    for man in men:
        death = one(x, "death", person=man)
        assert death.time.start == "2022-08-07"


def test_men_among_the_ones_who_survived_did_not_die(extract):
    x = extract(LEAD + "Mufti Hassan and Hafiz Dawlat Khan were among the ones who survived the blast on Sunday.",
                published="2022-08-08")
    assert not [f for f in x.facts if f.type == "death"]


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Mufti Hassan was killed in an IED blast that reportedly occurred in Paktika province on Sunday night.",
        LEAD + "Mufti Hassan died in a suicide bombing that took place in Kabul on Sunday.",
    ],
)
def test_a_death_in_a_strike_dated_by_its_own_clause(extract, text):
    x = extract(text, published="2022-08-08")
    death = one(x, "death", person="Mufti Hassan")
    assert (death.time.start, death.time.end) == ("2022-08-07", "2022-08-07")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (LEAD + "TTP Mohmand Chief Omar Khalid Khorasani was killed on Sunday.", "Omar Khalid Khorasani"),
        (LEAD + "Shabaab Commander Ahmed Omar Abu Ubaidah was killed on Sunday.", "Ahmed Omar Abu Ubaidah"),
    ],
)
def test_a_post_written_in_capitals_is_not_part_of_the_name(extract, text, name):
    x = extract(text, published="2022-08-08")
    death = one(x, "death")
    assert x.entity(death.args["person"]).name == name


# --------------------------------------------------------------------------- "an ambush that resulted in the deaths of"


@pytest.mark.parametrize(
    ("text", "group", "killed"),
    [
        (LEAD + "JNIM claimed responsibility for an ambush that resulted in the deaths of 50 Russian Wagner "
                "mercenaries.", "Jama'at Nusrat al-Islam wal-Muslimin", 50),
        (LEAD + "Al-Shabaab claimed an attack that resulted in the deaths of 12 Kenyan soldiers.", "al-Shabaab", 12),
    ],
)
def test_a_claimed_attack_told_by_the_deaths_it_resulted_in(extract, text, group, killed):
    x = extract(text, published="2024-07-30")
    attack = one(x, "attack", perpetrator=group)
    assert attack.args.get("target") is not None
    assert attack.attrs["killed"]["min"] == killed
    assert one(x, "claim", claimant=group).args.get("attack") == attack.id


def test_an_attack_that_resulted_in_nothing_named_is_not_recorded_from_the_claim(extract):
    x = extract(LEAD + "JNIM claimed responsibility for an ambush that resulted in heavy losses.", published="2024-07-30")
    assert not [f for f in x.facts if f.type == "attack"]


# --------------------------------------------------------------------------- photo credits; "killed in a bombing by X"


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Mourners gather at a market in Baghdad.(AP: Hadi Mizban) Police said the market was quiet.",
        LEAD + "Mourners gather at a market in Gaza. (AP Photo/Adel Hana) Police said the market was quiet.",
        LEAD + "Fighters parade in Raqqa. (AFP Photo/Delil Souleiman) The group said it controls the city.",
    ],
)
def test_a_photographer_in_a_credit_is_no_one_in_the_story(extract, text):
    x = extract(text, published="2021-01-29")
    names = {e.name for e in x.entities}
    assert not names & {"Hadi Mizban", "Adel Hana", "Delil Souleiman", "AP Photo/Adel Hana", "AFP Photo/Delil Souleiman"}


def test_a_name_in_brackets_that_are_no_credit_stays(extract):
    x = extract(LEAD + "The group said its commander (Abu Khaled) was killed on Monday.", published="2021-01-29")
    assert "Abu Khaled" in {e.name for e in x.entities}


@pytest.mark.parametrize(
    ("text", "group", "day"),
    [
        (LEAD + "At least 32 people were killed in a suicide bombing by Islamic State in a Baghdad market on "
                "Thursday.", "Islamic State", "2021-01-28"),
        (LEAD + "Two soldiers were wounded in an ambush by al-Shabaab near Afgoye on Monday.", "al-Shabaab",
         "2021-01-25"),
    ],
)
def test_people_killed_in_an_attack_by_a_group(extract, text, group, day):
    x = extract(text, published="2021-01-29")
    attack = one(x, "attack", perpetrator=group)
    assert attack.args.get("target") is not None
    assert attack.time.start == day


def test_killed_in_a_strike_by_night_names_no_attacker(extract):
    x = extract(LEAD + "Two soldiers were wounded in an ambush by night near Afgoye on Monday.", published="2021-01-29")
    assert not [f for f in x.facts if f.type == "attack" and f.args.get("perpetrator") is not None]


# --------------------------------------------------------------------------- "he was killed" after "how the leader was killed"


@pytest.mark.parametrize(
    ("text", "dead", "speaker"),
    [
        (LEAD + "Prime Minister Ali Hassan said ISIS leader Abu Khadija was one of the most dangerous terrorists. "
                "Mr Hassan did not give any details about how the ISIS leader was killed. A security official "
                "said he was killed in an air strike in Anbar.", "Abu Khadija", "Ali Hassan"),
        (LEAD + "General Musa Sani said Boko Haram commander Abu Fatima had been hunted for years. General Sani did "
                "not say how Abu Fatima was killed. Villagers said he was killed in a raid near Bama.",
         "Abu Fatima", "Musa Sani"),
    ],
)
def test_he_killed_is_the_man_whose_killing_was_told_not_the_speaker(extract, text, dead, speaker):
    x = extract(text, published="2025-03-14")
    dead_names = {x.entity(f.args["person"]).name for f in x.facts if f.type == "death"}
    assert dead in dead_names
    assert not any(speaker in n for n in dead_names)


# --------------------------------------------------------------------------- "the al-Qaida-linked group"; "the siege"


@pytest.mark.parametrize("link", ["al-Qaida-linked", "al-Qaeda-affiliated", "al-Qaeda-aligned"])
def test_the_x_linked_group_is_not_x(extract, link):
    x = extract(LEAD + f"Al-Shabab has been fighting for years in Somalia. The {link} group claimed responsibility "
                       "for the bus attack on Tuesday.", published="2014-12-02")
    claim = one(x, "claim")
    assert x.entity(claim.args["claimant"]).name == "al-Shabaab"


def test_the_x_group_is_x(extract):
    x = extract(LEAD + "Al-Shabab has been fighting for years in Somalia. The Islamic State group claimed "
                       "responsibility for the bus attack on Tuesday.", published="2014-12-02")
    claim = one(x, "claim")
    assert x.entity(claim.args["claimant"]).name == "Islamic State"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (LEAD + "Al-Shabab claimed the siege at the Westgate shopping mall in Nairobi last year.", "al-Shabaab"),
        (LEAD + "The Islamic State claimed the stabbing of a priest in Normandy on Tuesday.", "Islamic State"),
    ],
)
def test_a_claimed_siege_or_stabbing_is_an_attack(extract, text, group):
    x = extract(text, published="2014-12-02")
    attack = one(x, "attack", perpetrator=group)
    assert attack.args.get("target") is not None


# --------------------------------------------------------------------------- "(IS)-affiliated group "Sinai Province""


def test_a_group_named_after_its_bracketed_affiliation_claims_for_itself(extract):
    x = extract(LEAD + "Islamic State (IS)-affiliated group \u201cSinai Province\u201d said in a statement posted "
                       "online on Saturday that it claims responsibility for the raid, saying it killed 12 soldiers.",
                published="2016-11-26")
    claim = one(x, "claim")
    assert "Sinai Province" in x.entity(claim.args["claimant"]).name


def test_brackets_glued_to_words_are_split(extractor):
    nlp = extractor.nlp
    assert [t.text for t in nlp("(IS)-affiliated group")][:5] == ["(", "IS", ")", "-", "affiliated"]
    assert [t.text for t in nlp("last week.(AP: Hadi Mizban)")][2:4] == ["(", "AP"]


# --------------------------------------------------------------------------- a nisba that is a group's name; a group's "military"


def test_a_mans_nisba_that_names_a_group_stays_his_name(extract):
    x = extract(LEAD + "Abdul Malik al-Houthi, leader of the Houthi rebels, said on Thursday that the attacks would "
                       "go on. Al-Houthi said the campaign would widen.", published="2024-02-23")
    lead = one(x, "leadership", person="Abdul Malik al-Houthi", organization="Houthis")
    assert x.entity(lead.args["person"]).type == "person"
    speakers = {x.entity(f.args["speaker"]).name for f in x.facts if f.type == "statement"}
    assert "Abdul Malik al-Houthi" in speakers


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (LEAD + "A spokesman for the Houthi military on Thursday claimed responsibility for the attack on a cargo "
                "ship in the Red Sea.", "Houthis"),
        (LEAD + "A spokesman for al-Shabaab on Thursday claimed responsibility for the attack on a hotel in "
                "Mogadishu.", "al-Shabaab"),
    ],
)
def test_a_spokesman_for_a_group_claims_for_it(extract, text, group):
    x = extract(text, published="2024-02-23")
    assert one(x, "claim", claimant=group)


def test_a_spokesman_for_an_army_claims_nothing_for_a_group(extract):
    x = extract(LEAD + "A spokesman for the Nigerian army on Thursday claimed responsibility for the strike on a camp.",
                published="2024-02-23")
    assert not [f for f in x.facts if f.type == "claim"]


# --------------------------------------------------------------------------- bombers named in a group's statement


@pytest.mark.parametrize(
    ("text", "bomber", "group"),
    [
        (LEAD + "A suicide bombing claimed by the Islamic State group on Sunday left 37 police recruits dead in "
                "Mukalla. \"Brother Abu Hafs al-Hadrami detonated his explosives belt among the apostates,\" the "
                "statement said.", "Abu Hafs al-Hadrami", "Islamic State"),
        (LEAD + "Al-Shabaab claimed the bombing of the hotel on Friday. \"Our brother Abu Musa al-Somali detonated "
                "his vest at the gate,\" the group said.", "Abu Musa al-Somali", "al-Shabaab"),
    ],
)
def test_a_bomber_the_group_names_detonating_his_belt_died_its_man(extract, text, bomber, group):
    x = extract(text, published="2016-05-15")
    assert one(x, "death", person=bomber)
    assert one(x, "membership", person=bomber, organization=group)


def test_a_groups_statement_that_claims_an_attack_is_its_claim(extract):
    x = extract(LEAD + "A suicide bomber killed 25 police recruits in Mukalla on Sunday. A Daesh statement posted "
                       "online claimed the attack.", published="2016-05-15")
    assert one(x, "claim", claimant="Islamic State")
    assert one(x, "attack", perpetrator="Islamic State").modality == "claimed"


def test_a_government_statement_claims_nothing(extract):
    x = extract(LEAD + "A suicide bomber killed 25 police recruits in Mukalla on Sunday. A government statement "
                       "posted online blamed the attack on militants.", published="2016-05-15")
    assert not [f for f in x.facts if f.type == "claim"]


def test_he_who_detonated_is_the_bomber_told_before_not_the_byline(extract):
    x = extract("The lead paragraph of this story is about the war.\n\nDavid Rose\n\nThe ministry said the first "
                "suicide bomber had rushed into the market and claimed to feel sick, so that people would gather "
                "around him. He then detonated his explosives.", published="2021-01-21")
    assert "David Rose" not in {x.entity(f.args["person"]).name for f in x.facts if f.type == "death"}


def test_a_photographer_before_an_agency_is_no_one(extractor):
    doc = extractor.nlp("A view of the aftermath of the bombing - Thaier al-Sudani/Reuters")
    assert not [e for e in doc.ents if "Sudani" in e.text]


# --------------------------------------------------------------------------- "militants fighting for X"; news agencies


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Militants fighting for the Islamic State today claimed responsibility for a series of suicide "
               "bombings that killed at least 45 people in a Libyan town.",
        LEAD + "Fighters loyal to the Islamic State claimed the attack on the base in Sirte on Friday.",
        LEAD + "Three car bombs ripped through Qubbah on Friday. Militants claiming loyalty to the Islamic State "
               "said their fighters had been responsible for the suicide attacks.",
    ],
)
def test_militants_fighting_for_a_group_claim_for_it(extract, text):
    x = extract(text, published="2015-02-20")
    assert one(x, "claim", claimant="Islamic State")
    assert one(x, "attack", perpetrator="Islamic State")


def test_a_news_agency_never_carries_out_an_attack(extract):
    x = extract(LEAD + "Three car bombs ripped through Qubbah on Friday. The attacks were carried out on a gas "
                       "station and the town council building, news agency Reuters reported.", published="2015-02-20")
    assert not [f for f in x.facts if f.type == "attack" and f.args.get("perpetrator") is not None
                and x.entity(f.args["perpetrator"]).name == "Reuters"]


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "A Malaysian member of the Islamic State masterminded a grenade attack in Kuala Lumpur last week, "
               "authorities said Monday.",
        LEAD + "A Syrian member of the Islamic State orchestrated a bomb attack in Istanbul last week, police said.",
    ],
)
def test_a_group_member_who_masterminded_an_attack_makes_it_the_groups(extract, text):
    x = extract(text, published="2016-07-04")
    attack = one(x, "attack", perpetrator="Islamic State")
    assert attack.time.start == "2016-06-27"


def test_a_planned_attack_is_none(extract):
    x = extract(LEAD + "Police said a member of the Islamic State had planned a grenade attack in Kuala Lumpur.",
                published="2016-07-04")
    assert not [f for f in x.facts if f.type == "attack"]


@pytest.mark.parametrize(
    ("text", "dead", "speaker"),
    [
        (LEAD + "Group spokesman Abu Hamza confirmed on Thursday the death of Ali Salim, the head of its military "
                "wing, six months after the army said it had killed him in a raid.", "Ali Salim", "Abu Hamza"),
        (LEAD + "Commander Omar Farah announced the killing of Yusuf Adan, weeks after police said they had killed "
                "him in Kismayo.", "Yusuf Adan", "Omar Farah"),
    ],
)
def test_killed_him_after_the_death_of_x_is_x(extract, text, dead, speaker):
    x = extract(text, published="2025-01-30")
    dead_names = {x.entity(f.args["person"]).name for f in x.facts if f.type == "death"}
    assert dead in dead_names and speaker not in dead_names


# --------------------------------------------------------------------------- "X consists of (is made up of) A and B"


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        (LEAD + "Hayat Tahrir al-Sham consists of several groups, including the Haqq Brigade and Jaysh al-Sunnah.",
         "Hay'at Tahrir al-Sham", ["Haqq Brigade", "Jaysh al-Sunnah"]),
        (LEAD + "JNIM is made up of Ansar Dine and al-Mourabitoun.", "Jama'at Nusrat al-Islam wal-Muslimin",
         ["Ansar Dine", "al-Mourabitoun"]),
    ],
)
def test_the_groups_a_front_is_made_of_are_its_branches(extract, text, whole, parts):
    x = extract(text, published="2019-09-06")
    for part in parts:
        assert one(x, "branch", organization=part, parent=whole)


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "The Islamic State made up a story about the attack.",
        LEAD + "The jihadist alliance in Mali is made up of Ansar Dine and al-Mourabitoun.",  # no group named as the whole
    ],
)
def test_made_up_without_a_named_whole_is_no_branch(extract, text):
    x = extract(text, published="2019-09-06")
    assert not [f for f in x.facts if f.type == "branch"]


# --------------------------------------------------------------------------- "X, a Saudi also known as Y"


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (LEAD + "Tamimi, a Saudi also known as Abdel Aziz al-Adnani, died in a drone strike on February 26.",
         "Tamimi", "Abdel Aziz al-Adnani"),
        (LEAD + "Mohamed Warsame, a Kenyan known as Abu Musa al-Kini, was arrested in Mombasa.", "Mohamed Warsame",
         "Abu Musa al-Kini"),
    ],
)
def test_a_name_known_as_after_a_description_is_the_mans(extract, a, b, text):
    x = extract(text, published="2023-03-05")
    people = [e for e in x.entities if e.type == "person"]
    assert any({a, b} <= {e.name, *e.aliases} for e in people), [(e.name, e.aliases) for e in people]
