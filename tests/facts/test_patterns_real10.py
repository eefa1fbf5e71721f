"""Rules for published reporting (issue 7), stop 26: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

# --------------------------------------------------------------------------- "the al-Qaeda affiliate X"


@pytest.mark.parametrize(
    ("text", "organization", "parent"),
    [
        ("Al Qaeda affiliate JNIM has claimed responsibility for an attack on a military post.",
         "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda"),
        ("The Islamic State affiliate ISWAP killed ten soldiers on Monday.",
         "Islamic State West Africa Province", "Islamic State"),
        ("A spokesman for the former al-Qaeda affiliate Hayat Tahrir al-Sham was killed in Idlib.",
         "Hay'at Tahrir al-Sham", "al-Qaeda"),
    ],
)
def test_a_groups_affiliate_written_before_its_name_is_its_branch(extract, text, organization, parent):
    x = extract(text)
    branch = one(x, "branch", organization=organization, parent=parent)
    assert branch.attrs.get("kind") == "affiliate"
    assert find(x, "alliance") == []


@pytest.mark.parametrize(
    "text",
    [
        # an offshoot written that way is history, not a branch; "-affiliated" only links
        "The Islamic State group, an al Qaeda offshoot, claimed responsibility for the attacks.",
        "A leader of the al Qaeda-affiliated group al Shabaab was killed in a U.S. strike.",
    ],
)
def test_an_offshoot_or_an_affiliated_group_is_linked_not_a_branch(extract, text):
    x = extract(text)
    assert find(x, "branch") == []
    assert len(find(x, "alliance")) == 1


# --------------------------------------------------------------------------- a fronted description


@pytest.mark.parametrize(
    ("text", "pledger"),
    [
        ("A little-known group that split from al-Qaeda in the Islamic Maghreb, Jund al-Khalifa announced its "
         "allegiance to the Islamic State organisation in a statement.", "Jund al-Khalifa"),
        ("A faction that broke away from the Pakistani Taliban last year, Jamaat-ul-Ahrar declared its "
         "allegiance to the Islamic State group on Sunday.", "Jamaat-ul-Ahrar"),
    ],
)
def test_a_fronted_description_does_not_hide_the_pledger(extract, text, pledger):
    x = extract(text)
    one(x, "pledge", pledger=pledger, recipient="Islamic State")


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("A little-known group that split from al-Qaeda in the Islamic Maghreb, Jund al-Khalifa announced its "
         "allegiance to the Islamic State.", "announced", "Khalifa"),
        # two victims the parse may give as two subjects, joined by "and": the first is kept
        ("Ten of his relatives and four associates were killed in the strikes.", "killed", "Ten"),
        ("The group announced its allegiance to IS.", "announced", "group"),
    ],
)
def test_subject_skips_a_fronted_description_only_after_a_comma(extractor, text, verb, expected):
    from orbat.facts.syntax import subject

    sdoc = extractor.nlp(text)
    tok = next(t for t in sdoc if t.text == verb)
    assert subject(tok).text == expected
