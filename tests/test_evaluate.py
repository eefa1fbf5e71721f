from __future__ import annotations

import json
from pathlib import Path

import pytest

from orbat.errors import GoldFormatError
from orbat.evaluate import (
    GoldFact,
    GoldFile,
    evaluate_extraction,
    evaluate_files,
    load_gold,
    months_overlap,
    read_gold_document,
)
from orbat.model import Document, Entity, Evidence, Extraction, Fact, TimeSpan

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


def gold_file(*facts: GoldFact) -> GoldFile:
    return GoldFile(path=Path("x.gold.jsonl"), doc="x.txt", header={"doc": "x.txt"}, facts=list(facts))


def gold(ftype: str, args: dict[str, list[str]], key: list[str] | None = None, **kw) -> GoldFact:
    return GoldFact(type=ftype, args=args, key=tuple(args if key is None else key), **kw)


class KB:
    """Builds a hand-made Extraction: entities by name, facts pointing at them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.facts: list[Fact] = []

    def ent(self, name: str, *aliases: str, type: str = "organization") -> str:
        ent = Entity(id=f"e{len(self.entities) + 1}", type=type, name=name, aliases=list(aliases))
        self.entities.append(ent)
        return ent.id

    def fact(self, ftype: str, time: TimeSpan | None = None, modality: str = "asserted", **args: str) -> Fact:
        fact = Fact(
            id=f"f{len(self.facts) + 1}",
            type=ftype,
            args=dict(args),
            time=time,
            modality=modality,
            sources=[Evidence(doc="doc:x", quote=f"quote {len(self.facts) + 1}", start=0, end=7)],
        )
        self.facts.append(fact)
        return fact

    def extraction(self) -> Extraction:
        return Extraction(doc_id="doc:x", entities=self.entities, facts=self.facts)


# --------------------------------------------------------------------------- names


def test_alias_of_the_predicted_entity_matches():
    kb = KB()
    kb.fact("founding", organization=kb.ent("IS", "Islamic State"))
    scores = evaluate_extraction(gold_file(gold("founding", {"organization": ["Islamic State"]})), kb.extraction())
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (1, 0, 0)


def test_names_compared_after_normalisation_and_leading_the():
    kb = KB()
    kb.fact("founding", organization=kb.ent("the Northern Front"))
    kb.fact("death", person=kb.ent("Abu Muhammad al-Qadarī", type="person"))
    g = gold_file(
        gold("founding", {"organization": ["Northern Front"]}),
        gold("death", {"person": ["Abu Muhammad al Qadari"]}),
    )
    assert evaluate_extraction(g, kb.extraction()).overall.tp == 2


def test_wrong_name_is_a_miss_and_an_extra():
    kb = KB()
    kb.fact("founding", organization=kb.ent("Southern Front"))
    scores = evaluate_extraction(gold_file(gold("founding", {"organization": ["Northern Front"]})), kb.extraction())
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (0, 1, 1)
    assert scores.misses[0].type == "founding"
    assert scores.extras[0].args == {"organization": "Southern Front"}
    assert scores.extras[0].quote == "quote 1"


def test_every_key_arg_must_match_but_non_key_args_need_not():
    kb = KB()
    kb.fact("leadership", person=kb.ent("Idris Bakar", type="person"), organization=kb.ent("Other Group"))
    loose = gold("leadership", {"person": ["Idris Bakar"], "organization": ["Northern Front"]}, key=["person"])
    strict = gold("leadership", {"person": ["Idris Bakar"], "organization": ["Northern Front"]})
    assert evaluate_extraction(gold_file(loose), kb.extraction()).overall.tp == 1
    assert evaluate_extraction(gold_file(strict), kb.extraction()).overall.tp == 0


def test_empty_key_matches_on_type_alone():
    kb = KB()
    kb.fact("death", person=kb.ent("an unnamed commander", type="person"))
    g = gold("death", {"person": ["the jihadist chosen to lead the branch"]}, key=[])
    assert evaluate_extraction(gold_file(g), kb.extraction()).overall.tp == 1
    other_type = KB()
    other_type.fact("capture", person=other_type.ent("an unnamed commander", type="person"))
    assert evaluate_extraction(gold_file(g), other_type.extraction()).overall.tp == 0


def test_symmetric_types_match_with_args_swapped():
    kb = KB()
    kb.fact("alliance", a=kb.ent("al Qaeda"), b=kb.ent("Caucasus Emirate", "ICE"))
    g = gold("alliance", {"a": ["ICE"], "b": ["al-Qaeda"]})
    assert evaluate_extraction(gold_file(g), kb.extraction()).overall.tp == 1
    not_symmetric = KB()
    not_symmetric.fact("branch", organization=not_symmetric.ent("IS"), parent=not_symmetric.ent("Caucasus Province"))
    g2 = gold("branch", {"organization": ["Caucasus Province"], "parent": ["IS"]})
    assert evaluate_extraction(gold_file(g2), not_symmetric.extraction()).overall.tp == 0


# --------------------------------------------------------------------------- time


@pytest.mark.parametrize(
    ("predicted", "gold_span", "expected"),
    [
        (TimeSpan("2015-08-11", "2015-08-11"), TimeSpan("2015-08", "2015-08"), True),
        (TimeSpan("2015", "2015"), TimeSpan("2015-08", "2015-08"), True),  # a year covers the month
        (TimeSpan("2015-10", "2015-10"), TimeSpan("2015-08", "2015-08"), False),
        (TimeSpan("2015-07-31", "2015-07-31"), TimeSpan("2015-08", "2015-09-02"), False),
        (TimeSpan("2016-03", None), TimeSpan("2015-06", None), True),  # open gold end
        (TimeSpan(None, "2014-01"), TimeSpan("2015-06", None), False),
        (TimeSpan(None, None), TimeSpan("2015-06", "2015-06"), False),
        (None, TimeSpan("2015-06", "2015-06"), False),
    ],
)
def test_months_overlap(predicted, gold_span, expected):
    assert months_overlap(predicted, gold_span) is expected


def test_event_time_must_overlap_unless_time_checks_are_off():
    kb = KB()
    person = kb.ent("Idris Bakar", type="person")
    kb.fact("death", time=TimeSpan("2019-07", "2019-07"), person=person)
    g = gold_file(gold("death", {"person": ["Idris Bakar"]}, time=TimeSpan("2019-05", "2019-05")))
    assert evaluate_extraction(g, kb.extraction()).overall.tp == 0
    assert evaluate_extraction(g, kb.extraction(), check_time=False).overall.tp == 1


def test_event_without_predicted_time_fails_a_timed_gold_event():
    kb = KB()
    kb.fact("death", person=kb.ent("Idris Bakar", type="person"))
    timed = gold_file(gold("death", {"person": ["Idris Bakar"]}, time=TimeSpan("2019-05", "2019-05")))
    untimed = gold_file(gold("death", {"person": ["Idris Bakar"]}))
    assert evaluate_extraction(timed, kb.extraction()).overall.tp == 0
    assert evaluate_extraction(untimed, kb.extraction()).overall.tp == 1


def test_state_facts_ignore_time():
    kb = KB()
    kb.fact(
        "leadership", time=TimeSpan("2001", None),
        person=kb.ent("Idris Bakar", type="person"), organization=kb.ent("Northern Front"),
    )  # fmt: skip
    g = gold("leadership", {"person": ["Idris Bakar"], "organization": ["Northern Front"]}, time=TimeSpan("2019-05", None))
    assert evaluate_extraction(gold_file(g), kb.extraction()).overall.tp == 1


# --------------------------------------------------------------------------- assignment


def test_one_predicted_fact_satisfies_one_gold_fact():
    kb = KB()
    kb.fact("founding", organization=kb.ent("Northern Front"))
    g = gold_file(gold("founding", {"organization": ["Northern Front"]}), gold("founding", {"organization": ["Northern Front"]}))
    scores = evaluate_extraction(g, kb.extraction())
    assert (scores.overall.tp, scores.overall.fn) == (1, 1)


def test_duplicate_predictions_count_as_extras():
    kb = KB()
    org = kb.ent("Northern Front")
    kb.fact("founding", organization=org)
    kb.fact("founding", organization=org)
    scores = evaluate_extraction(gold_file(gold("founding", {"organization": ["Northern Front"]})), kb.extraction())
    assert (scores.overall.tp, scores.overall.fp) == (1, 1)
    assert scores.overall.precision == pytest.approx(0.5)


def test_gold_facts_with_more_key_args_are_assigned_first():
    kb = KB()
    person = kb.ent("Magomed Suleimanov", type="person")
    kb.fact("leadership", person=person, organization=kb.ent("Caucasus Emirate"))  # f1
    kb.fact("leadership", person=person, organization=kb.ent("Some Other Group"))  # f2
    by_person = gold("leadership", {"person": ["Magomed Suleimanov", "Suleimanov"], "organization": ["Islamic State"]}, key=["person"])
    by_both = gold("leadership", {"person": ["Magomed Suleimanov", "Suleimanov"], "organization": ["Caucasus Emirate"]})
    # by_person comes first in the file and could take f1; the stricter gold fact must get it.
    scores = evaluate_extraction(gold_file(by_person, by_both), kb.extraction())
    assert scores.overall.tp == 2
    matched = {m.gold.key: m.predicted.id for m in scores.matches}
    assert matched[("person", "organization")] == "f1"


def test_best_scoring_candidate_is_preferred():
    kb = KB()
    org = kb.ent("Northern Front")
    kb.fact("attack", perpetrator=org, target=kb.ent("a market"))
    kb.fact("attack", perpetrator=org, target=kb.ent("border post"))
    g = gold("attack", {"perpetrator": ["Northern Front"], "target": ["border post"]}, key=["perpetrator"])
    scores = evaluate_extraction(gold_file(g), kb.extraction())
    assert scores.matches[0].predicted.args["target"] == "border post"
    assert scores.extras[0].args["target"] == "a market"


# --------------------------------------------------------------------------- identity


def test_identity_found_when_one_entity_carries_both_names():
    kb = KB()
    kb.ent("Rustam Asilderov", "Abu Muhammad al-Qadari", type="person")
    g = gold("identity", {"a": ["Abu Muhammad al Qadari", "Qadari"], "b": ["Rustam Asilderov"]})
    scores = evaluate_extraction(gold_file(g), kb.extraction())
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (1, 0, 0)
    assert scores.matches[0].via == "alias"


def test_identity_not_found_when_names_are_on_two_entities():
    kb = KB()
    kb.ent("Rustam Asilderov", type="person")
    kb.ent("Abu Muhammad al-Qadari", type="person")
    g = gold("identity", {"a": ["Qadari", "Abu Muhammad al Qadari"], "b": ["Rustam Asilderov"]})
    scores = evaluate_extraction(gold_file(g), kb.extraction())
    assert (scores.overall.tp, scores.overall.fn) == (0, 1)


def test_identity_fact_is_used_before_the_alias_rule():
    kb = KB()
    a = kb.ent("Rustam Asilderov", "Qadari", type="person")
    b = kb.ent("Abu Muhammad al Qadari", type="person")
    kb.fact("identity", modality="hedged", a=b, b=a)
    g = gold("identity", {"a": ["Abu Muhammad al Qadari"], "b": ["Rustam Asilderov"]}, modality=["hedged"])
    scores = evaluate_extraction(gold_file(g), kb.extraction())
    assert (scores.overall.tp, scores.overall.fp) == (1, 0)
    assert scores.matches[0].via == "fact"


# --------------------------------------------------------------------------- modality, per type


def test_modality_accuracy_is_reported_apart_from_f1():
    kb = KB()
    org = kb.ent("Northern Front")
    kb.fact("claim", modality="claimed", claimant=org)
    kb.fact("founding", modality="hedged", organization=org)
    g = gold_file(
        gold("claim", {"claimant": ["Northern Front"]}, modality=["claimed"]),
        gold("founding", {"organization": ["Northern Front"]}, modality=["asserted"]),
    )
    scores = evaluate_extraction(g, kb.extraction())
    assert scores.overall.f1 == pytest.approx(1.0)
    assert (scores.modality_correct, scores.modality_total) == (1, 2)
    assert scores.modality_accuracy == pytest.approx(0.5)


def test_scores_per_type():
    kb = KB()
    org = kb.ent("Northern Front")
    kb.fact("founding", organization=org)
    kb.fact("claim", claimant=org)
    g = gold_file(gold("founding", {"organization": ["Northern Front"]}), gold("death", {"person": ["Idris Bakar"]}))
    scores = evaluate_extraction(g, kb.extraction())
    assert (scores.by_type["founding"].tp, scores.by_type["claim"].fp, scores.by_type["death"].fn) == (1, 1, 1)
    assert scores.overall.precision == pytest.approx(0.5)
    assert scores.overall.recall == pytest.approx(0.5)


# --------------------------------------------------------------------------- gold files


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "t.gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


HEADER = json.dumps({"doc": "t.txt", "published": "2019-06-01"})


def test_load_gold_reads_header_and_facts():
    gf = load_gold(FIXTURES / "border-raid.gold.jsonl")
    assert gf.doc_path == FIXTURES / "border-raid.txt"
    assert gf.published == "2019-06-01"
    assert [f.type for f in gf.facts] == ["attack", "claim", "leadership", "death"]
    assert gf.facts[0].key == ("perpetrator",) and gf.facts[0].line == 2
    assert gf.facts[3].time == TimeSpan("2019-05", "2019-05")


def test_seed_gold_file_loads(seed_gold_path):
    gf = load_gold(seed_gold_path)
    assert len(gf.facts) > 10
    assert gf.doc_path.exists()


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "not JSON"),
        ('{"type": "bombing", "args": {"x": ["y"]}}', "unknown fact type"),
        ('{"type": "death", "args": {"victim": ["y"]}}', "no arg 'victim'"),
        ('{"type": "death", "args": {"person": ["y"]}, "key": ["killer"]}', "'key'"),
        ('{"type": "death", "args": {"person": ["y"]}, "time": {"start": "May 2019"}}', "partial ISO"),
        ('{"type": "death", "args": {"person": [1]}}', "list of names"),
        ('{"type": "death", "args": {"person": ["y"]}, "key": [["person"]]}', "'key'"),
        ('{"type": "death", "args": {"person": ["y"]}, "modality": 5}', "'modality'"),
        ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
    ],
)
def test_bad_gold_line_names_file_and_line(tmp_path, bad, message):
    ok = '{"type": "death", "args": {"person": ["Idris Bakar"]}}'
    path = write(tmp_path, HEADER, ok, bad)
    with pytest.raises(GoldFormatError) as err:
        load_gold(path)
    assert f"{path}:3:" in str(err.value)
    assert message in str(err.value)


def test_header_must_name_the_document(tmp_path):
    path = write(tmp_path, '{"published": "2019"}')
    with pytest.raises(GoldFormatError, match=r":1: .*'doc'"):
        load_gold(path)


# --------------------------------------------------------------------------- files


def test_record_in_a_multi_record_input_is_found_by_index_or_link():
    docs = [
        Document(body="first story", url="https://example.org/a", record=0),
        Document(body="second story", url="https://example.org/b", record=1),
    ]

    def reader(paths):
        return iter(docs)

    def at(ref: str) -> GoldFile:
        return GoldFile(path=Path("g/x.gold.jsonl"), doc=f"feed.jsonl#{ref}", header={"doc": "feed.jsonl"}, facts=[])

    assert read_gold_document(at("1"), reader=reader).body == "second story"
    assert read_gold_document(at("https://example.org/a"), reader=reader).body == "first story"
    with pytest.raises(GoldFormatError, match="no document"):
        read_gold_document(at("missing"), reader=reader)


class FakeExtractor:
    """Stands in for orbat.facts' Extractor: finds two fixed names in the body."""

    version = "fake-1"

    def extract(self, doc: Document) -> Extraction:
        start = doc.body.index("Idris Bakar")
        person = Entity(id="e1", type="person", name="Idris Bakar")
        fact = Fact(
            id="f1", type="death", args={"person": "e1"}, time=TimeSpan("2019-05", "2019-05"),
            sources=[Evidence(doc=doc.id, quote=doc.body[start : start + 11], start=start, end=start + 11)],
        )  # fmt: skip
        return Extraction(doc_id=doc.id, entities=[person], facts=[fact], extractor_version=self.version)

    def extract_many(self, docs):
        return (self.extract(d) for d in docs)


def test_evaluate_files_reads_the_document_and_fills_its_date():
    seen: list[Document] = []

    class Recording(FakeExtractor):
        def extract(self, doc):
            seen.append(doc)
            return super().extract(doc)

    report = evaluate_files([FIXTURES / "border-raid.gold.jsonl"], Recording())
    assert seen[0].published == "2019-06-01"  # from the gold header: a .txt has no date
    assert "Karsk" in seen[0].body
    total = report.total
    assert (total.overall.tp, total.overall.fp, total.overall.fn) == (1, 0, 3)
    assert report.files[0].doc_id == seen[0].id


def test_a_gold_folder_stands_for_its_gold_files(tmp_path):
    from orbat.evaluate import gold_paths

    assert gold_paths([FIXTURES]) == [FIXTURES / "border-raid.gold.jsonl"]
    report = evaluate_files([FIXTURES], FakeExtractor())
    assert [f.gold.path.name for f in report.files] == ["border-raid.gold.jsonl"]
    with pytest.raises(GoldFormatError, match="no \\*.gold.jsonl"):
        gold_paths([tmp_path])
