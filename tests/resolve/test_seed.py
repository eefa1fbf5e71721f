"""Resolution over the real extractor's output for the seed article."""

from __future__ import annotations

import copy

from orbat.model import Extraction
from orbat.resolve import explain_merge, resolve


def as_doc(extraction: Extraction, doc_id: str) -> Extraction:
    """The same extraction as if read from another document (a syndicated copy)."""
    other = copy.deepcopy(extraction)
    other.doc_id = doc_id
    for fact in other.facts:
        for source in fact.sources:
            source.doc = doc_id
    return other


def test_a_syndicated_copy_corroborates_every_fact(seed_extraction, reference):
    one = resolve([seed_extraction], reference=reference)
    two = resolve([seed_extraction, as_doc(seed_extraction, "doc:copy")], reference=reference)
    assert [e.to_json() for e in two.entities] == [e.to_json() for e in one.entities]
    assert [f.id for f in two.facts] == [f.id for f in one.facts]
    assert all(f.corroboration == 2 for f in two.facts)
    assert all(f.confidence >= g.confidence for f, g in zip(two.facts, one.facts, strict=True))


def test_seed_people_are_joined_as_the_article_says(seed_extraction, reference):
    kb = resolve([seed_extraction], reference=reference)
    people = {e.name: e for e in kb.entities if e.type == "person"}
    # Asserted identities join; the legal name is canonical.
    assert "Abu Usman Gimrinsky" in people["Magomed Suleimanov"].aliases
    assert "Ali Abu Muhammad al Dagestani" in people["Aliaskhab Kebekov"].aliases
    # The hedged identity of Qadari and Asilderov does not join them.
    why = explain_merge([seed_extraction], [], "Qadari", "Rustam Asilderov", reference=reference)
    assert not why.same and any("hedged" in b for b in why.blockers)
    # Adnani and Qadari share a kunya and stay apart.
    assert explain_merge([seed_extraction], [], "Adnani", "Qadari", reference=reference).same is False
