"""orbat_forces: state security forces as FORCE entities with a country id."""

from __future__ import annotations

import pytest


def _forces(doc):
    return [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "FORCE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces killed the emir in August.", ("Russian forces", "force:ru")),
        ("They attacked barracks of the Russian army in southern Dagestan.", ("Russian army", "force:ru")),
        ("Nigerian troops recaptured the town on Monday.", ("Nigerian troops", "force:ng")),
        ("Afghan security forces repelled the assault.", ("Afghan security forces", "force:af")),
        ("Pakistan's army launched an offensive.", ("Pakistan's army", "force:pk")),
        ("A US drone strike killed the commander.", ("US drone strike", "force:us")),
        ("The FSB said the cell was planning attacks.", ("FSB", "force:ru:fsb")),
        ("Security forces surrounded the house.", ("Security forces", "force:unspecified")),
        ("The army said five militants died.", ("army", "force:unspecified")),
        ("A coalition airstrike hit the convoy.", ("coalition airstrike", "force:coalition")),
    ],
)
def test_force_phrases(nlp, text, expected):
    assert expected in _forces(nlp(text))


def test_adjective_use_is_not_a_force(nlp):
    assert _forces(nlp("It was a military operation against the group.")) == []


def test_group_names_win_over_force_heads(nlp):
    doc = nlp("Houthi forces fired missiles at ships.")
    assert ("Houthi", "houthis") in [(e.text, e.ent_id_) for e in doc.ents]
    assert all(text != "Houthi forces" for text, _ in _forces(doc))


def test_lowercase_pronoun_is_not_a_demonym(nlp):
    assert ("us forces", "force:us") not in _forces(nlp("They told us forces were coming."))
