"""Each rule on (at least) two differently worded sentences, in tiny hand-made documents."""

from __future__ import annotations

import pytest

from .helpers import find, one

# --------------------------------------------------------------------------- deaths


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces killed ICE's emir, Magomed Suleimanov, in August.",
        "Magomed Suleimanov, the emir of ICE, was killed by Russian forces in August.",
        "In August, Magomed Suleimanov was killed by Russian forces in Dagestan.",
    ],
)
def test_death_active_and_passive(extract, text):
    x = extract(text)
    death = one(x, "death", person="Magomed Suleimanov", killer="Russian forces")
    assert death.attrs["cause"] == "killed"
    assert (death.time.start, death.time.end) == ("2015-08", "2015-08")


@pytest.mark.parametrize(
    "text",
    [
        "Doku Umarov died sometime in either late 2013 or early 2014.",
        "The veteran commander Doku Umarov perished in late 2013 or early 2014.",
    ],
)
def test_death_intransitive(extract, text):
    death = one(extract(text), "death", person="Doku Umarov")
    assert death.attrs["cause"] == "died"
    assert (death.time.start, death.time.end) == ("2013-09", "2014-04")


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces killed Magomed Suleimanov in Gimry in August. Also killed in the raid was the militant chosen to lead the Dagestan sector.",
        "Russian forces killed Magomed Suleimanov in Gimry in August. Also killed in the operation was the commander appointed to run the group's finances.",
    ],
)
def test_death_of_a_described_person_inherits_the_raid(extract, text):
    x = extract(text)
    deaths = [f for f in x.facts if f.type == "death" and "Suleimanov" not in x.entity(f.args["person"]).name]
    assert len(deaths) == 1
    victim = x.entity(deaths[0].args["person"])
    assert victim.type == "person" and len(victim.name.split()) > 3
    assert x.entity(deaths[0].args["killer"]).name == "Russian forces"
    assert deaths[0].time.start == "2015-08"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Said Bagirov in Makhachkala on Monday.",
        "Said Bagirov was arrested by police in Makhachkala on Monday.",
    ],
)
def test_capture(extract, text):
    x = extract(text)
    capture = one(x, "capture", person="Said Bagirov")
    assert capture.attrs["kind"] == "arrested"
    assert not find(x, "death")


# --------------------------------------------------------------------------- identity


@pytest.mark.parametrize(
    "text",
    [
        "Magomed Suleimanov (also known as Abu Usman Gimrinsky) led the group.",
        "Magomed Suleimanov, better known as Abu Usman Gimrinsky, led the group.",
        "Abu Usman Gimrinsky, whose real name is Magomed Suleimanov, led the group.",
        "Magomed Suleimanov alias Abu Usman Gimrinsky led the group.",
    ],
)
def test_asserted_identity_merges(extract, text):
    x = extract(text)
    person = next(e for e in x.entities if e.name == "Magomed Suleimanov")
    assert "Abu Usman Gimrinsky" in person.aliases
    # both names are on one entity: an identity of it with itself would say nothing
    assert not [f for f in find(x, "identity") if f.args["a"] == f.args["b"]]
    assert len([e for e in x.entities if e.type == "person"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Abu Muhammad al Qadari gave a speech. It appears that Qadari is Rustam Asilderov.",
        "Abu Muhammad al Qadari gave a speech. Qadari is believed to be Rustam Asilderov.",
    ],
)
def test_hedged_identity_keeps_entities_apart(extract, text):
    x = extract(text)
    fact = one(x, "identity", a="Abu Muhammad al Qadari", b="Rustam Asilderov")
    assert fact.modality == "hedged"
    assert fact.args["a"] != fact.args["b"]
    assert fact.confidence < 0.8


# --------------------------------------------------------------------------- leadership


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State's spokesman, Abu Muhammad al Adnani, spoke on Tuesday.",
        "Abu Muhammad al Adnani, the spokesman of the Islamic State, spoke on Tuesday.",
    ],
)
def test_leadership_apposition(extract, text):
    fact = one(extract(text), "leadership", person="Abu Muhammad al Adnani", organization="Islamic State")
    assert fact.attrs["role"] == "spokesman"


@pytest.mark.parametrize(
    "text",
    [
        "Rustam Asilderov, an ICE commander in Dagestan, gave a speech.",
        "Rustam Asilderov, a member of ICE, gave a speech.",
    ],
)
def test_indefinite_role_is_membership(extract, text):
    x = extract(text)
    one(x, "membership", person="Rustam Asilderov", organization="Caucasus Emirate")
    assert not find(x, "leadership")


def test_the_word_leader_alone_is_no_leadership(extract):
    x = extract(
        "The loss of three leaders has destabilized ICE's operations. Thomas Joscelyn is a Senior Fellow at the Foundation for Defense of Democracies."
    )
    assert not find(x, "leadership")
    assert not find(x, "membership")


