"""Name resolution for this field: transliteration and title variants merge; a bare kunya or
nisba shared by two men does not; short forms join the one long name they fit."""

from __future__ import annotations

import pytest
from resolve_builders import lead, persons

from orbat.resolve import explain_merge, resolve
from orbat.resolve.names import strip_titles, translit_key, translit_variants, vowels_compatible


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Yahya al-Sinwar", "Yehia Sinwar"),
        ("Hassan Nasrallah", "Hasan Nasrallah"),
        ("Naim Qassem", "Naim Kassem"),
        ("Akhtar Muhammad Mansour", "Akhtar Mohammad Mansoor"),
        ("Usama bin Laden", "Osama ibn Laden"),
        ("Abdelmalek Droukdel", "Abdulmalik Droukdel"),
    ],
)
def test_transliteration_variants_are_one_name(a, b):
    assert translit_key(a) == translit_key(b)
    assert translit_variants(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Hasan Nasrallah", "Husain Nasrallah"), ("Ali Karimov", "Ali Rahimov"), ("Abu Omar", "Abu Amr al-Masri")],
)
def test_different_names_are_not_variants(a, b):
    assert not translit_variants(a, b)


def test_vowel_classes():
    assert vowels_compatible("muhammad", "mohammed") and vowels_compatible("omar", "umar")
    assert not vowels_compatible("hasan", "husain")


def test_titles_are_set_aside_for_matching_only():
    assert strip_titles(("mullah", "akhtar", "mansour")) == ("akhtar", "mansour")
    assert strip_titles(("sheikh",)) == ("sheikh",)
    kb = resolve([lead("doc:a", "Mullah Akhtar Mansour", "Taliban"), lead("doc:b", "Akhtar Mansour", "Taliban")])
    [person] = persons(kb)
    assert {person.name, *person.aliases} == {"Mullah Akhtar Mansour", "Akhtar Mansour"}


def test_transliteration_variants_merge_across_documents_and_are_explained():
    docs = [lead("doc:a", "Yahya al-Sinwar", "Hamas"), lead("doc:b", "Yehia Sinwar", "Hamas")]
    [person] = persons(resolve(docs))
    assert {person.name, *person.aliases} == {"Yahya al-Sinwar", "Yehia Sinwar"}
    why = explain_merge(docs, [], "Yahya al-Sinwar", "Yehia Sinwar")
    assert why.same and why.steps[-1].rule == "transliteration"


def test_two_men_sharing_a_nisba_stay_apart_with_the_reason():
    docs = [
        lead("doc:a", "Abu Ayyub al-Masri", "al Qaeda in Iraq"),
        lead("doc:b", "al-Masri", "Islamic State Sinai Province"),
        lead("doc:c", "al-Masri", "al Qaeda"),
    ]
    kb = resolve(docs)
    assert len(persons(kb)) == 3
    bare = [p for p in persons(kb) if p.name == "al-Masri"]
    why = explain_merge(docs, [], bare[0].id, bare[1].id)
    assert not why.same
    assert any("only a kunya or a nisba" in b for b in why.blockers)
    full = next(p for p in persons(kb) if p.name == "Abu Ayyub al-Masri")
    assert not explain_merge(docs, [], full.id, bare[0].id).same


def test_two_men_sharing_a_kunya_stay_apart_with_the_reason():
    docs = [lead("doc:a", "Abu Muhammad", "Jabhat al-Nusra"), lead("doc:b", "Abu Muhammad", "Boko Haram")]
    kb = resolve(docs)
    people = persons(kb)
    assert len(people) == 2
    why = explain_merge(docs, [], people[0].id, people[1].id)
    assert not why.same and any("only a kunya or a nisba" in b for b in why.blockers)


def test_short_form_joins_the_one_long_name_it_fits():
    kb = resolve(
        [
            lead("doc:a", "Hafiz Muhammad Saeed", "Lashkar-e-Taiba"),
            lead("doc:b", "Muhammad Saeed", "Lashkar-e-Taiba"),
        ]
    )
    [person] = persons(kb)
    assert "Hafiz Muhammad Saeed" in {person.name, *person.aliases}


def test_short_form_with_two_fitting_long_names_stays_apart():
    docs = [
        lead("doc:a", "Abdul Rahman Yasin Ali", "X Front"),
        lead("doc:b", "Abdul Rahman Khalid Ali", "Y Front"),
        lead("doc:c", "Abdul Ali", "Z Front"),
    ]
    kb = resolve(docs)
    assert len(persons(kb)) == 3
    short = next(p for p in persons(kb) if p.name == "Abdul Ali")
    why = explain_merge(docs, [], short.id, next(p.id for p in persons(kb) if p.name.endswith("Yasin Ali")))
    assert not why.same and any("ambiguous" in b for b in why.blockers)


