"""orbat_kunyas: kunya names found from each kunya word, settled against the ruler's entities."""

from __future__ import annotations

import pytest


def _ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ in {"PERSON", "ORG", "GPE"}]


def test_kunyas_runs_right_after_the_entity_ruler(nlp):
    names = nlp.pipe_names
    assert names.index("orbat_kunyas") == names.index("entity_ruler") + 1
    # the ruler holds phrase patterns only: no token pattern is tried at every token
    assert all(isinstance(p["pattern"], str) for p in nlp.get_pipe("entity_ruler").patterns)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the longest reading: three nisbas after the kunya and its name
        (
            "The speaker was Abu Muhammad al-Adnani al-Shami al-Suri.",
            ("Abu Muhammad al-Adnani al-Shami al-Suri", "PERSON"),
        ),
        # a kunya name that closes the document (the window is cut at its end)
        ("Its new spokesman is Abu Hudhayfah", ("Abu Hudhayfah", "PERSON")),
        # a group and a place whose names start with a kunya word keep their readings
        ("The Abu Sayyaf Group attacked a ferry.", ("Abu Sayyaf Group", "ORG")),
        ("He flew to Abu Dhabi on Monday.", ("Abu Dhabi", "GPE")),
    ],
)
def test_kunya_readings(nlp, text, expected):
    assert expected in _ents(nlp, text)


def test_two_kunya_names_in_a_row_stay_two(nlp):
    ents = _ents(nlp, "Abu Bakr al-Baghdadi named Abu Ibrahim al-Hashimi and Umm Sayyaf in the letter.")
    assert ("Abu Bakr al-Baghdadi", "PERSON") in ents
    assert ("Abu Ibrahim al-Hashimi", "PERSON") in ents
    assert ("Umm Sayyaf", "PERSON") in ents


def test_lower_case_abu_is_no_kunya(nlp):
    assert not any(
        label == "PERSON" and text.startswith("abu")
        for text, label in _ents(nlp, "the abu of the town spoke")
    )
