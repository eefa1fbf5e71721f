"""Rules for published reporting (issue 7), stop 30: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

# --------------------------------------------------------------------------- a list of the killed, each with his date


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("French strikes in Mali have killed AQIM's former deputy leader, Abu Yahya al-Jazairi, in 2019, "
         "and his successor, Sekou Traore, in March.",
         {"Abu Yahya al-Jazairi": "2019", "Sekou Traore": "2021-03"}),
        ("Kenyan troops have killed al-Shabaab's then intelligence chief, Yusuf Dheeq, in 2018, "
         "and its finance chief, Mohamed Abdi Gedi, in 2020.",
         {"Yusuf Dheeq": "2018", "Mohamed Abdi Gedi": "2020"}),
    ],
)
def test_each_man_of_a_list_of_the_killed_dies_on_his_own_date(extract, text, dated):
    x = extract(text, published="2021-06-10")
    for person, year in dated.items():
        death = one(x, "death", person=person)
        assert death.time is not None and death.time.start == year, (person, death.time)


def test_a_group_named_as_the_owner_of_a_post_is_not_killed(extract):
    x = extract(
        "Kenyan troops have killed al-Shabaab's then intelligence chief, Yusuf Dheeq, in 2018.", published="2021-06-10"
    )
    assert find(x, "death", person="al-Shabaab") == []
    assert find(x, "death", person="Yusuf Dheeq")


def test_a_man_named_after_another_verb_of_the_list_is_not_killed(extract):
    x = extract("The army killed Abu Suleiman al-Iraqi, in 2016, and arrested Abu Ali al-Shami, in 2017.", published="2021-06-10")
    assert find(x, "death", person="Abu Suleiman al-Iraqi")
    assert find(x, "death", person="Abu Ali al-Shami") == []
    assert find(x, "capture", person="Abu Ali al-Shami")


# --------------------------------------------------------------------------- "X, who replaced founder Y"


@pytest.mark.parametrize(
    ("text", "successor", "predecessor", "group"),
    [
        ("Al Qaeda leader Ayman al-Zawahiri, who replaced founder and longtime chief Osama bin Laden, "
         "praised the attack in an audio message.", "Ayman al-Zawahiri", "Osama bin Laden", "al-Qaeda"),
        ("Boko Haram leader Abubakar Shekau, who replaced founder and preacher Mohammed Yusuf, "
         "appeared in a new video on Monday.", "Abubakar Shekau", "Mohammed Yusuf", "Boko Haram"),
    ],
)
def test_the_man_a_coordinated_post_names_is_the_predecessor(extract, text, successor, predecessor, group):
    x = extract(text, published="2016-08-03")
    assert find(x, "succession", successor=successor, predecessor=predecessor, organization=group)
    assert find(x, "leadership", person=predecessor, organization=group)


def test_a_post_without_a_man_names_no_predecessor(extract):
    x = extract("Al Qaeda leader Ayman al-Zawahiri, who replaced founder and longtime chief of the network, "
                "praised the attack in an audio message.", published="2016-08-03")
    assert find(x, "succession") == []


# --------------------------------------------------------------------------- when the post changed hands


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Al-Shabaab's emir Ahmed Diriye, who replaced Ahmed Abdi Godane in 2014, rarely appears in public.", "2014"),
        ("In March 2014 Aliaskhab Kebekov succeeded Doku Umarov as emir of the Caucasus Emirate.", "2014-03"),
    ],
)
def test_a_succession_told_with_a_date_is_dated(extract, text, when):
    x = extract(text, published="2016-08-03")
    [succession] = find(x, "succession")
    assert succession.time is not None and succession.time.start == when


def test_the_date_of_the_predecessor_s_death_is_not_the_succession_s(extract):
    x = extract("Ahmed Diriye replaced Ahmed Abdi Godane, who was killed in September 2014, as leader of al-Shabaab.",
                published="2016-08-03")
    [succession] = find(x, "succession")
    assert succession.time is None or succession.time.start != "2014-09"


# --------------------------------------------------------------------------- the outlet a claim was made on


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State claimed responsibility for the bombing on its Amaq news agency.",
        "Al-Shabaab claimed the attack on their Telegram channel, saying ten soldiers died.",
    ],
)
def test_the_group_s_own_outlet_is_not_the_target_of_the_attack_it_claims(extract, text):
    x = extract(text, published="2017-02-16")
    [attack] = find(x, "attack")
    assert attack.args.get("target") is None
    assert find(x, "claim")


def test_an_outlet_of_no_group_s_own_can_be_the_target(extract):
    x = extract("Al-Shabaab claimed the attack on the Somali news agency in Mogadishu.", published="2017-02-16")
    [attack] = find(x, "attack")
    assert x.entity(attack.args["target"]).name == "Somali news agency"


# --------------------------------------------------------------------------- a group's man confirming the news


@pytest.mark.parametrize(
    ("text", "speaker", "group"),
    [
        ("Taliban spokesman Zabihullah Mujahid confirmed the incident on Twitter.", "Zabihullah Mujahid", "Taliban"),
        ("Al-Shabaab spokesman Ali Dhere confirmed the news in a radio broadcast on Sunday.", "Ali Dhere", "al-Shabaab"),
    ],
)
def test_a_spokesman_confirming_the_news_speaks_for_his_group(extract, text, speaker, group):
    x = extract(text, published="2021-10-08")
    assert find(x, "statement", speaker=speaker, organization=group)


def test_a_leader_announcing_a_founding_makes_no_statement(extract):
    x = extract("Ayman al-Zawahiri, the leader of al-Qaeda, announced the creation of AQIS in 2014.", published="2021-10-08")
    assert find(x, "statement", speaker="Ayman al-Zawahiri") == []


# --------------------------------------------------------------------------- a claim the parser made a subject of


@pytest.mark.parametrize(
    ("text", "group", "target"),
    [
        ("On June 3, after al-Shabaab claimed responsibility for attack on Kenya's Garissa University in Garissa, "
         "Godane in an audio message threatened Nairobi with more attacks.", "al-Shabaab", "Garissa University"),
        ("On May 5, after the Taliban claimed responsibility for attack on Pakistan's army school in Peshawar, "
         "Fazlullah in a video message threatened Islamabad with more attacks.", "Taliban", "Pakistan's army school"),
        ("In March, after AQAP claimed responsibility for attack on Yemen's defence ministry in Sanaa, "
         "Wuhayshi in an audio message threatened Washington with more attacks.", "al-Qaeda in the Arabian Peninsula",
         "Yemen's defence ministry"),
    ],
)
def test_responsibility_claimed_is_a_claim_however_it_was_parsed(extract, text, group, target):
    x = extract(text, published="2015-06-05")
    [attack] = find(x, "attack", perpetrator=group)
    assert x.entity(attack.args["target"]).name == target
    assert find(x, "claim", claimant=group)


def test_a_claimed_victory_is_no_claim_of_an_attack(extract):
    x = extract("In March, after the army claimed victory in Sanaa, Wuhayshi in an audio message threatened Washington "
                "with more attacks.", published="2015-06-05")
    assert find(x, "claim") == []


# --------------------------------------------------------------------------- allegiance claimed


@pytest.mark.parametrize(
    ("text", "pledger", "recipient"),
    [
        ("Boko Haram, which claimed allegiance to the Islamic State in March 2015, has since split.", "Boko Haram", "Islamic State"),
        ("Al-Shabaab claimed loyalty to al-Qaeda in a video released in 2012.", "al-Shabaab", "al-Qaeda"),
    ],
)
def test_allegiance_claimed_is_a_pledge(extract, text, pledger, recipient):
    x = extract(text, published="2019-05-17")
    assert find(x, "pledge", pledger=pledger, recipient=recipient)


@pytest.mark.parametrize(
    "text",
    [
        "The ADF has never claimed allegiance to the Islamic State, officials said.",
        "Al-Shabaab claimed the attack on the Islamic State's fighters in Puntland.",
    ],
)
def test_no_pledge_from_a_denied_allegiance_or_a_claimed_attack(extract, text):
    x = extract(text, published="2019-05-17")
    assert [f for f in find(x, "pledge") if f.modality != "denied"] == []


# --------------------------------------------------------------------------- the killed or arrested, linked to a group


@pytest.mark.parametrize(
    ("text", "ftype", "group"),
    [
        ("Soldiers killed three militants affiliated with Boko Haram in Borno on Friday.", "death", "Boko Haram"),
        ("In January this year, the police arrested 20 terror suspects linked to the JAD in Makassar.", "capture",
         "Jamaah Ansharut Daulah"),
    ],
)
def test_people_killed_or_arrested_as_linked_to_a_group_were_its_members(extract, text, ftype, group):
    x = extract(text, published="2023-12-03")
    [fate] = find(x, ftype)
    assert find(x, "membership", person=x.entity(fate.args["person"]).name, organization=group)


def test_people_linked_to_a_crime_are_no_group_s_members(extract):
    x = extract("Police detained five suspects linked to the kidnapping in Mombasa on Sunday.", published="2023-12-03")
    assert find(x, "capture") and find(x, "membership") == []


# --------------------------------------------------------------------------- joining one group, then another


def test_a_man_joining_a_second_group_defects_from_the_first_not_the_reverse(extract):
    x = extract("Mohamed Kuno joined the Islamic Courts Union in 2007. In 2009 he left and joined the militant group "
                "Hizbul Islam.", published="2021-03-03")
    assert find(x, "defection", member="Mohamed Kuno", **{"from": "Islamic Courts Union", "to": "Hizbul Islam"})
    assert find(x, "defection", member="Mohamed Kuno", **{"from": "Hizbul Islam"}) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mohamed Kuno joined the Union of Islamic Courts in 2007. When the UIC collapsed, he joined the militant group Hizbul Islam.",
        "Abu Salim joined Ansar al-Sharia in 2012. After Ansar al-Sharia dissolved in 2017, he joined the Islamic State.",
    ],
)
def test_joining_another_group_after_the_first_came_to_an_end_is_no_defection(extract, text):
    x = extract(text, published="2021-03-03")
    assert len(find(x, "membership")) == 2
    assert find(x, "defection") == []


# --------------------------------------------------------------------------- a blamed group then claiming the attack


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The president blamed the al-Shabab militant group for Saturday's attack which targeted the education "
         "ministry. The pro-jihadist Somali Memo website has reported that the group has said it was behind the blasts.",
         "al-Shabaab"),
        ("Officials blamed Boko Haram for the raid on the barracks in Monguno on Friday. Boko Haram said on Sunday it "
         "had carried out the raid.", "Boko Haram"),
    ],
)
def test_a_group_blamed_for_an_attack_then_saying_it_did_it_claims_it(extract, text, group):
    x = extract(text, published="2022-10-30")
    [attack] = find(x, "attack", perpetrator=group)
    assert attack.modality == "claimed"
    assert find(x, "claim", claimant=group)


def test_a_blamed_group_speaking_of_something_else_claims_nothing(extract):
    x = extract("Officials blamed Boko Haram for the raid on the barracks in Monguno on Friday. Boko Haram said on "
                "Sunday the army was lying.", published="2022-10-30")
    assert find(x, "claim") == []
    [attack] = find(x, "attack", perpetrator="Boko Haram")
    assert attack.modality == "alleged"


# --------------------------------------------------------------------------- "a founder of X"


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("Mukhtar Robow, a founder of al-Shabaab, served as the group's spokesman.", "Mukhtar Robow", "al-Shabaab"),
        ("Abu Bakar Bashir, a co-founder of Jemaah Islamiyah, was released in 2021.", "Abu Bakar Bashir", "Jemaah Islamiyah"),
    ],
)
def test_a_founder_of_a_group_holds_the_founder_s_post(extract, text, person, group):
    x = extract(text, published="2021-06-10")
    assert [f.attrs.get("role") for f in find(x, "leadership", person=person, organization=group)].count("founder") == 1
    assert not [f for f in find(x, "membership", person=person, organization=group) if f.attrs.get("role") == "founder"]


def test_a_commander_of_a_group_is_still_one_of_its_members(extract):
    x = extract("Abu Omar, a commander of al-Shabaab, was killed in Jilib.", published="2021-06-10")
    assert find(x, "membership", person="Abu Omar", organization="al-Shabaab")
