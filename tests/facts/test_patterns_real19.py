"""Rules for published reporting (issue 7), stop 35: each on two or more differently
worded sentences with negative cases. The sentences are ours, written as probes of general
reporting patterns (not taken from the real-reporting set)."""

from __future__ import annotations

import pytest

from .helpers import find, one

LEAD = "The lead paragraph of this story is about the war. "

# --------------------------------------------------------------------------- founders listed, opening participles


@pytest.mark.parametrize(
    ("text", "group", "founders"),
    [
        (LEAD + "Launched in 2001 by Ali Hassan Sheikh, a cleric, and Omar Farouk Diallo, a trader, Boko Haram "
                "remains a major force.", "Boko Haram", ["Ali Hassan Sheikh", "Omar Farouk Diallo"]),
        (LEAD + "Ansaru was set up in 2012 by Khalid al-Barnawi and Mamman Nur.", "Ansaru",
         ["Khalid al-Barnawi", "Mamman Nur"]),
        (LEAD + "Launched in 1989 by Ghulam Nabi Lone, a college lecturer, and Abdul Rashid Mir, an old militant, "
                "the Hizb-ul Mujahideen remains the biggest local armed group.", "Hizb-ul Mujahideen",
         ["Ghulam Nabi Lone", "Abdul Rashid Mir"]),
    ],
)
def test_each_man_a_founding_clause_lists_founded_the_group(extract, text, group, founders):
    x = extract(text, published="2020-08-15")
    for man in founders:
        lead = one(x, "leadership", person=man, organization=group)
        assert lead.attrs.get("role") == "founder"
    founding = one(x, "founding", organization=group)
    assert x.entity(founding.args["organization"]).type == "organization"
    assert founding.time.start in text


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Ansaru was set up in 2012 by Khalid al-Barnawi, with help from Mamman Nur.",  # a helper, not a founder
        LEAD + "Launched in 2001 by Ali Hassan Sheikh, a cleric, and Mamman Nur, a trader, the campaign remains "
               "a major force.",  # no group
    ],
)
def test_only_the_men_the_by_phrase_lists_found_a_group(extract, text):
    x = extract(text, published="2020-08-15")
    founders = [f for f in find(x, "leadership") if f.attrs.get("role") == "founder"]
    assert "Mamman Nur" not in {x.entity(f.args["person"]).name for f in founders}
