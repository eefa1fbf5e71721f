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
