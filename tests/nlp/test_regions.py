"""orbat_regions: an unlinked ORG that is a region a group is named after becomes a place."""

from __future__ import annotations

from spacy.tokens import Doc

from orbat.nlp.regions import RegionNames


def _component(nlp, reference):
    component = RegionNames(nlp)
    component.add_reference(reference)
    return component


def test_region_orgs_become_places(nlp, reference):
    component = _component(nlp, reference)
    doc = Doc(
        nlp.vocab,
        words=["fighters", "in", "the", "Caucasus", "and", "the", "Sahel"],
        ents=["O", "O", "O", "B-ORG", "O", "O", "B-ORG"],
    )
    doc = component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Caucasus", "LOC"), ("Sahel", "LOC")]
    doc = component(Doc(nlp.vocab, words=["troops", "left", "Yemen"], ents=["O", "O", "B-ORG"]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Yemen", "GPE")]


def test_linked_and_other_orgs_are_kept(nlp, reference):
    component = _component(nlp, reference)
    doc = Doc(nlp.vocab, words=["Reuters", "and", "Khorasan"], ents=["B-ORG", "O", "B-ORG"])
    doc.ents = [doc.ents[0], doc.char_span(doc[2].idx, doc[2].idx + 8, label="ORG", span_id="iskp")]
    doc = component(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Reuters", "ORG"), ("Khorasan", "ORG")]


def test_in_the_pipeline(nlp):
    doc = nlp("He called on all the mujahideen in the Caucasus to join the caravan.")
    assert not [e for e in doc.ents if e.text.endswith("Caucasus") and e.label_ == "ORG"]
