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
  parsed as the verb's npadvmod), and a title's group read as a modifier of the name
  set off after it ("A spokesman for the Houthis, Yahya Saree, said ...").
- **A past-tense verb read as an adjective of its object** after a name the parser did not
  know: "Musa Baluku swore allegiance to the Islamic State" is parsed as one noun phrase
  ("Musa Baluku swore allegiance", "swore" an ``amod``) with no verb. When a VBD ``amod``
  stands between a run of proper nouns and the noun that heads them all, and that noun is
  the sentence's root, the verb is the root, the noun its object and the last proper noun
  its subject (also as the object of "after", "since", ...: then a clause they mark).
- **A name's description read as a second subject**: "Jiyand Baloch, the spokesman of BLA
  said ..." (no comma before "said"): the description is the name's apposition.
- **A role read as the subject of the time clause after it**: "X took over as al-Qaeda
  chief after bin Laden was killed" is parsed with "as" marking "killed" and "chief" its
  subject; after a verb's particle, "as" takes the role as its object and the clause gets
  its own subject back.
- **A time clause read as a preposition's object**: "X was appointed spokesman after his
  predecessor Y was killed" is parsed with "after" a preposition, "predecessor" its object and
  "killed" a second verb of X; a subjectless verb conjoined with the main one whose auxiliary
  follows the object right away takes that object as its subject, "after" as its mark.
