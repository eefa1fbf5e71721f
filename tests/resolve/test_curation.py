"""Curations are re-applied on every rebuild, by id or by name, in curation-id order."""

from __future__ import annotations

from resolve_builders import DocBuilder, entity_named, lead, persons, raid

from orbat.model import Curation
from orbat.resolve import resolve


def docs():
    d = DocBuilder("doc:h")
    q = d.ent("Abu Muhammad al Qadari")
    r = d.ent("Rustam Asilderov")
    d.fact("identity", {"a": q, "b": r}, modality="hedged", confidence=0.5)
    return [
        d.build(),
        lead("doc:1", "Abu Muhammad al-Qadari", "Caucasus Province", role="wali"),
        lead("doc:2", "Rustam Asilderov", "Caucasus Emirate", role="commander"),
        raid("doc:3", killed=(1, 1)),
        raid("doc:4", killed=(2, 2)),
    ]


def test_fact_reject_drops_the_fact_on_every_rebuild():
    kb = resolve(docs())
    attack = next(f for f in kb.facts if f.type == "attack")
    cur = [Curation("fact.reject", attack.id, {"reason": "duplicate report"}, id=1)]
    after = resolve(docs(), cur)
    assert attack.id not in {f.id for f in after.facts}
    assert len(after.facts) == len(kb.facts) - 1
    assert resolve(list(reversed(docs())), cur).facts == after.facts


def test_fact_confirm_marks_the_fact():
    kb = resolve(docs())
    fact = next(f for f in kb.facts if f.type == "leadership")
    after = resolve(docs(), [Curation("fact.confirm", fact.id, author="analyst", id=4)])
    confirmed = next(f for f in after.facts if f.id == fact.id)
    assert confirmed.attrs["confirmed"] is True and confirmed.attrs["curated_by"] == "analyst"
    assert confirmed.confidence == 1.0
    others = [f for f in after.facts if f.id != fact.id]
    assert not any(f.attrs.get("confirmed") for f in others)


def test_entity_merge_by_name_keeps_the_smaller_id_and_moves_facts():
    before = resolve(docs())
    ids = {entity_named(before, "Abu Muhammad al Qadari").id, entity_named(before, "Rustam Asilderov").id}
    kb = resolve(docs(), [Curation("entity.merge", "Qadari", {"other": "Rustam Asilderov"}, id=1)])
    [person] = persons(kb)
    assert person.id == min(ids)
    assert person.name == "Rustam Asilderov"  # the legal name (the merge asserts identity)
    assert {f.args["person"] for f in kb.facts if f.type == "leadership"} == {person.id}


def test_entity_merge_by_id_survives_a_change_of_canonical_name():
    before = resolve(docs())
    qadari = entity_named(before, "Abu Muhammad al Qadari").id
    asilderov = entity_named(before, "Rustam Asilderov").id
    cur = [Curation("entity.merge", qadari, {"other": asilderov}, id=1)]
    # A new document adds a fuller spelling: the merge still finds both entities.
    more = [*docs(), lead("doc:5", "Rustam Magomedovich Asilderov", "Caucasus Emirate")]
    kb = resolve(more, cur)
    merged = entity_named(kb, "Abu Muhammad al Qadari")
    assert "Rustam Asilderov" in [merged.name, *merged.aliases]


def test_entity_split_takes_mentions_off_into_their_own_entity():
    merged = [
        lead("doc:1", "Abu Bakr al-Baghdadi"),
        lead("doc:2", "Baghdadi"),
        lead("doc:3", "Abu Bakr al-Baghdadi"),
    ]
    [whole] = persons(resolve(merged))
    kb = resolve(merged, [Curation("entity.split", whole.id, {"names": ["Baghdadi"]}, id=3)])
    full = entity_named(kb, "Abu Bakr al-Baghdadi")
    lone = entity_named(kb, "Baghdadi")
    assert full.id == whole.id and lone.id != whole.id
    assert "Baghdadi" not in full.aliases
    assert sorted(f.corroboration for f in kb.facts if f.args["person"] == full.id) == [2]
    assert [f.args["person"] for f in kb.facts if f.args["person"] == lone.id] == [lone.id]


def test_entity_rename_keeps_the_id_and_the_old_name_as_alias():
    before = resolve(docs())
    old = entity_named(before, "Rustam Asilderov")
    kb = resolve(
        docs(), [Curation("entity.rename", "Asilderov", {"name": "Rustam Magomedovich Asilderov"}, id=1)]
    )
    renamed = next(e for e in kb.entities if e.id == old.id)
    assert renamed.name == "Rustam Magomedovich Asilderov"
    assert "Rustam Asilderov" in renamed.aliases


def test_curations_apply_in_id_order_whatever_the_list_order():
    one = Curation("entity.rename", "Rustam Asilderov", {"name": "First"}, id=1)
    two = Curation("entity.rename", "Rustam Asilderov", {"name": "Second"}, id=2)
    for order in ([one, two], [two, one]):
        kb = resolve(docs(), order)
        assert entity_named(kb, "Rustam Asilderov").name == "Second"


def test_a_curation_with_an_unknown_target_changes_nothing():
    plain = resolve(docs())
    kb = resolve(
        docs(),
        [
            Curation("entity.merge", "Nobody", {"other": "Rustam Asilderov"}, id=1),
            Curation("fact.reject", "fact:0000000000000000", id=2),
        ],
    )
    assert kb == plain
