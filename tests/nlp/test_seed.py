"""The seed article: the key spans are tagged (read from shared/seed, never copied here)."""

from __future__ import annotations

import json
import re

import pytest

PERSON_ARGS = ("person", "speaker", "successor", "predecessor", "member")


@pytest.fixture(scope="module")
def body(seed_text_path) -> str:
    # The article body only: the site's tags and the reader comments follow "Tags:".
    return seed_text_path.read_text(encoding="utf-8").split("\nTags:")[0]


@pytest.fixture(scope="module")
def doc(nlp, body):
    return nlp(body)


def _ents(doc, label=None):
    return [(e.text, e.label_, e.ent_id_) for e in doc.ents if label is None or e.label_ == label]


def test_caucasus_province_mentions_link_to_is_caucasus(doc):
    linked = [text for text, _, gid in _ents(doc, "ORG") if gid == "is-caucasus"]
    # headline "province", the so-called "province" in the region, its branch, its arm
    assert len(linked) >= 4
    assert any(t.endswith("province\u2019") for t in linked)
    assert any(t.endswith("branch") for t in linked)
    assert any(t.endswith("arm") for t in linked)


def test_caucasus_emirate_and_al_qaeda(doc):
    ents = _ents(doc, "ORG")
    assert ("Islamic Caucasus Emirate", "ORG", "caucasus-emirate") in ents
    assert sum(1 for e in ents if e == ("ICE", "ORG", "caucasus-emirate")) >= 5
    assert ("al Qaeda", "ORG", "al-qaeda") in ents  # inside "al Qaeda-linked"
    assert any(gid == "ce-dagestan" for _, _, gid in ents)


def test_islamic_state_and_site(doc):
    ents = _ents(doc, "ORG")
    assert sum(1 for _, _, gid in ents if gid == "islamic-state") >= 5
    assert ("SITE Intelligence Group", "ORG", "source:site") in ents
    assert all(gid != "source:site" or text in ("SITE Intelligence Group", "SITE") for text, _, gid in ents)


def test_russian_forces(doc):
    forces = _ents(doc, "FORCE")
    assert sum(1 for f in forces if f == ("Russian forces", "FORCE", "force:ru")) >= 3
    assert ("Russian army", "FORCE", "force:ru") in forces


def test_gold_person_names_are_tagged_person(doc, body, seed_gold_path):
    names = set()
    for line in seed_gold_path.read_text(encoding="utf-8").splitlines()[1:]:
        fact = json.loads(line)
        for arg, values in fact["args"].items():
            if arg in PERSON_ARGS:
                names.update(v for v in values if v[:1].isupper() and not v.startswith("The "))
    persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    missed, found = [], 0
    for name in sorted(names):
        for m in re.finditer(re.escape(name), body):
            if any(s <= m.start() and m.end() <= e for s, e in persons):
                found += 1
            else:
                missed.append((name, m.start()))
    assert found >= 20  # the gold names occur 23 times in the body
    assert missed == []


def test_no_person_name_is_a_place(doc):
    for text, label, _ in _ents(doc):
        if label in ("GPE", "LOC"):
            assert not any(
                n in text for n in ("Gimrinsky", "Suleimanov", "Asilderov", "Kebekov", "Qadari")
            ), text


def test_roles(doc):
    roles = {(s.text, s.label_) for s in doc.spans["roles"]}
    assert ("spokesman", "spokesman") in roles
    assert ("Wali", "wali") in roles
    assert ("governor", "wali") in roles
    assert ("emir", "leader") in roles
    assert any(text.startswith("Emir of the Faithful") and label == "leader" for text, label in roles)


def test_regions_are_not_organisations(doc):
    assert not [e for e in doc.ents if e.label_ == "ORG" and e.text in ("Caucasus", "the Caucasus")]
