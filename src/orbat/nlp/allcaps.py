"""``orbat_allcaps``: an acronym inside all-caps text is a word, not a group.

The entity ruler matches acronyms case-sensitively, so "IS" is the Islamic State; in a
shouted or all-caps line ("IS IT TRUE?") it is the verb. Runs right after the ruler: an
all-upper-case entity is dropped when a neighbouring word that is not itself an entity is
all upper case too (two letters or more).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


def _shouted(tok: Token) -> bool:
    return tok.is_alpha and tok.is_upper and len(tok) >= 2 and not tok.ent_type_


class AllCapsGuard:
    def __init__(self, nlp: Language, name: str = "orbat_allcaps"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        kept = []
        for ent in doc.ents:
            upper = all(t.is_upper or not t.is_alpha for t in ent)
            before = doc[ent.start - 1] if ent.start > 0 else None
            after = doc[ent.end] if ent.end < len(doc) else None
            if upper and any(t is not None and _shouted(t) for t in (before, after)):
                continue
            kept.append(ent)
        if len(kept) != len(doc.ents):
            doc.ents = kept
        return doc


@Language.factory("orbat_allcaps")
def make_allcaps_guard(nlp: Language, name: str) -> AllCapsGuard:
    return AllCapsGuard(nlp, name)
