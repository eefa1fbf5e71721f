"""Properties of name normalisation: ``orbat.text.normalize_name`` and the resolver's
keys (``orbat.resolve.names``): idempotent, and spelling variants of one name meet
on one key whichever way round they are compared."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from orbat.resolve.names import core_key, translit_key, translit_variants
from orbat.text import normalize_name

SETTINGS = settings(max_examples=300, deadline=None, database=None)

# One name word and its usual Latin spellings (the variants writers use for one person).
SPELLINGS = [
    ["Muhammad", "Mohammed", "Muhammed", "Mohamad"],
    ["Hassan", "Hasan"],
    ["Omar", "Umar"],
    ["Osama", "Usama"],
    ["Yusuf", "Yousuf", "Yusef"],
    ["Qasim", "Kasim", "Qassim"],
    ["Abdullah", "Abdulla"],
    ["Ibrahim", "Ebrahim"],
    ["Suleiman", "Suleyman", "Sulaiman"],
    ["Mukhtar", "Mokhtar"],
    ["Baghdadi", "Baghdady"],
    ["Shekau", "Shekkau"],
]
ARTICLE_FORMS = ["al-", "al ", "Al-", "el-", ""]

names_words = st.lists(st.integers(0, len(SPELLINGS) - 1), min_size=1, max_size=3)


# Names made of the words the keys treat specially (articles, "the", titles, kunya heads).
name_like = st.lists(
    st.sampled_from(["the", "al", "Al-", "el", "ash", "abu", "Umm", "ibn", "Mullah", "Sheikh", "Hafiz",
                     "Omar", "Baghdadi", "Qaeda", "Shabaab", "province"]),
    min_size=1, max_size=5,
).map(" ".join)  # fmt: skip


def _spell(indices: list[int], choices: list[int], article: str, upper: bool) -> str:
    words = [SPELLINGS[i][c % len(SPELLINGS[i])] for i, c in zip(indices, choices, strict=True)]
    name = " ".join(words[:-1] + [article + words[-1]]) if len(words) > 1 else words[0]
    return name.upper() if upper else name


@st.composite
def variant_pairs(draw):
    """Two spellings of one generated name: words, article and case varied independently."""
    indices = draw(names_words)
    spell = []
    for _ in range(2):
        choices = draw(st.lists(st.integers(0, 3), min_size=len(indices), max_size=len(indices)))
        spell.append(_spell(indices, choices, draw(st.sampled_from(ARTICLE_FORMS)), draw(st.booleans())))
    return spell[0], spell[1]


def _accent(text: str) -> str:
    """The same name with a macron on its vowels ("al-Baghdādī"), as transliterations write it."""
    return unicodedata.normalize("NFC", "".join(c + "\u0304" if c in "aiu" else c for c in text))


@SETTINGS
@given(st.text(max_size=60))
def test_normalize_name_is_idempotent(text):
    once = normalize_name(text)
    assert normalize_name(once) == once


@SETTINGS
@given(st.one_of(st.text(max_size=60), name_like))
def test_keys_depend_only_on_the_normalised_name(text):
    norm = normalize_name(text)
    for kind in ("person", "organization", "location"):
        assert core_key(norm, entity_type=kind) == core_key(text, entity_type=kind)
        assert translit_key(norm, entity_type=kind) == translit_key(text, entity_type=kind)




@SETTINGS
@given(st.one_of(st.text(max_size=60), name_like), st.sampled_from(["person", "organization", "location"]))
def test_core_key_is_idempotent(text, kind):
    once = core_key(text, entity_type=kind)
    assert core_key(once, entity_type=kind) == once


@SETTINGS
@given(variant_pairs())
def test_spelling_variants_share_one_translit_key(pair):
    a, b = pair
    assert translit_key(a) == translit_key(b), pair
    assert translit_key(_accent(a)) == translit_key(a)


@SETTINGS
@given(variant_pairs())
def test_spelling_variants_are_variants_both_ways(pair):
    a, b = pair
    assert translit_variants(a, b) == translit_variants(b, a)


@SETTINGS
@given(st.text(max_size=40), st.text(max_size=40))
def test_translit_variants_is_symmetric(a, b):
    assert translit_variants(a, b) == translit_variants(b, a)
