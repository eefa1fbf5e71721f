"""Small helpers over spaCy's dependency parse, shared by the fact rules."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

# children that open a clause of their own: their words belong to another predicate
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "csubj", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def clause_tokens(pred: Token) -> set[int]:
    """Token indices of ``pred``'s own clause (nested clauses left out)."""
    out: set[int] = {pred.i}
    stack = [c for c in pred.children if not _opens_clause(c)]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        stack.extend(c for c in tok.children if not _opens_clause(c))
    return out


def _opens_clause(tok: Token) -> bool:
    if tok.dep_ == "conj":
        return tok.pos_ in {"VERB", "AUX"}
    return tok.dep_ in CLAUSE_DEPS and tok.pos_ in {"VERB", "AUX"}


def first_conjunct(tok: Token) -> Token:
    """The first of a coordination a token stands in ("the bombings of X and the abduction
    of Y": "bombings" for "abduction"); the token itself when it is not a conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


# prepositions after which a gerund shares the main clause's subject ("before leading ...")
GERUND_TIME_WORDS = {"before", "after", "since", "while", "upon", "on", "when"}


def subject(verb: Token) -> Token | None:
    """The subject of a verb; for a relative or participle clause the noun it modifies;
    for a conjoined or controlled verb its head's subject."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    last = subjects[-1] if subjects else None
    if len(subjects) > 1 and last.i < verb.i and last.left_edge.i > 0 and verb.doc[last.left_edge.i - 1].text in {",", "-", "–", "—"}:
        # "A little-known group that split from AQIM, the Jund al-Khalifa announced ...": a
        # fronted description parsed as a second subject; the one next to the verb is it (also
        # "fighters from X - a group thought to be linked to ISIL -" set off by dashes)
        return last
    if subjects:
        return subjects[0]
    if verb.dep_ in {"relcl", "acl"}:
        return verb.head
    if verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i:
        return subject(verb.head)
    if fronted_participle(verb):
        # "Founded in 2002 by Mohammed Yusuf, Boko Haram launched ..."
        return csubj_fronted_subject(verb) or subject(verb.head)
    perfect = any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "having" for c in verb.children)
    if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or perfect) and verb.head.i != verb.i and not any(
        c.dep_ == "mark" for c in verb.children
    ):
        # "X has been elected to lead the group, succeeding Y": the participle's subject is X
        # (also "X was a bomb expert, having been involved in ...")
        return subject(verb.head)
    if verb.dep_ in {"ccomp", "conj"} and verb.head.lemma_.lower() in {"believe", "think", "suspect"} and any(
        c.dep_ == "xcomp" and c.i < verb.i for c in verb.head.children
    ):
        # "Militants thought to be from al-Shabaab attacked ...": the parse makes "thought"
        # the verb; the subject of the belief is the attackers
        return subject(verb.head)
    if verb.tag_ == "VBG" and verb.dep_ in {"pcomp", "advcl"}:
        # "X served as Y's secretary before leading AQAP", "after joining the group, X ...":
        # a gerund after a time preposition has the main clause's subject
        prep = verb.head if verb.dep_ == "pcomp" else child(verb, "mark")
        main = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if (
            prep is not None
            and prep.lower_ in GERUND_TIME_WORDS
            and main.pos_ in {"VERB", "AUX"}
            and main.i != verb.i
        ):
            return subject(main)
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.i != verb.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ) and not any(c.dep_ == "mark" for c in verb.children):
        # "X rose to lead the group", "X went on to lead it": the infinitive's subject is X
        return subject(verb.head)
    return None


def fronted_participle(verb: Token) -> bool:
    """A past participle opening the sentence before its subject: "Founded in 2002 by X, Boko
    Haram ...", "Arrested in May, X was ..." (passive, its subject the main clause's)."""
    if csubj_fronted_subject(verb) is not None:
        return True
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"mark", "aux", "auxpass", "nsubj", "nsubjpass", "dobj"} for c in verb.children)
    )


def csubj_fronted_subject(verb: Token) -> Token | None:
    """The subject of the main clause when the parser made an opening participle its clausal
    subject and hung the real subject, as an apposition, on the participle's last noun:
    "Launched in 1990 by A, a teacher, and B, a militant, the Hizb-ul Mujahideen remains ..."."""
    if verb.dep_ != "csubj" or verb.tag_ != "VBN" or verb.i != verb.sent.start or verb.head.i <= verb.i:
        return None
    last = verb.right_edge
    while last.dep_ not in {"appos"} and last.head.i > last.i and last.head.i <= verb.right_edge.i:
        last = last.head  # from the last word of the phrase to its head noun
    if (
        last.dep_ != "appos"
        or last.right_edge.i + 1 != verb.head.i
        or last.left_edge.i == 0
        or verb.doc[last.left_edge.i - 1].text != ","
    ):
        return None
    return last


