"""Rules for published reporting (issue 7), stop 24: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find

# --------------------------------------------------------------------------- founder and leader


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("Mullah Omar founded the Taliban in 1994 and led the movement until his death.", "Mullah Omar", "Taliban"),
        ("Baitullah Mehsud, the founder of the TTP, led the group until 2009.", "Baitullah Mehsud",
         "Tehrik-i-Taliban Pakistan"),
    ],
)
def test_founding_a_group_and_leading_it_are_two_posts(extract, text, person, group):
    roles = sorted(f.attrs.get("role") for f in find(extract(text), "leadership", person=person, organization=group))
    assert roles == ["founder", "leader"]


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("Ayman al-Zawahiri, the emir of al-Qaeda, was also its leader.", "Ayman al-Zawahiri", "al-Qaeda"),
        ("Abubakar Shekau, the leader of Boko Haram, was the group's emir for a decade.", "Abubakar Shekau",
         "Boko Haram"),
    ],
)
def test_an_emir_and_a_leader_of_one_group_are_one_post(extract, text, person, group):
    assert len(find(extract(text), "leadership", person=person, organization=group)) == 1


# --------------------------------------------------------------------------- one claim per attack


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("JNIM claimed responsibility for an attack on a military post in Loroum. "
         "JNIM also claimed an assault on an army base in Djibo on Sunday.", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("AQIM claimed the November 2015 attack on the Radisson Blu hotel in Bamako. "
         "On Friday, AQIM also claimed the attack on the Splendid Hotel in Ouagadougou.",
         "al-Qaeda in the Islamic Maghreb"),
    ],
)
def test_a_group_claiming_two_attacks_makes_two_claims(extract, text, group):
    x = extract(text)
    claims = find(x, "claim", claimant=group)
    assert len(claims) == 2
    assert len({c.args.get("attack") for c in claims}) == 2
    assert len(find(x, "attack", perpetrator=group)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the Radisson Blu hotel in Bamako on Friday. Al-Mourabitoun claimed the attack on the Radisson hotel.",
        "Al-Shabaab attacked a convoy near Afgoye. The group later claimed the attack on the convoy in a statement.",
    ],
)
def test_a_claim_of_the_attack_told_before_is_one_attack(extract, text):
    x = extract(text)
    assert len(find(x, "attack")) == 1
    assert len(find(x, "claim")) == 1


# --------------------------------------------------------------------------- counted militants killed


@pytest.mark.parametrize(
    ("text", "named", "counted"),
    [
        ("Abu Duaa al-Ansari was among more than 45 jihadists killed in the joint operation.",
         "Abu Duaa al-Ansari", "more than 45 jihadists"),
        ("Abu Hamza was among 12 militants killed by the army near Arish on Monday.", "Abu Hamza", "12 militants"),
    ],
)
def test_a_man_among_militants_killed_is_his_death_and_theirs(extract, text, named, counted):
    x = extract(text)
    assert find(x, "death", person=named)
    assert find(x, "death", person=counted)


def test_among_the_people_killed_is_no_death_of_the_people(extract):
    x = extract("The imam was among 30 worshippers killed in the blast at the mosque.")
    assert not find(x, "death", person="30 worshippers")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two of his comrades were killed in a gunbattle with marines.", "Two of his comrades"),
        ("Three of his aides were killed when the drone struck the car.", "Three of his aides"),
    ],
)
def test_counted_comrades_or_aides_killed_are_a_death(extract, text, counted):
    assert find(extract(text), "death", person=counted)


def test_one_count_of_militants_killed_told_twice_is_one_death(extract):
    x = extract("Six militants killed in Hajin encounter. Six militants were killed in an encounter "
                "with soldiers in Hajin on Saturday.")
    assert len(find(x, "death")) == 1


def test_the_same_count_killed_in_two_towns_on_two_days_is_two_deaths(extract):
    x = extract("Four gunmen were killed at the hotel in Mogadishu on Monday. "
                "On Friday four gunmen were killed in Kismayo.")
    assert len(find(x, "death", person="Four gunmen")) == 2


# --------------------------------------------------------------------------- a group's voice


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Al-Shabaab told Kenya to withdraw its troops from Somalia.", "al-Shabaab"),
        ("Boko Haram told parents to keep their daughters away from schools.", "Boko Haram"),
    ],
)
def test_a_group_telling_someone_to_act_is_a_statement(extract, text, speaker):
    assert find(extract(text), "statement", speaker=speaker)


def test_telling_a_story_or_being_told_is_no_statement(extract):
    assert not find(extract("Al-Shabaab was told to leave the town by the elders."), "statement")


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State claimed the bombing. Amaq reported that a fighter had penetrated the checkpoints.",
        "The Islamic State's Amaq News Agency reported on Friday that its fighters had seized the town.",
    ],
)
def test_a_media_wing_reporting_is_its_groups_statement(extract, text):
    x = extract(text)
    (fact,) = find(x, "statement", speaker="Amaq News Agency")
    assert x.entity(fact.args["organization"]).name == "Islamic State"


@pytest.mark.parametrize(
    "text",
    [
        "AQIM has chosen a new leader to replace Droukdel, the SITE monitoring group reported on Saturday.",
        "Al-Shabaab fighters attacked the base, the monitoring group reported.",
    ],
)
def test_a_monitor_reporting_is_no_statement(extract, text):
    assert not find(extract(text), "statement")


# --------------------------------------------------------------------------- took charge of "the group"


@pytest.mark.parametrize(
    ("text", "person", "group", "other"),
    [
        ("Ahmad Umar is the emir of al-Shabaab. Hizbul Islam merged into al-Shabaab. "
         "Umar took charge of the group in 2014 after the killing of Ahmed Godane.",
         "Ahmad Umar", "al-Shabaab", "Hizbul Islam"),
        ("Mufti Noor Wali is the chief of the TTP. Jamaat-ul-Ahrar split from the TTP in 2014. "
         "Wali took charge of the terrorist group in 2018 after the killing of his predecessor Maulana Fazlullah.",
         "Mufti Noor Wali", "Tehrik-i-Taliban Pakistan", "Jamaat-ul-Ahrar"),
    ],
)
def test_taking_charge_of_the_group_is_of_the_group_he_is_known_to_lead(extract, text, person, group, other):
    x = extract(text)
    assert find(x, "leadership", person=person, organization=group)
    assert not find(x, "leadership", person=person, organization=other)
    assert not find(x, "succession", organization=other)


# --------------------------------------------------------------------------- among the dead


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Among the dead was Abu Khalid al-Shami, the group's spokesman.", "Abu Khalid al-Shami"),
        ("Among the killed is the commander named Abu Mousab al-Halabi.", "Abu Mousab al-Halabi"),
        ("Officials said Abu Omar was one of 16 people killed in an overnight raid.", "Abu Omar"),
    ],
)
def test_a_man_among_the_dead_or_one_of_those_killed_died(extract, text, person):
    assert find(extract(text), "death", person=person)


@pytest.mark.parametrize(
    "text",
    [
        "Among the leaders was Abu Ali.",
        "Among the dead were many civilians.",
        "Abu Omar was one of 16 people arrested in the raid.",
    ],
)
def test_among_the_leaders_or_arrested_is_no_death(extract, text):
    assert not find(extract(text), "death")


# --------------------------------------------------------------------------- lists of attacks


@pytest.mark.parametrize(
    ("text", "group", "years"),
    [
        ("Lashkar-e-Taiba was behind several attacks, including the 2008 Mumbai attack, the 2006 Mumbai "
         "train bombings and the 2001 attack on the Indian Parliament.", "Lashkar-e-Taiba", ["2001", "2006", "2008"]),
        ("Al-Shabaab carried out the Westgate mall attack in 2013 and the Garissa University attack in 2015.",
         "al-Shabaab", ["2013", "2015"]),
    ],
)
def test_each_attack_of_a_list_is_one_of_its_own(extract, text, group, years):
    attacks = find(extract(text), "attack", perpetrator=group)
    assert sorted(a.time.start for a in attacks) == years


def test_an_attack_and_what_followed_it_is_one_attack(extract):
    assert len(find(extract("Al-Shabaab attacked the base and the soldiers fled."), "attack")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State was declared territorially defeated in Iraq in 2017.",
        "Al-Shabaab was told by the elders to leave the town.",
    ],
)
def test_words_said_about_a_group_are_not_its_statement(extract, text):
    assert not find(extract(text), "statement")


def test_a_leader_announced_by_the_group_is_its_statement(extract):
    x = extract("Al-Shabaab lost its emir. A new leader was announced by al-Shabaab on Saturday.")
    assert find(x, "statement", speaker="al-Shabaab")


# --------------------------------------------------------------------------- allies and rivals


@pytest.mark.parametrize(
    ("text", "a", "b", "kind"),
    [
        ("Ansar Dine teamed up with AQIM to seize Timbuktu.", "Ansar Dine", "al-Qaeda in the Islamic Maghreb", "ally"),
        ("Lashkar-e-Jhangvi has worked with the TTP for years.", "Lashkar-e-Jhangvi", "Tehrik-i-Taliban Pakistan",
         "ally"),
        ("Boko Haram and ISWAP have fought each other near Lake Chad.", "Boko Haram",
         "Islamic State West Africa Province", "rival"),
    ],
)
def test_teaming_up_working_with_or_fighting_each_other(extract, text, a, b, kind):
    (fact,) = find(extract(text), "alliance", a=a, b=b) or find(extract(text), "alliance", a=b, b=a)
    assert fact.attrs["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "The TTP worked with local elders to end the dispute.",
        "The army worked with the police against Boko Haram.",
    ],
)
def test_working_with_people_or_a_state_is_no_alliance(extract, text):
    assert not find(extract(text), "alliance")


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine and AQIM formed an alliance in 2012.",
        "Ansar Dine forged an alliance with AQIM in 2012.",
    ],
)
def test_forming_an_alliance_makes_allies(extract, text):
    x = extract(text)
    (fact,) = find(x, "alliance", a="Ansar Dine", b="al-Qaeda in the Islamic Maghreb")
    assert fact.attrs["kind"] == "ally"


def test_forces_forming_an_alliance_are_no_armed_groups_alliance(extract):
    assert not find(extract("The army and the police formed an alliance against Boko Haram."), "alliance")


# --------------------------------------------------------------------------- the capital, the toll


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Al-Mourabitoun claimed Friday's attack on a luxury hotel in the Malian capital.", "Bamako"),
        ("Gunmen attacked a hotel in Kenya's capital on Tuesday.", "Nairobi"),
        ("Militants stormed a ministry in the capital of Yemen.", "Sanaa"),
    ],
)
def test_the_capital_of_a_country_is_where_the_attack_was(extract, text, city):
    x = extract(text)
    (attack,) = find(x, "attack")
    assert x.entity(attack.location).name == city


def test_a_capital_of_no_country_is_no_place(extract):
    x = extract("The capital of the caliphate was Raqqa. Gunmen attacked a checkpoint in the capital.")
    assert not [e for e in x.entities if e.type == "location" and e.name == "the capital"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Al-Mourabitoun claimed the attack on a hotel in Bamako, in which 19 people died.", 19),
        ("Al-Shabaab attacked a base in Lamu, where three soldiers died.", 3),
    ],
)
def test_people_who_died_in_the_attack_are_its_toll(extract, text, killed):
    (attack,) = find(extract(text), "attack")
    assert attack.attrs["killed"]["min"] == killed


# --------------------------------------------------------------------------- wire copy


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY - Militants attacked a military post in Inates on Monday, killing 18 soldiers, the defence ministry said.",
        "BAMAKO (Wire) - Gunmen stormed a hotel in Bamako on Friday, taking about 170 people hostage.",
    ],
)
def test_a_lead_after_a_dateline_is_read_as_a_sentence(extract, text):
    (attack,) = find(extract(text), "attack")
    assert attack.args.get("perpetrator") and attack.args.get("target")


def test_a_blanked_dateline_keeps_the_length_and_breaks_before_the_lead():
    from orbat.text import blank_datelines

    body = "NIAMEY - Militants attacked a post.\nKABUL (AFP) - Gunmen fired on a bus."
    out = blank_datelines(body)
    assert len(out) == len(body)
    assert out.startswith("       .\nMilitants") and "\n" + " " * 12 + ".\nGunmen" in out


@pytest.mark.parametrize(
    "text",
    [
        "Niger's government declared three days of mourning after jihadists overran a base in Tillaberi on July 1.",
        "The attack by Boko Haram on Gubio killed 81 people.",
    ],
)
def test_an_attack_in_an_after_clause_or_with_its_target_hung_on_the_attacker(extract, text):
    assert len(find(extract(text), "attack")) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militants attacked a post in Inates, near the border with Mali, on Monday.", "Inates"),
        ("Gunmen attacked a border post in Mali on Monday.", "Mali"),
    ],
)
def test_the_country_across_a_border_is_not_where_the_attack_was(extract, text, place):
    x = extract(text)
    (attack,) = find(x, "attack")
    assert x.entity(attack.location).name == place


def test_a_man_part_of_a_group_is_its_member_not_its_unit(extract):
    x = extract("Abu Ali was part of the ADF.")
    assert find(x, "membership", person="Abu Ali", organization="Allied Democratic Forces")
    assert not find(x, "branch")


def test_a_brigade_part_of_a_group_is_its_unit(extract):
    x = extract("The Majeed Brigade is part of the Baloch Liberation Army.")
    assert find(x, "branch", organization="Majeed Brigade", parent="Balochistan Liberation Army")


# --------------------------------------------------------------------------- planners, and the man just captured


@pytest.mark.parametrize(
    ("text", "person", "year"),
    [
        ("Khalid al-Barnawi orchestrated the 2012 bombing of the UN building.", "Khalid al-Barnawi", "2012"),
        ("Khalid al-Barnawi planned the attack on the prison in 2012.", "Khalid al-Barnawi", "2012"),
        ("Abu Omar led the attack on the army base in 2019.", "Abu Omar", "2019"),
    ],
)
def test_who_planned_orchestrated_or_led_an_attack_carried_it_out(extract, text, person, year):
    (attack,) = find(extract(text), "attack", perpetrator=person)
    assert attack.time.start == year


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Security forces arrested Abu Ali in Kano on Friday. The arrested militant is believed to have "
         "masterminded the kidnapping of two engineers in 2011.", "Abu Ali"),
        ("Troops killed Abu Omar in a raid on Monday. The slain commander had led the attack on the base in 2019.",
         "Abu Omar"),
    ],
)
def test_the_arrested_or_slain_man_is_the_one_just_captured_or_killed(extract, text, person):
    assert find(extract(text), "attack", perpetrator=person)


def test_the_arrested_man_needs_a_man_arrested(extract):
    assert not find(extract("Abu Ali met Abu Omar. The arrested militant spoke to reporters."), "statement",
                    speaker="Abu Ali")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A suicide bomber struck outside Kabul airport on Thursday, killing at least 60 people.", "Kabul airport"),
        ("Al-Shabaab militants hit a military base in Lamu with mortars on Sunday.", "military base"),
        ("The Taliban struck a police post in Kunduz.", "police post"),
    ],
)
def test_an_armed_group_or_a_bomber_striking_is_an_attack(extract, text, target):
    x = extract(text)
    (attack,) = find(x, "attack")
    assert x.entity(attack.args["target"]).name == target


@pytest.mark.parametrize(
    "text", ["A US drone struck a car in Jilib on Monday.", "The bomb hit a bus in Quetta.", "A US airstrike hit a camp."]
)
def test_a_state_strike_or_a_thing_hitting_is_no_armed_groups_attack(extract, text):
    # "the bomb hit a bus": an attack on the bus by no one named, never the bomb's
    assert all("perpetrator" not in f.args for f in find(extract(text), "attack"))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Islamic State's Afghan affiliate said one of its fighters carried out the attack near the airport.",
         "Islamic State Khorasan Province"),
        ("The Islamic State's Nigerian affiliate said it killed 20 soldiers.", "Islamic State West Africa Province"),
    ],
)
def test_a_groups_national_affiliate_is_its_one_branch_of_that_country(extract, text, group):
    assert find(extract(text), "claim", claimant=group)


def test_a_national_affiliate_that_fits_no_one_branch_stays_unnamed(extract):
    x = extract("The Islamic State's Kenyan affiliate claimed the ambush.")
    assert not [e for e in x.entities if e.ref and e.ref != "islamic-state" and e.type == "organization"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("ISIS-K said its fighter struck near the Abbey Gate of the airport in Kabul on August 26.", "Kabul"),
        ("Gunmen attacked the main gate of the army base in Gao on Sunday.", "Gao"),
    ],
)
def test_a_venue_is_in_the_town_its_own_phrase_names(extract, text, town):
    x = extract(text)
    (attack,) = find(x, "attack")
    place = x.entity(attack.location)
    named = next(e for e in x.entities if e.name == town)
    assert place.geo is not None and (place.geo.lat, place.geo.lon) == (named.geo.lat, named.geo.lon)
