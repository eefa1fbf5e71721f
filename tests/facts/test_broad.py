"""The broad family: a role word or a killing word with one named person and one group
attached to it, where no specific rule read the sentence."""

from __future__ import annotations

import pytest

from orbat.facts.broad import _attached

from .helpers import find


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say al-Shabaab commander Ahmed Iman Ali now runs recruitment in Kenya.",
        "Reports named Ahmed Iman Ali, a commander of al-Shabaab, as the organiser.",
    ],
)
def test_role_word_with_one_person_and_one_group(extract, text):
    found = find(extract(text), "leadership", person="Ahmed Iman Ali", organization="al-Shabaab") + find(
        extract(text), "membership", person="Ahmed Iman Ali", organization="al-Shabaab"
    )
    assert len(found) == 1


def test_two_people_near_one_role_make_no_fact(extract):
    x = extract("Ahmed Iman Ali met Hassan Abdullah, commander of al-Shabaab fighters near Lamu, and others.")
    leaders = {x.entity(f.args["person"]).name for f in find(x, "leadership") + find(x, "membership")}
    assert "Ahmed Iman Ali" not in leaders


def test_attachment_is_by_the_tree(extractor):
    sdoc = extractor.nlp("The al-Shabaab commander Ahmed Iman Ali spoke to reporters in Nairobi.")
    role = next(t for t in sdoc if t.lower_ == "commander")
    name = next(t for t in sdoc if t.text == "Ali")
    place = next(t for t in sdoc if t.text == "Nairobi")  # in another branch of the tree
    assert _attached(role, name)
    assert not _attached(role, place)
