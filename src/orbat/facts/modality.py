"""Modality and attribution of a clause: asserted, claimed, alleged, reported,
hedged, denied or speculative, and who says it.

Read from the words around the predicate: its adverbs ("allegedly",
"reportedly", "likely"), auxiliaries ("will", "may"), the verbs it hangs from
("it appears that", "is believed to", "X said", "X denied"), "according to X"
and "translated by X" in the sentence. Families call ``of_clause`` for every
fact; ``skip`` means the clause is negated or speculative and yields no fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from orbat.facts.lexicon import ALLEGE_WORDS, DENY_WORDS, FUTURE_WORDS, HEDGE_WORDS, REPORT_WORDS, SAY_VERBS
from orbat.facts.state import DocState
from orbat.facts.syntax import negated, subject

REPORTING = {"announce", "say", "confirm", "declare", "state", "report", "tell"}
HEDGE_VERBS = {"appear", "seem", "believe", "think", "suspect", "presume", "assume"}
CONFIDENCE = {
    "asserted": 0.85,
    "claimed": 0.75,
    "reported": 0.75,
    "alleged": 0.65,
    "hedged": 0.5,
    "denied": 0.6,
    "speculative": 0.3,
}


@dataclass(frozen=True, slots=True)
class Modality:
    modality: str = "asserted"
    attributed_to: str | None = None
    skip: bool = False

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.modality]


# verbs whose to-infinitive tells what was not done
NOT_DONE_VERBS = frozenset({"refuse", "decline", "fail", "avoid", "refrain"})
# verbs whose to-infinitive tells what someone should or would do, not what was done
EXHORT_VERBS = frozenset(
    {"call", "urge", "encourage", "incite", "exhort", "ask", "order", "instruct", "threaten", "vow",
     "plan", "intend", "want", "promise", "warn"}
)


# verbs whose to-infinitive tells what was tried, not what came of it
ATTEMPT_VERBS = frozenset({"try", "attempt", "aim", "seek", "strive"})


def only_tried(verb: Token) -> bool:
    """ "US forces tried to kill X", "an airstrike that aimed to eliminate him": the deed was
    attempted; whether it happened the clause does not say."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPT_VERBS and _infinitive(verb)


def _infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# deeds a report of a future cannot have done yet ("said it will carry out more attacks")
DEED_VERBS = frozenset({"carry", "attack", "launch", "kill", "strike", "target", "bomb", "conduct", "stage", "kidnap", "abduct"})


def of_clause(state: DocState, pred: Token, *, allow_negated: bool = False) -> Modality:
    from orbat.facts.mentions import resolve_token  # local: mentions imports nothing from here

    if negated(pred) and not allow_negated:
        return Modality(skip=True)
    if _conditional_or_possible(pred):
        return Modality(modality="speculative", skip=True)
    modality = "asserted"
    attributed: str | None = None
    chain = _governing_chain(pred)
    for depth, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        for c in tok.children:
            cl = c.lower_
            if c.dep_ in {"aux", "advmod"} and depth <= 1:
                if cl in ALLEGE_WORDS:
                    modality = "alleged"
                elif cl in REPORT_WORDS:
                    modality = "reported"
                elif cl in HEDGE_WORDS and modality == "asserted":
                    modality = "hedged"
                elif cl in FUTURE_WORDS and c.dep_ == "aux" and tok.i == pred.i:
                    if not any(t.lemma_.lower() in REPORTING for t in chain[1:]) or lemma in DEED_VERBS:
                        return Modality(modality="speculative", skip=True)
                    # "announced that X would replace him": a decision reported, not a forecast
                    # ("announced that they will carry out joint attacks" is one still)
        if tok.i == pred.i:
            continue
        if lemma in NOT_DONE_VERBS and depth == 1 and _infinitive(pred):
            # "had refused to cooperate with Nusra", "failed to take the town": not done
            return Modality(modality="denied", skip=True)
        if lemma in EXHORT_VERBS and depth == 1 and _infinitive(pred):
            # "called on fighters to attack French troops", "threatened to kill the hostages":
            # an exhortation, a threat or a plan, not the deed
            return Modality(modality="speculative", skip=True)
        if lemma in HEDGE_VERBS and modality == "asserted":
            modality = "hedged"
        elif lemma in DENY_WORDS:
            modality = "denied"
        elif lemma in SAY_VERBS and attributed is None:
            who = subject(tok)
            key = resolve_token(state, who) if who is not None else None
            if key is not None:
                d = state.entities.get(key)
                attributed = d.best_name()
                if modality == "asserted":
                    modality = "claimed" if (d.armed and lemma == "claim") else "reported"
    sent = pred.sent
    for tok in _source_words(state, sent):
        if tok.lower_ == "according" and tok.i + 2 < sent.end and tok.nbor(1).lower_ == "to":
            obj = next((o for c in tok.children for o in c.children if o.dep_ == "pobj"), tok.doc[tok.i + 2])
            key = _entity_after(state, obj)
            source = state.entities.get(key).best_name() if key is not None else _phrase(obj)
            attributed = attributed or source
            if modality == "asserted":
                modality = "reported"
        if tok.lemma_ == "translate" or tok.lower_ == "translation":
            by = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if tok.lower_ == "translation":
                by = [c for c in tok.children if c.dep_ == "poss"]
            for o in by:
                key = _entity_after(state, o)
                if key is not None:
                    attributed = state.entities.get(key).best_name()
    return Modality(modality=modality, attributed_to=attributed)


