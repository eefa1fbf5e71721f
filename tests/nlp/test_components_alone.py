"""Each orbat component works alone on a blank pipeline (no statistical model)."""

from __future__ import annotations

import spacy

from orbat.nlp import allcaps, branches, forces, roles  # noqa: F401 - registers the factories
from orbat.nlp.patterns import group_patterns


def _blank_with_ruler(reference):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "NORM"})
    ruler.add_patterns(group_patterns(reference, lambda text: [t.text for t in nlp.make_doc(text)]))
    return nlp


def test_branch_linker_alone(reference):
    nlp = _blank_with_ruler(reference)
    nlp.add_pipe("orbat_branches").add_reference(reference)
    for text, span, gid in (
        ("Islamic State's Sinai province claimed it.", "Islamic State's Sinai province", "is-sinai"),
        ("Daesh's Khorasan branch claimed it.", "Daesh's Khorasan branch", "iskp"),
    ):
        doc = nlp(text)
        assert (span, gid) in [(e.text, e.ent_id_) for e in doc.ents], text


def test_force_tagger_alone(reference):
    nlp = spacy.blank("en")
    nlp.add_pipe("orbat_forces").add_reference(reference)
    doc = nlp("Egyptian troops and Russia's air force and the South African army.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [
        ("Egyptian troops", "force:eg"),
        ("Russia's air force", "force:ru"),
        ("South African army", "force:za"),
    ]


def test_role_tagger_alone(reference):
    nlp = spacy.blank("en")
    nlp.add_pipe("orbat_roles").add_reference(reference)
    doc = nlp("The amir and two deputies met the spokesperson.")
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["roles"]] == [
        ("amir", "leader", "emir"),
        ("deputies", "deputy", "deputy"),
        ("spokesperson", "spokesman", "spokesman"),
    ]


def test_allcaps_guard_alone(reference):
    nlp = _blank_with_ruler(reference)
    nlp.add_pipe("orbat_allcaps")
    assert [e.text for e in nlp("IS IT OVER").ents] == []
    assert [e.ent_id_ for e in nlp("IS claimed it").ents] == ["islamic-state"]
