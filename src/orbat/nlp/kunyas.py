"""``orbat_kunyas``: persons named by a kunya ("Abu Muhammad al-Adnani") -> ``PERSON``.

The kunya token patterns (``orbat.nlp.patterns.kunya_patterns``) all start at a kunya word
("Abu", "Umm"), so the matcher runs only on a short window from each such word instead of
over the whole document, as it would inside the entity ruler (where these patterns were a
tenth of the extraction time). Runs right after the entity ruler: a kunya name and a ruler
entity that overlap are settled as the ruler settles its own matches (the longest wins, so
"Abu Sayyaf Group" stays the group and "Abu Dhabi" the place).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from orbat.nlp.patterns import KUNYA_WORDS, PERSON_LABEL, kunya_patterns
from orbat.nlp.spans import tokens_where
from orbat.reference import Reference


class KunyaTagger:
    def __init__(self, nlp: Language, name: str = "orbat_kunyas"):
        self.name = name
        self.matcher = Matcher(nlp.vocab)
        self.window = 0

    def add_reference(self, reference: Reference) -> None:
        patterns = [p["pattern"] for p in kunya_patterns(reference)]
        self.matcher.add(PERSON_LABEL, patterns)
        self.window = max((len(p) for p in patterns), default=0)

    def __len__(self) -> int:
        return len(self.matcher)

    def __call__(self, doc: Doc) -> Doc:
        if not self.window:
            return doc
        found = []
        for tok in tokens_where(doc, lower=KUNYA_WORDS):
            if tok.is_title:
                found.extend(self.matcher(doc[tok.i : min(len(doc), tok.i + self.window)], as_spans=True))
        if found:
            existing = list(doc.ents)
            chosen = filter_spans([*existing, *found])
            if chosen != existing:
                doc.ents = chosen
        return doc


@Language.factory("orbat_kunyas")
def make_kunya_tagger(nlp: Language, name: str) -> KunyaTagger:
    return KunyaTagger(nlp, name)
