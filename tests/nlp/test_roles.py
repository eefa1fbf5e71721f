"""orbat_roles: role and title spans in doc.spans["roles"]."""

from __future__ import annotations

import pytest

from orbat.nlp.roles import plural


def _roles(doc):
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans["roles"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was appointed as Wali over the Caucasus.", ("Wali", "wali", "wali")),
        ("The group named a new governor for the province.", ("governor", "wali", "wali")),
        (
            "Baghdadi, the Emir of the Faithful, accepted it.",
            ("Emir of the Faithful", "leader", "emir of the faithful"),
        ),
        ("The group's amir was killed last year.", ("amir", "leader", "emir")),
        ("The Islamic State's spokesman released an audio message.", ("spokesman", "spokesman", "spokesman")),
        ("Two spokesmen denied the report.", ("spokesmen", "spokesman", "spokesman")),
        ("A senior field commander surrendered.", ("field commander", "commander", "commander")),
        ("He appointed the noble sheikh as judge.", ("noble sheikh", "honorific", "sheikh")),
        ("The group's deputy leader was arrested.", ("deputy leader", "deputy", "deputy")),
        ("Its military chief died in the strike.", ("military chief", "commander", "military chief")),
    ],
)
def test_role_spans(nlp, text, expected):
    assert expected in _roles(nlp(text))


def test_verbs_are_not_roles(nlp):
    doc = nlp("They head to the border where judges sit.")
    assert ("head", "leader", "head") not in _roles(doc)


def test_plural():
    assert plural("spokesman") == "spokesmen"
    assert plural("deputy") == "deputies"
    assert plural("field commander") == "field commanders"
    assert plural("emir") == "emirs"


def test_title_words_inside_person_names_are_not_roles(nlp):
    for text in (
        "TTP leader Noor Wali Mehsud was in Afghanistan.",
        "The raid targeted Wali Muhammad Khan, a local financier, in Kunar.",
    ):
        doc = nlp(text)
        assert all(s.text != "Wali" for s in doc.spans["roles"]), text
    doc = nlp("The group named Abu Ahmed as its new wali in the region.")
    assert ("wali", "wali", "wali") in _roles(doc)
