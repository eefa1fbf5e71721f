"""Broad candidates, one decision: facts the specific rules did not read.

The family modules read known constructions. Published reporting words the same facts in
more ways than any list of constructions. This last family generates a candidate from every
trigger (a role noun; a killing word) and the entities near it in the dependency tree, and
keeps it when one small decision says so:

* leadership / membership: a role noun (``ROLE_WORDS``, ``MEMBER_WORDS``), a named person at
  most two dependency links from it, and an armed group at most two links from it, on the
  other side of the role (the person is not inside the group's phrase, nor the group inside
  the person's); not in a negated, conditional or reported-speech-only clause;
* death: a killing verb or noun with a named person at most two links from it as its object,
  passive subject, possessor or "of" object (the victim side), never as its subject.

A candidate the family modules already produced (same type and args) is not added again.
Every fact keeps its sentence as the quote and the clause's modality.
"""

from __future__ import annotations

from spacy.tokens import Token

from orbat.facts import modality, timing
from orbat.facts.lexicon import DEATH_NOUNS, KILL_VERBS, MEMBER_WORDS, ROLE_WORDS
from orbat.facts.resources import Resources
from orbat.facts.state import DocState

MAX_LINKS = 2
VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "poss", "pobj", "appos", "conj", "compound"})
INDEFINITE = frozenset({"a", "an", "one", "another"})
NOT_A_ROLE_HOLDER = frozenset({"official", "officials", "spokesperson"})


def _attached(a: Token, b: Token, limit: int = MAX_LINKS) -> bool:
    """One token hangs from the other, at most ``limit`` links down ("AQIM leader X": the
    group and the name hang from the role word, or the role from the name)."""
    for x, y in ((a, b), (b, a)):
        node, links = y, 0
        while node.head is not node and links < limit:
            node, links = node.head, links + 1
            if node.i == x.i:
                return True
    return False


def _path_len(a: Token, b: Token, limit: int = MAX_LINKS) -> int | None:
    """Dependency links between two tokens (up to ``limit``), or None."""
    up_a = [a, *list(a.ancestors)[:limit]]
    up_b = [b, *list(b.ancestors)[:limit]]
    best = None
    for i, x in enumerate(up_a):
        for j, y in enumerate(up_b):
            if x.i == y.i and (best is None or i + j < best):
                best = i + j
    return best if best is not None and best <= limit else None


def _named(state: DocState, tok: Token, types: set[str]) -> int | None:
    key = state.entities.at(tok)
    if key is None:
        return None
    d = state.entities.get(key)
    if d.type not in types or d.descriptive:
        return None
    return key


def _armed(state: DocState, key: int) -> bool:
    d = state.entities.get(key)
    return (d.armed or bool(d.ref)) and not d.force and not (d.ref or "").startswith("source:")


def _has(state: DocState, ftype: str, **args: int) -> bool:
    roots = {k: state.entities.root(v) for k, v in args.items()}
    for f in state.facts_of(ftype):
        if all(state.arg(f, k) is not None and state.entities.root(state.arg(f, k)) == v for k, v in roots.items()):
            return True
    return False


def extract(state: DocState, res: Resources) -> None:
    for tok in state.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"NOUN", "PROPN"} and (lemma in ROLE_WORDS or lemma in MEMBER_WORDS):
            _role(state, tok)
        elif (tok.pos_ == "VERB" and lemma in KILL_VERBS) or (tok.pos_ == "NOUN" and lemma in DEATH_NOUNS):
            _killed(state, tok)


def _role(state: DocState, role: Token) -> None:
    if role.lower_ in NOT_A_ROLE_HOLDER:
        return
    if any(state.anchors.get(f.id) == role.i for f in state.facts_of("leadership") + state.facts_of("membership")):
        return  # the specific rules already read this role word
    sent = role.sent
    people, groups = [], []
    for t in sent:
        if t.i == role.i:
            continue
        p = _named(state, t, {"person"})
        if p is not None and _attached(role, t):
            people.append((t, p))
            continue
        g = _named(state, t, {"organization"})
        if g is not None and _armed(state, g) and _attached(role, t):
            groups.append((t, g))
    people = list({p: (t, p) for t, p in people}.values())
    groups = list({g: (t, g) for t, g in groups}.values())
    if len(people) != 1 or len(groups) != 1:
        return  # one person and one group, or no decision
    (ptok, person), (gtok, group) = people[0], groups[0]
    if gtok in ptok.subtree and ptok not in gtok.subtree and gtok.dep_ not in {"poss", "compound", "pobj"}:
        return
    lemma = role.lemma_.lower()
    member = lemma in MEMBER_WORDS or any(c.lower_ in INDEFINITE for c in role.children if c.dep_ == "det")
    ftype = "membership" if member else "leadership"
    if _has(state, "leadership", person=person, organization=group) or _has(
        state, "membership", person=person, organization=group
    ):
        return
    mod = modality.of_clause(state, role.head if role.head.pos_ in {"VERB", "AUX"} else sent.root)
    if mod.skip or mod.modality in {"denied", "speculative"}:
        return
    value = ROLE_WORDS.get(lemma, role.lower_) if not member else role.lower_
    if any(c.lower_ in {"deputy", "vice"} for c in role.children):
        value = "deputy"
    state.add_fact(
        ftype,
        {"person": person, "organization": group},
        span=sent,
        anchor=role,
        attrs={"role": value},
        modality=mod.modality,
        confidence=mod.confidence - 0.15,
        attributed_to=mod.attributed_to,
        merge_on=("person", "organization"),
    )


def _killed(state: DocState, trigger: Token) -> None:
    victims = []
    for t in trigger.sent:
        if t.i == trigger.i:
            continue
        p = _named(state, t, {"person"})
        if p is None or _path_len(trigger, t) is None:
            continue
        if (t.dep_ in {"nsubj", "agent"} and t.head == trigger) or (t.dep_ == "pobj" and t.head.dep_ == "agent"):
            continue  # the killer, not the victim ("were eliminated by Shekau")
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head != trigger:
            continue  # the subject of another verb ("X is accused of planning the attack in which ... were killed")
        if t.dep_ not in VICTIM_DEPS and t.head.dep_ not in VICTIM_DEPS:
            continue
        victims.append(p)
    victims = list(dict.fromkeys(victims))
    if len(victims) != 1:
        return
    victim = victims[0]
    if _has(state, "death", person=victim):
        return
    pred = trigger if trigger.pos_ == "VERB" else (trigger.head if trigger.head.pos_ in {"VERB", "AUX"} else trigger)
    mod = modality.of_clause(state, pred)
    if mod.skip or mod.modality in {"denied", "speculative"} or modality.only_tried(pred):
        return
    state.add_fact(
        "death",
        {"person": victim},
        span=trigger.sent,
        anchor=trigger,
        time=timing.clause_time(state, pred),
        attrs={"cause": KILL_VERBS.get(trigger.lemma_.lower()) or DEATH_NOUNS.get(trigger.lemma_.lower(), "unknown")},
        modality=mod.modality,
        confidence=mod.confidence - 0.15,
        attributed_to=mod.attributed_to,
        merge_on=("person",),
    )
