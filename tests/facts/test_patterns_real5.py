"""Rules for published reporting (issue 7), stop 20: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

# --------------------------------------------------------------------------- titles and lists


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("The attack was carried out by Jaish-e-Mohammed, whose leader Masood Azhar lives in Pakistan.",
         "Masood Azhar", "Jaish-e-Mohammed"),
        ("Al-Qaeda in the Islamic Maghreb confirmed the death. AQIM's emir Abdelmalek Droukdel was killed "
         "by French troops in June.", "Abdelmalek Droukdel", "al-Qaeda in the Islamic Maghreb"),
    ],
)
def test_a_possessed_title_parsed_into_the_name_takes_the_possessor(extract, text, person, group):
    one(extract(text), "leadership", person=person, organization=group)


def test_a_pronoun_before_a_flat_title_is_not_read_as_its_group(extract):
    # "its" may as well mean the group pledged to: the pronoun's reading is left to other rules
    x = extract("Jamaat-ul-Ahrar and Hizb-ul-Ahrar said they would merge back into the TTP, pledging their "
                "allegiance to its chief Mufti Noor Wali.")
    assert not find(x, "membership", person="Mufti Noor Wali", organization="Jamaat-ul-Ahrar")
    assert not find(x, "leadership", person="Mufti Noor Wali", organization="Jamaat-ul-Ahrar")


def test_a_possessive_person_before_a_flat_title_gives_no_group(extract):
    x = extract("His aide Abdi Farah was arrested in Mombasa.")
    assert not find(x, "leadership", person="Abdi Farah")


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("Nasser al-Wuhayshi served as Osama bin Laden's personal secretary before leading AQAP.",
         "Nasser al-Wuhayshi", "al-Qaeda in the Arabian Peninsula"),
        ("Ahmed Umar fought in Kismayo for years before leading al-Shabaab.", "Ahmed Umar", "al-Shabaab"),
    ],
)
def test_a_gerund_after_a_time_word_has_the_main_subject(extract, text, person, group):
    one(extract(text), "leadership", person=person, organization=group)


def test_a_gerund_after_a_preposition_of_another_kind_keeps_no_subject(extract):
    x = extract("Ahmed Umar spoke about leading al-Shabaab.")
    assert not find(x, "leadership", person="Ahmed Umar")


@pytest.mark.parametrize(
    ("text", "group", "people"),
    [
        ("Two senior figures in Hayat Tahrir al-Sham, Abu Maria al-Qahtani and Jihad Issa al-Sheikh, "
         "were arrested.", "Hay'at Tahrir al-Sham", ["Abu Maria al-Qahtani", "Jihad Issa al-Sheikh"]),
        ("Three commanders of al-Shabaab, Abdi Farah, Hassan Nur and Yusuf Ali, surrendered.",
         "al-Shabaab", ["Abdi Farah", "Hassan Nur", "Yusuf Ali"]),
    ],
)
def test_names_listed_after_a_titles_group_are_its_members(extract, text, group, people):
    x = extract(text)
    for person in people:
        assert find(x, "membership", person=person, organization=group) or find(
            x, "leadership", person=person, organization=group
        ), person


def test_a_group_listed_with_another_group_is_no_apposition(extract):
    x = extract("Fighters of al-Shabaab, Hizbul Islam and the Ras Kamboni brigades clashed.")
    assert not find(x, "membership")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two militants, Abdi Farah and Hassan Nur, in Mombasa.",
        "Soldiers captured two suspects, Abdi Farah and Hassan Nur, near the border.",
    ],
)
def test_names_after_a_verbs_object_are_its_apposition(extract, text):
    x = extract(text)
    one(x, "capture", person="Abdi Farah")
    one(x, "capture", person="Hassan Nur")


def test_a_name_after_the_object_that_is_the_verbs_own_argument_stays(extract):
    x = extract("Police arrested two militants in Mombasa, officials told Abdi Farah.")
    assert not find(x, "capture", person="Abdi Farah")


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("Abdullah Azzam Brigades militant Majid al-Majid died in custody.", "Majid al-Majid",
         "Abdullah Azzam Brigades"),
        ("The Lashkar-e-Taiba operative David Headley scouted targets in Mumbai.", "David Headley",
         "Lashkar-e-Taiba"),
    ],
)
def test_a_group_before_a_flat_title_is_the_members(extract, text, person, group):
    one(extract(text), "membership", person=person, organization=group)


# --------------------------------------------------------------------------- attacks


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Hamas fired hundreds of rockets at Israeli towns on Tuesday.", "Hamas"),
        ("Al-Shabaab militants fired dozens of mortars at the presidential palace.", "al-Shabaab"),
    ],
)
def test_counted_projectiles_fired_at_a_target_are_an_attack(extract, text, group):
    fact = one(extract(text), "attack", perpetrator=group)
    assert fact.attrs.get("method") == "rocket"


def test_hundreds_of_leaflets_fired_are_no_attack(extract):
    assert not find(extract("The army fired hundreds of leaflets at the town."), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram militants detonated explosives at a market in Maiduguri.",
        "Boko Haram detonated two bombs near the mosque in Konduga.",
    ],
)
def test_explosives_detonated_at_a_place_are_an_attack_on_it(extract, text):
    fact = one(extract(text), "attack", perpetrator="Boko Haram")
    assert fact.attrs.get("method") == "bombing"


def test_a_device_detonated_without_a_place_targets_no_device(extract):
    x = extract("Militants of Boko Haram were caught at the gate and one detonated his device.")
    assert not [f for f in x.facts if f.type == "attack" and "device" in str(x.entity(f.args.get("target", "")))]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Gunmen believed to be from JNIM ambushed a convoy near Djibo, killing 11 soldiers.",
         "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("Militants thought to be from al-Shabaab attacked a police post in Mandera.", "al-Shabaab"),
    ],
)
def test_assailants_believed_to_be_from_a_group_are_its(extract, text, group):
    one(extract(text), "attack", perpetrator=group)


def test_assailants_believed_to_have_fled_keep_no_group(extract):
    x = extract("Gunmen believed to have fled to Mali attacked a police post in Niger.")
    assert not [f for f in x.facts if f.type == "attack" and x.entity(f.args.get("perpetrator", "")) is not None
                and x.entity(f.args["perpetrator"]).type == "organization"]


# --------------------------------------------------------------------------- alliances


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram clashed with its rival ISWAP near Lake Chad.",
        "Boko Haram fought against ISWAP, its rival, near Lake Chad.",
    ],
)
def test_one_alliance_whichever_way_round(extract, text):
    x = extract(text)
    assert len([f for f in x.facts if f.type == "alliance"]) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Islamic State and al-Qaeda are bitter rivals in the Sahel.", "rival"),
        ("Hamas and Islamic Jihad are close allies.", "ally"),
    ],
)
def test_two_groups_that_are_rivals_or_allies(extract, text, kind):
    x = extract(text)
    fact = one(x, "alliance")
    assert fact.attrs["kind"] == kind


def test_two_men_who_are_rivals_are_no_alliance(extract):
    assert not find(extract("Abu Bakr al-Baghdadi and Ayman al-Zawahiri were bitter rivals."), "alliance")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Hizbul Islam merged with al-Shabaab in 2010.", "Hizbul Islam", "al-Shabaab"),
        ("Al-Mourabitoun joined forces with AQIM in 2015.", "al-Mourabitoun", "al-Qaeda in the Islamic Maghreb"),
        ("The Taliban have maintained their relationship with al-Qaeda.", "Taliban", "al-Qaeda"),
    ],
)
def test_merging_joining_forces_and_relationships_are_alliances(extract, text, a, b):
    one(extract(text), "alliance", a=a, b=b)


def test_joining_the_security_forces_is_no_alliance(extract):
    assert not find(extract("Former al-Shabaab fighters joined the security forces in 2019."), "alliance")


# --------------------------------------------------------------------------- identifications


@pytest.mark.parametrize(
    "text",
    [
        "A female suicide bomber blew herself up near a minibus in Karachi. The BLA in a statement "
        "identified the bomber as Shaari Baloch.",
        "A suicide bomber blew himself up at the gate of the airport. The group later identified "
        "the bomber as Abdul Rahman al-Logari.",
    ],
)
def test_a_described_man_identified_by_name_takes_his_facts(extract, text):
    x = extract(text)
    (death,) = [f for f in x.facts if f.type == "death"]
    person = x.entity(death.args["person"])
    assert person.name in {"Shaari Baloch", "Abdul Rahman al-Logari"}
    assert not [a for a in person.aliases if "bomber" in a]  # a description is no name of his
    assert not find(x, "identity")


def test_identifying_a_name_as_another_name_is_no_description_fold(extract):
    x = extract("A suicide bomber blew himself up in Kabul. Police identified Ahmad Wali as the driver.")
    (death,) = [f for f in x.facts if f.type == "death"]
    assert "Ahmad Wali" not in {x.entity(death.args["person"]).name}


# --------------------------------------------------------------------------- headlines, blame, captives


@pytest.fixture(scope="module")
def extract_titled(extractor):
    from orbat.model import Document

    def run(title: str, body: str):
        return extractor.extract(Document(body=body, title=title, published="2017-05-26"))

    return run


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Maute group: what we know",
         "The group, which was estimated to have about 100 members, is led by the brothers Omar Maute "
         "and Abdullah Maute."),
        ("Who are the Maute group?",
         "Its fighters are believed to number about 100. The group is led by Omar Maute and Abdullah Maute."),
    ],
)
def test_the_group_a_body_opens_with_is_the_one_the_headline_names(extract_titled, title, body):
    x = extract_titled(title, body)
    for person in ("Omar Maute", "Abdullah Maute"):
        one(x, "leadership", person=person, organization="Maute Group")


def test_a_described_organization_is_not_the_headlines_group(extract_titled):
    x = extract_titled(
        "JNIM claims four assaults",
        "The U.S.-based non-governmental organization said the claims were posted on Monday.",
    )
    assert not find(x, "statement", speaker="Jama'at Nusrat al-Islam wal-Muslimin")


def test_no_headline_group_no_anaphor_fallback(extract_titled):
    x = extract_titled("Floods in Mindanao", "The group is led by Omar Maute and Abdullah Maute.")
    assert not find(x, "leadership")


@pytest.mark.parametrize(
    "text",
    [
        "The Maute group was formed in 2013. The group has been blamed for the bombings of power lines in "
        "Mindanao and the abduction of six sawmill workers from Iligan City last year.",
        "Police blamed the Maute group for the bombing of a bridge in Marawi and the kidnapping of six "
        "sawmill workers in Iligan.",
    ],
)
def test_each_attack_of_a_blamed_list_is_the_groups(extract, text):
    x = extract(text)
    fact = one(x, "attack", perpetrator="Maute Group", target="six sawmill workers")
    assert fact.attrs.get("method") == "kidnapping"
    assert fact.modality == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        "The Maute group was formed in 2013. Its members were blamed for a night market bombing in Davao City.",
        "Police blamed the Maute group for a mosque bombing in Marawi.",
    ],
)
def test_a_blamed_bombing_targets_the_place_named_before_it(extract, text):
    x = extract(text)
    (fact,) = [f for f in x.facts if f.type == "attack"]
    assert x.entity(fact.args["target"]).name in {"market", "mosque"}


@pytest.mark.parametrize(
    ("text", "target", "group"),
    [
        ("The four were among five Indonesians kidnapped by Abu Sayyaf on Jan 17 last year off Tambisan.",
         "five Indonesians", "Abu Sayyaf Group"),
        ("Dozens of schoolgirls abducted by Boko Haram in Dapchi were freed.", "schoolgirls", "Boko Haram"),
    ],
)
def test_counted_captives_of_a_named_kidnapper_are_an_attack(extract, text, target, group):
    x = extract(text)
    (fact,) = [f for f in x.facts if f.type == "attack"]
    assert target in x.entity(fact.args["target"]).name
    assert x.entity(fact.args["perpetrator"]).name == group
    assert fact.attrs["method"] == "kidnapping"


def test_counted_captives_without_a_kidnapper_are_no_attack(extract):
    assert not find(extract("Five Indonesians were kidnapped off Tambisan on Monday."), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Other accounts said that the seven AQAP attackers were killed during the assault. Those reports "
        "identified them as: Abu Dhar al-Lahji, Abu Anas al-Sharuri, and Khitab al-Hadhrami.",
        "Three suicide bombers were killed at the checkpoint. Officials identified them as Abdi Farah, "
        "Hassan Nur and Yusuf Ali.",
    ],
)
def test_described_dead_identified_by_a_list_of_names_each_take_the_death(extract, text):
    x = extract(text)
    deaths = [x.entity(f.args["person"]).name for f in x.facts if f.type == "death"]
    assert len(deaths) == 3 and all(" " in d and d[0].isupper() for d in deaths), deaths
    members = [f for f in x.facts if f.type == "membership"]
    assert len(members) == (3 if "AQAP" in text else 0)  # the group the description names
    death = next(f for f in x.facts if f.type == "death")
    assert any("identified them" in s.quote for s in death.sources)  # one click to the names


def test_named_people_not_said_to_be_the_described_dead_take_nothing(extract):
    x = extract("Three al-Shabaab fighters were killed in the raid. Officials named Abdi Farah and Hassan Nur "
                "as the new governors.")
    assert not find(x, "death", person="Abdi Farah")


# --------------------------------------------------------------------------- claims


@pytest.mark.parametrize(
    "text",
    [
        "JNIM took credit for the assault on the army post in Djibo.",
        "JNIM claimed credit for the assault on the army post in Djibo.",
    ],
)
def test_taking_credit_for_an_attack_is_a_claim(extract, text):
    x = extract(text)
    claim = one(x, "claim", claimant="Jama'at Nusrat al-Islam wal-Muslimin")
    assert claim.args.get("attack")


def test_giving_credit_is_no_claim(extract):
    assert not find(extract("The army gave credit to local hunters for the capture of the post."), "claim")


@pytest.mark.parametrize(
    "text",
    [
        "AQIM and al-Murabitoun said they were behind an attack on a hotel in Bamako in November.",
        "AQIM and al-Murabitoun said their fighters carried out the attack on a hotel in Bamako.",
    ],
)
def test_each_group_that_says_it_was_behind_an_attack_claims_it(extract, text):
    x = extract(text)
    one(x, "claim", claimant="al-Qaeda in the Islamic Maghreb")
    one(x, "claim", claimant="al-Mourabitoun")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Al-Shabaab said it was behind the bombing of a bus in Mandera.", "bus"),
        ("Al-Shabaab is behind the bombing of a police station in Garissa.", "police station"),
    ],
)
def test_the_bombing_of_a_thing_targets_it(extract, text, target):
    x = extract(text)
    (fact,) = [f for f in x.facts if f.type == "attack"]
    assert x.entity(fact.args["target"]).name == target


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for al-Shabaab, Ali Dhere, claimed the group killed 30 soldiers at the base.",
        "Al-Shabaab's spokesman Ali Dhere said its fighters killed 30 soldiers at the base.",
    ],
)
def test_a_groups_spokesman_telling_of_its_attack_is_its_claim(extract, text):
    x = extract(text)
    one(x, "claim", claimant="al-Shabaab")
    assert one(x, "attack", perpetrator="al-Shabaab").modality == "claimed"


def test_an_official_telling_of_an_attack_is_no_claim(extract):
    x = extract("A Somali army spokesman, Ali Hassan, said al-Shabaab killed 30 soldiers at the base.")
    assert not find(x, "claim")


# --------------------------------------------------------------------------- leaders


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram grew under Abubakar Shekau into a regional threat.",
        "Under Abubakar Shekau, Boko Haram became one of the deadliest groups in the world.",
    ],
)
def test_an_armed_group_under_a_man_is_led_by_him(extract, text):
    one(extract(text), "leadership", person="Abubakar Shekau", organization="Boko Haram")


def test_a_state_under_a_man_is_no_armed_leadership(extract):
    x = extract("Under Barack Obama, the United States expanded drone strikes against al-Qaeda.")
    assert not find(x, "leadership", person="Barack Obama")


@pytest.mark.parametrize(
    "text",
    [
        "Hakimullah Mehsud, who headed the Pakistani Taliban until his death in 2013, was succeeded by Fazlullah.",
        "Fazlullah succeeded Hakimullah Mehsud as leader of the Pakistani Taliban in 2013.",
    ],
)
def test_a_one_word_name_in_a_succession_is_a_person(extract, text):
    one(extract(text), "succession", successor="Fazlullah", predecessor="Hakimullah Mehsud")


# --------------------------------------------------------------------------- attacks told, then owned


@pytest.mark.parametrize(
    "text",
    [
        "A female suicide bomber killed three Chinese teachers near the university on Tuesday. The Baloch "
        "Liberation Army said it carried out the bombing.",
        "A suicide bomber killed 12 worshippers at a mosque in Peshawar on Friday. The Pakistani Taliban "
        "said they carried out the attack.",
    ],
)
def test_a_group_that_says_it_carried_out_the_attack_told_before_owns_it(extract, text):
    x = extract(text)
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert x.entity(attack.args["perpetrator"]).type == "organization"
    assert attack.attrs["method"] == "suicide_bombing"
    (claim,) = [f for f in x.facts if f.type == "claim"]
    assert claim.args["attack"] == attack.id


def test_a_named_attackers_attack_is_not_taken_by_another_group(extract):
    x = extract("Boko Haram fighters killed 12 farmers near Maiduguri on Friday. ISWAP said it carried out "
                "the attack.")
    assert find(x, "attack", perpetrator="Boko Haram")


@pytest.mark.parametrize(
    "text",
    [
        "Four people were killed in a blast at the University of Karachi on Tuesday, police said. The BLA "
        "claimed responsibility for the attack.",
        "Nine soldiers were killed by an explosion near a checkpoint in Mandera on Monday. Al-Shabaab claimed "
        "responsibility for the attack.",
    ],
)
def test_people_killed_in_a_blast_then_claimed_are_a_claimed_attack(extract, text):
    x = extract(text)
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert attack.modality == "claimed" and attack.attrs["method"] == "bombing"
    assert one(x, "claim").args["attack"] == attack.id


def test_people_killed_in_a_named_strike_are_no_claimed_blast(extract):
    x = extract("Four people were killed in a US strike near Jilib on Tuesday. Al-Shabaab claimed responsibility "
                "for the attack.")
    assert not find(x, "attack", perpetrator="al-Shabaab", target="Four people")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ISWAP claimed the attack on the army base in Niger that killed more than 70 soldiers on December 10.",
         "2019-12-10"),
        ("Al-Shabaab claimed the ambush that killed nine soldiers near Mandera on December 3.", "2019-12-03"),
    ],
)
def test_a_claimed_attack_takes_the_date_of_its_relative_clause(extract, text, day):
    x = extract(text, published="2019-12-12")
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert attack.time is not None and attack.time.start == day


def test_a_place_the_claimant_speaks_of_is_not_where_the_attack_was(extract):
    x = extract("Al-Shabaab claimed responsibility for the January 15 attack, saying it was a response to the "
                "US embassy move to Jerusalem.", published="2019-01-17")
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert attack.location is None or x.entity(attack.location).name != "Jerusalem"


def test_a_place_in_the_attacks_own_clause_is_kept(extract):
    x = extract("Al-Shabaab claimed responsibility for the attack on a hotel in Nairobi, saying it was revenge.",
                published="2019-01-17")
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert x.entity(attack.location).name == "Nairobi"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Okba Ibn Nafaa Brigade claimed the ambush on army posts on Mount Chaambi in which 14 soldiers died "
         "on July 16.", "2014-07-16"),
        ("JNIM claimed the raid on a police post near Djibo in which nine officers were killed on July 12.",
         "2014-07-12"),
    ],
)
def test_a_toll_clause_deeper_in_the_attack_phrase_dates_it(extract, text, day):
    x = extract(text, published="2014-07-18")
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert attack.time is not None and attack.time.start == day


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed Abu Maria al-Qahtani at a guesthouse in Sarmada on Thursday.",
        "A suicide bomber killed the commander Abu Maria al-Qahtani in Sarmada on Thursday.",
    ],
)
def test_a_suicide_bombers_named_victim_is_the_attacks_target(extract, text):
    x = extract(text, published="2024-04-05")
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert x.entity(attack.args["target"]).name == "Abu Maria al-Qahtani"
    assert attack.attrs["method"] == "suicide_bombing"


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the siege at the DusitD2 complex in Nairobi rose to 21. Al-Shabaab claimed "
        "responsibility for the January 15 attack.",
        "Nine people died in the raid on the Hotel Sahafi in Mogadishu. Al-Shabaab claimed responsibility for "
        "Monday's attack.",
    ],
)
def test_a_claimed_attack_takes_the_target_of_the_attack_named_before(extract, text):
    x = extract(text, published="2019-01-17")
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert x.entity(attack.args["target"]).name in {"DusitD2 complex", "Hotel Sahafi"}
    assert len(attack.sources) == 2


# --------------------------------------------------------------------------- branches


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The Taliban, including the Haqqani Network, has conducted operations in the capital.",
         "Haqqani Network", "Taliban"),
        ("Al-Qaeda, including al-Shabaab, has called for attacks on Kenya.", "al-Shabaab", "al-Qaeda"),
    ],
)
def test_a_group_set_off_with_including_after_a_group_is_its_faction(extract, text, part, whole):
    one(extract(text), "branch", organization=part, parent=whole)


def test_groups_including_a_group_name_no_whole(extract):
    x = extract("Fighters from several groups, including al-Shabaab and Hizbul Islam, took part.")
    assert not find(x, "branch")


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Members of the Baloch Liberation Army's Majeed Brigade are ready to carry out attacks.",
         "Majeed Brigade", "Balochistan Liberation Army"),
        ("Al-Shabaab's Amniyat intelligence wing planned the attack.", "Amniyat", "al-Shabaab"),
    ],
)
def test_a_named_unit_owned_by_a_group_is_its_branch(extract, text, part, whole):
    one(extract(text), "branch", organization=part, parent=whole)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Qaeda's Syrian affiliate, Hurras al-Din, was weakened by the strikes.",
        "Hurras al-Din, al-Qaeda's Syrian affiliate, was weakened by the strikes.",
    ],
)
def test_a_regional_affiliate_phrase_beside_a_named_group_is_that_group(extract, text):
    x = extract(text)
    one(x, "branch", organization="Hurras al-Din", parent="al-Qaeda")
    assert not find(x, "branch", parent="Jabhat al-Nusra")


# --------------------------------------------------------------------------- pledges


@pytest.mark.parametrize(
    "text",
    [
        "Since 2014, the Abu Sayyaf Group has proclaimed allegiance to the Islamic State group.",
        "The Abu Sayyaf Group professed its allegiance to the Islamic State in 2014.",
    ],
)
def test_proclaimed_or_professed_allegiance_is_a_pledge(extract, text):
    one(extract(text), "pledge", pledger="Abu Sayyaf Group", recipient="Islamic State")


def test_a_proclaimed_caliphate_is_no_pledge(extract):
    assert not find(extract("The Islamic State proclaimed a caliphate in June 2014."), "pledge")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Jund al-Khalifa announced its allegiance to the Islamic State in a statement released on "
         "September 13.", "2014-09-13"),
        ("The Jund al-Khalifa declared its allegiance to the Islamic State through a video published on "
         "September 13.", "2014-09-13"),
    ],
)
def test_a_pledge_takes_the_date_of_the_message_it_was_made_in(extract, text, day):
    x = extract(text, published="2014-09-20")
    fact = one(x, "pledge", pledger="Jund al-Khalifa", recipient="Islamic State")
    assert fact.time is not None and fact.time.start == day


# --------------------------------------------------------------------------- other names


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("It was revealed that Salem Salmy al-Hamadeen, Aka Abu Anas al-Ansari, was killed.",
         "Salem Salmy al-Hamadeen", "Abu Anas al-Ansari"),
        ("Officials said Yasir Hassan, aka Abu Qim, leads the group.", "Yasir Hassan", "Abu Qim"),
    ],
)
def test_a_capitalised_aka_joins_two_names_of_one_man(extract, text, a, b):
    x = extract(text)
    person = next(e for e in x.entities if e.name == a)
    assert person.type == "person" and b in person.aliases
    assert not [e for e in x.entities if e.name.lower().startswith("aka ")]


@pytest.mark.parametrize(
    "text",
    [
        "The ADF's overall leader, Musa Baluku, was seen in the video under his kunya, Abu Abdul Rahman al Muhajir.",
        "The ADF leader Musa Baluku is known by the nom de guerre Abu Abdul Rahman al Muhajir.",
    ],
)
def test_a_name_written_after_kunya_is_the_mans_other_name(extract, text):
    x = extract(text)
    baluku = next(e for e in x.entities if e.name == "Musa Baluku")
    assert "Abu Abdul Rahman al Muhajir" in baluku.aliases


def test_a_kunya_word_with_no_name_after_it_adds_no_name(extract):
    x = extract("Musa Baluku rarely uses his kunya in public, officials said.")
    assert next(e for e in x.entities if e.name == "Musa Baluku").aliases == []


def test_a_groups_old_name_after_its_leaders_title_is_the_groups(extract):
    x = extract("Pakistan arrested Hafiz Saeed, chief of the outlawed Jamat-ud Dawa, earlier known as Lashkar-e-Taiba.")
    saeed = next(e for e in x.entities if e.name == "Hafiz Saeed")
    assert "Lashkar-e-Taiba" not in saeed.aliases
    let = next(e for e in x.entities if e.name == "Lashkar-e-Taiba")
    assert "Jamat-ud Dawa" in let.aliases


def test_a_man_known_as_a_kunya_keeps_it(extract):
    x = extract("Ahmed Diriye, who is known as Abu Ubaidah, leads al-Shabaab.")
    assert "Abu Ubaidah" in next(e for e in x.entities if e.name == "Ahmed Diriye").aliases


# --------------------------------------------------------------------------- places and nationalities


@pytest.mark.parametrize(
    "text",
    [
        "The most notable attack occurred in the Burkina town of Sole, where JNIM fighters raided the army post "
        "and killed soldiers.",
        "Fighters stormed the village of Inates, where JNIM fighters killed soldiers.",
    ],
)
def test_the_name_of_a_town_is_no_person(extract, text):
    x = extract(text)
    assert not find(x, "death", person="Sole") and not find(x, "death", person="Inates")
    assert not [e for e in x.entities if e.name in {"Sole", "Inates"} and e.type == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The group also confirmed the death of Swiss Beatrice Stockly, who was kidnapped in Timbuktu.",
         "Beatrice Stockly"),
        ("The army confirmed the death of Kenyan Ahmed Iman Ali in the strike.", "Ahmed Iman Ali"),
    ],
)
def test_a_nationality_before_an_untagged_name_is_no_part_of_it(extract, text, name):
    x = extract(text)
    one(x, "death", person=name)
    assert not [e for e in x.entities if e.name.split()[0] in {"Swiss", "Kenyan"}]


# --------------------------------------------------------------------------- exhortations and messages


@pytest.mark.parametrize(
    "text",
    [
        "In a video released on Friday, JNIM leader Iyad Ag Ghaly called on fighters to attack French troops.",
        "Al-Shabaab threatened to attack Kenyan towns near the border.",
        "The group vowed to kill more soldiers in the coming weeks.",
    ],
)
def test_a_call_threat_or_vow_to_attack_is_no_attack(extract, text):
    assert not find(extract(text), "attack")


def test_an_attack_told_beside_a_threat_stays(extract):
    x = extract("Al-Shabaab fighters attacked a base in Lamu and threatened to attack more towns.")
    one(x, "attack", perpetrator="al-Shabaab")


@pytest.mark.parametrize(
    "text",
    [
        "Abubakar Shekau appeared in a new video claiming the kidnapping of the schoolgirls.",
        "Abubakar Shekau released a video claiming the abduction of the schoolgirls.",
    ],
)
def test_a_message_claiming_an_attack_is_its_speakers_claim(extract, text):
    x = extract(text)
    claim = one(x, "claim", claimant="Abubakar Shekau")
    attack = next(f for f in x.facts if f.id == claim.args["attack"])
    assert attack.attrs["method"] == "kidnapping"


def test_a_target_stops_before_its_relative_pronoun(extract):
    x = extract("Al-Shabaab claimed responsibility for an attack on a Nairobi shopping mall that killed 11 people.")
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert x.entity(attack.args["target"]).name == "Nairobi shopping mall"


@pytest.mark.parametrize(
    "text",
    [
        "At least 10 people were killed on Wednesday by a car bomb outside a hotel in Mogadishu, that was "
        "claimed by al-Shabab.",
        "Ansaru claimed to have carried out a 2012 attack on a maximum security facility in Abuja.",
    ],
)
def test_claims_the_parse_hides(extract, text):
    x = extract(text)
    claim = one(x, "claim")
    assert claim.args.get("attack") and x.entity(claim.args["claimant"]).name in {"al-Shabaab", "Ansaru"}


def test_claiming_to_have_carried_out_nothing_named_is_no_attack(extract):
    x = extract("Ansaru claimed to have carried out its duties.")
    assert not find(x, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up inside the al-Balili mosque in Sanaa, killing 25 people. Islamic State's "
        "branch in Yemen said the attack at the mosque had killed dozens of rejectionists.",
        "Gunmen stormed a hotel in Mogadishu on Monday, killing nine people. Al-Shabaab said the attack had "
        "killed many officials.",
    ],
)
def test_a_group_telling_of_an_attack_by_unnamed_hands_claims_it(extract, text):
    x = extract(text)
    (attack,) = [f for f in x.facts if f.type == "attack"]
    assert x.entity(attack.args["perpetrator"]).type == "organization" and attack.modality == "claimed"
    assert one(x, "claim").args["attack"] == attack.id
    assert not find(x, "statement")


def test_a_group_telling_of_anothers_attack_claims_nothing(extract):
    x = extract("Boko Haram fighters attacked a village near Maiduguri on Monday. ISWAP said the attack had "
                "killed many civilians.")
    assert not find(x, "claim", claimant="Islamic State West Africa Province")


# --------------------------------------------------------------------------- successions


@pytest.mark.parametrize(
    "text",
    [
        "AQAP leader Qasim al-Raymi was killed in 2020 and was succeeded by Khalid Batarfi.",
        "Qasim al-Raymi, the leader of AQAP, died in a US strike in 2020 and was replaced by Khalid Batarfi.",
    ],
)
def test_a_second_passive_verb_of_succession_keeps_the_first_subject(extract, text):
    one(extract(text), "succession", successor="Khalid Batarfi", predecessor="Qasim al-Raymi")


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban are led by Hibatullah Akhundzada. Akhundzada took over from Akhtar Mansour in 2016.",
        "Hibatullah Akhundzada leads the Taliban. He took over from Akhtar Mansour in May 2016.",
    ],
)
def test_taking_over_from_a_man_whose_group_is_unknown_takes_the_successors(extract, text):
    fact = one(extract(text), "succession", successor="Hibatullah Akhundzada", predecessor="Akhtar Mansour")
    assert fact is not None


def test_a_place_adjective_before_a_title_is_no_group(extract):
    x = extract("Karachi police chief Amir Shaikh said the attackers could not get in.")
    assert not find(x, "leadership", person="Amir Shaikh")


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State has a new leader. The successor to Abu Ibrahim al-Hashimi al-Qurashi, Abu al-Hassan "
        "al-Hashimi al-Qurashi, was named in March.",
        "The Islamic State named a new caliph. The successor of Abu Ibrahim al-Hashimi al-Qurashi, Abu al-Hassan "
        "al-Hashimi al-Qurashi, is an Iraqi.",
    ],
)
def test_the_name_after_the_successor_to_a_man_is_the_successors(extract, text):
    x = extract(text)
    one(x, "succession", successor="Abu al-Hassan al-Hashimi al-Qurashi",
        predecessor="Abu Ibrahim al-Hashimi al-Qurashi")
    old = next(e for e in x.entities if e.name == "Abu Ibrahim al-Hashimi al-Qurashi")
    assert "Abu al-Hassan al-Hashimi al-Qurashi" not in old.aliases
