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
    x = extract(WIRE.replace("MAIDUGURI, Nigeria - ", " " * 21), published="2023-03-08")
    attack = one(x, "attack", target="Monday Market")
    names = {e.id: e.name for e in x.entities}
    assert names[attack.args["perpetrator"]] == "gunmen"
    assert attack.time is not None and attack.time.start == "2023-03-07"  # Tuesday, not "Monday Market"


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