def _source_words(state: DocState, sent) -> list[Token]:
    """The words of ``sent`` that name a source ("according", "translate", "translation"),
    found once per document (every clause of a sentence asks)."""
    found = state.cache.get("source_words")
    if found is None:
        found = state.cache["source_words"] = [
            t for t in state.tokens if t.lower_ in {"according", "translation"} or t.lemma_ == "translate"
        ]
    return [t for t in found if sent.start <= t.i < sent.end]


def _conditional_or_possible(pred: Token) -> bool:
    """ "said it would kill X if the army advanced" (a condition on a future deed), "Boko Haram
    may attack the town again" (a possibility ahead; "may have attacked" hedges a past one)."""
    auxes = {c.lower_ for c in pred.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & FUTURE_WORDS and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for c in pred.children
    ):
        return True
    return (
        bool(auxes & {"may", "might"})
        and pred.tag_ == "VB"
        and pred.lemma_ != "be"  # "X may be the new leader", "A might be B": a hedge on who is who
        and not auxes & {"have", "be", "been"}
    )


# deps that keep a word inside its governor's content ("says that ...", "able to mount ...");
# a relative or adverbial clause is a description, not what the governing verb asserts
CONTENT_DEPS = frozenset(
    {
        "ccomp",
        "xcomp",
        "acomp",
        "conj",
        "dobj",
        "pobj",
        "prep",
        "parataxis",
        "attr",
        "oprd",
        "pcomp",
        "advmod",
        "aux",
        "auxpass",
        "neg",
        "ROOT",
    }
)


def _governing_chain(pred: Token) -> list[Token]:
    chain = [pred]
    tok = pred
    while tok.dep_ in CONTENT_DEPS and tok.head.i != tok.i:
        tok = tok.head
        chain.append(tok)
    return chain


def _phrase(tok: Token) -> str:
    words = [t.text for t in tok.subtree if t.dep_ != "det" and not t.is_punct]
    return " ".join(words)


def _entity_after(state: DocState, tok: Token | None) -> int | None:
    if tok is None:
        return None
    key = state.entities.at(tok)
    if key is not None:
        return key
    for t in tok.subtree:
        key = state.entities.at(t)
        if key is not None:
            return key
    return None


def adjust_confidence(state: DocState) -> None:
    """Facts whose args were found through a pronoun or "the group" are less certain."""
    if not state.indirect:
        return
    table = state.entities
    for fact in state.facts:
        anchor = state.anchors.get(fact.id)
        if anchor is None:
            continue
        sent = state.sdoc[anchor].sent
        via = {table.root(k) for i, k in state.indirect.items() if sent.start <= i < sent.end}
        args = {table.root(v) for v in fact.args.values() if isinstance(v, int)}
        if via & args:
            fact.confidence = round(max(0.1, fact.confidence - 0.1), 2)