def secretary_general(tok: Token) -> bool:
    """ "Secretary-General" split by the tokenizer: its "General" is the post (the head of
    Hezbollah, of Kata'ib Hezbollah), no part of the name after it."""
    doc = tok.doc
    return tok.lower_ == "general" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "secretary"


def one_of_many(noun: Token) -> Token | None:
    """The one a set noun is said of: "X was one of the groups that ...", "X was among the
    groups that ..." give X for "groups"."""
    if noun.dep_ != "pobj" or noun.tag_ not in {"NNS", "NNPS"}:
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ == "attr":
        return subject(prep.head.head)
    if prep.lower_ == "among" and prep.head.lemma_ == "be":
        return subject(prep.head)
    return None


def children(tok: Token, *deps: str) -> Iterator[Token]:
    return (c for c in tok.children if c.dep_ in deps)


def child(tok: Token, *deps: str) -> Token | None:
    return next(children(tok, *deps), None)


def prep_objects(tok: Token, *preps: str) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs under ``tok``: "defected to X" -> ("to", X)."""
    for c in tok.children:
        if c.dep_ in {"prep", "agent", "dative"} and (not preps or c.lower_ in preps):
            found = False
            for o in c.children:
                if o.dep_ == "pobj" and o.tag_ not in {"VBD", "VBZ", "VBP"}:  # ("linked to ISIL - were": a misparse)
                    found = True
                    yield c.lower_, o
                    yield from ((c.lower_, x) for x in o.conjuncts)
            after = c.i + 1
            if not found and after < len(c.doc) and c.doc[after].ent_iob_ == "B":
                # a hyphenated name the parser tore apart ("the formation of Jamaat-ul-Ahrar"):
                # the preposition lost its object (or took a verb for it); the name right after it is the object
                yield c.lower_, c.doc[after]


def agent(verb: Token) -> Token | None:
    for _, obj in prep_objects(verb, "by"):
        return obj
    return None


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not"} for c in verb.children)


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.i != verb.i
        and not any(c.dep_ in {"aux", "dobj", "nsubj"} for c in verb.children)
        and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.head.children)
    ):
        return True  # "X was trapped and killed by ...": the second participle shares the passive
    if fronted_participle(verb):
        return True  # "Founded in 2002 by X, Boko Haram ..."
    # "who was killed", "Also killed in the raid was X", "X, killed by ..."
    # (a participle with a direct object is a finite verb the parser hung on a noun: "DAESH
    # militants killed at least 45 people")
    return verb.tag_ == "VBN" and (
        verb.dep_ in {"acl", "ROOT", "relcl"}
        and not any(c.dep_ in {"aux", "dobj"} for c in verb.children)
    )


LIST_PREPS = frozenset({"including", "among", "like"})


def list_members(tok: Token) -> list[Token]:
    """A phrase and everyone it lists: its conjuncts, its appositions and theirs ("four
    perpetrators, A, B, C and D"), and what follows "including" ("leaders were killed,
    including A and B"). The phrase itself comes first; no token twice."""
    out: list[Token] = []

    def add(t: Token) -> None:
        for x in (t, *t.conjuncts):
            if x not in out:
                out.append(x)

    add(tok)
    for t in list(out):
        for c in t.children:
            if c.dep_ == "appos":
                add(c)
            elif c.dep_ == "prep" and c.lower_ in LIST_PREPS:
                for o in c.children:
                    if o.dep_ == "pobj":
                        add(o)
            elif c.dep_ == "prep" and c.lower_ == "of" and t.tag_ == "NNS":
                # "three commanders of X, including A and B": the list hung on X's name
                for o in c.children:
                    if o.dep_ == "pobj" and o.pos_ == "PROPN":
                        for p in o.children:
                            if p.dep_ == "prep" and p.lower_ in LIST_PREPS:
                                for x in p.children:
                                    if x.dep_ == "pobj":
                                        add(x)
    for t in out:  # (grows) a run of names the parse chained as appositions of a later name:
        # "A, alias B, C, D, E and F" with "E" hung on "D"; "A and his deputy B"
        if t.pos_ in {"PROPN", "NOUN"} and t.i > tok.i:
            for c in t.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i:
                    add(c)
    return out


def ends_list(tok: Token) -> bool:
    """Whether a verb closes a list of names that runs through a sentence ("leaders were
    killed including: A, responsible for overseeing X, B, ... and D, the army said"): a
    clause's verb does, and so does the word opening another clause ("..., while C escaped");
    a participle inside one name's description ("overseeing") does not."""
    if tok.dep_ == "mark":
        return True
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    return not (tok.tag_ in {"VBG", "VBN", "VB"} and tok.dep_ in {"pcomp", "acl", "amod", "xcomp"})


def sentences_back(tok: Token, n: int) -> int:
    """The first token of the sentence ``n`` sentences before ``tok``'s (0 = its own), or of
    the document's first sentence when there are fewer."""
    doc, start = tok.doc, tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start
