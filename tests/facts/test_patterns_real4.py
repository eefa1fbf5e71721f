"""Rules for published reporting (issue 7), stop 19: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Iyad Ag Ghaly heads Jama'at Nusrat al-Islam wal-Muslimin.", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("Iyad Ag Ghaly, the leader of Ansar Dine, met the envoys.", "Ansar Dine"),
    ],
)
def test_a_name_the_ner_cut_before_its_head_is_whole(extract, text, group):
    one(extract(text), "leadership", person="Iyad Ag Ghaly", organization=group)


def test_a_name_is_not_extended_over_a_group_word(extract):
    x = extract("Fighters of the Abu Sayyaf Group attacked a village in Sulu.")
    assert not [e for e in x.entities if e.type == "person" and "Group" in e.name]


@pytest.mark.parametrize(
    "text",
    [
        "Mufti Noor Wali Mehsud was appointed emir of the TTP after Fazlullah was killed in a drone strike.",
        "The TTP named Mufti Noor Wali Mehsud as its emir after Fazlullah died in a drone strike.",
    ],
)
def test_the_one_word_subject_of_a_killing_is_a_person(extract, text):
    x = extract(text)
    assert [e for e in x.entities if e.name == "Fazlullah" and e.type == "person"]
    one(x, "death", person="Fazlullah")


def test_a_known_city_subject_stays_a_place(extract):
    x = extract("Mosul was captured by the Islamic State in June 2014.")
    assert not [e for e in x.entities if e.name == "Mosul" and e.type == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram split in 2016. Shekau's successor, Kabiru, leads a faction of Boko Haram.",
        "Boko Haram split in 2016. Kabiru, the successor of Shekau, leads a faction of Boko Haram.",
    ],
)
def test_names_around_a_successor_noun_are_people(extract, text):
    x = extract(text)
    one(x, "succession", successor="Kabiru", predecessor="Shekau")


def test_a_group_owning_a_deputy_is_no_person(extract):
    x = extract("Al-Shabaab's deputy, Mahad Karate, was killed.")
    assert not [e for e in x.entities if e.type == "person" and "Shabaab" in e.name]


# --------------------------------------------------------------------------- parse repair


@pytest.mark.parametrize(
    "text",
    [
        "Following the death of Mullah Omar, Akhtar Mansour became the leader of the Taliban.",
        "After the death of Mullah Omar, Akhtar Mansour became the leader of the Taliban.",
    ],
)
def test_a_fronted_phrase_does_not_swallow_the_subject(extract, text):
    x = extract(text)
    one(x, "death", person="Mullah Omar")
    assert not find(x, "death", person="Akhtar Mansour")
    one(x, "leadership", person="Akhtar Mansour", organization="Taliban")
    one(x, "succession", successor="Akhtar Mansour", predecessor="Mullah Omar")


def test_a_real_apposition_after_a_fronted_phrase_is_kept(extract):
    x = extract("After the raid, Akhtar Mansour, the leader of the Taliban, fled to Quetta.")
    one(x, "leadership", person="Akhtar Mansour", organization="Taliban")


# --------------------------------------------------------------------------- attacks


@pytest.mark.parametrize(
    ("text", "perpetrator", "killed"),
    [
        ("Gunmen killed 14 soldiers in an ambush near Diffa on Tuesday.", "gunmen", 14),
        ("Suspected militants killed 12 villagers in northern Burkina Faso.", "suspected militants", 12),
    ],
)
def test_unnamed_assailants_who_killed_a_counted_group(extract, text, perpetrator, killed):
    fact = one(extract(text), "attack", perpetrator=perpetrator)
    assert fact.attrs["killed"]["min"] == killed


def test_a_killing_without_assailants_made_no_attack(extract):
    x = extract("The floods killed 14 people in Diffa on Tuesday.")
    assert not find(x, "attack")


def test_assailants_in_a_participle_clause_add_no_second_attack(extract):
    x = extract("Gunmen stormed a university in Charsadda on Wednesday, killing at least 20 people.")
    assert len(find(x, "attack")) == 1


# --------------------------------------------------------------------------- succession


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State announced the news on Thursday. Abu Ibrahim al-Hashimi al-Qurashi "
        "was named as the successor to Abu Bakr al-Baghdadi.",
        "AQIM confirmed the news in a video. The group's new leader, Abu Obaida Yusuf al-Annabi, "
        "replaced Abdelmalek Droukdel, who was killed by French forces.",
    ],
)
def test_a_succession_takes_the_group_from_context(extract, text):
    x = extract(text)
    facts = find(x, "succession")
    assert len(facts) == 1 and facts[0].args.get("organization")


def test_a_succession_with_no_armed_group_anywhere_is_not_invented(extract):
    x = extract("Ahmed Hassan was named as the successor to Omar Farouk at the football club.")
    assert not find(x, "succession")


# --------------------------------------------------------------------------- fates of relatives


@pytest.mark.parametrize(
    "text",
    [
        "Six militants including Abu Owaid, the nephew of Zakiur Lakhvi, were killed.",
        "Abu Owaid, a nephew of Zakiur Lakhvi, was killed in Hajin.",
    ],
)
def test_the_relative_named_to_describe_a_victim_did_not_die(extract, text):
    x = extract(text)
    one(x, "death", person="Abu Owaid")
    assert not find(x, "death", person="Zakiur Lakhvi")


def test_the_son_of_a_leader_is_the_one_arrested(extract):
    x = extract("The son of Ahmed Godane was arrested in Mogadishu.")
    assert not find(x, "capture", person="Ahmed Godane")


# --------------------------------------------------------------------------- claims and blame


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Jaish-e-Mohammed claimed the suicide car bombing that killed 40 paramilitary police in Pulwama.",
         "Jaish-e-Mohammed"),
        ("JNIM claimed responsibility for an ambush that killed 12 Malian soldiers, according to SITE.",
         "Jama'at Nusrat al-Islam wal-Muslimin"),
    ],
)
def test_a_claimed_attack_named_by_its_toll(extract, text, claimant):
    x = extract(text)
    attack = one(x, "attack", perpetrator=claimant)
    assert attack.modality == "claimed" and attack.args.get("target")
    assert one(x, "claim", claimant=claimant).args.get("attack") == attack.id


def test_a_claim_of_an_attack_with_no_toll_or_target_adds_no_attack(extract):
    x = extract("JNIM claimed responsibility for the attack, according to SITE.")
    assert not find(x, "attack")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Security officials blamed Lashkar-e-Taiba for the Mumbai attacks.", "Lashkar-e-Taiba"),
        ("India accused Jaish-e-Mohammed of the 2019 Pulwama bombing.", "Jaish-e-Mohammed"),
    ],
)
def test_blame_for_an_attack_named_by_its_place_or_year(extract, text, group):
    assert one(extract(text), "attack", perpetrator=group).modality == "alleged"


def test_blame_for_an_unnamed_attack_adds_none(extract):
    x = extract("Police blamed al-Shabaab for the attack.")
    assert not find(x, "attack")


# --------------------------------------------------------------------------- founders, titles, tenures


@pytest.mark.parametrize(
    "text",
    [
        "Hafiz Saeed co-founded Lashkar-e-Taiba in the 1990s.",
        "Hafiz Saeed, who co-founded Lashkar-e-Taiba, denied any role in the attack.",
    ],
)
def test_a_co_founder_founded_the_group(extract, text):
    fact = one(extract(text), "leadership", person="Hafiz Saeed", organization="Lashkar-e-Taiba")
    assert fact.attrs.get("role") == "founder"


def test_co_founded_keeps_its_hyphen_as_one_word(extract):
    x = extract("Hafiz Saeed co-founded Lashkar-e-Taiba in the 1990s.")
    one(x, "founding", organization="Lashkar-e-Taiba")


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("A spokesman for the Taliban, Zabihullah Mujahid, told reporters the district had fallen.",
         "Zabihullah Mujahid", "Taliban"),
        ("The emir of the Islamic State in Somalia, Abdulqadir Mumin, was targeted.",
         "Abdulqadir Mumin", "Islamic State in Somalia"),
    ],
)
def test_a_titles_apposition_hung_on_the_group(extract, text, person, group):
    x = extract(text)
    one(x, "leadership", person=person, organization=group)
    assert not [e for e in x.entities if e.type == "person" and "," in e.name]


@pytest.mark.parametrize(
    "text",
    [
        "Abu Ubaidah has been the emir of al-Shabaab since 2014.",
        "Abu Ubaidah, who has been the emir of al-Shabaab since 2014, was not seen.",
    ],
)
def test_a_tenure_dated_by_since(extract, text):
    fact = one(extract(text), "leadership", person="Abu Ubaidah", organization="al-Shabaab")
    assert fact.time is not None and fact.time.start == "2014" and fact.time.end is None


def test_a_role_in_a_year_is_no_tenure_start(extract):
    fact = one(extract("Abu Ubaidah was the emir of al-Shabaab in 2014."), "leadership", person="Abu Ubaidah")
    assert fact.time is None or fact.time.start != "2014" or fact.time.end is not None


# --------------------------------------------------------------------------- outlets, units, fates


def test_a_named_media_arm_is_no_regional_branch(extract):
    x = extract("Al-Qaeda's leadership praised the attack in a statement released through its As-Sahab media arm.")
    assert not find(x, "branch")


def test_a_regional_arm_is_still_a_branch(extract):
    one(extract("The Islamic State's Caucasus branch claimed the attack."), "branch", parent="Islamic State")


@pytest.mark.parametrize(
    "text",
    [
        "ISWAP confirmed the death of Shekau in an audio message.",
        "Shekau's death was confirmed by ISWAP.",
    ],
)
def test_the_one_word_owner_of_a_death_is_a_person(extract, text):
    one(extract(text), "death", person="Shekau")


def test_a_group_owning_an_arrest_of_others_stays_a_group(extract):
    x = extract("Kenyan police announced the arrest of three al-Shabaab suspects in Mombasa.")
    assert not [e for e in x.entities if e.type == "person" and "Shabaab" in e.name]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Islamic State's Amaq news agency said its fighters attacked a base in Niger.", "Islamic State"),
        ("The Islamic State praised the raid. Its Amaq agency said the group's fighters had stormed a base in Niger.",
         "Islamic State"),
    ],
)
def test_a_media_wing_speaks_for_its_group(extract, text, group):
    x = extract(text)
    assert find(x, "attack", perpetrator=group)
    assert not find(x, "attack", perpetrator="Amaq News Agency")


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab has executed dozens of suspected spies through its feared Amniyat intelligence wing.",
        "Al Shabaab punished the deserters through its Amniyat wing, residents said.",
    ],
)
def test_a_known_unit_named_before_the_unit_word_is_the_branch(extract, text):
    x = extract(text)
    one(x, "branch", organization="Amniyat", parent="al-Shabaab")
    assert not [e for e in x.entities if "Amniyat Wing" in e.name]


def test_a_branch_named_in_a_headline_question_is_read_from_the_body(extract):
    x = extract(
        "Who Is the New Leader of Islamic State-Khorasan Province?\n\n"
        "The Islamic State's Afghanistan-based affiliate, the Islamic State in Khorasan Province (ISKP), "
        "appears to be struggling."
    )
    one(x, "branch", parent="Islamic State")


# --------------------------------------------------------------------------- provinces, members


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        ("ISIS in Somalia claimed the attack on the checkpoint.", "Islamic State Somalia Province"),
        ("The Islamic State in Mozambique claimed the attack on the town.", "Islamic State Mozambique Province"),
    ],
)
def test_the_parent_in_a_country_abroad_is_its_province(extract, text, branch):
    one(extract(text), "claim", claimant=branch)


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State in Iraq and Syria claimed the attack on the checkpoint.",
        "ISIS in Syria claimed the attack on the checkpoint.",
    ],
)
def test_the_parent_in_its_home_or_own_name_stays_the_parent(extract, text):
    one(extract(text), "claim", claimant="Islamic State")


@pytest.mark.parametrize(
    "text",
    [
        "Omar Hammami was an American jihadist who fought for al-Shabaab.",
        "Omar Hammami was an American who joined al-Shabaab in 2006.",
    ],
)
def test_a_relative_clause_on_a_copular_description(extract, text):
    one(extract(text), "membership", person="Omar Hammami", organization="al-Shabaab")


def test_a_relative_clause_on_an_unnamed_subject_names_no_member(extract):
    x = extract("The problem was the man who joined al-Shabaab in 2006.")
    assert not find(x, "membership")


def test_the_named_one_among_commanders_who_joined(extract):
    x = extract("Three senior commanders of Hizbul Mujahideen, including Zakir Musa, announced they had joined al-Qaeda.")
    one(x, "membership", person="Zakir Musa", organization="al-Qaeda")


# --------------------------------------------------------------------------- statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Pakistani Taliban warned of more attacks in a statement sent to journalists.", "Pakistani Taliban"),
        ("Al-Shabaab threatened further attacks in a statement on Sunday.", "al-Shabaab"),
    ],
)
def test_a_threat_in_a_statement_is_a_statement(extract, text, speaker):
    one(extract(text), "statement", speaker=speaker)


def test_a_claim_in_a_statement_stays_a_claim(extract):
    x = extract("The Taliban claimed the attack on the checkpoint in a statement on Sunday.")
    assert find(x, "claim", claimant="Taliban") and not find(x, "statement")


@pytest.mark.parametrize(
    "text",
    [
        "Jaish-e-Mohammed was set up by Masood Azhar in 2000.",
        "Jaish-e-Mohammed was formed by Masood Azhar in 2000 after his release.",
    ],
)
def test_the_person_a_group_was_set_up_by_founded_it(extract, text):
    x = extract(text)
    one(x, "founding", organization="Jaish-e-Mohammed")
    assert one(x, "leadership", person="Masood Azhar").attrs.get("role") == "founder"


def test_a_group_formed_by_another_group_has_no_founder_person(extract):
    x = extract("The cell was formed by the Islamic State in 2015.")
    assert not find(x, "leadership")


@pytest.mark.parametrize(
    "text",
    [
        "The man known as Jihadi John was identified as Mohammed Emwazi.",
        "Jihadi John was identified as Mohammed Emwazi by British officials.",
    ],
)
def test_identified_as_is_another_name(extract, text):
    x = extract(text)
    person = [e for e in x.entities if e.type == "person" and "Jihadi John" in {e.name, *e.aliases}]
    assert len(person) == 1 and "Mohammed Emwazi" in {person[0].name, *person[0].aliases}


def test_identified_as_a_member_is_no_name(extract):
    x = extract("Mohammed Emwazi was identified as a member of the cell.")
    assert [e.aliases for e in x.entities if e.name == "Mohammed Emwazi"] == [[]]


@pytest.mark.parametrize(
    "text",
    [
        "Two senior ISWAP commanders were killed in the strike.",
        "The strike killed three al-Shabaab commanders near Jilib.",
    ],
)
def test_counted_cadres_of_a_named_group_died(extract, text):
    deaths = find(extract(text), "death")
    assert len(deaths) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Two army commanders were killed in the ambush.",
        "Four ISIS leaders were killed, including Abu Ali.",
    ],
)
def test_cadres_of_no_group_or_with_names_listed_add_no_described_death(extract, text):
    x = extract(text)
    assert not [f for f in find(x, "death") if x.entity(f.args["person"]).type == "group_of_people"]


@pytest.mark.parametrize(
    "text",
    [
        "Hurras al-Din is al-Qaeda's affiliate in Syria.",
        "Hurras al-Din, al-Qaeda's affiliate in Syria, was targeted by a drone.",
    ],
)
def test_a_regional_affiliate_phrase_describing_a_named_group(extract, text):
    x = extract(text)
    one(x, "branch", organization="Hurras al-Din", parent="al-Qaeda")
    assert len(find(x, "branch")) == 1


def test_another_parents_province_is_not_borrowed(extract):
    x = extract("Hurras al-Din is al-Qaeda's affiliate in Syria.")
    assert not [e for e in x.entities if "Islamic State" in e.name]


def test_a_regional_affiliate_phrase_alone_is_still_linked(extract):
    one(extract("The Islamic State's affiliate in Somalia claimed the attack."), "claim",
        claimant="Islamic State Somalia Province")


@pytest.mark.parametrize(
    "text",
    [
        "AQIM has appointed a new leader. AQIM said that following Droukdel's death, another Algerian, "
        "Sheikh Mujahid Yazid Mubarak, also known as Abu Ubaida Yusuf al-Annabi, was chosen as successor.",
        "AQIM said that after Droukdel's death a veteran Algerian, Yazid Mubarak, was chosen as successor.",
    ],
)
def test_the_name_beside_a_description_chosen_as_successor(extract, text):
    x = extract(text)
    fact = one(x, "succession", predecessor="Droukdel")
    assert "Yazid Mubarak" in " ".join(names_of(x, fact.args["successor"]))


def names_of(x, entity_id):
    e = x.entity(entity_id)
    return [e.name, *e.aliases]


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("AQAP emir Khalid Batarfi appeared in a new video.", "Khalid Batarfi",
         "al-Qaeda in the Arabian Peninsula"),
        ("Al-Shabaab's governor in Lower Shabelle, Sheikh Hassan, was arrested.", "Sheikh Hassan", "al-Shabaab"),
    ],
)
def test_a_title_parsed_flat_or_hung_on_a_region(extract, text, person, group):
    one(extract(text), "leadership", person=person, organization=group)


def test_an_envoy_of_a_state_is_no_leader(extract):
    assert not find(extract("US envoy Zalmay Khalilzad met Taliban negotiators."), "leadership")


@pytest.mark.parametrize(
    "text",
    [
        "Suspected al-Shabaab militants launched an attack on Sunday morning.",
        "ISWAP launched an attack on Monday night, residents said.",
    ],
)
def test_a_time_after_on_is_no_target(extract, text):
    attack = one(extract(text), "attack")
    assert attack.args.get("target") is None and attack.time is not None
