"""One attack told by two outlets in different words becomes one event: extraction keeps
what resolution needs (a described attacker stays a description, a weekday in a place's name
is no date, a blanked dateline leaves no blanks in names). The articles are ours."""

from __future__ import annotations

import pytest

from orbat.model import Document
from orbat.resolve import resolve

from .helpers import one

WIRE = (
    "MAIDUGURI, Nigeria - Gunmen stormed the Monday Market in Maiduguri on Tuesday, killing at least "
    "14 traders, police said.\n\nBoko Haram claimed responsibility for the attack in a statement on Wednesday."
)
REGIONAL = (
    "Boko Haram said its fighters carried out the assault on a busy market in the capital of Borno State "
    "on March 7, in which 21 people died, according to residents."
)
LATER = (
    "Boko Haram said its fighters attacked a market in Maiduguri on March 21, killing nine traders, "
    "residents said."
)


@pytest.fixture(scope="module")
def reference():
    from orbat.reference import load_reference

    return load_reference()


def _attacks(kb):
    return [f for f in kb.facts if f.type == "attack"]


def test_a_described_attacker_is_a_lower_case_description_without_dateline_blanks(extract):
    told = WIRE.split("\n\n")[0]  # the attack alone, before the claim
    x = extract(told.replace("MAIDUGURI, Nigeria - ", " " * 21), published="2023-03-08")
    attack = one(x, "attack", target="Monday Market")
    names = {e.id: e.name for e in x.entities}
    assert names[attack.args["perpetrator"]] == "gunmen"
    assert attack.time is not None and attack.time.start == "2023-03-07"  # Tuesday, not "Monday Market"


def test_an_attack_by_described_gunmen_is_coded_to_the_group_that_claims_it(extract):
    x = extract(WIRE.replace("MAIDUGURI, Nigeria - ", " " * 21), published="2023-03-08")
    attack = one(x, "attack", target="Monday Market", perpetrator="Boko Haram")
    assert one(x, "claim", claimant="Boko Haram").args["attack"] == attack.id


def test_a_weekday_in_a_place_name_is_no_date_but_a_weekday_is(extract):
    x = extract("Gunmen attacked worshippers at the Friday Mosque in Kano on Sunday.", published="2023-03-08")
    assert one(x, "attack").time.start == "2023-03-05"  # Sunday, not the mosque's Friday
    x = extract("Gunmen attacked worshippers in Kano on Friday.", published="2023-03-08")
    assert one(x, "attack").time.start == "2023-03-03"


def test_one_market_attack_from_two_outlets_is_one_event_and_a_later_one_stays_apart(extractor, reference):
    docs = [
        Document(body=WIRE, published="2023-03-08", publisher="Lake Chad Courier"),
        Document(body=REGIONAL, published="2023-03-09", publisher="Sahel Wire"),
        Document(body=LATER, published="2023-03-22", publisher="Sahel Wire"),
    ]
    kb = resolve([extractor.extract(d) for d in docs], [], reference=reference)
    attacks = _attacks(kb)
    assert len(attacks) == 2, [(a.time, len(a.sources)) for a in attacks]
    first = next(a for a in attacks if a.time and a.time.start == "2023-03-07")
    assert {s.doc for s in first.sources} == {docs[0].id, docs[1].id}
    names = {e.id: e.name for e in kb.entities}
    assert names[first.args["perpetrator"]] == "Boko Haram"


# Two outlets on one attack: one tells the attack by unnamed gunmen and the claim after it, the
# other a day later names the siege by its day and the group's word; and a province's claim
# (a region, a calendar date in a relative clause) beside the parent group's attack (a town,
# a weekday).
PAIRS = [
    (
        Document(body="Gunmen stormed a hotel in the Somali capital on Monday, killing at least nine people, "
                      "police said. Al-Shabaab claimed responsibility for the attack on the Hotel Sahafi in "
                      "Mogadishu.", published="2021-03-02", publisher="Outlet A"),
        Document(body="The death toll from Monday's siege of a Mogadishu hotel has risen to 14, officials said on "
                      "Tuesday. The al-Qaeda-linked group al-Shabaab said its fighters carried out the assault.",
                 published="2021-03-03", publisher="Outlet B"),
    ),
    (
        Document(body="Islamic State fighters attacked a military camp in Inates, western Niger, on Tuesday, "
                      "killing 71 soldiers, the government said.", published="2019-12-11", publisher="Outlet C"),
        Document(body="The Islamic State's West Africa Province claimed the attack on the army base in the "
                      "Tillaberi region of Niger that killed more than 70 soldiers on December 10, according to "
                      "a statement carried by its Amaq news agency.", published="2019-12-12", publisher="Outlet D"),
    ),
]


PAIRS += [
    (
        Document(body="Heavily armed militants attacked an upscale hotel and office complex in Nairobi on Tuesday, "
                      "killing at least 14 people. Somalia's al-Shabaab said it was behind the assault.",
                 published="2019-01-16", publisher="Outlet G"),
        Document(body="The death toll from the siege at the DusitD2 complex in Kenya's capital rose to 21 on "
                      "Thursday. Al-Shabaab claimed responsibility for the January 15 attack, saying it was a "
                      "response to the US embassy move to Jerusalem.", published="2019-01-17", publisher="Outlet H"),
    ),
    (
        Document(body="Fourteen Tunisian soldiers were killed on Wednesday when militants attacked two army "
                      "checkpoints in the Chaambi mountains near the Algerian border, the defence ministry said.",
                 published="2014-07-17", publisher="Outlet K"),
        Document(body="The Okba Ibn Nafaa Brigade, an al-Qaeda-linked group, claimed the ambush on army posts on "
                      "Mount Chaambi in which 14 soldiers died on July 16.", published="2014-07-18", publisher="Outlet L"),
    ),
]


PAIRS.append(
    (
        Document(body="A female suicide bomber killed three Chinese teachers and their Pakistani driver near the "
                      "Confucius Institute at Karachi University on Tuesday. The Baloch Liberation Army said it "
                      "carried out the bombing.", published="2022-04-27", publisher="Outlet E"),
        Document(body="Four people including three Chinese nationals were killed in a blast in a van at the "
                      "University of Karachi on Tuesday, police said. The BLA claimed responsibility for the attack.",
                 published="2022-04-26", publisher="Outlet F"),
    )
)


@pytest.mark.parametrize(
    "pair", PAIRS, ids=["hotel-siege", "camp-and-province-claim", "complex-siege", "checkpoints", "university-blast"]
)
def test_one_attack_told_differently_by_two_outlets_is_one_event(extractor, reference, pair):
    kb = resolve([extractor.extract(d) for d in pair], [], reference=reference)
    shared = [a for a in _attacks(kb) if {s.doc for s in a.sources} == {pair[0].id, pair[1].id}]
    assert len(shared) == 1, [(a.args, a.time, {s.doc for s in a.sources}) for a in _attacks(kb)]
