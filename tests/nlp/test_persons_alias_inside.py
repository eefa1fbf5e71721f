"""A person span the NER read across an alias word ("Abdul-Kaka a.k.a Saad") is two names
(stop 33); an alias word the NER glued to the front of the second name is cut off (as before)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Police arrested Abdul-Kaka a.k.a Saad in Maiduguri.", "Abdul-Kaka", "Saad"),
        ("Malam Bako, Abdul Kaka aka Abu Saad and Abba Kaka were appointed to the council.", "Abdul Kaka", "Abu Saad"),
    ],
)
def test_a_name_read_across_an_alias_word_is_two_names(nlp, text, first, second):
    people = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    assert first in people and second in people, people
    assert not any(w in p.split() for p in people for w in ("a.k.a", "aka")), people