- **"IS" read as the verb "is"** after a preposition ("defected to IS in 2015", "claimed by
  IS"): the acronym is a proper noun, the preposition's object; what hung on it hangs on
  the verb before. Before a verb ("IS later claimed responsibility", read as a passive's
  auxiliary): the verb's subject, or the compound of the subject that follows ("IS fighters").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from orbat.nlp.spans import tokens_where

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
FRONTED = frozenset({"prep", "advcl", "npadvmod"})
BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


class ParseRepairs:
    def __init__(self, nlp: Language, name: str = "orbat_parse_repairs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if tok.dep_ == "appos":
                _fronted_subject(tok)
            elif tok.dep_ == "amod" and tok.tag_ == "VBD":
                _verb_read_as_adjective(tok)
            elif tok.dep_ == "nsubj" and tok.tag_ in {"NN", "NNS"}:
                _description_read_as_subject(tok)
            elif tok.dep_ == "acomp" and tok.tag_ == "VBN":
                _passive_read_as_complement(tok)
            elif tok.lower_ == "as" and tok.dep_ == "mark" and tok.i > 0 and tok.nbor(-1).dep_ == "prt":
                _role_read_as_subject(tok)
            elif tok.lower_ in TIME_PREPS and tok.dep_ == "prep":
                _clause_read_as_object(tok)
            elif tok.text == "IS" and (
                tok.tag_.startswith("VB") or tok.dep_ in {"aux", "auxpass"} or any(c.dep_ in {"aux", "mark"} for c in tok.children)
            ):
                _acronym_read_as_verb(tok)
        return doc


def _passive_read_as_complement(participle: Token) -> None:
    """ "X was trapped and killed by the security forces": the participle hung on "was" as
    its complement, so "killed" (its conjunct) had no subject; it is a passive: the
    participle heads the clause, "was" its auxiliary, the subject its passive subject."""
    be = participle.head
    if be.lower_ not in BE_FORMS or be.i > participle.i:  # (no lemmas yet: they come after)
        return
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ == "conj" and c.tag_ == "VBN" for c in participle.children):
        return  # (only a coordinated pair: "was arrested and charged"; one participle stays)
    dep, head = be.dep_, be.head
    for c in list(be.children):
        if c.i != participle.i:
            c.head = participle
    subj.dep_ = "nsubjpass"
    participle.head = participle if dep == "ROOT" else head
    participle.dep_ = dep
    be.head, be.dep_ = participle, "auxpass"


# the words that open a time clause the parser may hang on the role before it
TIME_PREPS = frozenset({"after", "following", "before", "since", "when"})


def _clause_read_as_object(prep: Token) -> None:
    """ "X was appointed spokesman after his predecessor Y was killed in an airstrike": "after"
    read as a preposition with "predecessor" its object and "killed" as a second verb of X
    (so X died). When a subjectless verb conjoined with the main one starts with its
    auxiliary right after the object, the object is that verb's subject and "after" marks
    the clause."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return
    end = obj.right_edge.i
    doc = prep.doc
    if end + 1 >= len(doc) or doc[end + 1].lower_ not in BE_FORMS | {"had", "has", "have"}:
        return
    aux = doc[end + 1]
    verb = aux.head
    main = prep.head
    if (
        verb.dep_ != "conj"
        or verb.head.i != main.i
        or verb.i <= aux.i
        or aux.dep_ not in {"aux", "auxpass"}
        or any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        return
    passive = aux.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in verb.children)
    prep.head, prep.dep_ = verb, "mark"
    obj.head, obj.dep_ = verb, "nsubjpass" if passive else "nsubj"
    verb.dep_ = "advcl"
    for c in list(main.children):  # (the "and" that joined the two verbs, if any)
        if c.dep_ == "cc" and prep.i < c.i < verb.i:
            c.head = verb


def _role_read_as_subject(as_: Token) -> None:
    """ "X took over as al-Qaeda chief after bin Laden was killed": "as" read as the mark of
    "killed", "chief" as its subject and "after bin Laden" as the chief's phrase. The role
    is the object of "as" (a preposition on the verb with the particle), "after" the mark
    of the clause and "bin Laden" its subject."""
    clause = as_.head
    particle = as_.nbor(-1)
    role = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and as_.i < c.i < clause.i), None)
    if role is None or clause.i <= as_.i or particle.head.i == clause.i:
        return
    opener = next((c for c in role.children if c.dep_ == "prep" and c.lower_ in TIME_PREPS and c.i > role.i), None)
    who = next((c for c in opener.children if c.dep_ == "pobj"), None) if opener is not None else None
    if who is None:
        return
    dep = role.dep_
    verb = particle.head
    as_.head, as_.dep_ = verb, "prep"
    role.head, role.dep_ = as_, "pobj"
    opener.head, opener.dep_ = clause, "mark"
    who.head, who.dep_ = clause, dep
    clause.head, clause.dep_ = verb, "advcl"


def _description_read_as_subject(noun: Token) -> None:
    """ "Jiyand Baloch, the spokesman of BLA said ...": the name and its description both
    read as subjects of "said"; the description (a common noun phrase right after the name
    and its comma) is the name's apposition."""
    doc = noun.doc
    verb = noun.head
    start = noun.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return
    name = doc[start - 2]
    if name.head.i != verb.i or name.dep_ != "nsubj" or name.tag_ not in {"NNP", "NNPS"}:
        return
    noun.head, noun.dep_ = name, "appos"


# words after which "IS" names the Islamic State, never the verb ("defected to IS", "claimed by IS")
BEFORE_A_GROUP = frozenset({"to", "by", "of", "for", "from", "with", "against", "toward", "towards", "into", "behind"})


def _acronym_read_as_verb(acronym: Token) -> None:
    """ "X switched allegiance from al-Qaeda to IS in 2015" parsed as "to be": the acronym a
    proper noun, the object of the preposition before it. "IS later claimed responsibility",
    "IS fighters stormed the town" parsed as "is (being) claimed": the verb's subject, or
    the compound of the subject right after it."""
    doc = acronym.doc
    before = doc[acronym.i - 1] if acronym.i > 0 else None
    after = doc[acronym.i + 1] if acronym.i + 1 < len(doc) else None
    if acronym.dep_ in {"aux", "auxpass"} and acronym.head.i > acronym.i:
        verb = acronym.head
        acronym.tag_ = "NNP"
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            acronym.dep_ = "nsubj"
        elif subject.left_edge.i == acronym.i + 1 or (after is not None and subject.i == after.i):
            acronym.head, acronym.dep_ = subject, "compound"
        return  # (a subject elsewhere: only the tag was wrong)
    if before is None or before.lower_ not in BEFORE_A_GROUP:
        return
    if after is not None and after.tag_ in {"NNP", "NNPS", "NN", "NNS"}:
        return  # "to IS emir Abu Bakr al-Baghdadi": the acronym opens a longer name, left as parsed
    acronym.tag_ = "NNP"
    top = acronym.head
    if before.head.i != acronym.i or top.i == acronym.i:
        return  # the preposition hangs elsewhere (only the tag was wrong), or no head to move to
    children = [c for c in acronym.children if c.i != before.i]
    before.head, before.dep_ = top, "prep"
    acronym.head, acronym.dep_ = before, "pobj"
    for c in children:
        c.head = top


CLAUSE_MARKS = frozenset({"after", "before", "since", "until", "when", "as", "because", "once"})


def _verb_read_as_adjective(verb: Token) -> None:
    noun = verb.head
    if noun.tag_ not in {"NN", "NNS"} or noun.i != verb.i + 1:  # (tags only: no POS yet)
        return
    mark = noun.head if noun.dep_ == "pobj" and noun.head.lower_ in CLAUSE_MARKS else None
    if noun.dep_ != "ROOT" and mark is None:
        return
    names = [c for c in noun.children if c.i < verb.i and c.dep_ == "compound"]
    if not names or names[-1].i != verb.i - 1 or any(c.tag_ not in {"NNP", "NNPS"} for c in names):
        return
    if any(c.dep_ == "det" for c in noun.children):
        return  # "the wounded soldiers": a participle in a noun phrase
    subject = names[-1]
    if mark is None:
        verb.head, verb.dep_ = verb, "ROOT"
    else:  # "... after Musa Baluku swore allegiance to IS": a clause of the verb "after" hangs on
        verb.head, verb.dep_ = mark.head, "advcl"
        mark.head, mark.dep_ = verb, "mark"
    noun.head, noun.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    for name in names[:-1]:
        name.head = subject


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
        for tok in tokens_where(doc, dep=["appos", "conj", "npadvmod", "pobj"], ent_type=["PERSON"]):
            if tok.dep_ == "appos":
                _title_apposition(tok, titles)
            elif tok.dep_ == "conj":
                _listed_apposition(tok, titles)
            elif tok.dep_ == "pobj":
                _group_read_as_modifier(tok, titles)
            else:
                _object_apposition(tok)
        return doc


def _group_read_as_modifier(name: Token, titles: set[int]) -> None:
    """ "A spokesman for the Houthis, Yahya Saree, said ...": the parse makes the group a
    modifier of the name and the name the object of "for"; the group (set off from the
    name by a comma) is the object, the name the title's apposition."""
    prep = name.head
    title = prep.head
    doc = name.doc
    group = next((c for c in name.children if c.dep_ in {"nmod", "compound", "amod"} and c.ent_type_ in {"ORG", "GPE", "NORP"}
                  and c.i + 1 < name.i and doc[c.i + 1].text == ","), None)  # fmt: skip
    if group is None or prep.lower_ not in {"for", "of"} or title.i not in titles or not title.i < prep.i < group.i:
        return
    for c in list(name.children):
        if c.i < group.i and c.dep_ == "det":
            c.head = group  # "the" is the group's
    group.head, group.dep_ = prep, "pobj"
    name.head, name.dep_ = title, "appos"


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
