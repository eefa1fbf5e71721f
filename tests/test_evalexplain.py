"""Error classes of ``orbat eval --explain``: each class on a hand-made extraction."""

from __future__ import annotations

from pathlib import Path

from orbat.evalexplain import explain_file, tally
from orbat.evaluate import FileScores, GoldFile, evaluate_extraction
from orbat.model import Evidence, TimeSpan
from test_evaluate import KB, gold, gold_file


def explain(g: GoldFile, kb: KB, body: str = "") -> dict[tuple[str, str], str]:
    extraction = kb.extraction()
    scores = evaluate_extraction(g, extraction)
    item = FileScores(gold=g, doc_id="doc:x", scores=scores, extraction=extraction, body=body)
    return {(c.side, c.label): c.cls for c in explain_file(item, extraction, body)}


def test_unrecognised_entity():
    kb = KB()
    kb.ent("Somebody Else", type="person")
    cases = explain(gold_file(gold("death", {"person": ["Abu Bakr"]})), kb)
    assert cases == {("miss", "death(person=Abu Bakr)"): "entity"}


def test_entities_known_but_no_fact_is_a_trigger_miss():
    kb = KB()
    kb.ent("Abu Bakr", type="person")
    cases = explain(gold_file(gold("death", {"person": ["Abu Bakr"]})), kb)
    assert cases == {("miss", "death(person=Abu Bakr)"): "trigger"}


def test_time_mismatch_on_both_sides():
    kb = KB()
    kb.fact("death", time=TimeSpan("2014-01", "2014-01"), person=kb.ent("Abu Bakr", type="person"))
    g = gold_file(gold("death", {"person": ["Abu Bakr"]}, time=TimeSpan("2016-05", "2016-05")))
    cases = explain(g, kb)
    assert cases[("miss", "death(person=Abu Bakr)")] == "time"
    assert cases[("extra", "death(person=Abu Bakr)")] == "time"


def test_membership_told_as_leadership_is_a_wrong_type():
    kb = KB()
    kb.fact("leadership", person=kb.ent("Ali Dheere", type="person"), organization=kb.ent("al Shabaab"))
    g = gold_file(gold("membership", {"person": ["Ali Dheere"], "organization": ["al Shabaab"]}))
    cases = explain(g, kb)
    assert cases[("miss", "membership(person=Ali Dheere, organization=al Shabaab)")] == "wrong_type"
    assert cases[("extra", "leadership(person=Ali Dheere, organization=al Shabaab)")] == "wrong_type"


def test_wrong_and_missing_arguments():
    kb = KB()
    person = kb.ent("Ali Dheere", type="person")
    kb.fact("leadership", person=person, organization=kb.ent("Islamic State"))
    kb.ent("al Shabaab")
    g = gold_file(gold("leadership", {"person": ["Ali Dheere"], "organization": ["al Shabaab"]}))
    assert explain(g, kb)[("miss", "leadership(person=Ali Dheere, organization=al Shabaab)")] == "wrong_arg"

    kb2 = KB()
    kb2.fact("leadership", person=kb2.ent("Ali Dheere", type="person"))
    kb2.ent("al Shabaab")
    assert explain(g, kb2)[("miss", "leadership(person=Ali Dheere, organization=al Shabaab)")] == "no_link"


def test_extra_from_a_related_article_line_is_non_fact_text():
    body = "The group attacked a base.\nRead also:\nAl Shabaab names new leader\n"
    kb = KB()
    fact = kb.fact("leadership", person=kb.ent("X", type="person"), organization=kb.ent("al Shabaab"))
    start = body.index("Al Shabaab names")
    fact.sources[0] = Evidence(doc="doc:x", quote=body[start:start + 27], start=start, end=start + 27)
    kb.fact("capture", person=kb.ent("Y", type="person"))
    cases = explain(gold_file(), kb, body)
    assert cases[("extra", "leadership(person=X, organization=al Shabaab)")] == "non_fact"
    assert cases[("extra", "capture(person=Y)")] == "not_in_gold"


def test_tally_counts_per_side_class_and_type():
    kb = KB()
    kb.ent("Abu Bakr", type="person")
    g = gold_file(gold("death", {"person": ["Abu Bakr"]}), gold("death", {"person": ["Nobody"]}))
    extraction = kb.extraction()
    scores = evaluate_extraction(g, extraction)
    cases = explain_file(FileScores(g, "doc:x", scores, extraction), extraction)
    counts = tally(cases)
    assert counts["miss"]["trigger"]["death"] == 1 and counts["miss"]["entity"]["death"] == 1
    assert counts["extra"] == {}


def test_gold_set_name_from_header_or_folder():
    assert GoldFile(Path("gold/real/blind/a.gold.jsonl"), "a", {}, []).set_name == "blind"
    assert GoldFile(Path("gold/heldout/a.gold.jsonl"), "a", {}, []).set_name == "blind"
    assert GoldFile(Path("gold/a.gold.jsonl"), "a", {}, []).set_name == "dev"
    assert GoldFile(Path("gold/a.gold.jsonl"), "a", {"set": "blind"}, []).set_name == "blind"


