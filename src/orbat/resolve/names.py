"""Name keys for matching people, groups and places across documents.

``normalize_name`` (orbat.text) transliterates and lower-cases; on top of it a *core key*
drops what varies between writers but never tells two entities apart: a leading "the", the
Arabic article ("al-", "el-", "ash-", ...) and possessive noise. "Abu Bakr al-Baghdadī",
"Abu Bakr al Baghdadi" and "abu bakr baghdadi" share the core key "abu bakr baghdadi".
"""

from __future__ import annotations

import re
from functools import lru_cache

from orbat.text import normalize_name

# The Arabic definite article and its assimilated forms, as written in English prose.
ARTICLES = frozenset({"al", "el", "ul", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an"})
KUNYA_HEADS = frozenset({"abu", "abou", "umm", "um", "ibn", "bin"})
_ARTICLE_TYPES = frozenset({"person", "organization", "group_of_people"})


# core_tokens, translit_token and translit_key are pure and cached: the entity clustering asks for
# the same names again and again (an incremental update clusters a stored entity's proxies up to
# SUMMARY_ROUNDS times).
@lru_cache(maxsize=1 << 16)
def core_tokens(name: str, *, entity_type: str = "person") -> tuple[str, ...]:
    """The comparison tokens of a name: normalised, without a leading "the", (for people and
    groups) without the Arabic article, which writers keep, hyphenate or drop, and (for
    people) without leading titles ("Mullah", "Sheikh", "Hafiz": see ``TITLES``)."""
    tokens = tuple(normalize_name(name).split())
    while True:  # until nothing more comes off ("the the ...", "al the ..."): the key of a key is itself
        before = tokens
        if tokens and tokens[0] == "the" and len(tokens) > 1:
            tokens = tokens[1:]
        if entity_type in _ARTICLE_TYPES and len(tokens) > 1:
            kept = tuple(t for i, t in enumerate(tokens) if not (t in ARTICLES and i < len(tokens) - 1))
            tokens = kept or tokens
        if entity_type == "person":
            tokens = strip_titles(tokens)
        if tokens == before:
            return tokens


def core_key(name: str, *, entity_type: str = "person") -> str:
    return " ".join(core_tokens(name, entity_type=entity_type))


def is_kunya(name: str) -> bool:
    """A kunya or patronymic style name: "Abu Muhammad ...", "Umm ...", "Ali Abu Muhammad ..."."""
    tokens = normalize_name(name).split()
    if not tokens:
        return False
    if tokens[0] in KUNYA_HEADS:
        return True
    return len(tokens) > 2 and tokens[1] in KUNYA_HEADS


def has_nisba(name: str) -> bool:
    """Carries an Arabic article ("al Dagestani"): typical of noms de guerre, not legal names."""
    tokens = normalize_name(name).split()
    return any(t in ARTICLES for t in tokens[:-1])


def looks_legal(name: str) -> bool:
    """A name that looks like a legal (civil) name: two or more words, no kunya, no nisba."""
    return len(normalize_name(name).split()) >= 2 and not is_kunya(name) and not has_nisba(name)


def is_strict_prefix(short: str, long: str) -> bool:
    """``short`` names only the start of ``long`` ("al Qaeda" of "al Qaeda in the Arabian
    Peninsula"), compared on whole words of the core keys."""
    a, b = core_tokens(short, entity_type="organization"), core_tokens(long, entity_type="organization")
    return 0 < len(a) < len(b) and b[: len(a)] == a


_DETERMINERS = frozenset(
    {"the", "a", "an", "one", "two", "three", "several", "some", "many", "his", "her", "their"}
)
_LOWER_PARTICLES = ARTICLES | KUNYA_HEADS | {"de", "van", "von", "bin", "ibn", "ben"}
SHORT_DESCRIPTION_WORDS = 3


def is_vague_description(name: str) -> bool:
    """A short common-noun description ("a police officer", "two civilians", "the
    commander") rather than a name: too vague to be joined across documents."""
    words = name.split()
    if not words:
        return False
    first = normalize_name(words[0])
    lower_start = words[0][:1].islower() and first not in _LOWER_PARTICLES
    if not (lower_start or first in _DETERMINERS):
        return False
    content = [w for w in normalize_name(name).split() if w not in _DETERMINERS]
    # "a second bomber on foot", "one suicide car bomber": however long, a doer described
    return len(content) <= SHORT_DESCRIPTION_WORDS or any(w in _DOER_WORDS for w in content)


# the doers of one attack, described by what they did ("the jihadist selected to lead ..." is a
# description specific enough to join)
_DOER_WORDS = frozenset({"bomber", "bombers", "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants"})


# --------------------------------------------------------------------------- titles

# Titles and honorifics written before a person's name: set aside for matching ("Mullah Omar"
# and "Omar", "Hafiz Saeed" and "Saeed"), kept among the entity's names.
TITLES = frozenset(
    {
        "mullah", "mulla", "maulvi", "mawlawi", "molvi", "maulana", "mawlana", "sheikh", "shaykh",
        "shaikh", "sheik", "shiekh", "sayyed", "sayyid", "syed", "mufti", "hafiz", "hafez", "haji",
        "hajji", "qari", "imam", "ustadh", "ustaz", "dr", "doctor", "emir", "amir", "ameer", "commander",
        "general", "gen", "colonel", "col", "major", "captain", "sultan", "pir", "hazrat", "allama",
        "mr", "mrs", "ms", "mister",
    }
)  # fmt: skip


def strip_titles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Leading titles dropped while a name remains: ("mullah", "omar") -> ("omar",)."""
    i = 0
    while i < len(tokens) - 1 and tokens[i] in TITLES:
        i += 1
    return tokens[i:]


# --------------------------------------------------------------------------- transliteration

_VOWELS = frozenset("aeiouy")
# the first vowel's class: writers swap e for a or i, o for u, never a for u ("Hasan" is not "Husain")
_VOWEL_CLASS = {
    "a": frozenset("ae"), "e": frozenset("aei"), "i": frozenset("iey"), "y": frozenset("iey"),
    "o": frozenset("ou"), "u": frozenset("ou"),
}  # fmt: skip
_DIGRAPHS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("iy", "i"), ("ph", "f"), ("dj", "j"), ("q", "k"),
             ("ck", "k"))
_PARTICLES = {"ibn": "bin", "ben": "bin", "bin": "bin", "abou": "abu", "abu": "abu", "um": "umm"}


# the link of a compound "servant of" name, however written: "Abd-ul-", "Abdel", "Abdi", "Abdu"
_ABD_LINK = re.compile(r"^abd(?:[aeiou]l(?=[a-z]{3})|[aeiou](?=[a-z]{3}))")


@lru_cache(maxsize=1 << 16)
def translit_token(token: str) -> str:
    """The consonant skeleton of one name word, the same for its usual Latin spellings of
    Arabic, Pashto, Somali and Russian names: vowels (after the first letter) dropped,
    doubled letters single, q/k, ou/u, ee/i, iy/i, ph/f, w/u folded, a silent final h dropped.
    "Hassan" = "Hasan" -> "hsn"; "Yahya" = "Yehia" -> "yh"; "Qassem" = "Kasim" -> "ksm"."""
    token = _PARTICLES.get(token, token)
    for a, b in _DIGRAPHS:
        token = token.replace(a, b)
    if len(token) > 3 and token[-1] == "h" and token[-2] in _VOWELS:
        token = token[:-1]  # a silent final h: "Abdullah" / "Abdulla", "Hamzah" / "Hamza"
    if token.startswith("abd"):
        token = _ABD_LINK.sub("abd", token)  # "Abdihakim" / "Abdulhakim", "Abdirahman" / "Abdelrahman"
    out: list[str] = []
    for i, ch in enumerate(token):
        if i > 0 and ch in _VOWELS:
            continue
        if i == 0 and ch in "aeiou":
            ch = "a"  # Omar / Umar, Osama / Usama: one initial vowel
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


def _first_vowel(token: str) -> str | None:
    for ch in token[1:] if token[:1] not in "aeiou" else token[:1]:
        if ch in _VOWELS:
            return ch
    return None


def vowels_compatible(a: str, b: str) -> bool:
    """Whether two spellings of a word can be one name: their first vowels of one class
    ("Hasan"/"Hassan", "Muhammad"/"Mohammed", "Yahya"/"Yehia"; not "Hasan"/"Husain")."""
    va, vb = _first_vowel(a), _first_vowel(b)
    if va is None or vb is None or va == vb:
        return True
    return vb in _VOWEL_CLASS.get(va, frozenset()) or va in _VOWEL_CLASS.get(vb, frozenset())


@lru_cache(maxsize=1 << 16)
def translit_key(name: str, *, entity_type: str = "person") -> str:
    """A name's transliteration key: its core tokens, titles set aside, each reduced to its
    consonant skeleton. Two names with the same key are candidate spellings of one name."""
    tokens = core_tokens(name, entity_type=entity_type)
    if entity_type == "person":
        tokens = strip_titles(tokens)
    return " ".join(translit_token(t) for t in tokens)


def translit_variants(a: str, b: str, *, entity_type: str = "person") -> bool:
    """Two names are spellings of one name: same word count, every word the same skeleton and
    compatible vowels."""
    ta, tb = core_tokens(a, entity_type=entity_type), core_tokens(b, entity_type=entity_type)
    if entity_type == "person":
        ta, tb = strip_titles(ta), strip_titles(tb)
    if len(ta) != len(tb):
        return False
    return all(
        x == y or (translit_token(x) == translit_token(y) and vowels_compatible(x, y))
        for x, y in zip(ta, tb, strict=True)
    )


def is_bare_kunya_or_nisba(name: str) -> bool:
    """A name that is only a kunya ("Abu Muhammad", "Umm Sayyaf") or only a nisba ("al-Masri",
    "al Somali"): many men carry it, so it joins another mention only on an explicit alias
    statement or in-document coreference, never by name alone across documents."""
    tokens = normalize_name(name).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if len(tokens) == 2 and tokens[0] in KUNYA_HEADS | {"umm"}:
        return True
    return len(tokens) == 2 and tokens[0] in ARTICLES
