"""Attaching locations to facts.

Location entities are geocoded when they are built (``mentions``); here a fact
takes the most precise place named in its own clause ("in Magharamakint
village in southern Dagestan" -> the village), and a claim takes its attack's
place.
"""

from __future__ import annotations

from spacy.tokens import Token

from orbat.facts.lexicon import ATTACK_NOUNS, FORCE_HEADS
from orbat.facts.state import DocState
from orbat.facts.syntax import clause_tokens

# nouns a country name modifies as the actor ("a US raid", "Russian aircraft"), not the place
ACTOR_NOUNS = (
    set(ATTACK_NOUNS)
    | FORCE_HEADS
    | {"airstrike", "drone", "aircraft", "jet", "warplane", "operation", "official", "officials", "commando"}
)
# people a country name modifies as their nationality ("a United States serviceman", "French tourists")
NATIONAL_NOUNS = frozenset(
    {"serviceman", "servicemen", "servicemember", "citizen", "national", "tourist", "hostage", "engineer",
     "worker", "journalist", "diplomat", "soldier", "troop", "aid", "missionary"}
)  # fmt: skip
PRECISION_RANK = {"settlement": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}


def clause_place(state: DocState, pred: Token, *, extra: set[int] | None = None) -> int | None:
    """The most precise location/facility entity mentioned in ``pred``'s clause (the
    first written on a tie: "at Janaale, 90 kilometres southwest of Mogadishu")."""
    table = state.entities
    best: tuple[int, int] | None = None
    for i in sorted(clause_tokens(pred) | (extra or set())):
        key = table.at(i)
        if key is None:
            continue
        d = table.get(key)
        if d.type not in {"location", "facility"}:
            continue
        tok = state.sdoc[i]
        while tok.dep_ == "compound" and table.at(tok.head) == key:
            tok = tok.head  # "United" of "United States serviceman": the name's last word speaks for it
        if tok.dep_ in {"compound", "nmod", "amod"} and tok.head.lemma_.lower() in ACTOR_NOUNS | NATIONAL_NOUNS:
            continue  # "a US raid", "US special operations forces", "a United States serviceman": who, not where
        if _in_speech(tok, pred):
            continue  # "claimed the attack, saying it answered the embassy move to Jerusalem"
        if _describes_the_doer(tok, pred):
            continue  # "JNIM, al-Qaeda's wing in West Africa, claimed the assault in central Mali"
        if tok.dep_ == "pobj" and tok.head.lower_ in {"with", "of"} and tok.head.head.lemma_.lower() in BORDER_WORDS:
            continue  # "in western Niger, near the border with Mali": the neighbour is not where
        # a place the gazetteer does not know is most often a small one (a village)
        rank = PRECISION_RANK.get(d.geo.precision, 5) if d.geo else 0
        if best is None or rank < best[0]:
            best = (rank, key)
    return None if best is None else best[1]


def finer(state: DocState, place: int, than: int | None) -> bool:
    """Whether ``place`` is known more precisely than ``than`` (or ``than`` is unknown) and
    not somewhere else: a town of the province or country ``than`` names."""
    if than is None:
        return True
    a, b = state.entities.get(place).geo, state.entities.get(than).geo
    if a is None or b is None:
        return False
    if PRECISION_RANK.get(a.precision, 5) >= PRECISION_RANK.get(b.precision, 5):
        return False
    return a.country == b.country and (b.precision == "country" or a.admin1 == b.admin1)


BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
SPEECH_PARTICIPLES = frozenset({"say", "add", "claim", "warn", "vow", "threaten", "accuse", "describe", "call"})


def _describes_the_doer(tok: Token, pred: Token) -> bool:
    """Whether ``tok`` stands in an apposition on the clause's subject: who the doer is, not
    where the event was."""
    for anc in tok.ancestors:
        if anc.i == pred.i:
            return False
        if anc.dep_ == "appos" and anc.head.dep_ in {"nsubj", "nsubjpass"} and anc.head.head.i == pred.i:
            return True
    return False


def _in_speech(tok: Token, pred: Token) -> bool:
    """Whether ``tok`` stands in a speech participle hung on the event's clause ("...,
    saying it was a response to ..."): what the speaker says, not where the event was."""
    for anc in tok.ancestors:
        if anc.i == pred.i:
            return False
        if anc.tag_ == "VBG" and anc.lemma_.lower() in SPEECH_PARTICIPLES and anc.dep_ in {"advcl", "acl", "xcomp", "conj"}:
            return True
    return False


def lead_place(state: DocState) -> int | None:
    """The town a report opens with: the first located settlement in its first two
    sentences (the dateline's city, "in Mogadishu on Sunday")."""
    table = state.entities
    for n, sent in enumerate(state.sdoc.sents):
        if n >= 2:
            break
        for tok in sent:
            key = table.at(tok)
            if key is None:
                continue
            d = table.get(key)
            if d.type in {"location", "facility"} and d.geo is not None and d.geo.precision == "settlement":
                if _in_speech(tok, sent.root):
                    continue  # "..., saying it answered the embassy move to Jerusalem"
                return key
    return None


def attach(state: DocState) -> None:
    by_id = {f.id: f for f in state.facts}
    attacks = state.facts_of("attack")
    if attacks and all(f.location is None for f in attacks) and len(attacks) == 1:
        # a report of one attack that never names its place in the attack's own clause:
        # the town the report opens with
        attacks[0].location = lead_place(state)
    for fact in state.facts_of("claim"):
        attack = by_id.get(str(fact.args.get("attack")))
        if fact.location is None and attack is not None:
            fact.location = attack.location
