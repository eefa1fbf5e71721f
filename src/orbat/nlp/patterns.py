"""EntityRuler patterns built from the reference data (pure functions, no model needed).

Labels and ids the ruler gives (see docs/reference-data.md):

* armed groups: label ``ORG``, ``ent_id_`` = the group id ("islamic-state"); names that
  several groups share (``ambiguous``) get ``ORG`` with no id;
* monitors, news agencies, officials (sources.json): ``ORG``, ``ent_id_`` = "source:<slug>";
* named security bodies (forces.json ``named``): ``FORCE``, ``ent_id_`` = "force:<iso2>:<slug>";
* persons named by a kunya ("Abu Muhammad al Adnani", "Ali Abu Muhammad al Dagestani"): ``PERSON``
  (token patterns, run by ``orbat_kunyas`` from each kunya word rather than by the ruler);
* places whose names start with a kunya word ("Abu Ghraib", "Umm Qasr"): ``GPE``.

Names are matched on the token ``NORM`` (lower case, curly quotes straightened), acronyms
on the exact ``ORTH`` (case-sensitive).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

from orbat.reference import Reference
from orbat.text import normalize_name

Pattern = dict
Tokenize = Callable[[str], list[str]]

GROUP_LABEL = "ORG"
SOURCE_LABEL = "ORG"
FORCE_LABEL = "FORCE"
PERSON_LABEL = "PERSON"

KUNYA_WORDS = ("abu", "abou", "abo", "umm", "um")
JOINING_PARTICLES = (
    "al",
    "el",
    "ul",
    "ad",
    "ar",
    "as",
    "ash",
    "at",
    "az",
    "an",
    "e",
    "i",
    "ud",
    "ut",
    "wal",
    "wa",
)
# Particles inside a name: the first may stand alone ("al Adnani"); the second only joined by a
# hyphen ("as-Suri"), since "as", "at", "an" are English words too.
NAME_PARTICLES = ("al", "el", "ul", "bin", "ibn", "abu", "abd", "abdul", "ould")
HYPHEN_PARTICLES = ("ad", "ar", "as", "ash", "at", "az", "an", "ed", "ur", "ud")
# Places whose names start with a kunya word: tagged GPE, never persons.
KUNYA_PLACES = (
    "Abu Dhabi", "Abu Ghraib", "Abu Kamal", "Abu Simbel", "Abu Dis", "Abu Qir", "Abu Hamad", "Abu Ghosh",
    "Abu Zabi", "Umm Qasr", "Umm al-Quwain", "Umm Durman", "Umm Batin",
)  # fmt: skip
PLACE_LABEL = "GPE"
# Title-case words that never start a person name ("Emir Abu X" is a title, not a name part).
NOT_A_GIVEN_NAME = (
    "brother",  # "Brother Abu al-Bara al-Ansari": a group's form of address
    "emir",
    "amir",
    "sheikh",
    "shaykh",
    "mullah",
    "commander",
    "leader",
    "spokesman",
    "wali",
    "governor",
    "caliph",
    "the",
    "a",
    "an",
    "and",
    "but",
    "when",
    "while",
    "after",
    "before",
    "since",
    "said",
    "says",
    "mr",
    "dr",
    "general",
    "gen",
    "colonel",
    "col",
    "imam",
    "maulana",
    "hajji",
    "haji",
    "deputy",
    "chief",
)

CALENDAR_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def name_variants(name: str) -> list[str]:
    """Spellings of one name that news prose uses: hyphens as spaces and back,
    "al X" / "al-X", "Qaeda" / "Qaida", straight and curly apostrophes. The original comes first."""
    out: list[str] = []

    def add(text: str) -> None:
        text = " ".join(text.split())
        if text and text not in out:
            out.append(text)

    add(name)
    spaced = name.replace("-", " ")
    add(spaced)
    words = spaced.split()
    joined: list[str] = []
    for word in words:
        if joined and joined[-1].lower() in JOINING_PARTICLES:
            joined[-1] = f"{joined[-1]}-{word}"
        else:
            joined.append(word)
    add(" ".join(joined))
    if len(words) == 2 and words[0].isupper() and len(words[0]) >= 2:
        add(f"{words[0]}-{words[1]}")  # "ISIS Khorasan" is also written "ISIS-Khorasan"
    for text in list(out):
        if "Qaeda" in text:
            add(text.replace("Qaeda", "Qaida"))  # "al-Qaida in Iraq", as AP writes every "al-Qaeda ..."
    for text in list(out):
        if "'" in text:
            add(text.replace("'", "\u2019"))
            add(text.replace("'", ""))
    return out


def _phrase(label: str, text: str, ent_id: str | None) -> Pattern:
    pattern: Pattern = {"label": label, "pattern": text}
    if ent_id:
        pattern["id"] = ent_id
    return pattern


def _acronym(label: str, acronym: str, ent_id: str | None, tokenize: Tokenize) -> Pattern:
    """An acronym as a phrase for the case-sensitive (ORTH) acronym ruler."""
    pattern: Pattern = {"label": label, "pattern": acronym, "acronym": True}
    if ent_id:
        pattern["id"] = ent_id
    return pattern


def group_patterns(reference: Reference, tokenize: Tokenize) -> list[Pattern]:
    """ORG patterns for every group name, alias, descriptive phrase and acronym."""
    claims: dict[str, set[str]] = {}
    for g in reference.groups:
        for name in g.names:
            claims.setdefault(normalize_name(name), set()).add(g.id)
    patterns: list[Pattern] = []
    seen: set[tuple[str, str | None]] = set()
    for g in reference.groups:
        for name in g.names:
            if normalize_name(name).startswith("the "):
                continue
            ent_id = g.id if len(claims[normalize_name(name)]) == 1 else None
            for variant in name_variants(name):
                key = (variant.lower(), ent_id)
                if key not in seen:
                    seen.add(key)
                    patterns.append(_phrase(GROUP_LABEL, variant, ent_id))
        for acro in g.acronyms:
            patterns.append(_acronym(GROUP_LABEL, acro, g.id, tokenize))
    return patterns


def source_patterns(reference: Reference, tokenize: Tokenize) -> list[Pattern]:
    patterns: list[Pattern] = []
    for s in reference.sources:
        for name in (s.name, *s.aliases):
            patterns.extend(_phrase(SOURCE_LABEL, v, s.id) for v in name_variants(name))
        patterns.extend(_acronym(SOURCE_LABEL, a, s.id, tokenize) for a in s.acronyms)
    return patterns


def named_force_patterns(reference: Reference, tokenize: Tokenize) -> list[Pattern]:
    patterns: list[Pattern] = []
    for f in reference.forces:
        if f.country is not None and f.id == f"force:{f.country.lower()}":
            continue  # a country's forces in general: the orbat_forces component finds those
        if f.id == "force:unspecified":
            continue
        for name in (f.name, *f.aliases):
            patterns.extend(_phrase(FORCE_LABEL, v, f.id) for v in name_variants(name))
        patterns.extend(_acronym(FORCE_LABEL, a, f.id, tokenize) for a in f.acronyms)
    return patterns


def kunya_patterns(reference: Reference | None = None, *, max_nisbas: int = 3) -> list[Pattern]:
    """PERSON patterns for names built on a kunya: Abu|Umm + Name [+ (al[-]) Name]*. A given
    name before it ("Ali" in "Ali Abu Muhammad al Dagestani") is joined by orbat_person_names,
    which is far cheaper than an optional first token in every pattern."""
    # Group names that start with a kunya ("Abu Sayyaf") keep their ORG reading; a person may
    # still share the second word under another kunya ("Umm Sayyaf").
    blocked: dict[str, set[str]] = {k: set() for k in KUNYA_WORDS}
    for place in KUNYA_PLACES:
        words = normalize_name(place).split()
        blocked[words[0]].add(words[1])
    if reference is not None:
        for g in reference.groups:
            for name in g.names:
                words = normalize_name(name).split()
                if len(words) > 1 and words[0] in blocked:
                    blocked[words[0]].add(words[1])
    name_tok: Pattern = {"IS_TITLE": True, "IS_ALPHA": True}
    particle = {"LOWER": {"IN": list(NAME_PARTICLES)}}
    any_particle = {"LOWER": {"IN": list(NAME_PARTICLES + HYPHEN_PARTICLES)}}
    segments = (
        [name_tok],  # "Abu Bakr Baghdadi"
        [particle, name_tok],  # "al Adnani"
        [any_particle, {"ORTH": "-"}, name_tok],  # "al-Adnani", "as-Suri"
    )
    by_blocked: dict[tuple[str, ...], list[str]] = {}
    for word, names in blocked.items():
        by_blocked.setdefault(tuple(sorted(names)), []).append(word)
    patterns: list[Pattern] = []
    for names, words in by_blocked.items():
        kunya = {"LOWER": {"IN": words}, "IS_TITLE": True}
        first = {**name_tok, "LOWER": {"NOT_IN": list(names)}} if names else name_tok
        for n in range(max_nisbas + 1):
            for combo in itertools.product(segments, repeat=n):
                tail = [tok for seg in combo for tok in seg]
                patterns.append({"label": PERSON_LABEL, "pattern": [kunya, first, *tail]})
    return patterns


def place_patterns() -> list[Pattern]:
    """GPE patterns for the places the kunya patterns must not take for persons."""
    return [_phrase(PLACE_LABEL, v, None) for place in KUNYA_PLACES for v in name_variants(place)]


def all_patterns(reference: Reference, tokenize: Tokenize) -> list[Pattern]:
    return [
        *place_patterns(),
        *group_patterns(reference, tokenize),
        *source_patterns(reference, tokenize),
        *named_force_patterns(reference, tokenize),
    ]


def ruler_patterns(reference: Reference, tokenize: Tokenize) -> list[Pattern]:
    """The patterns of the main entity ruler (names matched on NORM)."""
    return [p for p in all_patterns(reference, tokenize) if not p.get("acronym")]


def acronym_patterns(reference: Reference, tokenize: Tokenize) -> list[Pattern]:
    """The patterns of the acronym ruler: phrases matched case-sensitively on ORTH, so that
    "IS" is the Islamic State and "is" stays a verb. A phrase matcher, not token patterns:
    its cost does not grow with the number of acronyms."""
    return [
        {k: v for k, v in p.items() if k != "acronym"}
        for p in all_patterns(reference, tokenize)
        if p.get("acronym")
    ]


def iter_pattern_texts(patterns: Iterable[Pattern]) -> Iterator[str]:
    """The phrase texts among patterns (for tests and debugging)."""
    for p in patterns:
        if isinstance(p["pattern"], str):
            yield p["pattern"]
