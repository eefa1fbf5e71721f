"""``orbat_forces``: tag state security forces as ``FORCE`` entities.

    Russian forces / the Russian army / Nigerian troops   -> FORCE, ent_id_ "force:ru" / "force:ng"
    Russia's army / Pakistan's military                  -> FORCE, "force:ru" / "force:pk"
    a US drone strike / Russian airstrikes                -> FORCE, "force:us" / "force:ru"
    security forces / the army / troops / police         -> FORCE, "force:unspecified"

Named bodies (FSB, IDF, the US-led coalition) are entity-ruler patterns (forces.json
``named``). Head words ("forces", "army", "drone strike") are found with a PhraseMatcher;
the words before a head are then read as a demonym ("Russian", "South African") or a
country's possessive ("Russia's"); demonyms must not be written in lower case ("us forces"
is not US forces). Runs after the entity ruler and before ``ner``; an entity the ruler set
wins over a force span that overlaps it ("Houthi forces" stays the group Houthis).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from orbat.nlp.spans import merge_ents
from orbat.reference import Reference

LABEL = "FORCE"
UNSPECIFIED = "force:unspecified"
MAX_LEAD = 3  # tokens in a demonym or country name ("Central African", "U.S.")
_NOUNS = ("NOUN", "PROPN")


class ForceTagger:
    def __init__(self, nlp: Language, name: str = "orbat_forces"):
        self.name = name
        self.nlp = nlp
        self.heads = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.demonyms: dict[str, str] = {}  # "south african" -> "ZA"
        self.countries: dict[str, str] = {}  # "russia" -> "RU"
        self.unspecified: set[str] = set()  # head phrases that stand alone ("security forces")

    def _key(self, text: str) -> str:
        return " ".join(t.lower_ for t in self.nlp.make_doc(text))

    def add_reference(self, reference: Reference) -> None:
        vocab = reference.force_vocabulary
        for code, demonyms in vocab.demonyms.items():
            self.demonyms.update({self._key(d): code for d in demonyms})
        for code, names in vocab.country_names.items():
            self.countries.update({self._key(n): code for n in names})
        self.unspecified = {self._key(p) for p in (*vocab.unspecified, *vocab.strikes)}
        phrases = sorted({*vocab.heads, *vocab.strikes, *vocab.unspecified})
        self.heads.add("head", [self.nlp.make_doc(p) for p in phrases])

    def __len__(self) -> int:
        return len(self.heads)

    def __call__(self, doc: Doc) -> Doc:
        tagged = doc.has_annotation("POS")
        spans = []
        for _, start, end in self.heads(doc):
            found = self._country_before(doc, start)
            if found is not None:
                lead, code = found
                spans.append(Span(doc, lead, end, label=LABEL, span_id=f"force:{code.lower()}"))
                continue
            head = " ".join(t.lower_ for t in doc[start:end])
            if head not in self.unspecified:
                continue
            if tagged and end - start == 1 and doc[start].pos_ not in _NOUNS:
                continue  # "a military operation"
            if start > 0 and doc[start - 1].ent_type_ == "ORG" and doc[start - 1].ent_id_:
                continue  # "the Houthi military", "al-Shabaab forces": a known group's own men
            spans.append(Span(doc, start, end, label=LABEL, span_id=UNSPECIFIED))
        merge_ents(doc, spans, override=False)
        return doc

    def _country_before(self, doc: Doc, start: int) -> tuple[int, str] | None:
        """(first token, ISO2) of a demonym or "<country>'s" right before ``start``."""
        possessive = start > 0 and doc[start - 1].norm_ == "'s"
        end = start - 1 if possessive else start
        table = self.countries if possessive else self.demonyms
        for size in range(MAX_LEAD, 0, -1):
            lead = end - size
            if lead < 0:
                continue
            words = doc[lead:end]
            if words[0].is_lower:
                continue
            code = table.get(" ".join(t.lower_ for t in words))
            if code is not None:
                return lead, code
        return None


@Language.factory("orbat_forces")
def make_force_tagger(nlp: Language, name: str) -> ForceTagger:
    return ForceTagger(nlp, name)
