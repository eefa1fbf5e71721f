"""``orbat_person_names``: a name once tagged PERSON stays a person in the same document.

The statistical NER tags "Magomed Suleimanov" PERSON but a later bare "Suleimanov" GPE, or
"Qadari" ORG after "Abu Muhammad al Qadari". Runs after ``ner``: every part of a PERSON
entity that looks like a surname or nisba (title case, not a particle or kunya word) is
remembered; later entities without an ``ent_id_`` whose text is one such part become PERSON,
and so do untagged proper-noun tokens equal to one. A PERSON entity also takes in an untagged
title-case proper noun right before it ("Rustam" in "that Qadari is Rustam Asilderov"),
unless that word is a title ("Emir", "Sheikh").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from orbat.nlp.patterns import CALENDAR_WORDS, HYPHEN_PARTICLES, KUNYA_WORDS, NAME_PARTICLES, NOT_A_GIVEN_NAME
from orbat.text import normalize_name

LABEL = "PERSON"
RELABEL = ("GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART")
_SKIP = set(KUNYA_WORDS) | set(NAME_PARTICLES) | set(HYPHEN_PARTICLES)


def name_parts(span: Span) -> set[str]:
    """The normalised parts of a person name that can stand alone for it."""
    parts = set()
    for tok in span:
        key = normalize_name(tok.text)
        if tok.is_title and len(key) >= 4 and key not in _SKIP:
            parts.add(key)
    return parts


def _core(span: Span) -> str:
    """A span's name without a possessive and leading particle: "al Qadari's" -> "qadari"."""
    words = [w for w in normalize_name(span.text).split() if w not in ("s", "the")]
    while words and words[0] in _SKIP:
        words = words[1:]
    return " ".join(words)


def _given_name(tok, *, before_kunya: bool = False) -> bool:
    """A given name before a PERSON entity; at a sentence start only before a kunya
    ("Ali Abu Muhammad al Dagestani was killed"), where a capital says little otherwise."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and (before_kunya or not tok.is_sent_start)
        and tok.lower_ not in NOT_A_GIVEN_NAME
        and tok.lower_ not in CALENDAR_WORDS
        and tok.lower_ not in _SKIP
    )


class PersonNames:
    def __init__(self, nlp: Language, name: str = "orbat_person_names"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        known: set[str] = set()
        for ent in doc.ents:
            if ent.label_ == LABEL:
                known |= name_parts(ent)
        if not known:
            return doc
        changed = False
        ents = []
        for ent in doc.ents:
            if ent.label_ in RELABEL and not ent.ent_id_ and _core(ent) in known:
                ent = Span(doc, ent.start, ent.end, label=LABEL)
                changed = True
            ents.append(ent)
        taken = {i for e in ents for i in range(e.start, e.end)}
        for tok in doc:
            if (
                tok.i not in taken
                and tok.pos_ == "PROPN"
                and tok.is_title
                and normalize_name(tok.text) in known
            ):
                ents.append(Span(doc, tok.i, tok.i + 1, label=LABEL))
                changed = True
        ents.sort(key=lambda s: s.start)
        for n, ent in enumerate(ents):
            before = ent.start - 1
            kunya = ent[0].lower_ in KUNYA_WORDS
            if (
                ent.label_ == LABEL
                and before >= 0
                and before not in taken
                and _given_name(doc[before], before_kunya=kunya)
            ):
                ents[n] = Span(doc, before, ent.end, label=LABEL)
                changed = True
        if changed:
            # an extension can reach a token another new span took: keep the longest
            doc.ents = filter_spans(ents)
        return doc


@Language.factory("orbat_person_names")
def make_person_names(nlp: Language, name: str) -> PersonNames:
    return PersonNames(nlp, name)
