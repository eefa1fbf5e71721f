"""orbat_branches: "<parent>'s <region> province|branch|arm" links to the branch."""

from __future__ import annotations

import pytest


def _linked(doc):
    return [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Islamic State's Caucasus province claimed an attack.", "Islamic State's Caucasus province"),
        (
            "Islamic State\u2019s Caucasus \u2018province\u2019 claims an attack.",
            "Islamic State\u2019s Caucasus \u2018province\u2019",
        ),
        (
            "A video from the Islamic State's Caucasus branch appeared online.",
            "Islamic State's Caucasus branch",
        ),
        ("Today the Islamic State's Caucasus arm claimed a raid.", "Islamic State's Caucasus arm"),
        ("ISIS's Caucasus wilayat released a statement.", "ISIS's Caucasus wilayat"),
        (
            "The Islamic State's so-called Caucasus province is small.",
            "Islamic State's so-called Caucasus province",
        ),
        (
            "It pledged to the Islamic State's province in the North Caucasus.",
            "Islamic State's province in the North Caucasus",
        ),
        (
            "The Caucasus province of the Islamic State named a new wali.",
            "Caucasus province of the Islamic State",
        ),
        (
            'The Islamic State\'s so-called "province" in the Caucasus region claimed it.',
            'Islamic State\'s so-called "province" in the Caucasus region',
        ),
    ],
)
def test_caucasus_province_constructions(nlp, text, span):
    assert (span, "is-caucasus") in _linked(nlp(text))


def test_owner_decides_the_branch(nlp):
    # The same region word links to different groups depending on the owner.
    assert ("al Qaeda's Yemen branch", "aqap") in _linked(
        nlp("Officials blamed al Qaeda's Yemen branch for the plot.")
    )
    assert ("Islamic State's Yemen branch", "is-yemen") in _linked(
        nlp("Officials blamed the Islamic State's Yemen branch.")
    )
    assert ("ICE's Dagestan province", "ce-dagestan") in _linked(
        nlp("He led ICE's Dagestan province until August.")
    )


def test_hyphenated_short_names(nlp):
    doc = nlp("Fighters of the Islamic State's Salah al-Din province attacked a checkpoint.")
    assert ("Islamic State's Salah al-Din province", "is-salahuddin") in _linked(doc)
    doc = nlp("The Caucasus Emirate's Kabardino-Balkaria branch was dismantled.")
    assert ("Caucasus Emirate's Kabardino-Balkaria branch", "ce-kbk") in _linked(doc)


def test_pronoun_owner_needs_the_parent_in_the_sentence(nlp):
    doc = nlp("The Islamic State announced its Caucasus branch in June.")
    assert ("Caucasus branch", "is-caucasus") in _linked(doc)
    doc = nlp("The Russian government announced its Caucasus branch in June.")
    assert all(gid != "is-caucasus" for _, gid in _linked(doc))


def test_unknown_region_is_not_linked(nlp):
    doc = nlp("The Islamic State's Antarctica province does not exist.")
    assert all(gid == "islamic-state" for _, gid in _linked(doc) if gid)
