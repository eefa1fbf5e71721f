"""Name keys for matching people, groups and places across documents.

``normalize_name`` (orbat.text) transliterates and lower-cases; on top of it a *core key*
drops what varies between writers but never tells two entities apart: a leading "the", the
Arabic article ("al-", "el-", "ash-", ...) and possessive noise. "Abu Bakr al-Baghdadī",
"Abu Bakr al Baghdadi" and "abu bakr baghdadi" share the core key "abu bakr baghdadi".
"""

from __future__ import annotations

from orbat.text import normalize_name

# The Arabic definite article and its assimilated forms, as written in English prose.
ARTICLES = frozenset({"al", "el", "ul", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an"})
KUNYA_HEADS = frozenset({"abu", "abou", "umm", "um", "ibn", "bin"})
_ARTICLE_TYPES = frozenset({"person", "organization", "group_of_people"})


def core_tokens(name: str, *, entity_type: str = "person") -> tuple[str, ...]:
    """The comparison tokens of a name: normalised, without a leading "the" and (for people
    and groups) without the Arabic article, which writers keep, hyphenate or drop."""
    tokens = normalize_name(name).split()
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    if entity_type in _ARTICLE_TYPES and len(tokens) > 1:
        kept = [t for i, t in enumerate(tokens) if not (t in ARTICLES and i < len(tokens) - 1)]
        tokens = kept or tokens
    return tuple(tokens)


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
    return len(content) <= SHORT_DESCRIPTION_WORDS
