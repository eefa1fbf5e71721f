"""The seed article end to end: scores against its gold file and the deaths it must yield."""

from __future__ import annotations

import pytest

from orbat.evaluate import evaluate_extraction, load_gold, read_gold_document

from .helpers import find, one


@pytest.fixture(scope="module")
def seed(extractor, seed_gold_path):
    gold = load_gold(seed_gold_path)
    doc = read_gold_document(gold)
    return gold, doc, extractor.extract(doc)


def test_seed_f1_with_time(seed):
    gold, _, x = seed
    scores = evaluate_extraction(gold, x, check_time=True)
    assert scores.overall.f1 >= 0.90, [m.label() for m in scores.misses] + [e.label() for e in scores.extras]


def test_evidence_is_exact_and_inside_the_body(seed):
    _, doc, x = seed
    assert x.facts
    for fact in x.facts:
        assert fact.sources, fact
        for ev in fact.sources:
            assert 0 <= ev.start < ev.end <= len(doc.body)
            assert doc.body[ev.start : ev.end] == ev.quote
            assert ev.doc == doc.id
    comments = " ".join(c.text for c in doc.comments)
    for fact in x.facts:
        for ev in fact.sources:
            assert ev.quote not in comments or not comments


def test_seed_deaths(seed):
    _, _, x = seed
    suleimanov = one(x, "death", person="Magomed Suleimanov", killer="Russian forces")
    assert (suleimanov.time.start, suleimanov.time.end) == ("2015-08", "2015-08")
    assert suleimanov.attrs["cause"] == "killed"
    kebekov = one(x, "death", person="Aliaskhab Kebekov", killer="Russian forces")
    assert kebekov.time.start == "2015-04"
    umarov = one(x, "death", person="Doku Umarov")
    assert (umarov.time.start, umarov.time.end) == ("2013-09", "2014-04")
    assert umarov.attrs["cause"] == "died"
    unnamed = [
        f for f in x.facts if f.type == "death" and "selected to lead" in x.entity(f.args["person"]).name
    ]
    assert len(unnamed) == 1
    assert x.entity(unnamed[0].args["person"]).type == "person"
    assert x.entity(unnamed[0].args["killer"]).name == "Russian forces"


def test_seed_names_and_aliases(seed):
    _, _, x = seed
    people = {e.name: e for e in x.entities if e.type == "person"}
    assert "Abu Usman Gimrinsky" in people["Magomed Suleimanov"].aliases
    assert "Ali Abu Muhammad al Dagestani" in people["Aliaskhab Kebekov"].aliases
    # a hedged identity keeps the two entities apart
    assert "Rustam Asilderov" in people
    assert not any("Asilderov" in a for a in people["Abu Muhammad al Qadarī"].aliases)
    hedged = one(x, "identity", a="Abu Muhammad al Qadari", b="Rustam Asilderov")
    assert hedged.modality == "hedged"
    place = next(e for e in x.entities if e.type == "location" and "Magaramkent" in [e.name, *e.aliases])
    assert place.geo is not None and place.geo.precision == "settlement"
    assert not any(e.type == "location" and "Gimrinsky" in e.name for e in x.entities)


def test_seed_claim_and_attack(seed):
    _, _, x = seed
    claim = one(x, "claim", claimant="Islamic State Caucasus Province")
    assert claim.modality == "claimed"
    assert (claim.time.start, claim.time.end) == ("2015-08", "2015-09-02")
    assert claim.attrs.get("verified") is False
    attack = next(f for f in x.facts if f.id == claim.args["attack"])
    assert attack.type == "attack"
    assert attack.attrs["target_category"] == "military"
    assert attack.attrs["killed"] == {"min": 1, "max": None}
    assert attack.attrs["wounded"] == {"min": 1, "max": None}
    assert any(s.attributed_to == "SITE Intelligence Group" for s in attack.sources)
    assert "Magaramkent" in [x.entity(claim.location).name, *x.entity(claim.location).aliases]
    pledge = one(x, "pledge", recipient="Islamic State")
    assert x.entity(pledge.args["pledger"]).type == "group_of_people"
    assert pledge.attrs["accepted_by"] == "Abu Muhammad al Adnani"
    # the negated "had not claimed responsibility for any attacks" yields nothing more
    assert len(find(x, "claim")) == 1


def test_seed_leadership_and_allegiance(seed):
    _, _, x = seed
    assert one(x, "leadership", person="Magomed Suleimanov", organization="ICE").attrs["role"] == "emir"
    wali = one(
        x, "leadership", person="Abu Muhammad al Qadari", organization="Islamic State Caucasus Province"
    )
    assert (wali.attrs["role"], wali.time.start) == ("wali", "2015-06-23")
    kebekov = one(x, "leadership", person="Aliaskhab Kebekov", organization="ICE")
    assert (kebekov.time.start, kebekov.time.end) == ("2013-09", "2015-04")
    assert one(x, "leadership", person="Doku Umarov", organization="ICE").time.end == "2014-04"
    membership = one(x, "membership", person="Rustam Asilderov", organization="ICE")
    assert membership.time.end == "2014-12"
    defection = one(x, "defection", member="Rustam Asilderov", **{"from": "ICE", "to": "Islamic State"})
    assert (defection.time.start, defection.time.end) == ("2014-09", "2014-12")
    assert one(x, "alliance", a="ICE", b="al Qaeda").attrs["kind"] == "linked"
    founding = one(x, "founding", organization="Islamic State Caucasus Province")
    assert founding.time.start == "2015-06"
    statement = one(x, "statement", speaker="Adnani")
    assert (statement.attrs["medium"], statement.time.start) == ("audio", "2015-06-23")
    assert len(find(x, "leadership")) == 6  # no leadership from "the loss of three leaders"
