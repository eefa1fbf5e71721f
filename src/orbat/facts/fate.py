"""Deaths and captures.

    "Russian forces killed ICE's emir, Magomed Suleimanov, in August"  (active: object dies)
    "Suleimanov was killed by Russian forces"; "..., who was killed by ..." (passive)
    "Also killed in the raid was the jihadist selected to lead ..."  (same raid as before)
    "Doku Umarov perished sometime in late 2013"; "X died"  (cause died)
    "the death of X", "X's death"  (cause unknown)
    "X was arrested by Y"  (capture)

Victims must be people: a named person, or a described one ("the jihadist
selected to lead ...", "four of his associates"); counts of soldiers are
casualties of an attack, not deaths.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from orbat.dates import may_coincide
from orbat.facts import modality, places, timing
from orbat.facts.lexicon import (
    CAPTURE_VERBS,
    DEATH_NOUNS,
    DENY_WORDS,
    DIE_VERBS,
    KILL_VERBS,
    PEOPLE_HEADS,
    REFLEXIVES,
    SAY_VERBS,
)
from orbat.facts.mentions import descriptive, nearest, resolve_token
from orbat.facts.resources import Resources
from orbat.facts.state import DocState, name_key, times_apart
from orbat.facts.syntax import (
    LIST_PREPS,
    agent,
    child,
    children,
    ends_list,
    is_passive,
    list_members,
    negated,
    prep_objects,
    subject,
)
from orbat.model import Fact, TimeSpan
from orbat.nlp.persons import PERSON_RELATIONS
from orbat.quantities import parse_quantity

STRIKE_WORDS = {
    "strike": None,
    "airstrike": None,
    "raid": "raid",
    "bombing": "bombing",
    "attack": None,
    "ambush": "raid",
    "operation": "operation",
    "shelling": "rocket",
}
QUANTITY_HEADS = {"dozen", "dozens", "several", "scores", "hundreds", "number", "some", "many"}
CAPTIVE_HEADS = {"cleric", "commander", "official", "loyalist", "suspect", "supporter", "preacher", "attacker",
                 "assailant", "perpetrator", "bomber", "kidnapper", "gunman"}  # fmt: skip
SAME_EVENT_WORDS = {"raid", "operation", "strike", "attack", "clash", "shootout", "assault"}
# "shot to death", "stabbed to death", "beaten to death by a mob"
TO_DEATH_VERBS = {"shoot", "stab", "beat", "hack", "burn", "stone", "club", "bludgeon", "torture", "starve", "crush"}


def extract(state: DocState, res: Resources) -> None:
    for tok in state.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
            if (
                lemma in KILL_VERBS
                or (lemma == "shoot" and any(c.lower_ == "dead" for c in tok.children))
                or (lemma == "shoot" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "dead")  # "shot dead X"
                or (lemma == "gun" and any(c.lower_ == "down" for c in tok.children))  # "were gunned down"
                or (lemma in TO_DEATH_VERBS and any(o.lower_ == "death" for _, o in prep_objects(tok, "to")))
            ):
                _transitive(state, tok, "death", {"cause": KILL_VERBS.get(lemma, "killed")})
            elif lemma == "surrender" and child(tok, "dobj") is None:
                _surrendered(state, tok)
            elif lemma in CAPTURE_VERBS:
                _transitive(state, tok, "capture", {"kind": CAPTURE_VERBS[lemma]})
            elif lemma == "take" and any(o.lower_ == "custody" for _, o in prep_objects(tok, "into")):
                _transitive(state, tok, "capture", {"kind": "arrested"})  # "X was taken into custody"
            elif lemma in {"be", "remain"} and any(o.lower_ == "custody" for _, o in prep_objects(tok, "in")):
                _in_custody(state, tok)  # "A and B are already in the forces' custody"
            elif lemma == "pick" and _particle(tok, "up") and is_passive(tok) and _by_force(state, tok):
                _transitive(state, tok, "capture", {"kind": "arrested"})  # "X was picked up by security agents"
            elif (
                (lemma == "turn" and _particle(tok, "in"))
                or (lemma == "hand" and _particle(tok, "over"))
                or (lemma == "give" and _particle(tok, "up"))
            ) and any(c.lower_ in REFLEXIVES for c in tok.children):
                _surrendered(state, tok)  # "X turned himself in (handed himself over, gave himself up)"
            elif lemma in KIDNAP_VERBS:
                _kidnapping(state, tok)
            elif (
                lemma in DIE_VERBS
                or (lemma == "lose" and any(c.dep_ == "dobj" and c.lower_ == "life" for c in tok.children))
                or (lemma in MARTYRDOM_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() == "martyrdom" for c in tok.children))
            ):
                _died(state, tok)  # "X died", "X lost his life in a strike", "X embraced martyrdom"
        elif tok.pos_ == "NOUN" and lemma in DEATH_NOUNS:
            _fate_noun(state, tok, "death", {"cause": DEATH_NOUNS[lemma]})
        elif tok.pos_ == "NOUN" and lemma in CAPTURE_NOUNS:
            _fate_noun(state, tok, "capture", {"kind": CAPTURE_NOUNS[lemma]})
        elif tok.lower_ == "dead" and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
            _is_dead(state, tok.head)
        elif tok.lower_ == "dead" and tok.dep_ in {"oprd", "acomp", "xcomp"} and tok.head.lemma_.lower() in DECLARED_DEAD:
            _declared_dead(state, tok.head)
        if tok.lower_ in SLAIN_WORDS and tok.dep_ in {"amod", "compound"}:
            _slain(state, tok)
        if lemma in BODY_NOUNS and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in BODY_VERBS:
            _body_found(state, tok)
        if tok.lower_ == "among" and tok.head.lemma_ == "be" and (_the_dead(tok) is not None or _killed_ones(tok)):
            _among_the_dead(state, tok.head)
        elif tok.dep_ == "nsubj" and tok.head.lemma_ in {"be", "include"} and _names_the_dead(tok):
            _the_dead_named(state, tok.head)
        elif tok.dep_ in {"nsubj", "nsubjpass"} and _one_killed(tok) and (named_by := _naming_copula(tok.head)) is not None:
            _one_killed_named(state, tok, named_by)
    _described_members(state)


# "20 terror suspects linked to the JAD", "fighters belonging to al-Shabaab"
LINK_PARTICIPLES = {"link": ("to", "with"), "belong": ("to",), "affiliate": ("with", "to"), "tie": ("to",), "associate": ("with",),
                    "connect": ("to", "with"), "loyal": ("to",)}  # fmt: skip


def _described_members(state: DocState) -> None:
    """People killed or arrested whom the text describes as linked to an armed group ("the
    police arrested 20 terror suspects linked to the JAD") were its members."""
    for fact in state.facts_of("death") + state.facts_of("capture"):
        key = state.arg(fact, "person")
        d = state.entities.get(key) if key is not None else None
        if d is None or d.type not in {"person", "group_of_people"} or not d.mentions:
            continue
        start, end = d.mentions[0]
        head = state.sdoc[start:end].root
        if not d.descriptive:
            # "police arrested A and B, two fighters linked to the Islamic State": the
            # description set off after the name (or after the list it ends)
            first = head.head if head.dep_ == "conj" else head
            described = next((c for c in (*head.children, *first.children) if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
            if described is None and first.dep_ == "dobj":
                # (the parse may make the description a second object of the verb)
                described = next((c for c in first.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > head.i
                                  and c.left_edge.i > 0 and state.sdoc[c.left_edge.i - 1].text == ","), None)  # fmt: skip
            if described is None:
                continue
            head = described
        group = next(
            (g for c in head.children if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in LINK_PARTICIPLES
             for _, o in prep_objects(c, *LINK_PARTICIPLES[c.lemma_.lower()])
             if (g := resolve_token(state, o)) is not None and state.entities.get(g).armed and not state.entities.get(g).force),
            None,
        )  # fmt: skip
        if group is None:
            continue
        state.add_fact(
            "membership",
            {"person": key, "organization": group},
            span=head.sent,
            anchor=head,
            modality=fact.modality,
            confidence=round(fact.confidence - 0.1, 2),
        )


# a group's people, counted among the dead when the phrase names the group ("two senior ISWAP
# commanders", "ten other members of the group", "a senior al-Qaeda leader")
CADRE_HEADS = {"commander", "fighter", "member", "leader", "operative", "official", "lieutenant"}


def _of_a_group(state: DocState, tok: Token) -> bool:
    """Whether a people phrase names the armed group they belong to: a compound or possessive
    group, or "of" the group."""
    owners = [c for c in tok.children if c.dep_ in {"compound", "poss", "nmod"}]
    owners += [o for _, o in prep_objects(tok, "of")]
    for owner in owners:
        key = resolve_token(state, owner)
        if key is not None and state.entities.get(key).type == "organization" and not state.entities.get(key).force:
            return True
    return False


def _names_follow(tok: Token) -> bool:
    """ "four ISIS leaders were killed, including A and B": the named ones are the deaths."""
    return any(t.lower_ == "including" for t in tok.doc[tok.i : tok.sent.end])


DOER_HEADS = {"gunman", "attacker", "assailant", "bomber", "hostage-taker"}  # who did the attack told
MILITANT_HEADS = {
    "militant", "jihadist", "terrorist", "bomber", "attacker", "assailant", "gunman", "insurgent", "extremist",
}  # fmt: skip


def _speaker_of(state: DocState, tok: Token) -> int | None:
    """The person whose words a clause is (the subject of the saying verb above it), or None."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in SAY_VERBS | {"confirm"}:
            if is_passive(anc):
                return None  # "who was reported to be a judge before his assassination": no speaker
            who = subject(anc)
            return _person_meant(state, who) if who is not None and who.i != tok.i else None
    return None


def _person_meant(state: DocState, tok: Token | None) -> int | None:
    """The person ``tok`` stands for, or None (a group, a place, no one)."""
    key = resolve_token(state, tok) if tok is not None else None
    return key if key is not None and state.entities.get(key).type == "person" else None


def _quote_goes_on(state: DocState, tok: Token) -> int | None:
    """ '"Under al-Rimi, AQAP ...," Trump said. "His death further degrades AQAP ..."': the
    man whose quote a sentence opening with a quotation mark and saying no one spoke goes on."""
    sent = tok.sent
    if sent.start == 0 or sent[0].text not in {'"', "\u201c"} or any(t.lemma_.lower() in SAY_VERBS for t in sent):
        return None
    before = state.sdoc[sent.start - 1].sent
    say = next((t for t in before if t.lemma_.lower() in SAY_VERBS and t.pos_ == "VERB"), None)
    if say is None or before[0].text not in {'"', "\u201c"}:
        return None
    return _person_meant(state, subject(say))


def victim_entity(state: DocState, tok: Token, *, capture: bool = False) -> int | None:
    """The person (or described people) a victim phrase names, or None."""
    if (
        tok.lemma_.lower() in PERSON_RELATIONS
        and state.entities.at(tok) is None
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    ):
        # "A, the nephew of B, was killed": the apposition describes A; "the son of B was
        # arrested": the son, not B
        return None if tok.dep_ == "appos" or tok.tag_ != "NN" else descriptive(state, tok, "person")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PERSON_RELATIONS:
        return None  # B in "A, the nephew of B": a relative named to say who A is
    if capture and tok.lemma_.lower() in {"group", "number", "handful"} and state.entities.at(tok) is None:
        # "captured a group of Yemeni soldiers": the soldiers, counted by "a group of"
        of = next((o for _, o in prep_objects(tok, "of")), None)
        if of is not None and of.tag_ == "NNS":
            key = resolve_token(state, of)
            if (key is not None and state.entities.get(key).force) or of.lemma_.lower() in PEOPLE_HEADS | CAPTIVE_HEADS:
                return descriptive(state, tok, "group_of_people", name=_counted_name(of, tok))
    key = resolve_token(state, tok)
    if (
        capture
        and tok.tag_ == "NN"
        and tok.dep_ != "appos"  # "Abu Ali, an ISWAP commander, was captured": Abu Ali
        and tok.lemma_.lower() in PEOPLE_HEADS | CAPTIVE_HEADS
        and (
            (
                any(c.lower_ in {"a", "an"} for c in tok.children)
                and any(
                    c.dep_ == "compound" and (k := state.entities.at(c)) is not None and state.entities.get(k).armed
                    for c in tok.children
                )
            )
            or any(c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children)  # "one gunman captured"
        )
    ):
        # "the army captured a Boko Haram commander": one man of the group, described
        return descriptive(state, tok, "person", name=_counted_name(tok))
    if (
        capture
        and key is not None
        and state.entities.get(key).force
        and tok.tag_ == "NNS"
        and any(c.dep_ == "nummod" or c.lower_ in {"several", "dozens", "some"} for c in tok.children)
    ):
        # "al-Shabaab captured two Kenyan soldiers": the men taken, not the force they serve in
        return descriptive(state, tok, "group_of_people", name=_counted_name(tok))
    if key is not None and not capture and tok.pos_ == "PRON" and (
        key == _speaker_of(state, tok) or key == _quote_goes_on(state, tok)
    ):
        # "Trump announced al-Rimi's death, saying he had been killed": no speaker tells of
        # his own death; the man named before him is meant
        key = nearest(state, tok.i, {"person"}, exclude=key)
    if key is not None:
        return key if state.entities.get(key).type in {"person", "group_of_people"} else None
    lemma = tok.lemma_.lower()
    if (
        lemma in PEOPLE_HEADS
        and tok.tag_ == "NN"
        and any(c.dep_ in {"acl", "relcl", "poss"} for c in tok.children)
    ):
        return descriptive(state, tok, "person")
    if capture and tok.tag_ == "NNS" and lemma in PEOPLE_HEADS | CAPTIVE_HEADS:
        # "detained several clerics and commanders loyal to al Qaeda"
        if any(
            c.dep_ in {"amod", "det", "nummod"} and c.lower_ not in {"the", "these", "those"}
            for c in tok.children
        ):
            return descriptive(state, tok, "group_of_people")
    if (
        not capture
        and (
            lemma in MILITANT_HEADS
            or (lemma in {"fighter", "rebel"} and tok.dep_ == "nsubjpass")  # "Two other fighters were killed"
            or (lemma in CADRE_HEADS and tok.tag_ == "NNS" and _of_a_group(state, tok) and not _names_follow(tok))
        )
        and any(c.dep_ in {"nummod", "amod", "det"} and c.lower_ not in {"the", "these", "those", "this", "that"} for c in tok.children)
        and (tok.tag_ == "NNS" or any(c.lower_ == "suspected" for c in tok.children))
    ):
        # "three suicide bombers were gunned down", "Several terrorists were killed", "shot
        # dead a suspected jihadist": the militants killed, described (soldiers and civilians
        # killed in an attack are its toll, not deaths of their own)
        # "three suicide bombers", without what follows
        return descriptive(state, tok, "group_of_people" if tok.tag_ == "NNS" else "person", name=_counted_name(tok))
    if (
        not capture
        and lemma in CADRE_HEADS
        and tok.tag_ == "NN"
        and any(c.lower_ in {"a", "an"} for c in tok.children)
        and _of_a_group(state, tok)
        and not any(c.dep_ == "appos" for c in tok.children)
    ):
        # "a US strike killed a senior al-Shabaab commander": one man of the group, described,
        # kept only if a later sentence names him ("the Pentagon named him as X": he is X;
        # aliases.fold_identifications)
        key = descriptive(state, tok, "person", name=_counted_name(tok))
        state.cache.setdefault("to_be_named", set()).add(key)
        return key
    if (
        not capture
        and lemma in DOER_HEADS
        and any(c.lower_ == "the" for c in tok.children)
        and any(state.arg(a, "perpetrator") is not None for a in state.facts_of("attack"))
    ):
        # "the gunmen are dead", "eliminating all the attackers": the doers of the story's
        # attack (not "the militants", most often the group itself) - the man it names when
        # one is its doer, and one described party however often told ("the gunmen ... the
        # assailants who were holed up there")
        plural = tok.tag_ == "NNS"
        named = {k for a in state.facts_of("attack") if (k := state.arg(a, "perpetrator")) is not None
                 and state.entities.get(k).type == "person" and not state.entities.get(k).descriptive}  # fmt: skip
        if not plural and len(named) == 1:
            return named.pop()
        told = state.cache.setdefault("story_doers", {})
        if plural not in told:
            short = [c.text for c in tok.lefts if c.dep_ in {"det", "predet", "amod", "nummod", "compound"}]
            told[plural] = descriptive(state, tok, "group_of_people" if plural else "person", name=" ".join([*short, tok.text]))
        return told[plural]
    if tok.like_num or tok.pos_ == "NUM" or lemma in QUANTITY_HEADS:
        # "four of Asilderov's associates"; (captures) "dozens of commanders"
        for _, obj in prep_objects(tok, "of"):
            heads = PEOPLE_HEADS | CAPTIVE_HEADS if capture else PEOPLE_HEADS
            if obj.lemma_.lower() in heads and (capture or any(c.dep_ == "poss" for c in obj.children)):
                return descriptive(state, tok, "group_of_people")
    return None


def _victims(verb: Token) -> list[Token]:
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "among":
        # "X was among more than 45 jihadists killed in the operation"
        be = verb.head.head.head
        if be.lemma_ == "be" and verb.head.lower_ not in {"those", "them"}:
            who = child(be, "nsubj")
            named = [] if who is None else list_members(who)
            # ... and the militants counted, a death of their own ("more than 45 jihadists")
            return named + [verb.head] if named and verb.head.lemma_.lower() in MILITANT_HEADS else named
    among = verb.head.head
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and among.lower_ == "among" and among.head.lemma_ == "be":
        # "A, B and C were among the ones who were killed in the blast"
        who = child(among.head, "nsubj")
        return [] if who is None else list_members(who)
    one = verb.head.head.head  # "Kuno was one of 16 people killed in an overnight raid"
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of" and one.lower_ == "one":
        who = child(one.head, "nsubj") if one.head.lemma_ == "be" else None
        return [] if who is None else [who]
    if verb.dep_ == "acl" and verb.head.lower_ in {"those", "them"} and verb.head.dep_ == "pobj":
        # "Among those arrested were X and Y"
        be = verb.head.head.head
        who = child(be, "attr", "nsubj") if be.lemma_ == "be" else None
        return [] if who is None else [who, *who.conjuncts]
    if is_passive(verb):
        who = subject(verb)
        if who is None or (who.dep_ not in {"nsubjpass", "nsubj"} and verb.dep_ not in {"relcl", "acl"}):
            # "Also killed in the raid was X": X hangs from the auxiliary
            for aux in children(verb, "auxpass", "aux"):
                who = child(aux, "attr", "nsubj") or who
            who = who or child(verb, "attr")
    else:
        who = child(verb, "dobj")
        if who is None and verb.dep_ == "xcomp":
            return []
    if who is None:
        return []
    listed = list_members(who)
    if not is_passive(verb):
        # "killed A in 2017 and B in 2019": the second object stands gapped, hung on the verb
        listed += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > who.i and c not in listed]
        # "killed al-Qaeda's then second-in-command, A, in 2017, the first leader of ISIL, B, in
        # 2019, ...": a list however the parser split it
        listed += [x for x in _dated_names(verb) if all(x.i != t.i for t in listed)]
    for c in verb.children:
        # "four ISIS leaders were killed, including: A, B and C"
        if c.dep_ == "prep" and c.lower_ in LIST_PREPS:
            listed += [x for o in c.children if o.dep_ == "pobj" for x in list_members(o) if x not in listed]
    if is_passive(verb):
        listed += [x for x in _companions(verb) if x not in listed]  # "X was killed along with A and B"
    listed += [x for x in _dashed_names(who, verb) if x not in listed]
    return listed


def _dated_names(verb: Token) -> list[Token]:
    """ "killed A, in 2017, the first leader of ISIL, B, in 2019, and his successor, C, in
    February": the names (their last tokens) written each right before ", in DATE" after the
    verb, up to another verb - two or more of them, however the parser hung the list."""
    doc, names = verb.doc, []
    for tok in doc[verb.i + 1 : verb.sent.end - 3]:
        if tok.pos_ in {"VERB", "AUX"}:
            break
        if tok.ent_type_ == "PERSON" and _dated_after(tok):
            names.append(tok)
    return names if len(names) >= 2 else []


def _dated_after(tok: Token) -> bool:
    """ "B, in 2019": a name ended by a comma and a date."""
    doc = tok.doc
    return (
        tok.i + 3 < len(doc)
        and doc[tok.i + 1].ent_iob_ != "I"
        and doc[tok.i + 1].text == ","
        and doc[tok.i + 2].lower_ in {"in", "on"}
        and doc[tok.i + 3].ent_type_ == "DATE"
    )


def _list_mark(tok: Token) -> bool:
    """A dash or colon opening a list (texts may carry dashes as hyphens), or "including"."""
    return tok.text in {"—", "–", ":", "including"} or (tok.tag_ == ":" and tok.text in {"-", "--"})


def _dashed_names(who: Token, verb: Token) -> list[Token]:
    """ "Four perpetrators — A, B, C and D — were detained", "leaders were killed, including:
    A, responsible for ..., B, ...": every person named in the list, however the parser hung
    the names (the last token of each name)."""
    doc = who.doc
    start = end = None
    if who.i < verb.i:
        # a plural noun and a dash or colon opening the subject: the list runs to the verb
        opener = next((t for t in doc[who.sent.start : verb.i - 1] if t.tag_ == "NNS" and _list_mark(doc[t.i + 1])), None)
        if opener is not None:
            start, end = opener.i + 1, verb.i
    if start is None:
        # "... were killed including: A, B and C": the list runs to the next verb
        near = next((t for t in doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)] if _list_mark(t)), None)
        if near is None or who.tag_ != "NNS":
            return []
        start, end = near.i, verb.sent.end
    names: list[Token] = []
    for tok in doc[start + 1 : end]:
        if ends_list(tok) and tok.i > verb.i:
            break
        if tok.ent_type_ == "PERSON" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I"):
            names.append(tok)
    return names


def _named_before_aux(state: DocState, verb: Token) -> Token | None:
    """The person named right before a passive verb's auxiliary ("..., Y, was captured")."""
    i = verb.i - 1
    while i > verb.sent.start and (state.sdoc[i].dep_ in {"aux", "auxpass", "neg", "advmod"} or state.sdoc[i].is_punct):
        i -= 1
    key = state.entities.at(i)
    return state.sdoc[i] if key is not None and state.entities.get(key).type == "person" else None


def _transitive(state: DocState, verb: Token, ftype: str, attrs: dict) -> None:
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    if modality.only_tried(verb):
        return  # "tried to kill X": an attempt, no death or capture
    passive = is_passive(verb)
    doer = agent(verb) if passive else subject(verb)
    doer_key = resolve_token(state, doer) if doer is not None else None
    if doer_key is None and doer is not None and doer.tag_ == "NNS" and doer.lemma_.lower() in PEOPLE_HEADS:
        # "AQAP fighters captured ...", "al-Shabaab militants killed ...": the group's men
        doer_key = next(
            (k for c in doer.children if c.dep_ in {"compound", "poss", "amod", "nmod"} and (k := state.entities.at(c)) is not None
             and state.entities.get(k).armed and not state.entities.get(k).force),
            None,
        )  # fmt: skip
    if doer_key is not None and state.entities.get(doer_key).type not in {
        "organization",
        "person",
        "group_of_people",
    }:
        doer_key = None
    time = timing.clause_time(state, verb)
    where = places.clause_place(state, verb)
    confidence = mod.confidence
    if not passive and doer_key is None and doer is not None and doer.pos_ == "PRON":
        return
    victims = _victims(verb)
    named = _named_before_aux(state, verb) if passive else None
    subj = subject(verb) if passive else None
    listed = [t for t in victims if t is not subj and state.entities.at(t) is not None]
    if named is not None and subj is not None and subj.i < named.i and state.entities.at(subj) is None and not listed:
        # "X as the group's Caliph, after his predecessor, Y, was captured" parsed with "Caliph"
        # as the subject: the man named right before "was captured" is the one captured
        victims = [named]
    if passive and not any(victim_entity(state, t) is not None for t in victims):
        # "... after his predecessor Ahmed Abdi Godane was killed by ..." parsed without a
        # subject: the person named right before the auxiliary
        i = verb.i - 1
        while i > verb.sent.start and (
            state.sdoc[i].dep_ in {"aux", "auxpass", "neg", "advmod"} or state.sdoc[i].is_punct
        ):
            i -= 1
        key = state.entities.at(i)
        if key is not None and state.entities.get(key).type == "person":
            victims = [state.sdoc[i]]
    victims = victims + _named_after_including(state, victims)
    after = sorted(t.i for t in victims)
    for tok in victims:
        victim = victim_entity(state, tok, capture=ftype == "capture")
        if len(victims) > 1:
            # "killed A in 2017 and B in 2019": each the date written right after him
            until = next((i for i in after if i > tok.i), verb.sent.end)
            on = {verb.i, tok.i}
            if _dated_after(tok):
                on.add(tok.nbor(2).head.i)  # "B, in 2019", however "in" was hung
            time = timing.date_between(state, tok.i + 1, until, on) or timing.clause_time(state, verb)
        own = victim == doer_key and ftype == "death" and tok.lower_ in REFLEXIVES and _done(verb)
        if victim is None or (victim == doer_key and not own):
            continue  # (but "detonated a bomb, killing himself and his family": his death)
        fattrs = dict(attrs)
        time_here, where_here, doer_here = time, where, doer_key
        previous = _same_event(state, verb, ftype, time)
        if previous is not None:
            time_here = time_here or previous.time
            where_here = where_here or previous.location
            doer_here = doer_here or state.arg(previous, "killer" if ftype == "death" else "captor")
        role = "killer" if ftype == "death" else "captor"
        if own:
            doer_here = None  # he killed himself: no killer of his own
        strike = _strike(verb) if ftype == "death" else None
        if strike is not None and doer_here is None:
            doer_here = striker(state, strike)
        death = state.add_fact(
            ftype,
            {"person": victim, role: doer_here},
            span=verb.sent,
            anchor=verb,
            time=time_here,
            location=where_here,
            attrs=fattrs,
            modality=mod.modality,
            confidence=confidence,
            attributed_to=mod.attributed_to,
            merge_on=("person",),
        )
        if strike is not None:
            _strike_attack(state, verb, strike, victim, state.arg(death, "killer"), death, mod, where_here)
        elif ftype == "death" and attrs.get("cause") == "executed":
            _execution_attack(state, verb, victim, death, mod)


def _particle(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def _by_force(state: DocState, verb: Token) -> bool:
    """Whether the passive's agent is a state's force ("security agents", "police")."""
    who = agent(verb)
    if who is None:
        return False
    key = resolve_token(state, who)
    return (key is not None and state.entities.get(key).force) or who.lemma_.lower() in {"agent", "police", "officer", "troop", "soldier"}


def _done(verb: Token) -> bool:
    """A verb that tells a deed done, not one meant or feared ("would kill himself")."""
    return not any(c.dep_ == "aux" and c.lower_ in {"would", "will", "could", "might", "may", "should", "to"} for c in verb.children) and (
        verb.dep_ not in {"xcomp", "ccomp"} or verb.tag_ == "VBD"
    )


def _named_after_including(state: DocState, victims: list[Token]) -> list[Token]:
    """ "four ISIS leaders were killed including: A, responsible for ..., B, ..., C": the
    people named after "including" (the parse of such a list hangs them anywhere), one token
    per name, up to the next finite verb ("responsible for overseeing ..." is part of the list)."""
    plural = next((t for t in victims if t.tag_ == "NNS" and state.entities.at(t) is None), None)
    if plural is None:
        return []
    sent = plural.sent
    including = next((t for t in plural.doc[plural.i : sent.end] if t.lower_ == "including"), None)
    if including is None:
        return []
    found, seen = [], {state.entities.at(t) for t in victims}
    for tok in plural.doc[including.i + 1 : sent.end]:
        if tok.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            break  # "..., including a commander, police said after X spoke": another clause
        key = state.entities.at(tok)
        if key is None or key in seen or state.entities.get(key).type != "person" or _owner_in_phrase(tok, including):
            continue
        seen.add(key)
        found.append(tok)
    return found


def _owner_in_phrase(tok: Token, stop: Token) -> bool:
    """ "including A, the nephew of B": B only describes A (an "of" object or a possessive
    on the way up to "including")."""
    for a in (tok, *tok.ancestors):
        if a.i == stop.i:
            return False
        if a.dep_ == "poss" or (a.dep_ == "pobj" and a.head.lower_ == "of"):
            return True
    return False


KIDNAP_VERBS = {"kidnap", "abduct"}


def _execution_attack(state: DocState, verb: Token, victim: int, death, mod) -> None:
    """ "the group which beheaded a French tourist", "IS executed 21 Christians": an armed
    group's execution of a captive is an attack on them (a state's execution is not)."""
    killer = state.arg(death, "killer")
    if killer is None:
        return
    d = state.entities.get(killer)
    if d.type != "organization" or d.force or mod.modality == "denied":
        return
    _attack_on(state, verb, verb, victim, killer, "other", death.time, death.location, mod, mod.confidence - 0.05)


def _attack_on(state: DocState, verb: Token, anchor: Token, victim: int, perp, method, time, where, mod, confidence):
    """The attack a killing or a kidnapping tells of: on the victim, one per target."""
    state.add_fact(
        "attack",
        {"target": victim, "perpetrator": perp},
        span=verb.sent,
        anchor=anchor,
        time=time,
        location=where,
        attrs={"method": method} if method else {},
        modality=mod.modality,
        confidence=confidence,
        attributed_to=mod.attributed_to,
        merge_on=("target",),
    )


def _kidnapping(state: DocState, verb: Token) -> None:
    """ "X, who was kidnapped from Timbuktu in 2016", "gunmen abducted two engineers": an
    attack on the captive, its perpetrator the kidnapper when one is named or described."""
    mod = modality.of_clause(state, verb)
    if mod.skip or mod.modality == "denied":
        return
    passive = is_passive(verb)
    doer = agent(verb) if passive else subject(verb)
    perp = resolve_token(state, doer) if doer is not None else None
    if perp is not None and (
        state.entities.get(perp).type not in {"organization", "person", "group_of_people"}
        or state.entities.get(perp).force
    ):
        perp = None
    if not passive and perp is None:
        return  # "they kidnapped ...": an unresolved active subject says too little
    time, where = timing.clause_time(state, verb), places.clause_place(state, verb)
    for tok in _victims(verb):
        victim = victim_entity(state, tok)
        if victim is None and perp is not None and passive:  # (active: events._group_killed)
            victim = _counted_captives(state, verb.head if verb.dep_ == "acl" and tok.like_num else tok)
        if victim is not None and victim != perp:
            _attack_on(state, verb, verb, victim, perp, "kidnapping", time, where, mod, mod.confidence)


def _counted_captives(state: DocState, tok: Token) -> int | None:
    """ "five Indonesians kidnapped by Abu Sayyaf", "dozens of hostages abducted by Boko
    Haram": a counted group of people taken by a named kidnapper, described."""
    if tok.lemma_.lower() in QUANTITY_HEADS or tok.like_num:
        tok = next((o for _, o in prep_objects(tok, "of")), tok)
        counted = True
    else:
        counted = any(c.dep_ == "nummod" or c.lower_ in {"several", "many", "dozens", "scores"} for c in tok.children)
    start = tok.left_edge.i
    if not counted and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        count = tok.head.head  # "dozens of schoolgirls abducted by ...": the count above the noun
        counted = count.lemma_.lower() in QUANTITY_HEADS or count.like_num
        start = count.left_edge.i
    if not counted or tok.tag_ not in {"NNS", "NNPS"} or state.entities.at(tok) is not None:
        return None
    span = tok.doc[start : tok.i + 1]
    name = " ".join(t.text for t in span if not t.is_punct and not (t.dep_ == "det" and t.lower_ == "the"))
    return descriptive(state, tok, "group_of_people", name=name)


def _counted_name(tok: Token, start: Token | None = None) -> str:
    """ "two Kenyan soldiers": the counted phrase, without what follows the noun."""
    head = tok.doc[(start or tok).left_edge.i : tok.i + 1]
    return " ".join(t.text for t in head if not t.is_punct and not (t.dep_ == "det" and t.lower_ == "the"))


def _strike_attack(
    state: DocState, verb: Token, strike: Token, victim: int, killer, death, mod, where
) -> None:
    """ "X was killed in a US drone strike", "X died during a US raid on his hideout": the
    strike is an attack on X ("in the raid" points back at an event already read; a
    strike told in a subordinate clause or undated is background, not an attack)."""
    if (
        any(t.dep_ in {"relcl", "advcl", "acl"} for t in (verb, *verb.ancestors))
        or killer is None
        or (STRIKE_WORDS[strike.lemma_.lower()] == "operation" and not any(True for _ in prep_objects(strike, "by")))
        or any(c.lower_ in {"the", "this", "that"} for c in strike.children)
    ):
        return
    method = STRIKE_WORDS[strike.lemma_.lower()]
    if method == "operation":
        method = "raid"  # (an operation that killed him: a raid, in the spec's methods)
    _attack_on(state, verb, strike, victim, killer, method, death.time, where, mod, mod.confidence - 0.05)


def _strike(verb: Token) -> Token | None:
    """The strike or raid a killing happened in ("killed in a US drone strike")."""
    for _, obj in prep_objects(verb, "in", "by", "during"):
        if obj.lemma_.lower() in STRIKE_WORDS:
            return obj
    return None


def striker(state: DocState, strike: Token) -> int | None:
    """Who carried out a strike: "a US-led coalition air strike", "a US drone strike"."""
    for t in strike.subtree:
        if t.i >= strike.i:
            break
        key = state.entities.at(t)
        if key is not None and state.entities.get(key).type in {"organization", "location"}:
            return key
    for _, by in prep_objects(strike, "by"):  # "an operation by Mali's security forces"
        key = resolve_token(state, by)
        if key is not None and state.entities.get(key).type in {"organization", "location"}:
            return key
    return None


def _same_event(state: DocState, verb: Token, ftype: str = "death", time: TimeSpan | None = None):
    """ "Also killed in the raid ...", "Among those arrested were ...": the death or
    capture just reported before this one (never one whose date cannot be this one's;
    "also known as" is no "also")."""
    sent = verb.sent
    words = {
        t.lower_ for t in sent if not (t.lower_ == "also" and t.i + 1 < sent.end and t.nbor(1).lower_ in {"known", "called"})
    }
    if not (words & SAME_EVENT_WORDS or words & {"also", "among", "those"}):
        return None
    earlier = [f for f in state.facts if f.type == ftype and state.anchors.get(f.id, 10**9) < verb.sent.start]
    if not earlier:
        return None
    last = earlier[-1]
    distance = verb.sent.start - state.anchors[last.id]
    return last if distance < 80 and may_coincide(time, last.time) else None


SLAIN_WORDS = {"slain", "late", "deceased", "assassinated", "dead"}


def _slain(state: DocState, adj: Token) -> None:
    """ "the slain Abu Sayyaf leader Isnilon Hapilon", "the late Mullah Omar": he is dead, by
    the day of the report."""
    head = adj.head
    victim = victim_entity(state, head)
    if victim is None and head.dep_ == "compound":
        victim = victim_entity(state, head.head)  # "slain Abu Sayyaf leader Isnilon Hapilon"
    if victim is None and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in PERSON_RELATIONS:
        victim = resolve_token(state, head)  # "Ba'a Idirisa, son of late Muhammad Yusuf": the father is dead
    if victim is None and head.pos_ == "NOUN":
        # "the fifth dead commander, Farsan Khalifa": the man the phrase is set beside
        named = next((c for c in head.children if c.dep_ == "appos"), None)
        victim = resolve_token(state, named) if named is not None else None
    if victim is None or state.entities.get(victim).type != "person":
        return
    mod = modality.of_clause(state, head.head if head.head.pos_ in {"VERB", "AUX"} else adj.sent.root)
    if mod.skip:
        return
    state.add_fact(
        "death",
        {"person": victim},
        span=adj.sent,
        anchor=adj,
        time=timing.recent(state),
        attrs={"cause": "killed" if adj.lower_ in {"slain", "assassinated"} else "unknown"},
        modality=mod.modality,
        confidence=mod.confidence - 0.1,
        attributed_to=mod.attributed_to,
        merge_on=("person",),
    )


def _in_custody(state: DocState, verb: Token) -> None:
    """ "Molvi Umer and Muslim Khan are already in the forces' custody", "X remains in police
    custody": each named man is held (by the custody's owner, when it is named)."""
    custody = next(o for _, o in prep_objects(verb, "in") if o.lower_ == "custody")
    owner = child(custody, "poss") or next((o for _, o in prep_objects(custody, "of")), None)
    if owner is None:
        owner = next((c for c in custody.children if c.dep_ in {"compound", "amod"} and c.lower_ in {"police", "army", "military"}), None)
    captor = resolve_token(state, owner) if owner is not None else None
    if captor is not None and state.entities.get(captor).type not in {"organization", "group_of_people"}:
        captor = None
    who = subject(verb)
    mod = modality.of_clause(state, verb)
    if who is None or mod.skip:
        return
    for one in list_members(who):
        victim = victim_entity(state, one, capture=True)
        if victim is None or state.entities.get(victim).type != "person" or state.entities.get(victim).descriptive:
            continue
        state.add_fact(
            "capture",
            {"person": victim, "captor": captor},
            span=verb.sent,
            anchor=verb,
            time=timing.recent(state),
            attrs={"kind": "arrested"},
            modality=mod.modality,
            confidence=mod.confidence - 0.1,
            attributed_to=mod.attributed_to,
            merge_on=("person",),
        )


def _surrendered(state: DocState, verb: Token) -> None:
    """ "X surrendered to Somali forces", "..., after surrendering to the army": X is the captive."""
    who = subject(verb)
    if who is None and verb.dep_ in {"advcl", "pcomp", "xcomp", "conj"}:
        governor = verb.head
        while governor.dep_ in {"prep", "pcomp"} and governor.head is not governor:
            governor = governor.head
        who = subject(governor)
    victim = victim_entity(state, who) if who is not None else None
    if victim is None or state.entities.get(victim).type != "person":
        return
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    to = next((o for _, o in prep_objects(verb, "to")), None)
    captor = resolve_token(state, to) if to is not None else None
    if captor is not None and state.entities.get(captor).type not in {"organization", "person", "group_of_people"}:
        captor = None
    state.add_fact(
        "capture",
        {"person": victim, "captor": captor},
        span=verb.sent,
        anchor=verb,
        time=timing.clause_time(state, verb),
        location=places.clause_place(state, verb),
        attrs={"kind": "surrendered"},
        modality=mod.modality,
        confidence=mod.confidence,
        attributed_to=mod.attributed_to,
        merge_on=("person",),
    )


# "X embraced (attained) martyrdom": a militant statement's word for his death
MARTYRDOM_VERBS = frozenset({"embrace", "attain", "achieve", "gain", "meet", "receive"})


def _companions(verb: Token) -> list[Token]:
    """ "X was killed along with A and B", "X embraced martyrdom together with A": the others
    who died with him (each named, or described)."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"along", "together"}:
            for w in c.children:
                if w.lower_ == "with":
                    out += [x for o in w.children if o.dep_ == "pobj" for x in list_members(o)]
            out += [x for o in c.children if o.dep_ == "pobj" for x in list_members(o)]  # ("along with" as one)
        elif c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in {"along", "together"}:
            out += [x for o in c.children if o.dep_ == "pobj" for x in list_members(o)]  # ("along" a particle beside it)
    return out


def _died(state: DocState, verb: Token) -> None:
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    who = subject(verb)
    if who is None:
        # "after his predecessor, Doku Umarov, perished ...": the parser left the subject
        # on the preposition; take the person named just before the verb
        i = verb.i - 1
        while i > verb.sent.start and (state.sdoc[i].is_punct or state.sdoc[i].pos_ == "ADV"):
            i -= 1
        who = state.sdoc[i]
    victim = victim_entity(state, who)
    if victim is None:
        return
    time = timing.clause_time(state, verb)

    def died(person: int) -> Fact:
        return state.add_fact(
            "death",
            {"person": person},
            span=verb.sent,
            anchor=verb,
            time=time,
            attrs={"cause": "died"},
            modality=mod.modality,
            confidence=mod.confidence,
            attributed_to=mod.attributed_to,
            merge_on=("person",),
        )

    for other in _companions(verb):  # "X embraced martyrdom along with A and B"
        companion = victim_entity(state, other)
        if companion is not None and companion != victim:
            died(companion)
    death = died(victim)
    strike = _strike(verb)
    if strike is not None and time is not None:
        # "X died during a US raid on his hideout": the raid's striker, not a killer
        _strike_attack(
            state, verb, strike, victim, striker(state, strike), death, mod, places.clause_place(state, verb)
        )


# "were reported dead", "was confirmed dead", "was declared dead", "is presumed dead"
DECLARED_DEAD = {"report": "reported", "confirm": None, "declare": None, "pronounce": None, "find": None, "presume": "hedged",
                 "believe": "hedged", "feared": "hedged", "fear": "hedged"}  # fmt: skip


def _declared_dead(state: DocState, verb: Token) -> None:
    """ "Abu Musab al-Barnawi and Abu Maryam were reported dead in August": a death each, as
    sure as the verb says ("reported": reported; "presumed", "feared": hedged)."""
    if not is_passive(verb) or negated(verb):
        return
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    weaker = DECLARED_DEAD[verb.lemma_.lower()]
    if weaker is not None and mod.modality == "asserted":
        mod = replace(mod, modality=weaker)
    who = subject(verb)
    for tok in list_members(who) if who is not None else ():
        victim = victim_entity(state, tok)
        if victim is not None:
            clause_death(state, verb, victim, "unknown", mod)


def _is_dead(state: DocState, verb: Token) -> None:
    """ "Abubakar Shekau ... is dead, according to ..."; "confirmed that X is dead"."""
    mod = modality.of_clause(state, verb)
    who = subject(verb)
    victim = victim_entity(state, who) if who is not None else None
    if mod.skip or victim is None:
        return
    clause_death(state, verb, victim, "unknown", mod)


THE_DEAD = {"dead", "killed", "slain", "fatalities", "deceased"}  # (an attack's "victims" are its toll, not deaths)


def _the_dead(prep: Token) -> Token | None:
    """The "dead" of "Among the dead (the killed, the victims) was X", or None."""
    return next((o for o in prep.children if o.dep_ == "pobj" and o.lower_ in THE_DEAD and o.i == prep.i + 2), None)


BODY_NOUNS = frozenset({"body", "corpse", "remains"})
BODY_VERBS = frozenset({"find", "recover", "identify", "discover", "retrieve", "bury", "return", "hand", "show", "display"})


def _body_found(state: DocState, noun: Token) -> None:
    """ "The body of Abu Hamza, an ISWAP commander, was recovered after the battle", "troops
    found the bodies of A and B": the deaths of those named."""
    mod = modality.of_clause(state, noun.head)
    if mod.skip:
        return
    for _, owner in prep_objects(noun, "of"):
        for tok in list_members(owner):
            victim = victim_entity(state, tok)
            if victim is not None and state.entities.get(victim).type == "person" and not state.entities.get(victim).descriptive:
                clause_death(state, noun.head, victim, "unknown", mod, by=True)  # (a named man: "its former leader" is told elsewhere)


def _killed_ones(prep: Token) -> bool:
    """ "X and Y are among the top leaders of the group that have been killed": people of
    whom the phrase says they were killed (a passive relative or participle in it)."""
    ones = next((o for o in prep.children if o.dep_ == "pobj" and o.tag_ == "NNS"), None)
    if ones is None or ones.lemma_.lower() not in PEOPLE_HEADS | {"terrorist", "figure", "official"}:
        return False
    return any(
        t.dep_ in {"relcl", "acl"} and t.lemma_.lower() in {"kill", "slay", "eliminate", "neutralize", "neutralise"}
        and t.tag_ == "VBN" and (t.dep_ == "acl" or any(c.dep_ in {"nsubjpass", "auxpass"} for c in t.children))
        for t in ones.subtree
    )  # fmt: skip


def _one_killed(subj: Token) -> bool:
    """ "One jihadist killed was ...", "the militant slain in the raid was identified as ...":
    a person noun with a participle saying he was killed."""
    if subj.lemma_.lower() not in PEOPLE_HEADS | {"terrorist", "aide", "associate", "companion"}:
        return False
    return any(
        (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in {"kill", "slay"}
         and not any(g.dep_ == "nsubj" for g in c.children))
        # "the aides who died (were killed, embraced martyrdom) with him were A and B"
        or (c.dep_ == "relcl" and (
            c.lemma_.lower() in {"die", "perish"}
            or (c.lemma_.lower() in {"kill", "slay"} and any(g.dep_ == "nsubjpass" for g in c.children))
            or (c.lemma_.lower() == "embrace" and any(o.lower_ == "martyrdom" for o in c.children))))
        for c in subj.children
    )  # fmt: skip


def _one_killed_named(state: DocState, subj: Token, be: Token) -> None:
    """ "One jihadist killed was reported to be X": X's death; the man described is X (what
    is told of the description becomes X's: ``fold_identifications``)."""
    described = state.entities.at(subj)
    named = victim_entity(state, child(be, "attr"))
    if named is None or state.entities.get(named).type != "person" or modality.of_clause(state, be).skip:
        return
    if described is None or state.entities.get(described).descriptive:
        state.identifications.append((subj.i, [named], be.i))  # (a description read later, too)
    _the_dead_named(state, be)


def _naming_copula(verb: Token) -> Token | None:
    """The copula that names who the subject was: "was X", "was reported (believed, said)
    to be X"."""
    if verb.lemma_ == "be" and child(verb, "attr") is not None:
        return verb
    if verb.lemma_.lower() in {"report", "believe", "say", "confirm", "understand"}:
        be = child(verb, "xcomp")
        if be is not None and be.lemma_ == "be" and child(be, "attr") is not None:
            return be
    return None


def _names_the_dead(subj: Token) -> bool:
    """ "the dead (the slain) are ...", "those killed included ..." """
    if subj.lower_ in THE_DEAD and any(c.lower_ == "the" for c in subj.children):
        return True
    return subj.lower_ == "those" and any(c.dep_ == "acl" and c.lower_ in THE_DEAD for c in subj.children)


def _the_dead_named(state: DocState, verb: Token) -> None:
    """ "The army said the dead are A and B", "Those killed included A, a commander, and his
    deputy B": the deaths of the people it names."""
    mod = modality.of_clause(state, verb)
    named = child(verb, "attr", "dobj")
    if mod.skip or named is None:
        return
    listed = [next((a for a in t.children if a.dep_ == "appos" and state.entities.at(a) is not None), t)  # "his deputy B"
              for t in list_members(named)]  # fmt: skip
    _listed_deaths(state, verb, listed, mod)


def _listed_deaths(state: DocState, verb: Token, listed: list[Token], mod) -> None:
    """The death, told by ``verb``'s clause, of each person ``listed`` names."""
    for tok in listed:
        victim = victim_entity(state, tok)
        if victim is not None and state.entities.get(victim).type == "person":
            clause_death(state, verb, victim, "killed", mod, location=places.clause_place(state, verb))


def _among_the_dead(state: DocState, be: Token) -> None:
    """ "Among the dead was Abu Khalid al-Shami", "Among the killed is the spokesperson ...
    named X": the deaths of those it names."""
    mod = modality.of_clause(state, be)
    who = child(be, "nsubj", "attr")
    if mod.skip or who is None:
        return
    named = next((o for c in who.children if c.dep_ == "acl" and c.lemma_ in {"name", "identify"}
                  for o in c.children if o.dep_ in {"oprd", "attr"}), None)  # fmt: skip
    _listed_deaths(state, be, list_members(named if named is not None else who), mod)


def clause_death(
    state: DocState, verb: Token, person: int, cause: str, mod, *, location: int | None = None, by: bool = False
) -> None:
    """A death told by ``verb``'s clause, dated by it (``by``: dead by that date, "his body
    was found on Friday")."""
    time = timing.clause_time(state, verb)
    if by and time is not None:
        time = type(time)(start=None, end=time.end, text=time.text)
    state.add_fact(
        "death",
        {"person": person},
        span=verb.sent,
        anchor=verb,
        time=time,
        location=location,
        attrs={"cause": cause},
        modality=mod.modality,
        confidence=mod.confidence - 0.05,
        attributed_to=mod.attributed_to,
        merge_on=("person",),
    )


# "the arrest of X", "X's capture": a capture told as a noun
CAPTURE_NOUNS = {"arrest": "arrested", "capture": "captured", "detention": "arrested"}


def _fate_noun(state: DocState, noun: Token, ftype: str, attrs: dict) -> None:
    """ "the death of X", "X's killing", "the arrest of X (by Kenyan police)"."""
    whose = child(noun, "poss")
    if whose is None:
        whose = next((o for _, o in prep_objects(noun, "of")), None)
    if whose is None:
        return
    # "the killing of X, along with A, B and C": the others told with him
    for one in dict.fromkeys([*list_members(whose), *(_companions(noun) if ftype == "death" else [])]):
        _fate_noun_of(state, noun, one, ftype, attrs)


def _fate_noun_of(state: DocState, noun: Token, whose: Token, ftype: str, attrs: dict) -> None:
    victim = victim_entity(state, whose, capture=ftype == "capture")
    if victim is None or state.entities.get(victim).type != "person":
        return
    args: dict = {"person": victim}
    if ftype == "capture":
        by = next((o for _, o in prep_objects(noun, "by")), None)
        captor = resolve_token(state, by) if by is not None else None
        if captor is not None and state.entities.get(captor).type == "organization":
            args["captor"] = captor  # "the arrest of X by Kenyan police"
    if ftype == "capture" and (
        (noun.dep_ == "pobj" and noun.head.lower_ == "for")
        or (noun.head.lower_ == "to" and noun.head.head.lemma_.lower() == "lead" and noun.head.head.tag_ == "VBG")
    ):
        return  # "a warrant for the arrest of X", "information leading to the capture of X": not (yet) done
    pred = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
    mod = modality.of_clause(state, pred)
    if mod.skip:
        return
    if pred.lemma_.lower() in DENY_WORDS:
        mod = modality.Modality(modality="denied", attributed_to=mod.attributed_to)  # "police denied the arrest of X"
    # the noun's phrase dates it, not a relative clause on the man ("the death of its leader,
    # X, who took power in 2008")
    told_apart = {t.i for r in noun.subtree if r.dep_ == "relcl" and r.i != noun.i for t in r.subtree}
    extra = {t.i for t in noun.subtree} - told_apart
    time = timing.clause_time(state, pred, extra=extra)
    if time is not None and pred.lemma_.lower() in timing.REPORT_VERBS:
        # "confirmed on Thursday the death of X": it happened by then
        time = type(time)(start=None, end=time.end, text=time.text)
    state.add_fact(
        ftype,
        args,
        span=noun.sent,
        anchor=noun,
        time=time,
        attrs=dict(attrs),
        modality=mod.modality,
        confidence=mod.confidence - 0.1,
        attributed_to=mod.attributed_to,
        merge_on=("person",),
    )


ELIDED_VERBS = frozenset({"had", "has", "have", "was", "were", "did"})


def elided_same_fate(state: DocState) -> None:
    """ "X had also been killed, it said, as had Y", "A was arrested, as were B and C": the
    verb left out after "as" is the death or capture told before it in the sentence."""
    for verb in state.tokens:
        if verb.lower_ not in ELIDED_VERBS or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            continue
        if any(c.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd"} or c.tag_ == "VBN" for c in verb.children):
            continue  # "as had been planned", "as was the case": no fate left out
        who = child(verb, "nsubj", "nsubjpass")
        if who is None:
            continue
        told = [
            f for f in state.facts
            if f.type in {"death", "capture"} and verb.sent.start <= state.anchors.get(f.id, -1) < verb.i
        ]  # fmt: skip
        if not told:
            continue
        for one in (who, *who.conjuncts):
            victim = victim_entity(state, one, capture=told[-1].type == "capture")
            if victim is not None and state.entities.get(victim).type == "person":
                state.copy_fact(told[-1], {"person": victim})


POSSESSIVE_OPENERS = ("its ", "his ", "her ", "their ")
# the last word of a building's name, never of a man's ("the Corinthia Hotel")
BUILDING_WORDS = frozenset(
    "hotel mosque mall market embassy consulate prison barracks school university hospital "
    "checkpoint restaurant stadium airport station".split()
)


def drop_impossible_victims(state: DocState) -> None:
    """A death or a capture is a person's (or described people's): not a hotel's ("targeted the
    Corinthia Hotel and also killed five guards": the parse gave "killed" the hotel), nor a
    pronoun's phrase ("unlikely to survive its leader's death": the man named elsewhere)."""
    places = {
        name_key(n) for d in state.entities.drafts() if d.type in {"facility", "location"} for n in d.names
    }
    keep = []
    for f in state.facts:
        if f.type in {"death", "capture"}:
            key = state.arg(f, "person")
            d = state.entities.get(key) if key is not None else None
            name = d.best_name() if d is not None else ""
            words = name_key(name).split()
            if d is not None and (
                d.type in {"facility", "location"}
                or (d.descriptive and name_key(name) in places)
                or (words and words[-1] in BUILDING_WORDS)
                or (d.descriptive and name.lower().startswith(POSSESSIVE_OPENERS) and name.endswith(("'s", "\u2019s")))
            ):
                continue
        keep.append(f)
    state.facts[:] = keep


def one_death_each(state: DocState) -> None:
    """A man dies once: two death facts of one named person in a document (a suicide bomber
    told by name, then among "the seven attackers killed, identified as A, B, ...") are one,
    its sources joined (the first keeps its cause and place; a date fills in). So do two
    deaths of the same count of the same men ("Six LeT militants killed" in a headline and
    "six militants were killed" in the body)."""
    first: dict[Any, Fact] = {}
    for fact in list(state.facts_of("death")):
        person = state.arg(fact, "person")
        if person is None:
            continue
        d = state.entities.get(person)
        if d.type == "person" and not d.descriptive:
            root: Any = state.entities.root(person)
        elif d.type == "group_of_people" and (count := parse_quantity(d.best_name())) is not None:
            root = (count, d.best_name().split()[-1].lower())
        else:
            continue
        kept = first.get(root)
        if kept is None:
            first[root] = fact
            continue
        if isinstance(root, tuple) and (
            times_apart(kept.time, fact.time) or None not in (kept.location, fact.location) and kept.location != fact.location
        ):
            continue  # four gunmen killed at the hotel, and four more in another town
        if kept.modality != fact.modality and "denied" in {kept.modality, fact.modality}:
            continue  # a denial and a report of the death stay two
        kept.sources.extend(s for s in fact.sources if s not in kept.sources)
        if kept.time is None or (kept.time.start is None and fact.time is not None and fact.time.start is not None):
            kept.time = fact.time
        for k, v in fact.args.items():
            kept.args.setdefault(k, v)
        state.facts.remove(fact)