@pytest.mark.parametrize(
    "text",
    [
        "ICE's emir, Magomed Suleimanov, was killed in August. Suleimanov had succeeded Aliaskhab Kebekov.",
        "ICE's emir, Magomed Suleimanov, was killed in August. Suleimanov replaced Aliaskhab Kebekov.",
    ],
)
def test_succession(extract, text):
    x = extract(text)
    fact = one(x, "succession", successor="Magomed Suleimanov", predecessor="Aliaskhab Kebekov")
    assert x.entity(fact.args["organization"]).name == "Caucasus Emirate"
    lead = one(x, "leadership", person="Magomed Suleimanov", organization="Caucasus Emirate")
    assert lead.time is not None and lead.time.end == "2015-08"  # ended by his death


# --------------------------------------------------------------------------- allegiance


@pytest.mark.parametrize(
    "text",
    [
        "Rustam Asilderov, an ICE leader, defected to the Islamic State late last year.",
        "Late last year Rustam Asilderov defected from ICE to the Islamic State.",
    ],
)
def test_defection(extract, text):
    x = extract(text)
    fact = one(
        x, "defection", member="Rustam Asilderov", **{"from": "Caucasus Emirate", "to": "Islamic State"}
    )
    assert (fact.time.start, fact.time.end) == ("2014-09", "2014-12")


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram pledged allegiance to Abu Bakr al Baghdadi in March.",
        "In March, Boko Haram swore bayat to Abu Bakr al Baghdadi.",
    ],
)
def test_pledge(extract, text):
    fact = one(extract(text), "pledge", pledger="Boko Haram", recipient="Abu Bakr al Baghdadi")
    assert fact.time.start == "2015-03"


@pytest.mark.parametrize(
    "text",
    [
        "The al Qaeda-linked Islamic Caucasus Emirate (ICE) is weakened.",
        "The Islamic Caucasus Emirate is allied with al Qaeda.",
    ],
)
def test_alliance(extract, text):
    fact = one(extract(text), "alliance", a="Caucasus Emirate", b="al Qaeda")
    assert fact.attrs["kind"] in {"linked", "ally"}


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State announced its Caucasus branch in June.",
        "In June the Islamic State declared its new province in the Caucasus.",
    ],
)
def test_founding_and_branch(extract, text):
    x = extract(text)
    founding = one(x, "founding", organization="Islamic State Caucasus Province")
    assert founding.time.start == "2015-06"
    branch = one(x, "branch", organization="Islamic State Caucasus Province", parent="Islamic State")
    assert branch.time.start == "2015-06"


# --------------------------------------------------------------------------- events


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab claimed responsibility for the attack in a statement on Tuesday. The claim could not be verified.",
        "In a statement on Tuesday, al Shabaab claimed the attack. The claim could not be independently verified.",
    ],
)
def test_claim(extract, text):
    fact = one(extract(text), "claim", claimant="al Shabaab")
    assert fact.modality == "claimed"
    assert fact.attrs.get("verified") is False
    assert fact.time.start == "2015-09-01"


def test_negated_claim_is_nothing(extract):
    x = extract("The jihadists had not claimed responsibility for any attacks since June.")
    assert not find(x, "claim")


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab fighters attacked an African Union base in Janaale on Tuesday, killing at least 12 soldiers.",
        "On Tuesday al Shabaab militants stormed an African Union base in Janaale, killing at least 12 soldiers.",
    ],
)
def test_attack_with_casualties(extract, text):
    fact = one(extract(text), "attack", perpetrator="al Shabaab")
    assert fact.attrs["killed"] == {"min": 12, "max": None}
    assert fact.attrs["target_category"] == "military"
    assert fact.time.start == "2015-09-01"


@pytest.mark.parametrize(
    "text",
    [
        "In an audio message released on June 23, the Islamic State's spokesman, Abu Muhammad al Adnani, praised the fighters.",
        "The Islamic State's spokesman, Abu Muhammad al Adnani, praised the fighters in an audio recording released on June 23.",
    ],
)
def test_statement(extract, text):
    fact = one(extract(text), "statement", speaker="Abu Muhammad al Adnani")
    assert fact.attrs["medium"] == "audio"
    assert fact.time.start == "2015-06-23"


# --------------------------------------------------------------------------- modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Magomed Suleimanov was reportedly killed by Russian forces in August.", "reported"),
        ("Magomed Suleimanov was allegedly killed by Russian forces in August.", "alleged"),
        ("Magomed Suleimanov was likely killed by Russian forces in August.", "hedged"),
        ("According to Russian officials, Russian forces killed Magomed Suleimanov in August.", "reported"),
    ],
)
def test_modality(extract, text, modality):
    fact = one(extract(text), "death", person="Magomed Suleimanov")
    assert fact.modality == modality


def test_future_is_no_fact(extract):
    x = extract("Russian forces will kill Magomed Suleimanov if they find him.")
    assert not find(x, "death")
