"""explain_merge: which rule joined two names, or what kept them apart."""

from __future__ import annotations

from resolve_builders import DocBuilder, lead

from orbat.model import Curation
from orbat.resolve import explain_merge, resolve


def identity_doc(modality: str):
    d = DocBuilder("doc:id")
    a = d.ent("Abu Usman Gimrinsky")
    b = d.ent("Magomed Suleimanov")
    d.fact(
        "identity",
        {"a": a, "b": b},
        modality=modality,
        confidence=0.55,
        quote="Suleimanov, known as Abu Usman",
    )
    return d.build()


def test_gazetteer_ref_is_named(reference):
    docs = [lead("doc:1", "X Y", "ISIS"), lead("doc:2", "X Y", "Daesh")]
    why = explain_merge(docs, [], "ISIS", "Daesh", reference=reference)
    assert why.same and [s.rule for s in why.steps] == ["ref"]
    assert "islamic-state" in why.steps[0].detail


def test_name_key_and_surname_steps():
    docs = [
        lead("doc:1", "Abu Bakr al-Baghdadi"),
        lead("doc:2", "Abu Bakr al Baghdadi"),
        lead("doc:3", "Baghdadi"),
    ]
    why = explain_merge(docs, [], "Abu Bakr al Baghdadi", "Abu Bakr al-Baghdadi")
    assert why.same and [s.rule for s in why.steps] == ["name"]
    lone = explain_merge(docs, [], "Baghdadi", "Abu Bakr al-Baghdadi")
    assert lone.same and lone.steps[-1].rule == "surname"
    assert lone.a_id == lone.b_id == next(e.id for e in resolve(docs).entities if e.type == "person")


def test_asserted_identity_gives_document_and_quote():
    why = explain_merge([identity_doc("asserted")], [], "Abu Usman Gimrinsky", "Magomed Suleimanov")
    assert why.same
    [step] = why.steps
    assert (step.rule, step.doc, step.quote) == ("identity", "doc:id", "Suleimanov, known as Abu Usman")


def test_hedged_identity_is_why_not():
    why = explain_merge([identity_doc("hedged")], [], "Abu Usman Gimrinsky", "Magomed Suleimanov")
    assert not why.same and why.a_id != why.b_id
    assert any("hedged identity" in b and "doc:id" in b and "0.55" in b for b in why.blockers)


def test_curation_merge_is_named_with_its_number():
    docs = [lead("doc:1", "Abu Muhammad al Qadari"), lead("doc:2", "Rustam Asilderov")]
    cur = [Curation("entity.merge", "Abu Muhammad al Qadari", {"other": "Rustam Asilderov"}, id=7)]
    why = explain_merge(docs, cur, "Qadari", "Asilderov")
    assert why.same and why.steps[-1].rule == "curation" and why.steps[-1].curation == 7


def test_curation_split_is_why_not():
    docs = [lead("doc:1", "Abu Bakr al-Baghdadi"), lead("doc:2", "Baghdadi")]
    cur = [Curation("entity.split", "Abu Bakr al-Baghdadi", {"names": ["Baghdadi"]}, id=5)]
    why = explain_merge(docs, cur, "Baghdadi", "Abu Bakr al-Baghdadi")
    assert not why.same and any("curation #5" in b for b in why.blockers)


def test_guards_are_reported():
    kunya = explain_merge(
        [lead("doc:1", "Abu Muhammad al Adnani"), lead("doc:2", "Abu Muhammad al Qadari")],
        [],
        "Abu Muhammad al Adnani",
        "Abu Muhammad al Qadari",
    )
    assert not kunya.same and any("different last name or nisba" in b for b in kunya.blockers)
    ambiguous = explain_merge(
        [
            lead("doc:1", "Abu Bakr al-Baghdadi"),
            lead("doc:2", "Abu Omar al-Baghdadi"),
            lead("doc:3", "Baghdadi"),
        ],
        [],
        "Baghdadi",
        "Abu Bakr al-Baghdadi",
    )
    assert not ambiguous.same and any("ambiguous: 2 person clusters" in b for b in ambiguous.blockers)


def test_prefix_and_ref_guards_are_reported(reference):
    a = lead("doc:1", "Qasim al-Raymi", "al Qaeda in the Arabian Peninsula")
    a.entities[1].ref = "aqap"
    a.entities[1].aliases = ["al Qaeda"]
    b = lead("doc:2", "Ayman al-Zawahiri", "al Qaeda")
    prefix = explain_merge([a, b], [], "al Qaeda in the Arabian Peninsula", "ent:" + "0" * 16)
    assert prefix.a_id is not None and prefix.b_id is None and "no entity" in prefix.summary
    unlinked = next(e.id for e in resolve([a, b]).entities if e.name == "al Qaeda" and e.ref is None)
    why = explain_merge([a, b], [], "al Qaeda in the Arabian Peninsula", unlinked)
    assert not why.same and any("strict prefix" in x for x in why.blockers)
    linked = explain_merge(
        [lead("doc:1", "X", "al Qaeda"), lead("doc:2", "Y", "AQAP")],
        [],
        "al Qaeda",
        "AQAP",
        reference=reference,
    )
    assert not linked.same and any("different gazetteer refs" in x for x in linked.blockers)


def test_different_types_are_reported():
    d = DocBuilder("doc:1")
    p = d.ent("Hamza", "person")
    o = d.ent("Hamza Brigade", "organization")
    d.fact("membership", {"person": p, "organization": o})
    kb = resolve([d.build()])
    ids = {e.type: e.id for e in kb.entities}
    why = explain_merge([d.build()], [], ids["person"], ids["organization"])
    assert not why.same and any("different types" in x for x in why.blockers)


def test_names_of_one_mention_are_explained_by_their_document():
    d = DocBuilder("doc:alias")
    d.ent("Magomed Suleimanov", aliases=("Abu Usman Gimrinsky",))
    why = explain_merge([d.build()], [], "Abu Usman Gimrinsky", "Magomed Suleimanov")
    assert why.same
    assert [s.rule for s in why.steps] == ["document"]
    assert "doc:alias" in why.summary


def test_a_target_without_a_name_matches_no_entity():
    docs = [lead("doc:1", "Abu Bakr al-Baghdadi"), lead("doc:2", "Ayman al-Zawahiri")]
    for a, b in (("", ""), ("--", "Abu Bakr al-Baghdadi"), ("Ayman al-Zawahiri", " ; ")):
        why = explain_merge(docs, [], a, b)
        assert not why.same
        missing = [x for x in (a, b) if x not in ("Abu Bakr al-Baghdadi", "Ayman al-Zawahiri")]
        assert why.blockers == [f"no entity named {m!r}" for m in missing]
