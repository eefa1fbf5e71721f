"""``orbat_parse_repairs``: dependency arcs the small parser gets wrong in a way that turns
one fact into another, set right after the parse (before the NER and the fact rules).

- **A fronted phrase's subject read as an apposition**: "After the death of Mullah Omar,
  Akhtar Mansour became the leader" is parsed with "Akhtar Mansour" as an apposition of
  "Omar" and "became" without a subject, so the death and the name went to the wrong man.
  When a verb has no subject, a fronted phrase (prep / advcl / npadvmod) hangs off it, and
  that phrase ends in a comma and an apposition right before the verb (or its auxiliary),
  the apposition is the verb's subject.
- **A title's apposition hung on its group** (``orbat_role_appositions``, after the NER and
  ``orbat_roles``): "A spokesman for the Taliban, Zabihullah Mujahid, told ..." is parsed
  with "Mujahid" in apposition to "Taliban" ("al-Shabaab's governor in Lower Shabelle, X":
  X on the region); a PERSON apposition to a group or place that is the object of
  "for"/"of"/"in" after a title word is the title's apposition. Likewise names listed
  after such a group ("two senior figures in HTS, A and B", parsed as the group's
  conjuncts) and names after a verb's object noun ("arrested two militants, A and B",
  parsed as the verb's npadvmod).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from orbat.nlp.spans import tokens_where

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
FRONTED = frozenset({"prep", "advcl", "npadvmod"})
BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


class ParseRepairs:
    def __init__(self, nlp: Language, name: str = "orbat_parse_repairs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if tok.dep_ == "appos":
                _fronted_subject(tok)
        return doc


def _fronted_subject(appos: Token) -> None:
    doc = appos.doc
    end = appos.right_edge.i + 1
    start = appos.left_edge.i
    if end >= len(doc) or start == 0 or doc[start - 1].text != ",":
        return
    nxt = doc[end]
    verb = nxt.head if nxt.dep_ in BEFORE_VERB and nxt.head.i > nxt.i else nxt
    if not verb.tag_.startswith("VB") or any(c.dep_ in SUBJECTS for c in verb.children):
        return
    top = appos
    while top.head.i != top.i and top.head.i != verb.i:
        top = top.head
    if top.head.i != verb.i or top.dep_ not in FRONTED or top.i > appos.i:
        return
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    appos.head = verb
    appos.dep_ = "nsubjpass" if passive else "nsubj"


class RoleAppositions:
    def __init__(self, nlp: Language, name: str = "orbat_role_appositions", *, span_key: str = "roles"):
        self.name = name
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        titles = {t.i for span in doc.spans.get(self.span_key, []) for t in span}
        for tok in tokens_where(doc, dep=["appos", "conj", "npadvmod"], ent_type=["PERSON"]):
            if tok.dep_ == "appos":
                _title_apposition(tok, titles)
            elif tok.dep_ == "conj":
                _listed_apposition(tok, titles)
            else:
                _object_apposition(tok)
        return doc


def _title_apposition(appos: Token, titles: set[int]) -> None:
    group = appos.head
    prep = group.head
    title = prep.head
    if (
        group.dep_ == "pobj"
        and group.ent_type_ in {"ORG", "GPE", "LOC"}
        and prep.lower_ in {"for", "of", "in"}
        and title.i in titles
        and title.i < group.i < appos.i
    ):
        appos.head = title
    elif (
        group.dep_ == "pobj"
        and group.ent_type_ == "PERSON"
        and prep.lower_ in {"to", "of"}
        and title.lemma_.lower() in SUCCESSION_NOUNS
        and any(c.lower_ == "the" for c in title.children)
        and title.i < group.i < appos.i
    ):
        # "The successor to Abu Ibrahim, Abu al-Hassan, was named": the name set off after the
        # predecessor's is the successor's, not a second name of the predecessor
        appos.head = title


SUCCESSION_NOUNS = frozenset({"successor", "predecessor", "replacement"})


def _object_apposition(name: Token) -> None:
    """ "Police arrested two militants, Abdi Farah and Hassan Nur, in Mombasa": the parse
    hangs the names on the verb; a name right after the comma that ends the verb's object
    noun is that object's apposition."""
    doc = name.doc
    comma = name.left_edge.i - 1
    verb = name.head
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "attr"}), None)
    if (
        comma > 0
        and doc[comma].text == ","
        and obj is not None
        and obj.pos_ == "NOUN"
        and obj.right_edge.i == comma - 1
    ):
        name.head = obj
        name.dep_ = "appos"


def _listed_apposition(first: Token, titles: set[int]) -> None:
    """ "Two senior figures in Hayat Tahrir al-Sham, A and B, were arrested": the parse
    coordinates A with the group; a list of people set off by a comma right after a
    title's group is the title's apposition."""
    group = first.head
    prep = group.head
    title = prep.head
    doc = first.doc
    start = first.left_edge.i
    if (
        group.dep_ == "pobj"
        and group.ent_type_ in {"ORG", "GPE", "LOC", "NORP"}
        and prep.lower_ in {"for", "of", "in"}
        and (title.i in titles or (title.pos_ == "NOUN" and title.tag_ == "NNS"))
        and start > 0
        and doc[start - 1].text == ","
        and start - 1 == group.i + 1
        and title.i < group.i < first.i
    ):
        first.head = title
        first.dep_ = "appos"


@Language.factory("orbat_role_appositions")
def make_role_appositions(nlp: Language, name: str) -> RoleAppositions:
    return RoleAppositions(nlp, name)


@Language.factory("orbat_parse_repairs")
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs(nlp, name)