def test_the_cached_name_keys_are_the_uncached_ones_and_a_second_clustering_reuses_them():
    from orbat.resolve import names
    from orbat.resolve.entities import build_nodes, cluster_nodes

    spellings = ["Yahya al-Sinwar", "Yehia Sinwar", "Mullah Akhtar Mohammad Mansour", "the Hazusha Movement", "Abu Bakr"]
    for name in spellings:
        for etype in ("person", "organization", "location"):
            assert names.core_tokens(name, entity_type=etype) == names.core_tokens.__wrapped__(name, entity_type=etype)
            assert names.translit_key(name, entity_type=etype) == names.translit_key.__wrapped__(name, entity_type=etype)
        for token in names.core_tokens(name):
            assert names.translit_token(token) == names.translit_token.__wrapped__(token)
    docs = [lead(f"d{i}", name) for i, name in enumerate(["Yahya al-Sinwar", "Yehia Sinwar", "Hasan Nasrallah", "Hassan Nasrallah"])]
    nodes, by_local = build_nodes(docs)
    first = cluster_nodes(nodes, by_local, [])
    hits = names.translit_key.cache_info().hits
    second = cluster_nodes(nodes, by_local, [])
    assert names.translit_key.cache_info().hits > hits  # the second clustering asked again and was answered
    assert sorted(first.uf.groups().values()) == sorted(second.uf.groups().values())
    assert len({first.uf.find(i) for i in range(len(nodes)) if nodes[i].type == "person"}) == 2


@pytest.mark.parametrize("name", ["A second bomber on foot", "One suicide car bomber", "two gunmen on a motorbike"])
def test_an_attacks_doer_described_at_length_is_still_vague(name):
    from orbat.resolve.names import is_vague_description

    assert is_vague_description(name)


@pytest.mark.parametrize("name", ["the jihadist selected to lead ICE's Dagestan province", "Abu Bakr al-Baghdadi"])
def test_a_specific_description_or_a_name_is_not_vague(name):
    from orbat.resolve.names import is_vague_description

    assert not is_vague_description(name)


def test_a_courtesy_title_is_set_aside_across_documents():
    assert strip_titles(("mr", "hassan")) == ("hassan",)
    kb = resolve([lead("doc:a", "Abu Yasir Hassan", "Ahlu Sunnah wal Jamaah"), lead("doc:b", "Mr Hassan", "Ahlu Sunnah wal Jamaah")])
    [person] = persons(kb)
    assert {person.name, *person.aliases} == {"Abu Yasir Hassan", "Mr Hassan"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Abdihakim Dhoqob", "Abdulhakim Dhuqub"),  # Somali and Arabic spellings of one "Abd-" name
        ("Abdirahman Warsame", "Abdelrahman Warsame"),
        ("Abdurrahman Warsame", "Abdulrahman Warsame"),
        ("Abdisamad Gallan", "Abdussamad Gallan"),
    ],
)
def test_the_link_of_an_abd_name_is_one_name_however_written(a, b):
    assert translit_key(a) == translit_key(b)
    assert translit_variants(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Abdirahman Warsame", "Abdisamad Warsame"), ("Abdi Warsame", "Abdul Warsame"), ("Abdullah Omar", "Abdelaziz Omar")],
)
def test_different_abd_names_stay_different(a, b):
    assert not translit_variants(a, b)


def test_a_spelling_variant_joins_a_man_whose_document_gives_him_two_names():
    # doc:a names him twice ("Dhuqub, also known as Abdihakim Mohamed Ibrahim"); doc:b spells
    # the short name otherwise: one of doc:a's names close to doc:b's is enough
    docs = [
        lead("doc:a", "Abdihakim Mohamed Ibrahim", aliases=("Abdulhakim Dhuqub",), role="deputy"),
        lead("doc:b", "Abdihakim Dhoqob", role="deputy"),
    ]
    [person] = persons(resolve(docs))
    assert {"Abdihakim Mohamed Ibrahim", "Abdihakim Dhoqob"} <= {person.name, *person.aliases}


def test_two_abd_names_of_different_men_stay_apart():
    docs = [
        lead("doc:a", "Abdihakim Dhoqob", role="deputy"),
        lead("doc:b", "Abdirahman Dhoqob", role="deputy"),
    ]
    assert len(persons(resolve(docs))) == 2
