"""``orbat_roles``: mark role and title words in ``doc.spans["roles"]``.

Each span's label is the role ("leader", "wali", "spokesman", "honorific", ...) and its
``kb_id_`` the canonical title ("emir" for "amir"); terms come from roles.json, plurals are
generated, the longest match wins ("Emir of the Faithful" over "Emir"). A one-word term must
be a noun or proper noun where the pipeline has a tagger ("to head" is not a title), and a
term inside a PERSON entity is part of a name ("Noor Wali Mehsud"), not a title.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from orbat.nlp.patterns import name_variants
from orbat.reference import Reference, Role

SPAN_KEY = "roles"
_NOUNS = ("NOUN", "PROPN")


def plural(term: str) -> str:
    """The plural of a title's last word: spokesman -> spokesmen, deputy -> deputies."""
    head, _, last = term.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last = last + "es"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last


class RoleTagger:
    def __init__(self, nlp: Language, name: str = "orbat_roles", *, span_key: str = SPAN_KEY):
        self.name = name
        self.nlp = nlp
        self.span_key = span_key
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.roles: dict[str, Role] = {}

    def add_roles(self, roles: list[Role] | tuple[Role, ...]) -> None:
        for role in roles:
            key = f"role:{role.term.lower()}"
            self.roles[key] = role
            texts = {v for t in (role.term, plural(role.term)) for v in name_variants(t)}
            self.matcher.add(key, [self.nlp.make_doc(t) for t in sorted(texts)])

    def add_reference(self, reference: Reference) -> None:
        self.add_roles(reference.roles)

    def __call__(self, doc: Doc) -> Doc:
        tagged = doc.has_annotation("POS")
        in_person = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        spans = []
        for match_id, start, end in self.matcher(doc):
            if tagged and end - start == 1 and doc[start].pos_ not in _NOUNS:
                continue
            if start in in_person:
                continue
            role = self.roles[self.nlp.vocab.strings[match_id]]
            spans.append(Span(doc, start, end, label=role.role, kb_id=role.title))
        doc.spans[self.span_key] = filter_spans(spans)
        return doc


@Language.factory("orbat_roles", default_config={"span_key": SPAN_KEY})
def make_role_tagger(nlp: Language, name: str, span_key: str) -> RoleTagger:
    return RoleTagger(nlp, name, span_key=span_key)
