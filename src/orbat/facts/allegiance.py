"""Pledges, foundings, branches, alliances and defections.

pledge     "X pledged allegiance to Y", "X swore bayat to Y",
           "Y('s spokesman) accepted the bayat from X" (recipient: the acceptor's group)
founding   "IS announced its Caucasus branch", "the province was established",
           "Umarov proclaimed the Caucasus Emirate"
branch     every regional sub-unit phrase found by ``mentions`` ("IS's Caucasus province")
alliance   "the al Qaeda-linked ICE", "X is allied with Y", "X, an affiliate of Y"
defection  "X defected (from A) to B"; "A" defaults to the group X is described as
           part of ("an ICE leader ... who defected to IS")
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from orbat.facts import modality, timing
from orbat.facts.lexicon import GROUP_ANAPHORS, LINK_WORDS, MEMBER_WORDS, PEOPLE_HEADS, ROLE_WORDS
from orbat.facts.mentions import FIGHTERS, descriptive, group_entity, nearest, resolve_token, salient
from orbat.facts.resources import Resources
from orbat.facts.state import DocState, narrower
from orbat.facts.syntax import (
    agent,
    child,
    fronted_participle,
    is_passive,
    list_members,
    negated,
    prep_objects,
    sentences_back,
    subject,
)
from orbat.model import Fact
from orbat.nlp.spans import described_by

LEAVE_VERBS = {"abandon", "leave", "quit", "desert"}  # "... which he abandoned to join the Islamic State"
FACTION_WORDS = {"faction", "group", "wing", "movement", "organisation", "organization"}
COUNT_WORDS = {"dozens", "dozen", "hundreds", "scores", "several", "many", "some", "most"}
FOLLOWER_WORDS = {"follower", "loyalist", "supporter", "fighter", "man", "commander"}
SPLIT_VERBS = {"break", "split", "splinter", "secede"}  # "ISWAP broke away from Shekau's faction"
# "declared/renewed/maintained its allegiance (loyalty) to X"
AFFIRM_VERBS = {"declare", "announce", "renew", "reaffirm", "affirm", "maintain", "retain", "keep", "proclaim", "profess",
                "claim"}  # ("the other group claiming allegiance to Islamic State")
LEADER_NOUNS = {"leader", "emir", "amir", "caliph", "chief", "head", "commander"}
PLEDGE_NOUNS = {"bayat", "bay'ah", "baya", "bayah", "allegiance", "oath", "pledge", "loyalty"}
FOUND_VERBS = {"announce", "establish", "found", "co-found", "co-founde", "form", "create", "declare", "launch", "proclaim"}
COOPERATE_VERBS = {"cooperate", "collaborate", "merge", "ally", "unite"}
# "A and B fought (operated, worked) together": allies
TOGETHER_VERBS = {"fight", "operate", "work", "battle"}
# one armed group keeping another: "The Taliban have long sheltered al-Qaeda"
HOST_VERBS = {"shelter", "harbor", "harbour", "host", "protect"}
RIVAL_VERBS = {"clash": ("with",), "fight": ("against",), "battle": ("against", "with")}  # "A and B have clashed"  # "A and B have long cooperated", "A cooperates with B"
# "the group's links to AQIM", "their relationship with al-Qaeda"
TIE_NOUNS = {"link", "tie", "alliance", "relationship", "relation", "connection", "coalition", "cooperation",
             "collaboration"}
ALLY_NOUNS = {"alliance", "coalition", "cooperation", "collaboration"}  # (the rest: "linked")
LINK_NOUNS = {"affiliate": "affiliate", "ally": "ally", "rival": "rival", "offshoot": "affiliate"}
# "X, a sub-group of Y", "X is a faction of Y", "X, which is a wing of Y": a part of Y
SUBUNIT_NOUNS = {"subgroup": "faction", "sub-group": "faction", "faction": "faction", "wing": "wing", "cell": "cell",
                 "unit": "unit", "subunit": "unit", "battalion": "unit", "brigade": "unit", "branch": "branch",
                 "arm": "wing", "part": "branch", "splinter": "faction"}  # fmt: skip


def extract(state: DocState, res: Resources) -> None:
    for tok in state.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (
            lemma in {"pledge", "swear", "give", "offer"}
            or (
                lemma in AFFIRM_VERBS
                and (child(tok, "dobj") is not None and child(tok, "dobj").lemma_.lower() in PLEDGE_NOUNS)
            )
        ):
            _pledged(state, tok)
        elif lemma in PLEDGE_NOUNS and tok.pos_ == "NOUN" and child(tok, "poss") is not None and _pledged_to(tok):
            _pledge_noun(state, tok)
        elif lemma in PLEDGE_NOUNS and _misparsed_oath(tok) is not None:
            _pledged_misparsed(state, tok)
        elif lemma == "accept" and tok.pos_ == "VERB":
            _accepted(state, tok)
        elif lemma in {"recognize", "recognise", "acknowledge"} and tok.pos_ == "VERB":
            _recognized_as_leader(state, tok)
        elif (lemma in FOUND_VERBS or lemma == "emerge" or _set_up(tok) or _came_into_being(tok)) and tok.pos_ == "VERB":
            _founded(state, tok)
        elif lemma in FOUNDING_NOUNS and tok.pos_ == "NOUN":
            _founding_noun(state, tok)
        elif lemma in {"call", "name", "rename"} and tok.pos_ == "VERB" and _renamed(tok) is not None:
            _new_name(state, tok)
        elif lemma in LINK_WORDS and tok.tag_ in {"VBN", "JJ", "VBD"}:
            _linked(state, tok, LINK_WORDS[lemma])
        elif tok.pos_ == "VERB" and (
            lemma in COOPERATE_VERBS
            or (lemma == "join" and _joined_forces(tok))
            or (lemma == "team" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children))
        ):
            _cooperated(state, tok, "ally", ("with",))  # ("teamed up with AQIM")
        elif lemma == "join" and tok.pos_ == "VERB" and _an_alliance(child(tok, "dobj")):
            _joined_alliance(state, tok)  # "BRG joined the alliance on 20 April 2018"
        elif lemma == "work" and tok.pos_ == "VERB" and any(True for _ in prep_objects(tok, "with")):
            _cooperated(state, tok, "ally", ("with",), armed_only=True)  # "LeJ has worked with the TTP"
        elif lemma == "fight" and tok.pos_ == "VERB" and any(True for _ in prep_objects(tok, "alongside")):
            _cooperated(state, tok, "ally", ("alongside",))  # "KIB has fought alongside al Nusrah Front"
        elif lemma in TOGETHER_VERBS and tok.pos_ == "VERB" and any(c.lower_ in {"together", "jointly"} for c in tok.children):
            _cooperated(state, tok, "ally", ("with",), armed_only=True)  # "A and B fought together", "A fought together with B"
        elif lemma in HOST_VERBS and tok.pos_ == "VERB" and child(tok, "dobj") is not None:
            _hosted(state, tok)
        elif lemma in HAVEN_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in GIVE_VERBS:
            _gave_haven(state, tok)
        elif lemma == "war" and tok.head.lower_ == "at" and tok.head.head.pos_ in {"AUX", "VERB"}:
            _at_war(state, tok)
        elif lemma in RIVAL_VERBS and tok.pos_ == "VERB":
            _cooperated(state, tok, "rival", RIVAL_VERBS[lemma])
        elif lemma in LINK_NOUNS and tok.pos_ == "NOUN":
            _link_noun(state, tok, LINK_NOUNS[lemma])
        elif tok.pos_ in {"NOUN", "PROPN"} and (unit := _subunit_word(tok)) is not None:
            _subunit(state, tok, SUBUNIT_NOUNS[unit])
        elif tok.lower_ == "including" and tok.dep_ == "prep":
            _including_part(state, tok)
        elif tok.pos_ == "VERB" and (parts := _made_of(tok)) is not None:
            _made_up_of(state, tok, parts)
        elif lemma in TIE_NOUNS and tok.pos_ == "NOUN":
            _ties(state, tok)
        elif lemma in {"rivalry", "feud"} and tok.pos_ == "NOUN":
            _rivalry(state, tok)
        elif tok.lower_ == "alongside" and tok.head.lemma_.lower() in {"fight", "operate", "battle", "work"}:
            _alongside(state, tok)
        elif lemma == "rival" and tok.dep_ == "amod":
            _rival_group(state, tok)
        elif (
            lemma == "defect"
            or (lemma == "break" and any(p == "with" for p, _ in prep_objects(tok, "with")))
            or (lemma == "turn" and any(p == "against" for p, _ in prep_objects(tok, "against")))
            or _switched_allegiance(tok)
            or (
                lemma in LEAVE_VERBS
                and (
                    any(c.dep_ in {"xcomp", "advcl"} and c.lemma_ == "join" for c in tok.children)
                    or _left_a_group(state, tok)
                    or _left_after_membership(state, tok) is not None
                )
            )
        ) and tok.pos_ == "VERB":
            _defected(state, tok)
        elif lemma in SPLIT_VERBS and tok.pos_ == "VERB" and _split_source(tok) is not None:
            _split_from(state, tok)
        elif lemma == "part" and (any(c.lower_ == "ways" for c in tok.children) or tok.head.lower_ == "ways"):
            _parted_ways(state, tok)
        elif lemma == "follow" and tok.pos_ == "VERB" and child(tok, "dobj") is not None:
            _followed(state, tok)
        elif lemma == "defection" and tok.pos_ == "NOUN":
            _defection_noun(state, tok)
        if tok.pos_ == "PROPN" and tok.dep_ != "compound" and (owner := child(tok, "poss")) is not None and owner.pos_ == "PROPN":
            _owned_group(state, tok, owner)
    _branches(state)
    _branches_the_reference_knows(state, res)
    _fold_pledges(state)
    _joined_a_rival(state)


def _owned_group(state: DocState, name: Token, owner: Token) -> None:
    """ "Jafar joined Ansar Dine's Katibat Macina": a named group an armed group owns is its
    unit (a brigade, battalion or katiba of it)."""
    orgs = {"organization"}
    if any(t.lemma_.lower() in ROLE_WORDS or t.lemma_.lower() in {"shura", "council", "committee"} for t in name.subtree if t.i >= name.left_edge.i and t.i <= name.i):
        return  # "the Islamic State's Caliph", "AQIM's Council of Dignitaries": a post or an organ, no unit
    part, whole = _entity(state, name, orgs), _entity(state, owner, orgs)
    if part is None or whole is None or part == whole:
        return
    dp, dw = state.entities.get(part), state.entities.get(whole)
    if dp.force or dw.force or not dw.armed or dp.kind == "wing" or any(b.entity == part for b in state.branches):
        return  # (a media wing and a province the gazetteer knows are read elsewhere)
    _add(state, "branch", {"organization": part, "parent": whole}, name, attrs={"kind": "unit"}, time=None)


def _joined_a_rival(state: DocState) -> None:
    """ "A, all former commanders of the front, ... had joined the rival group": a man placed
    in one armed group who joins another defects to it (not to the first one's own branch or
    parent)."""
    by_id = {f.id: f for f in state.facts}
    for fact_id, at in state.joins:
        joined = by_id.get(fact_id)
        if joined is None:
            continue
        person, new = state.arg(joined, "person"), state.arg(joined, "organization")
        old = next(
            (
                state.arg(f, "organization")
                for f in state.facts_of("leadership") + state.facts_of("membership")
                if f is not joined
                and state.arg(f, "person") == person
                and state.arg(f, "organization") not in {None, new}
                and state.anchors.get(f.id, -1) < at  # (a group he joins later is not the one he left)
            ),
            None,
        )
        if old is None or new is None or not (state.entities.get(old).armed and state.entities.get(new).armed):
            continue
        if state.entities.get(old).parent == new or state.entities.get(new).parent == old:
            continue
        if _gone_when_joined(state, state.sdoc[at], old):
            continue  # "When the UIC collapsed, he joined Hizbul Islam": no group left to defect from
        _add(
            state,
            "defection",
            {"member": person, "from": old, "to": new},
            state.sdoc[at],
            time=joined.time,
            merge_on=("member",),
        )


END_VERBS = frozenset({"collapse", "dissolve", "disband", "disintegrate", "crumble", "fold"})


def _gone_when_joined(state: DocState, join: Token, old: int) -> bool:
    """The sentence of the joining tells that the old group had come to an end ("When the UIC
    collapsed, he joined ...")."""
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() in END_VERBS and t.i != join.i
        and (who := subject(t)) is not None and resolve_token(state, who) == old
        for t in join.sent
    )


def _fold_pledges(state: DocState) -> None:
    """ "IS accepted an oath of allegiance from Boko Haram ... Boko Haram's leader, Shekau,
    pledged allegiance to IS's leader Baghdadi": one pledge, the group's, made by its leader."""

    def side(key: int) -> set[int]:
        """An entity and the groups it leads (or the leaders of a group)."""
        out = {key}
        for f in state.facts_of("leadership"):
            if state.arg(f, "person") == key:
                out.add(state.arg(f, "organization"))
            if state.arg(f, "organization") == key:
                out.add(state.arg(f, "person"))
        return out

    for group_pledge in list(state.facts_of("pledge")):
        pledger = state.arg(group_pledge, "pledger")
        if pledger is None or state.entities.get(pledger).type != "organization":
            continue
        recipients = side(state.arg(group_pledge, "recipient"))
        leader = next(
            (
                f
                for f in state.facts_of("pledge")
                if f is not group_pledge
                and state.entities.get(state.arg(f, "pledger")).type == "person"
                and pledger in side(state.arg(f, "pledger"))
                and state.arg(f, "recipient") in recipients
            ),
            None,
        )
        if leader is None:
            continue
        leader.sources.extend(s for s in group_pledge.sources if s not in leader.sources)
        for k, v in group_pledge.attrs.items():
            leader.attrs.setdefault(k, v)
        leader.time = narrower(leader.time, group_pledge.time)
        state.facts.remove(group_pledge)


def _entity(state: DocState, tok: Token | None, types: set[str]) -> int | None:
    if tok is None:
        return None
    key = resolve_token(state, tok)
    if key is not None and state.entities.get(key).type in types:
        return key
    return None


def _people(state: DocState, tok: Token | None) -> int | None:
    """A named pledger/member, or a described group ("jihadists who defected from ICE")."""
    key = _entity(state, tok, {"person", "organization", "group_of_people"})
    if key is not None or tok is None:
        return key
    if tok.lemma_.lower() in PEOPLE_HEADS | {"jihadist", "militant", "commander"} and tok.pos_ == "NOUN":
        return descriptive(state, tok, "group_of_people" if tok.tag_ == "NNS" else "person")
    if tok.tag_ == "NNS" and tok.lemma_.lower() in {"group", "faction", "cell", "brigade", "battalion", "militia"} and any(
        c.dep_ == "amod" for c in tok.children
    ):
        # "local jihadi groups pledged allegiance to ...": described groups
        return descriptive(state, tok, "organization")
    if tok.like_num or tok.lower_ in COUNT_WORDS:
        # "Dozens of its field commanders", "about 20 of his followers"
        for _, obj in prep_objects(tok, "of"):
            if obj.lemma_.lower() in PEOPLE_HEADS | FOLLOWER_WORDS:
                return descriptive(state, tok, "group_of_people")
    return None


def _group_of(state: DocState, person: int) -> int | None:
    """The group a person leads or speaks for, from facts read so far."""
    for f in state.facts_of("leadership") + state.facts_of("membership"):
        if state.arg(f, "person") == person:
            return state.arg(f, "organization")
    return None


def _add(
    state: DocState,
    ftype: str,
    args: dict,
    pred: Token,
    *,
    attrs: dict | None = None,
    time=None,
    merge_on=None,
) -> Fact | None:
    if ftype == "alliance" and pred.lemma_.lower().startswith("affiliat"):
        kinds = {state.entities.get(args[k]).type for k in ("a", "b")}
        if kinds == {"person", "organization"}:
            # "commander X was affiliated with the organisation since 2003": a man affiliated
            # with a group is its member (a man "close to" or "with ties to" a group stays tied)
            person, org = sorted((args["a"], args["b"]), key=lambda k: state.entities.get(k).type != "person")
            ftype, args, attrs = "membership", {"person": person, "organization": org}, None
    mod = modality.of_clause(state, pred)
    if mod.skip:
        return None
    return state.add_fact(
        ftype,
        args,
        span=pred.sent,
        anchor=pred,
        time=time if time is not None else timing.clause_time(state, pred),
        attrs=attrs,
        modality=mod.modality,
        confidence=mod.confidence,
        attributed_to=mod.attributed_to,
        merge_on=merge_on,
    )


# --------------------------------------------------------------------------- pledge


def _pledged(state: DocState, verb: Token) -> None:
    obj = child(verb, "dobj")
    if verb.lemma_.lower() in {"give", "offer"} and (obj is None or obj.lemma_.lower() not in PLEDGE_NOUNS):
        return
    if verb.lemma_.lower() in {"swear"} | AFFIRM_VERBS and (
        obj is None or obj.lemma_.lower() not in PLEDGE_NOUNS
    ):
        return  # "declared its allegiance to", "renewed its pledge to"; not "declared a caliphate"
    recipient_tok = next((o for _, o in prep_objects(verb, "to")), None)
    if recipient_tok is None and obj is not None:
        recipient_tok = next((o for _, o in prep_objects(obj, "to")), None)
    recipient = _entity(state, recipient_tok, {"person", "organization"})
    if recipient is None and recipient_tok is not None and recipient_tok.lemma_.lower() in LEADER_NOUNS:
        # "loyalty to the leader of al-Qaeda in Afghanistan, Ayman al-Zawahiri": the man named
        recipient = next(
            (k for t in recipient_tok.subtree if t.i > recipient_tok.i and (k := _entity(state, t, {"person"})) is not None),
            None,
        )
        after = recipient_tok.right_edge.i + 1
        if recipient is None and after + 1 < len(state.sdoc) and state.sdoc[after].text == ",":
            recipient = _entity(state, state.sdoc[after + 1], {"person"})  # the name hung elsewhere by the parser
        if recipient is None:
            # "pledged allegiance to the caliph of the Islamic State", the man unnamed: his group
            recipient = next((k for _, o in prep_objects(recipient_tok, "of") if (k := _entity(state, o, {"organization"}))), None)
    if recipient is None and obj is not None and obj.lemma_.lower() in PLEDGE_NOUNS:
        recipient = _recipient_after(state, obj)  # a parse that lost "to ..." ("to IS emir X" read as a verb)
    who = subject(verb)
    # "he and about 20 of his followers had sworn allegiance": each conjoined pledger
    for one in (who, *who.conjuncts) if who is not None else ():
        pledger = _people(state, one)
        if pledger is not None and pledger == recipient and obj is not None and obj.lemma_.lower() in PLEDGE_NOUNS:
            # "X announced its allegiance to the Islamic State organisation": the generic noun
            # read as X itself; the name written after "to" is the recipient
            recipient = _recipient_after(state, obj)
        if (
            pledger is not None
            and recipient is not None
            and recipient_tok is not None
            and state.entities.at(recipient_tok) is None
            and recipient_tok.lemma_.lower() in GROUP_ANAPHORS
            and _own_group(state, pledger, recipient)
        ):
            # "its leader Musa Baluku declared allegiance to the group": not to his own group,
            # to the other one the text is about
            recipient = salient(state, recipient_tok.i, exclude=recipient)
        if pledger is None or recipient is None or pledger == recipient:
            continue
        _add(
            state,
            "pledge",
            {"pledger": pledger, "recipient": recipient},
            verb,
            merge_on=("pledger", "recipient"),
        )
        _switch_of_allegiance(state, pledger, recipient, verb)


def _own_group(state: DocState, person: int, org: int) -> bool:
    """Whether the text has already placed ``person`` in ``org`` (its leader or member)."""
    return state.entities.root(org) in state.groups_of(person)


def _recognized_as_leader(state: DocState, verb: Token) -> None:
    """ "the council's members have recognized Abu Bakr al-Baghdadi as their leader", "X
    acknowledged the Taliban's emir as its own emir": a pledge to him."""
    obj = child(verb, "dobj")
    role = next((o for _, o in prep_objects(verb, "as")), None)
    if obj is None or role is None or role.lemma_.lower() not in LEADER_NOUNS | {"caliph", "imam"} or negated(verb):
        return
    if modality.of_clause(state, verb).skip:
        return
    recipient = _entity(state, obj, {"person", "organization"})
    who = subject(verb)
    if who is not None and who.lemma_.lower() in {"all", "some", "most", "many"}:
        who = next((o for _, o in prep_objects(who, "of")), who)  # "all members of the council"
    for one in (who, *who.conjuncts) if who is not None else ():
        pledger = _people(state, one)
        if pledger is None and one.lemma_.lower() in {"member", "commander", "fighter", "leader", "elder", "scholar"}:
            pledger = descriptive(state, one, "group_of_people" if one.tag_ == "NNS" else "person")
        if pledger is not None and recipient is not None and pledger != recipient:
            _add(state, "pledge", {"pledger": pledger, "recipient": recipient}, verb, merge_on=("pledger", "recipient"))
            # recognizing a man as "its leader" is a pledge to him, not a post in the pledger's
            # group (the leadership family read "as its supreme leader" as one)
            state.facts[:] = [f for f in state.facts if not (
                f.type == "leadership" and state.arg(f, "person") == state.entities.root(recipient)
                and state.arg(f, "organization") == state.entities.root(pledger)
                and state.anchors.get(f.id) == role.i)]  # fmt: skip


def _recipient_after(state: DocState, noun: Token) -> int | None:
    """ "allegiance to IS emir Abu Bakr al-Baghdadi" whatever the parse: the words right after
    "to" up to punctuation or a date; a person named there, else the group."""
    doc = noun.doc
    i = noun.i + 1
    if i >= len(doc) or doc[i].lower_ != "to":
        return None
    found: list[int] = []
    for tok in doc[i + 1 : min(noun.sent.end, i + 10)]:
        if tok.is_punct and tok.text != "-" or tok.ent_type_ == "DATE" or tok.pos_ == "ADP":
            break
        key = state.entities.at(tok)
        if key is not None and state.entities.get(key).type in {"person", "organization"} and key not in found:
            found.append(key)
    people = [k for k in found if state.entities.get(k).type == "person"]
    return people[0] if people else (found[0] if found else None)


def _pledged_to(noun: Token) -> Token | None:
    """What a pledge noun is to: "pledge to X", "pledge of allegiance to X"."""
    for _, o in prep_objects(noun, "to"):
        return o
    for _, of in prep_objects(noun, "of"):
        for _, o in prep_objects(of, "to"):
            return o
    return None


def _pledge_noun(state: DocState, noun: Token) -> None:
    """ "Boko Haram's pledge of allegiance to the Islamic State"."""
    pledger = _people(state, child(noun, "poss"))
    recipient = _entity(state, _pledged_to(noun), {"person", "organization"})
    if pledger is None or recipient is None or pledger == recipient:
        return
    pred = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
    _add(state, "pledge", {"pledger": pledger, "recipient": recipient}, pred, merge_on=("pledger", "recipient"))


def _switch_of_allegiance(state: DocState, pledger: int, recipient: int, verb: Token) -> None:
    """A member of one group pledging to another ("Mumin, a senior cleric in al Shabaab,
    has pledged allegiance to the Islamic State") defects from the first."""
    if state.entities.get(pledger).type != "person":
        return
    target = recipient
    if state.entities.get(recipient).type == "person":
        target = _group_of(state, recipient)
    # a member only: a leader who pledges brings the group along ("Shekau pledged allegiance")
    if any(state.arg(f, "person") == pledger for f in state.facts_of("leadership")):
        return
    old = next(
        (
            state.arg(f, "organization")
            for f in state.facts_of("membership")
            if state.arg(f, "person") == pledger
        ),
        None,
    )
    if old is None or target is None or old == target:
        return
    if state.entities.get(old).parent == target or state.entities.get(target).parent == old:
        return
    pledge = state.find_fact("pledge", {"pledger": pledger, "recipient": recipient})
    _add(
        state,
        "defection",
        {"member": pledger, "from": old, "to": target},
        verb,
        time=pledge.time if pledge is not None else None,
        merge_on=("member",),
    )


def _misparsed_oath(noun: Token) -> Token | None:
    """ "swore" read as an adjective or compound of "allegiance" (the small model's habit)."""
    return next(
        (c for c in noun.children
         if c.dep_ in {"amod", "compound"} and c.lower_ in {"swore", "sworn", "swear", "pledged", "pledge"}),
        None,
    )  # fmt: skip


def _pledged_misparsed(state: DocState, noun: Token) -> None:
    """ "... broke with the emirate and swore allegiance to Baghdadi" parsed with
    "swore" as an adjective of "allegiance": the pledger is the conjoined verb's subject."""
    head = noun.head
    who = subject(head) if head.pos_ in {"VERB", "AUX"} else None
    if who is None and noun.sent.root.i < noun.i:
        who = noun.sent.root  # "Mumin, a member of al Shabaab, swore allegiance to ..." (a root after it is no subject)
    pledger = _people(state, who)
    if pledger is None:
        # "Abubakar Shekau swore allegiance to ...", the name parsed as a compound of the
        # oath: the name just before the misread verb
        oath = _misparsed_oath(noun)
        before = next((t for t in reversed(noun.doc[noun.sent.start : oath.i]) if not t.is_punct), None)
        if before is not None and state.entities.at(before) is not None:
            pledger = _people(state, before)
    recipient = _entity(
        state, next((o for _, o in prep_objects(noun, "to")), None), {"person", "organization"}
    ) or _recipient_after(state, noun)  # ("to IS leader Abu Bakr al-Baghdadi", "IS" read as the verb)
    if pledger is None or recipient is None or pledger == recipient:
        return
    _add(
        state,
        "pledge",
        {"pledger": pledger, "recipient": recipient},
        head if head.pos_ in {"VERB", "AUX"} else noun,
        merge_on=("pledger", "recipient"),
    )
    _switch_of_allegiance(state, pledger, recipient, head if head.pos_ in {"VERB", "AUX"} else noun)


def _accepted(state: DocState, verb: Token) -> None:
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    obj = subject(verb) if passive else child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in PLEDGE_NOUNS:
        return
    giver_tok = next((o for t in (verb, *obj.subtree) for _, o in prep_objects(t, "from")), None)
    if giver_tok is None:
        giver_tok = child(obj, "poss")
    if giver_tok is None:
        # "accepted the pledge of Boko Haram" (not "the pledge of allegiance")
        giver_tok = next((o for _, o in prep_objects(obj, "of") if o.lemma_.lower() not in PLEDGE_NOUNS), None)
    if giver_tok is None:
        # "the oaths of allegiance sworn by militants in ... had been accepted by X"
        giver_tok = next((o for a in obj.subtree if a.dep_ == "acl" for _, o in prep_objects(a, "by")), None)
    pledger = _people(state, giver_tok)
    acceptor = _entity(state, agent(verb) if passive else subject(verb), {"person", "organization"})
    if pledger is None or acceptor is None:
        return
    recipient = acceptor
    if state.entities.get(acceptor).type == "person":
        recipient = _group_of(state, acceptor) or acceptor
    _add(
        state,
        "pledge",
        {"pledger": pledger, "recipient": recipient},
        verb,
        attrs={"accepted_by": acceptor},
        merge_on=("pledger",),
    )


# --------------------------------------------------------------------------- founding, branch


def _came_into_being(verb: Token) -> bool:
    return verb.lemma_.lower() == "come" and any(o.lower_ in {"being", "existence"} for _, o in prep_objects(verb, "into"))


def _set_up(verb: Token) -> bool:
    """ "Abdul Wali set up Jamaat-ul-Ahrar in 2014"."""
    return verb.lemma_.lower() == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _founded(state: DocState, verb: Token) -> None:
    passive = any(c.dep_ == "nsubjpass" for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN") or fronted_participle(verb)
    if verb.lemma_.lower() == "emerge" or _came_into_being(verb):
        passive = True  # "Ansaru emerged in 2012", "JNIM came into being in 2017": its subject began
    elif (
        not passive
        and child(verb, "dobj") is None
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.tag_ in {"VBN", "VBD"}
    ):
        passive = True  # "Ansaru, set up in 2012, has ...": a participle the parser made the verb
    org_tok = (verb.head if verb.dep_ == "acl" else subject(verb)) if passive else child(verb, "dobj")
    org = _entity(state, org_tok, {"organization"})
    if org is None and org_tok is not None and org_tok.lemma_.lower() in GROUP_ANAPHORS | {"outfit", "organisation", "organization"}:
        # "formed his own outfit, Ansar Ghazwat-ul-Hind" (the parse may hang the name elsewhere):
        # the name set off right after the group word
        after = org_tok.right_edge.i + 1
        if after + 1 < len(state.sdoc) and state.sdoc[after].text == ",":
            named = _entity(state, state.sdoc[after + 1], {"organization"})
            if named is not None:
                org, org_tok = named, state.sdoc[after + 1]
    if org is None or state.entities.get(org).force:
        return
    d = state.entities.get(org)
    # only new units: a regional branch, or a group whose founding the sentence dates
    by = None if passive else _entity(state, subject(verb), {"person", "organization"})
    makers: list[int] = []
    if passive and verb.lemma_.lower() != "found":  # "founded by X" is read by the leadership rules
        # "was set up / formed / created by Masood Azhar in 2000": its founder
        maker = next((o for _, o in prep_objects(verb, "by")), None)
        by = _entity(state, maker, {"person"}) if maker is not None else None
        # "by A, a teacher, and B, a militant": each of them
        if by is not None:
            makers = [k for k in (_entity(state, m, {"person"}) for m in list_members(maker)) if k is not None]
    if by == org:
        return
    is_branch = any(b.entity == org for b in state.branches)
    time = timing.clause_time(state, verb)
    if time is None and verb.dep_ in {"xcomp", "advcl", "conj"}:
        # "merged in 2013 to form al-Mourabitoun", "left the group in 2017 and formed his own outfit"
        time = timing.clause_time(state, verb.head)
    if not is_branch and time is None:
        return
    if verb.lemma_.lower() in {"announce", "declare"} and not is_branch and d.ref is None:
        return
    attrs = {"announced_by": by} if by is not None else {}
    _add(state, "founding", {"organization": org}, verb, attrs=attrs, time=time)
    if by is not None and state.entities.get(by).type == "person" and (
        verb.lemma_.lower() in {"create", "establish", "form", "launch"} or _set_up(verb)
    ):
        # "X created his own outfit, HuA": the man who set it up founded it ("founded" is
        # read by the leadership rules)
        for one in dict.fromkeys(makers or [by]):
            _add(state, "leadership", {"person": one, "organization": org}, verb, attrs={"role": "founder"},
                 time=time, merge_on=("person", "organization"))  # fmt: skip
    unit = org_tok.head if org_tok is not None and org_tok.dep_ == "appos" else org_tok
    if (
        by is not None
        and verb.lemma_.lower() in {"create", "establish", "form", "launch"}
        and state.entities.get(by).type == "organization"
        and state.entities.get(by).armed
        and unit is not None
        and unit.lemma_.lower() in SUBUNIT_NOUNS
        and not any(b.entity == org for b in state.branches)  # a province the gazetteer knows is read there
    ):
        # "al-Shabaab created a new unit, the Amniyat": a part of the group
        kind = SUBUNIT_NOUNS[unit.lemma_.lower()]
        _add(state, "branch", {"organization": org, "parent": by}, verb, attrs={"kind": kind}, time=None)


FOUNDING_NOUNS = {"creation", "formation", "establishment", "founding", "launch"}


def _renamed(verb: Token) -> Token | None:
    """ "the group is now called X", "his organization will now be named X", "was renamed X":
    the group word the new name is given to."""
    group = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if group is None or not (verb.lemma_.lower() == "rename" or any(c.lower_ == "now" for c in verb.children)):
        return None
    return group if group.lemma_.lower() in GROUP_ANAPHORS | {"organization", "organisation", "alliance"} else None


def _new_name(state: DocState, verb: Token) -> None:
    """A group's new name is a group founded then (its founding: the renaming's date)."""
    after = verb.doc[verb.i + 1 : min(verb.i + 6, verb.sent.end)]  # (the name may be quoted, its first word untagged)
    key = next((k for t in after if t.pos_ == "PROPN" and (k := _entity(state, t, {"organization"})) is not None), None)
    if key is None or state.entities.get(key).force or negated(verb) or agent(verb) is not None:
        return
    time = timing.clause_time(state, verb)
    if time is None and verb.dep_ == "conj":
        time = timing.clause_time(state, verb.head)  # "made the declaration on Thursday, and the group is now called X"
    if time is None:
        return
    _add(state, "founding", {"organization": key}, verb, time=time)


def _founding_noun(state: DocState, noun: Token) -> None:
    """ "announced the creation of Hurras al-Din in February 2018"."""
    org = next((_entity(state, o, {"organization"}) for _, o in prep_objects(noun, "of")), None)
    owner = child(noun, "poss")
    if org is None and owner is not None:
        # "since the group's formation in 2015", "ISGS's creation", "its founding in 2012"
        org = _entity(state, owner, {"organization"})
        if org is None and (owner.lemma_.lower() in GROUP_ANAPHORS or owner.lower_ == "its"):
            org = salient(state, owner.i)
    if org is None or state.entities.get(org).force:
        return
    pred = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
    time = timing.clause_time(state, pred)
    if time is None:
        return
    _add(state, "founding", {"organization": org}, pred, time=time)


def _branches(state: DocState) -> None:
    doc = state.sdoc
    for b in state.branches:
        heads = [doc[i] for i in b.heads if not _inside_description(doc[i])]
        heads.sort(key=lambda t: t.sent.text.rstrip().endswith("?"))  # a headline's question last
        if not heads:
            continue
        head = heads[0]
        kind = "province" if "province" in b.kinds else b.kinds[0]
        state.add_fact(
            "branch",
            {"organization": b.entity, "parent": b.parent},
            span=head.sent,
            anchor=head,
            attrs={"kind": kind},
            confidence=0.8,
        )


# a word for a branch, and the kind of branch it tells
BRANCH_WORDS = {"branch": "branch", "affiliate": "affiliate", "franchise": "affiliate", "offshoot": "branch", "arm": "branch"}


def _branches_the_reference_knows(state: DocState, res: Resources) -> None:
    """ "the Yemen affiliate's top leaders", "the Yemen-based al-Qaida branch", "considers AQAP
    to be the network's most dangerous branch": a word for a branch standing for a group the
    reference data holds as another's branch is the story telling that tie - the branch of
    the parent the reference names."""
    for tok in state.tokens:
        kind = BRANCH_WORDS.get(tok.lemma_.lower())
        if kind is None or tok.pos_ != "NOUN" or tok.tag_ == "NNS":
            continue
        key = resolve_token(state, tok)
        if key is None:
            key = next((k for d in described_by(tok) if (k := resolve_token(state, d)) is not None), None)
        d = state.entities.get(key) if key is not None else None
        group = res.group_by_id(d.ref) if d is not None and d.type == "organization" and d.ref else None
        parent = res.group_by_id(group.parent) if group is not None and group.parent else None
        if parent is None or negated(tok) or modality.of_clause(state, tok).skip:
            continue
        # whose branch the phrase says it is ("the group's local branch") must be that parent
        named_owner = next((k for c in tok.children if c.dep_ in {"poss", "compound", "nmod"}
                            and (k := resolve_token(state, c)) is not None and k != key
                            and state.entities.get(k).type == "organization"), None)  # fmt: skip
        if named_owner is not None and state.entities.get(named_owner).ref != parent.id:
            continue
        state.add_fact("branch", {"organization": key, "parent": group_entity(state, parent)}, span=tok.sent,
                       anchor=tok, attrs={"kind": kind}, confidence=0.75)  # fmt: skip


def _inside_description(tok: Token) -> bool:
    """A head inside "the jihadist selected to lead ICE's Dagestan province"."""
    return any(a.dep_ in {"acl", "relcl"} and a.head.lemma_.lower() in PEOPLE_HEADS for a in tok.ancestors)


# --------------------------------------------------------------------------- alliance


def _linked(state: DocState, word: Token, kind: str) -> None:
    orgs = {"organization"}
    if word.dep_ != "amod" and _hyphen_linked(state, word, kind):
        return
    if word.dep_ == "amod":
        # "the al Qaeda-linked Islamic Caucasus Emirate"
        a = _named_group(state, word.head) or _entity(state, word.head, orgs)
        b = next(
            (_entity(state, c, orgs) for c in word.children if c.dep_ in {"npadvmod", "compound", "nmod"}),
            None,
        )
        if b is None and word.i >= 2 and word.doc[word.i - 1].text == "-":
            b = _entity(state, word.doc[word.i - 2], orgs)  # "Al-Qaeda-linked": the part before the hyphen
        if b is None and word.i > word.head.i:
            # "JAD, a network sympathetic to the Islamic State": the adjective after its noun,
            # the other group after "to"/"with"
            b = next((_entity(state, o, orgs) for _, o in prep_objects(word, "to", "with")), None)
        if (a is None or b is None or a == b) and _hyphen_linked(state, word, kind):
            return
        if b is None:
            return
        if a == b and word.head.lemma_.lower() in FIGHTERS:
            a = salient(state, word.head.i, exclude=b)  # "the Al Qaeda-linked insurgents": the story's group
    elif (linked := misread_link(word)) is not None:
        a, b = _entity(state, linked, orgs), _entity(state, subject(word), orgs)
    else:
        if negated(word) or any(negated(a) for a in word.ancestors if a.pos_ in {"VERB", "AUX"} and a.i < word.i):
            return
        who = subject(word)
        if who is None and word.dep_ == "acomp":
            who = subject(word.head)  # "the Haqqani network is close to al-Qaeda"
        if word.dep_ == "advcl" and word.i >= 2 and word.doc[word.i - 1].text == ",":
            # "... officials of the ADF armed group, linked to the Islamic State": the group
            # named right before the comma, not the main clause's subject
            who = word.doc[word.i - 2] if _group_meant(state, word.doc[word.i - 2]) is not None else who
        other = next((o for _, o in prep_objects(word, "with", "to", *(("by",) if kind == "linked" else ()))), None)
        a = _group_meant(state, who) or _entity(state, who, {"person"})
        # "allied with the Afghan Taliban and al-Qaeda": each group the phrase lists
        for tok in list_members(other) if other is not None else []:
            b = _group_meant(state, tok) or _entity(state, tok, {"person"})
            if _ties_count(state, a, b, kind):
                _add(state, "alliance", {"a": a, "b": b}, word, attrs={"kind": kind}, time=None)
        return
    if _ties_count(state, a, b, kind):  # (two groups here)
        _add(state, "alliance", {"a": a, "b": b}, word, attrs={"kind": kind}, time=None)


def _hyphen_linked(state: DocState, word: Token, kind: str) -> bool:
    """ "the al-Qaeda-linked al-Shabab did not comment", "the al-Qaeda-linked al-Shabab
    group": a compound adjective the parser tore apart; the group before the hyphen is tied
    to the group named right after the word (True when read)."""
    doc, orgs = word.doc, {"organization"}
    if not 2 <= word.i < len(doc) - 1 or doc[word.i - 1].text != "-" or any(True for _ in prep_objects(word, "with", "to", "by")):
        return False
    a, b = _entity(state, doc[word.i + 1], orgs), _entity(state, doc[word.i - 2], orgs)
    if a is None or b is None or not _ties_count(state, a, b, kind):
        return False
    _add(state, "alliance", {"a": a, "b": b}, word, attrs={"kind": kind}, time=None)
    return True


def _ties_count(state: DocState, a: int | None, b: int | None, kind: str) -> bool:
    """Whether "A is linked to (allied with) B" ties two parties: two groups, no state force;
    "Sahrawi was allied with Mokhtar Belmokhtar", "al-Barnawi is linked to AQIM": a man's ties
    count as his - two men allied, or a man linked to an armed group."""
    if a is None or b is None or a == b or state.entities.get(a).force or state.entities.get(b).force:
        return False
    people = [k for k in (a, b) if state.entities.get(k).type == "person"]
    groups = [k for k in (a, b) if state.entities.get(k).type == "organization"]
    if len(people) == 2:
        return kind == "ally"  # not "linked to Mohammed Ali by marriage"
    return not people or (bool(groups) and state.entities.get(groups[0]).armed)


def misread_link(word: Token) -> Token | None:
    """ "The Balochistan Liberation Army (BLA) linked Majeed Brigade claimed ...": the adjective
    parsed as a verb with no "with"/"to"/"by"; its object is the group (linked to its subject)."""
    if word.tag_ != "VBD" or word.lemma_.lower() not in LINK_WORDS or any(True for _ in prep_objects(word, "with", "to", "by")):
        return None
    return child(word, "dobj")


def _group_meant(state: DocState, tok: Token | None) -> int | None:
    """The group a phrase stands for: its name; "a group thought to be linked to ISIL" after
    the name; "al Shabaab militants" (the group whose men they are); "his organization" (the
    group the man is known to lead or belong to)."""
    orgs = {"organization"}
    key = _entity(state, tok, orgs)
    if key is not None or tok is None:
        return key
    lemma = tok.lemma_.lower()
    if lemma in GROUP_ANAPHORS:
        named = _named_group(state, tok)
        if named is not None:
            return named
        owner = child(tok, "poss")
        person = _entity(state, owner, {"person"}) if owner is not None else None
        if person is not None:
            return next((state.arg(f, "organization") for f in state.facts_of("leadership") + state.facts_of("membership")
                         if state.arg(f, "person") == person), None)  # fmt: skip
        return None
    if lemma in FIGHTERS and tok.tag_ == "NNS":
        return next((k for c in tok.children if c.dep_ in {"compound", "poss"} and (k := _entity(state, c, orgs)) is not None), None)
    return None


def _cooperated(
    state: DocState, verb: Token, kind: str, preps: tuple[str, ...], *, armed_only: bool = False
) -> None:
    """ "AQAP and al-Shabaab have long cooperated", "X collaborated with Y": allies;
    "al-Shabaab and IS have clashed in Puntland", "X fought Y", "A and B fought each other":
    rivals (armed groups only, as are allies with ``armed_only``)."""
    if negated(verb) or modality.of_clause(state, verb).skip:
        return
    orgs = {"organization"}
    who = subject(verb)
    a = _entity(state, who, orgs)
    if a is None and who is not None and who.lemma_.lower() in GROUP_ANAPHORS:
        a = salient(state, who.i)  # "The group has fought alongside ..." (named sentences before)
    # "alongside groups including al Nusrah Front": every group the phrase lists
    partners = [m for _, o in prep_objects(verb, *preps) for m in list_members(o)]
    obj = child(verb, "dobj")
    if kind == "rival" and obj is not None and obj.lower_ not in {"other", "another"}:
        partners.append(obj)  # (not "each other": the subject's conjuncts, below)
    partners = partners or ([*who.conjuncts] if who is not None else [])
    for tok in partners:
        b = _entity(state, tok, orgs)
        if a is None or b is None or a == b:
            continue
        if (kind == "rival" or armed_only) and not (state.entities.get(a).armed and state.entities.get(b).armed):
            continue  # a state's forces fighting a group are no rival group
        if state.entities.get(a).force or state.entities.get(b).force:
            continue
        _add(state, "alliance", {"a": a, "b": b}, verb, attrs={"kind": kind}, time=None)


def _armed_pair(state: DocState, a: int | None, b: int | None) -> bool:
    if a is None or b is None or state.entities.root(a) == state.entities.root(b):
        return False
    da, db = state.entities.get(a), state.entities.get(b)
    return da.armed and db.armed and not da.force and not db.force


def _hosted(state: DocState, verb: Token) -> None:
    """ "The Taliban have long sheltered al-Qaeda", "AQAP hosted al-Shabaab fighters": allies
    (two armed groups; a state harbouring a group is no alliance of groups)."""
    if negated(verb) or is_passive(verb):
        return
    orgs = {"organization"}
    a = _entity(state, subject(verb), orgs)
    obj = child(verb, "dobj")
    b = _entity(state, obj, orgs) or next(
        (k for c in obj.children if c.dep_ in {"compound", "poss"} and (k := _entity(state, c, orgs)) is not None), None
    )
    if _armed_pair(state, a, b):
        _add(state, "alliance", {"a": a, "b": b}, verb, attrs={"kind": "ally"}, time=None)


HAVEN_NOUNS = {"haven", "sanctuary", "refuge", "shelter"}
GIVE_VERBS = {"give", "provide", "offer", "grant", "afford"}


def _gave_haven(state: DocState, haven: Token) -> None:
    """ "the Taliban regime, toppled for giving safe haven to al-Qaeda leader Osama bin Laden",
    "the Taliban provided sanctuary to al-Qaeda fighters": the host and the guest's group are
    allies (two armed groups)."""
    verb = haven.head
    if negated(verb):
        return
    orgs = {"organization"}

    def group_of(tok: Token | None) -> int | None:
        if tok is None:
            return None
        # the phrase's own group: "al-Qaeda fighters", "al-Qaeda leader Osama bin Laden"
        return _entity(state, tok, orgs) or next(
            (k for c in tok.subtree if c.i < tok.i and (k := _entity(state, c, orgs)) is not None), None
        )

    host = subject(verb)
    if host is None and verb.dep_ == "pcomp" and verb.head.lower_ == "for":
        # "toppled the Taliban regime for giving ...": the regime gave it
        host = child(verb.head.head, "dobj") if verb.head.head.pos_ == "VERB" else verb.head.head
    guest = next((o for t in (verb, haven) for _, o in prep_objects(t, "to")), None) or child(verb, "dative")
    a, b = group_of(host), group_of(guest)
    if _armed_pair(state, a, b):
        _add(state, "alliance", {"a": a, "b": b}, verb, attrs={"kind": "ally"}, time=None)


def _at_war(state: DocState, war: Token) -> None:
    """ "ISWAP has been at war with Boko Haram since 2016": rivals."""
    verb = war.head.head
    if negated(verb):
        return
    orgs = {"organization"}
    a = _entity(state, subject(verb), orgs)
    for _, o in prep_objects(war, "with"):
        for t in list_members(o):
            b = _entity(state, t, orgs)
            if _armed_pair(state, a, b):
                _add(state, "alliance", {"a": a, "b": b}, war, attrs={"kind": "rival"}, time=None)


def _including_part(state: DocState, prep: Token) -> None:
    """ "The Taliban, including the Haqqani Network, ...": a named armed group set off with
    "including" after a named armed group is a faction of it ("groups including X" names no
    whole)."""
    orgs = {"organization"}
    whole = _entity(state, prep.head, orgs) if prep.head.pos_ == "PROPN" else None
    if whole is None or not state.entities.get(whole).armed or state.entities.get(whole).force:
        return
    if prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return
    for tok in (o for o in prep.children if o.dep_ == "pobj"):
        for one in list_members(tok):
            part = _entity(state, one, orgs)
            if part is None or part == whole or not state.entities.get(part).armed or state.entities.get(part).force:
                continue
            _add(state, "branch", {"organization": part, "parent": whole}, prep, attrs={"kind": "faction"}, time=None)


# "X consists of A and B", "X is made up of A, B and C", "X comprises A and B", "X is composed
# of A and B": the groups a front or coalition is made of
MADE_OF_VERBS = {"consist": "of", "make": "of", "compose": "of", "comprise": None}


def _made_of(verb: Token) -> Token | None:
    """The object naming the parts of a "made of" verb, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in MADE_OF_VERBS:
        return None
    if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    prep = MADE_OF_VERBS[lemma]
    if prep is None:
        return child(verb, "dobj")
    found = next((o for _, o in prep_objects(verb, prep)), None)
    if found is None:  # "consisting of fighting groups including ...": the parse's gerund
        found = next((child(g, "dobj") for p in verb.children if p.dep_ == "prep" and p.lower_ == prep
                      for g in p.children if g.dep_ == "pcomp"), None)  # fmt: skip
    return found


def _made_up_of(state: DocState, verb: Token, parts: Token) -> None:
    """ "The HTS is a faction ..., consisting of fighting groups including the Haqq Brigade and
    Jaysh al-Sunnah", "JNIM is made up of Ansar Dine and al-Mourabitoun": each named armed
    group is a part (a branch) of the whole."""
    orgs = {"organization"}
    whole_tok = subject(verb)
    if verb.dep_ == "acl" and verb.head.dep_ == "attr":
        whole_tok = subject(verb.head.head)  # "The HTS is an Islamist faction ..., consisting of"
    if whole_tok is None or state.entities.at(whole_tok) is None:
        return  # ("the jihadist alliance in Mali that is made up of ...": no group named as the whole)
    whole = _entity(state, whole_tok, orgs)
    if whole is None or not state.entities.get(whole).armed or state.entities.get(whole).force:
        return
    listed = list_members(parts)
    # "fighting groups including A, B and C", "groups such as A and B": the groups it names
    listed += [m for _, o in prep_objects(parts, "including", "like") for m in list_members(o)]
    listed += [m for p in parts.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
               for m in list_members(o)]  # fmt: skip
    for one in listed:
        part = _entity(state, one, orgs)
        if part is None or part == whole or state.entities.get(part).force:
            continue
        _add(state, "branch", {"organization": part, "parent": whole}, verb, attrs={"kind": "faction"}, time=None)


def _joined_forces(verb: Token) -> bool:
    """ "Al-Mourabitoun joined forces with AQIM"."""
    obj = child(verb, "dobj")
    return verb.lemma_.lower() == "join" and obj is not None and obj.lower_ == "forces"


def _named_group(state: DocState, noun: Token) -> int | None:
    """The group a generic noun stands for: "the X group" (compound), "group X" (apposition),
    "X, an al-Qaeda-linked group" (the noun in apposition to X)."""
    if noun.lemma_.lower() not in GROUP_ANAPHORS:
        return None
    orgs = {"organization"}
    for c in noun.children:
        if c.dep_ in {"compound", "appos"}:
            key = _entity(state, c, orgs)
            if key is not None:
                return key
    if noun.dep_ in {"appos", "compound"}:
        # "X, an al-Qaeda-linked group"; "the al Qaeda-affiliated group al Shabaab"
        return _entity(state, noun.head, orgs)
    after = noun.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if after is not None and after.ent_type_ == "ORG" and (key := _entity(state, after, orgs)) is not None:
        return key  # "the al Qaeda-affiliated group al-Shabaab" parsed as two phrases
    for t in noun.doc[noun.sent.start : noun.i]:
        if t.head == noun and t.ent_type_ == "ORG":
            return _entity(state, t, orgs)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        # "X is an IS-linked group": the copula's subject, or the group named before it
        who = subject(noun.head)
        key = _entity(state, who, orgs) if who is not None else None
        if key is None:
            key = next(
                (k for t in noun.doc[noun.sent.start : noun.head.i] if (k := _entity(state, t, orgs)) is not None), None
            )
        return key
    edge = noun.left_edge.i - 1
    doc = noun.doc
    if edge > noun.sent.start and doc[edge].text in {",", "-", "–", "—"}:
        # "MUJAO), an al-Qaeda-linked group", "(ADF) - a group thought to be linked to ISIL -"
        # with the apposition lost by the parser
        before = edge - 1 if doc[edge - 1].text != ")" else edge - 2
        return _entity(state, doc[before], orgs) if before >= noun.sent.start else None
    return None


def _ties(state: DocState, noun: Token) -> None:
    """ "the group has close links to AQIM", "Ansaru's ties to Boko Haram": an alliance."""
    orgs = {"organization"}
    kind = "ally" if noun.lemma_.lower() in ALLY_NOUNS else "linked"
    between = _groups_listed(state, prep_objects(noun, "between"))
    if len(between) == 2 and not _cut(noun):
        # "the alliance between Boko Haram and IS", "close cooperation between the Taliban and al-Qaeda"
        if _armed_pair(state, *between):
            _add(state, "alliance", {"a": between[0], "b": between[1]}, noun, attrs={"kind": kind}, time=None)
        return
    # "links with the Taliban and al-Qaeda": each group the phrase lists
    partners = _groups_listed(state, prep_objects(noun, "to", "with"))
    b = partners[0] if partners else None
    if b is None and noun.dep_ == "dobj" and not _cut(noun) and (
        (kind == "ally" and noun.head.lemma_.lower() in ALLIANCE_MAKING) or noun.head.lemma_.lower() in {"have", "maintain", "share"}
    ):
        # "Ansar Dine and AQIM formed an alliance in 2012", "al-Shabaab and AQAP have close
        # ties": the subject's groups, each pair
        who = _both_meant(subject(noun.head))
        sides = [k for t in (list_members(who) if who is not None else []) if (k := _entity(state, t, orgs)) is not None]
        for i, a in enumerate(sides):
            for other in sides[i + 1 :]:
                if _armed_pair(state, a, other):
                    _add(state, "alliance", {"a": a, "b": other}, noun, attrs={"kind": kind}, time=None)
        return
    if b is None:
        return
    if _cut(noun):
        return
    owner = child(noun, "poss")
    if owner is None and noun.dep_ == "conj":
        # "his ties to A and close links to B" (the parser may hang the second on A)
        first = next((a for a in noun.ancestors if a.lemma_.lower() in TIE_NOUNS), None)
        owner = child(first, "poss") if first is not None else None
    if owner is None and noun.dep_ in {"dobj"} and noun.head.lemma_ in {"have", "maintain", "keep"} | ALLIANCE_MAKING:
        owner = subject(noun.head)  # "X formed (forged, struck) an alliance with Y"
        if owner is not None and owner.lower_ in {"which", "that"} and noun.head.dep_ == "relcl":
            owner = noun.head.head  # "Ansar al-Sharia, which has close ties to AQIM"
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        owner = noun.head.head  # "Ansaru, a splinter group with links to AQIM"
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "into" and noun.head.head.lemma_ == "enter":
        owner = subject(noun.head.head)  # "X entered into an alliance with Y"
    claimed = None
    if owner is None and (said := _ties_said(noun)) is not None:
        # "a little-known group claiming links to al-Qaeda", "a group suspected of links to
        # X": the group the participle describes, as it claims (as others suspect)
        owner, claimed = said.head, "claimed" if said.lemma_.lower() == "claim" else "alleged"
        if owner.dep_ == "appos":
            owner = owner.head  # "The Imam Shamil Battalion, a little-known group claiming links to ..."
    a = _entity(state, owner, orgs) if owner is not None else None
    if a is None and owner is not None and noun.head.lower_ == "with":
        a = _named_group(state, owner)  # "Ansaru is a splinter group with links to AQIM"
    if a is None and owner is not None and owner.lemma_.lower() in GROUP_ANAPHORS:
        a = salient(state, owner.i)
    if a is None and owner is not None and noun.dep_ in {"pobj", "conj"}:
        # "a bounty on X because of his ties to Boko Haram": a man's ties to a group
        a = _entity(state, owner, {"person"})
    if a is None or state.entities.get(a).force:
        return
    for b in partners:
        if b != a and not state.entities.get(b).force:
            fact = _add(state, "alliance", {"a": a, "b": b}, noun, attrs={"kind": kind}, time=None)
            if claimed is not None and fact is not None:
                fact.modality = claimed


def _ties_said(noun: Token) -> Token | None:
    """The participle on a group noun that says it claims or is suspected of the ties:
    "a group claiming links to X", "a group suspected of links to X"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.dep_ != "acl" or verb.lemma_.lower() not in {"claim", "suspect", "allege", "believe", "say"}:
        return None
    return verb


def _groups_listed(state: DocState, objects: Iterable[tuple[str, Token]]) -> list[int]:
    """The groups the objects of a preposition name, each once ("links with the Taliban and
    al-Qaeda", "ties between A and B")."""
    keys = (_entity(state, t, {"organization"}) for _, o in objects for t in list_members(o))
    return list(dict.fromkeys(k for k in keys if k is not None))


def _cut(noun: Token) -> bool:
    """ "cut its remaining links with al Qaeda", "has no known links to X", "denied any ties"."""
    return any(c.lower_ in {"no", "any"} for c in noun.children) or any(
        a.lemma_.lower() in {"cut", "sever", "break", "deny", "renounce", "end", "dissolve"} for a in _own_clause(noun)
    )


def _own_clause(tok: Token) -> list[Token]:
    """The words above ``tok`` up to the head of its relative clause: "X, which has close ties
    to AQIM, denied involvement" does not deny the ties."""
    out = []
    for a in tok.ancestors:
        out.append(a)
        if a.dep_ in {"relcl", "acl"}:
            break
    return out


ALLIANCE_MAKING = {"form", "forge", "build", "seal", "create", "announce", "strike"}


ALLIANCE_NOUNS = frozenset({"alliance", "coalition", "bloc"})


def _an_alliance(obj: Token | None) -> bool:
    return obj is not None and obj.lemma_.lower() in ALLIANCE_NOUNS and obj.ent_type_ != "ORG"


def _joined_alliance(state: DocState, verb: Token) -> None:
    """ "A and B formed an alliance ... C joined the alliance": C is allied with A and B (the
    groups of the alliance told before; none told, no tie)."""
    orgs = {"organization"}
    joiner = _entity(state, subject(verb), orgs)
    if joiner is None or state.entities.get(joiner).force:
        return
    told = [f for f in state.facts_of("alliance") if f.attrs.get("kind") == "ally" and state.anchors.get(f.id, 10**9) < verb.i]
    if not told:
        return
    last = state.anchors[told[-1].id]
    since = timing.clause_time(state, verb)
    since = type(since)(start=since.start, end=None, text=since.text) if since is not None and since.start else None
    members = []
    for f in told:
        if state.anchors[f.id] == last:  # the alliance told last (one sentence's pairs)
            members += [state.arg(f, "a"), state.arg(f, "b")]
    for m in dict.fromkeys(members):
        if m is not None and state.entities.root(m) != state.entities.root(joiner):  # (the joiner: armed by joining)
            _add(state, "alliance", {"a": joiner, "b": m}, verb, attrs={"kind": "ally"}, time=since)


def _both_meant(who: Token | None) -> Token | None:
    """ "BLA and BLF announced that both organisations have formed an alliance": "both" (or
    "the two groups") stands for the coordinated subject of the verb the clause hangs on."""
    if who is None:
        return None
    both = who.lower_ == "both" or any(c.lower_ == "both" for c in who.children) or (
        who.tag_ == "NNS" and any(c.lower_ == "two" for c in who.children) and any(c.lower_ == "the" for c in who.children)
    )
    if not both:
        return who
    for verb in who.head.ancestors:
        named = subject(verb)
        if named is not None and named.conjuncts:
            return named
    return who


def _rivalry(state: DocState, noun: Token) -> None:
    """ "the rivalry between the Islamic State and al Qaeda": two rival groups."""
    orgs = {"organization"}
    between = [o for _, o in prep_objects(noun, "between")]
    if len(between) != 2:
        return
    a, b = (_entity(state, t, orgs) for t in between)
    if a is None or b is None or a == b or state.entities.get(a).force or state.entities.get(b).force:
        return
    _add(state, "alliance", {"a": a, "b": b}, noun, attrs={"kind": "rival"}, time=None)


def _alongside(state: DocState, word: Token) -> None:
    """ "KIB has fought alongside the Nusrah Front": groups in arms together."""
    orgs = {"organization"}
    verb = word.head
    a = _entity(state, subject(verb), orgs)
    for b_tok in [c for c in word.children if c.dep_ == "pobj"]:
        for t in list_members(b_tok):
            b = _entity(state, t, orgs)
            if a is None or b is None or a == b or state.entities.get(a).force or state.entities.get(b).force:
                continue
            _add(state, "alliance", {"a": a, "b": b}, verb, attrs={"kind": "ally"}, time=None)


def _link_noun(state: DocState, noun: Token, kind: str) -> None:
    """ "X, an affiliate of Y"; "Y's ally X"."""
    orgs = {"organization"}
    b = next((_entity(state, o, orgs) for _, o in prep_objects(noun, "of")), None) or _entity(
        state, child(noun, "poss"), orgs
    )
    owned = b is not None  # "an affiliate of Y", "Y's affiliate": a part of Y
    if b is None:
        # "the Somali-based al-Qaeda affiliate Al-Shabaab": the owner as a compound
        b = next((k for c in noun.children if c.dep_ == "compound" and (k := _entity(state, c, orgs)) is not None), None)
    if b is None and noun.dep_ == "attr" and noun.tag_ == "NNS" and kind in {"ally", "rival"}:
        # "The Islamic State and al-Qaeda are bitter rivals": the copula's coordinated subject
        who = subject(noun.head)
        pair = [who, *who.conjuncts] if who is not None else []
        keys = [k for t in pair if (k := _entity(state, t, orgs)) is not None]
        if len(keys) == 2 and keys[0] != keys[1] and not any(state.entities.get(k).force for k in keys):
            _add(state, "alliance", {"a": keys[0], "b": keys[1]}, noun, attrs={"kind": kind}, time=None)
        return
    a = None
    if noun.dep_ == "appos":
        a = _entity(state, noun.head, orgs)
    elif noun.dep_ == "attr":
        a = _entity(state, subject(noun.head), orgs)
    if a is None:
        a = _entity(state, child(noun, "appos"), orgs)  # "... affiliate Al-Shabaab"
    doc, after = noun.doc, noun.right_edge.i + 1
    if a is None and noun.left_edge.i == noun.sent.start and after + 1 < noun.sent.end and doc[after].text == ",":
        a = _entity(state, doc[after + 1], orgs)  # "An affiliate of al-Qaeda, al-Shabab has ...": the fronted description's name
    if a is None and b is None and noun.dep_ == "compound":
        # "Al Qaeda affiliate JNIM claimed ...": owner and noun both compounds of the name
        a = _entity(state, noun.head, orgs)
        b = next(
            (k for c in noun.head.children if c.dep_ == "compound" and c.i < noun.i and (k := _entity(state, c, orgs)) is not None),
            None,
        )
    if a is None or b is None or a == b:
        return
    if kind == "affiliate" and (owned or noun.lemma_.lower() != "offshoot"):
        # "Okba Ibn Nafaa, a local affiliate of AQIM", "al Nusrah Front, al Qaeda's affiliate in
        # Syria", "the al-Qaeda affiliate HTS": a branch of Y ("al Qaeda-affiliated" only links)
        _add(state, "branch", {"organization": a, "parent": b}, noun, attrs={"kind": "affiliate"}, time=None)
        return
    _add(state, "alliance", {"a": a, "b": b}, noun, attrs={"kind": kind}, time=None)


def _subunit_word(tok: Token) -> str | None:
    """The sub-unit word a token is ("sub-group" may come as three tokens: its last one)."""
    lemma = tok.lemma_.lower()
    if lemma == "group" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "sub":
        return "sub-group"
    if lemma in {"group", "faction", "outfit"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in {"splinter", "breakaway"} for c in tok.children
    ):
        return "splinter"  # "Ansaru, a Boko Haram splinter group": a faction of Boko Haram
    return lemma if lemma in SUBUNIT_NOUNS else None


def _subunit(state: DocState, noun: Token, kind: str) -> None:
    """ "Ajang Ajang, a sub-group of Abu Sayyaf"; "X is a faction of Y"; "X, which is a wing
    of Y": X is a branch of Y (both named groups)."""
    orgs = {"organization"}
    parent = next((_entity(state, o, orgs) for _, o in prep_objects(noun, "of", "within")), None)
    poss = child(noun, "poss")
    if parent is None and poss is not None and poss.pos_ == "PRON" and noun.dep_ == "appos":
        # "Al Qaeda's Group for Support of Islam and Muslims (JNIM), its wing in West Africa":
        # "its" is the possessor of the group it describes, not that group
        parent = _entity(state, child(noun.head, "poss"), orgs)
    parent = parent or _entity(state, poss, orgs)  # "Nusrah's Uzbek battalion, X"
    if parent is None and any(c.lower_ in {"a", "an", "another"} for c in noun.children):
        # "X, a Taliban faction, ..." ("the al-Mourabitoun brigade" is al-Mourabitoun itself)
        parent = _entity(state, child(noun, "compound"), orgs)
    if parent is None:
        return
    part = None
    named = {"organization", "person"}  # a group's unknown name is often taken for a man's
    appos = child(noun, "appos")
    if appos is not None:
        part = _entity(state, appos, {"organization"})
        if noun.tag_ == "NNS":
            # "its specialised units - the Majeed Brigade, STOS and Fateh Squad": each one listed
            for other in list_members(appos)[1:]:
                unit = _entity(state, other, named)
                if unit is not None and unit != parent and not state.entities.get(unit).force and state.entities.get(unit).type == "organization":
                    _add(state, "branch", {"organization": unit, "parent": parent}, noun, attrs={"kind": kind}, time=None)
    own = _entity(state, noun, {"organization"}) if noun.pos_ == "PROPN" else None
    if part is not None:
        pass
    elif own is not None and own != parent:
        part = own  # "the Baloch Liberation Army's Majeed Brigade": the unit named by the word itself
    elif noun.dep_ == "appos":
        part = _entity(state, noun.head, named)
    elif noun.dep_ == "attr" and noun.head.lemma_ in {"be", "become"}:
        who = subject(noun.head)
        if who is not None and who.lower_ in {"which", "that"} and noun.head.dep_ == "relcl":
            who = noun.head.head  # "X, which is a sub-group of Y"
        part = _entity(state, who, named) if who is not None else None  # ("the ADF became part of ISCAP")
    if part is None or part == parent:
        return
    d = state.entities.get(part)
    if d.type == "person" and noun.lemma_.lower() == "part":
        if not state.entities.get(parent).force:
            # "Abu Ali was part of the ADF": a man of the group, no unit of it
            _add(state, "membership", {"person": part, "organization": parent}, noun, attrs={"role": "member"}, time=None)
        return
    if d.type == "person":
        if d.ref or any(f.type in {"leadership", "membership", "death", "capture"} and part in f.args.values() for f in state.facts):
            return  # a known man, or one with a man's facts already
        d.type = "organization"  # "Ajang Ajang, a sub-group of Abu Sayyaf": a group
    if state.entities.get(part).force or state.entities.get(parent).force:
        return
    time = None
    if noun.dep_ == "attr" and noun.head.lemma_ == "become":
        began = timing.clause_time(state, noun.head)  # "became part of ISCAP in 2019": a branch since then
        time = type(began)(start=began.start, end=None, text=began.text) if began is not None else None
    _add(state, "branch", {"organization": part, "parent": parent}, noun, attrs={"kind": kind}, time=time)


def _rival_group(state: DocState, word: Token) -> None:
    """ "... the rival Islamic State West Africa Province": a rival of the armed group
    the text was about just before (the nearest other armed group mentioned earlier)."""
    orgs = {"organization"}
    head = word.head
    # "the rival jihadist alliance Hayat Tahrir al-Sham": the name hangs off the common noun
    # (apposition) or the common noun is a compound of the name
    near = [head, *(c for c in head.children if c.dep_ in {"appos", "compound"})]
    if head.dep_ == "compound":
        near.append(head.head)
    a = next((k for k in (_entity(state, t, orgs) for t in near) if k is not None), None)
    if a is None or not state.entities.get(a).armed:
        return
    b = nearest(state, word.i, orgs, armed=True, exclude=a)
    if b is None or b == a or state.entities.get(b).force:
        return
    _add(state, "alliance", {"a": a, "b": b}, word, attrs={"kind": "rival"}, time=None)


# --------------------------------------------------------------------------- defection


def _left_a_group(state: DocState, verb: Token) -> bool:
    """ "X left the group", "X quit al-Shabaab": the object is an armed group or stands for one."""
    left = child(verb, "dobj")
    if left is None:
        return False
    key = _entity(state, left, {"organization"})
    return (key is not None and state.entities.get(key).armed) or left.lemma_.lower() in {
        "group", "movement", "organization", "organisation", "militia", "faction"
    }


def _left_after_membership(state: DocState, verb: Token) -> int | None:
    """ "X was once a member of AQIM but left after a falling-out": "left" with no object,
    coordinated with the copula that places X in a group - the group he left."""
    if child(verb, "dobj") is not None or verb.dep_ != "conj" or verb.head.lemma_ != "be":
        return None
    post = child(verb.head, "attr")
    if post is None or post.lemma_.lower() not in MEMBER_WORDS | set(ROLE_WORDS):
        return None
    key = next((_entity(state, o, {"organization"}) for _, o in prep_objects(post, "of", "in")), None)
    return key if key is not None and state.entities.get(key).armed else None


SWITCH_VERBS = frozenset({"switch", "shift", "transfer", "change"})


def _switched_allegiance(verb: Token) -> bool:
    """ "X switched allegiance from al-Shabaab to the Islamic State", "shifted his loyalty from
    A to B": a defection told by the allegiance it moved."""
    if verb.lemma_.lower() not in SWITCH_VERBS:
        return False
    holders = _allegiance_holders(verb)
    return len(holders) > 1 and any(True for h in holders for _ in prep_objects(h, "from", "to"))


def _allegiance_holders(verb: Token) -> list[Token]:
    """The verb, and the allegiance it moved (the parse hangs "from A" on either)."""
    return [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in {"allegiance", "loyalty", "loyalties", "allegiances"})]


def _defected(state: DocState, verb: Token) -> None:
    member_tok = subject(verb)
    if member_tok is None:
        return
    if member_tok.lower_ in {"who", "that", "which"}:
        member_tok = verb.head
    listed = [t for t in list_members(member_tok)[1:] if _entity(state, t, {"person"}) is not None]
    if verb.dep_ == "relcl" and member_tok.tag_ == "NNS" and state.entities.at(member_tok) is None:
        return  # "jihadists who defected from ICE" describes people, it reports no event
    if state.entities.at(member_tok) is None and listed:
        # "the five clerics, A, B, C, D and E, have left the group": one defection each
        for t in listed:
            _defected_one(state, verb, t)
        return
    _defected_one(state, verb, member_tok)


def _defected_one(state: DocState, verb: Token, member_tok: Token) -> None:
    member = _entity(state, member_tok, {"person"})
    if member is None and state.entities.at(member_tok) is None:
        # "Hundreds of al-Shabaab fighters defected to IS", "several commanders defected"
        member = _people(state, member_tok)
        if member is not None and state.entities.get(member).type != "group_of_people":
            member = None
    if member is None:
        return
    orgs = {"organization"}
    holders = _allegiance_holders(verb)
    source = next((_entity(state, o, orgs) for h in holders for _, o in prep_objects(h, "from", "with")), None)
    target = next((_entity(state, o, orgs) for h in holders for _, o in prep_objects(h, "to")), None)
    if verb.lemma_.lower() == "turn":
        # "X, who once fought for al-Shabaab, later turned against the group": a defection only
        # from a group the text has placed him in
        against = next((o for _, o in prep_objects(verb, "against")), None)
        source = _entity(state, against, orgs) if against is not None else None
        if source is None and against is not None and against.lemma_.lower() in GROUP_ANAPHORS:
            source = salient(state, against.i)
        if source is None or not _own_group(state, member, source):
            return
    if verb.lemma_.lower() in LEAVE_VERBS:
        left = child(verb, "dobj")
        if left is not None and left.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            left = verb.head  # "the Dagestan sector of the Caucasus Emirate, which he abandoned"
        source = _entity(state, left, orgs) or _unit_group(state, left)
        if source is None and left is not None and left.lemma_.lower() in GROUP_ANAPHORS:
            source = salient(state, left.i)  # "have left the group": the group the text is about
        if source is None and left is None:
            source = _left_after_membership(state, verb)  # "was a member of AQIM but left"
        join = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_ == "join"), None)
        target = _entity(state, child(join, "dobj"), orgs) if join is not None else None
    if target is None:
        # "broke with the emirate and swore allegiance to Baghdadi"
        for conj in verb.conjuncts:
            if conj.lemma_.lower() in {"swear", "pledge", "join"}:
                target = next(
                    (_entity(state, o, orgs | {"person"}) for _, o in prep_objects(conj, "to")), None
                )
                target = target or _entity(state, child(conj, "dobj"), orgs)
    if source is None:
        # "an ICE leader in Dagestan who defected": the group in the subject's description
        for t in member_tok.subtree:
            if t.i >= verb.i:
                break
            key = _entity(state, t, orgs)
            if key is not None and key != target:
                source = key
                break
    if source is None or source == target:
        return
    _add(state, "defection", {"member": member, "from": source, "to": target}, verb, merge_on=("member",))
    if target is not None and _switched_allegiance(verb):
        # "switched allegiance from al-Qaeda to IS": his allegiance is now IS's
        _add(state, "pledge", {"pledger": member, "recipient": target}, verb, merge_on=("pledger", "recipient"))


def _split_from(state: DocState, verb: Token) -> None:
    """ "ISWAP broke away from Shekau's faction in 2016", "JFS split from al Qaeda": a
    group leaving a group."""
    member = _entity(state, subject(verb), {"organization", "person"})
    if member is None or (state.entities.get(member).type == "organization" and not state.entities.get(member).armed):
        return  # a group, or a man ("he had broken away from AQIM")
    left = _split_source(verb)
    source = _entity(state, left, {"organization"})
    if source is None and left is not None and left.lemma_.lower() in FACTION_WORDS:
        leader = _entity(state, child(left, "poss"), {"person"})
        source = _group_of(state, leader) if leader is not None else None
    if source is None or source == member or state.entities.get(source).force:
        return
    _add(state, "defection", {"member": member, "from": source}, verb, merge_on=("member",))


def _parted_ways(state: DocState, verb: Token) -> None:
    """ "Robow and al-Shabab parted ways in 2013", "he parted ways with the group": a man (or
    a group) leaving an armed group."""
    clause = verb.head if verb.head.lower_ == "ways" else verb  # "parted" read as the adjective of "ways"
    who = subject(clause) or subject(verb)
    if who is not None:
        before = list_members(who)  # ("The chief of X in Bajaur, A and his deputy B, parted ways")
    else:
        # a parse that lost the subject ("X parted" as a modifier of "ways"): the names before
        # the verb, back to the clause's start
        # (past the comma that sets off a subject in apposition: "The chief of X in Bajaur, A
        # and his deputy B, parted ways")
        before = []
        for n, t in enumerate(reversed(verb.sent[: verb.i - verb.sent.start])):
            if t.text in {";", ":"} or t.pos_ in {"VERB", "AUX"} or (t.text == "," and n > 0 and not before):
                break
            if t.text == "," and n > 0 and not any(b.ent_type_ == "PERSON" for b in before):
                break
            before.append(t)
    ways = [c for c in verb.children if c.lower_ == "ways"]  # ("parted ways with X": "with" may hang on "ways")
    sides = [*before, *(o for t in (verb, clause, *ways) for _, o in prep_objects(t, "with"))]
    people = list(dict.fromkeys(k for t in sides if (k := _entity(state, t, {"person"})) is not None))
    groups = list(dict.fromkeys(
        k for t in sides if (k := _entity(state, t, {"organization"})) is not None and state.entities.get(k).armed
    ))  # fmt: skip
    if not groups and any(t.lemma_.lower() in GROUP_ANAPHORS for t in sides):
        groups = [k for k in [salient(state, verb.i)] if k is not None]
    if len(groups) == 2 and not people:
        people = groups[:1]  # two groups parting: the subject leaves the other
        groups = groups[1:]
    if len(groups) == 2 and people and (narrow := _short_name_of(state, *groups)) is not None:
        groups = [narrow]  # "the chief of Tehrik-e-Taliban Pakistan ... parted ways with the Taliban": one group
    if not people or len(groups) != 1 or groups[0] in people:
        return
    # "A and B parted ways with the Taliban and joined Daish": where they went
    joined = next((_entity(state, child(c, "dobj"), {"organization"}) for c in clause.conjuncts if c.lemma_.lower() == "join"), None)
    for person in people:  # "A and B parted ways with X": a defection each
        _add(state, "defection", {"member": person, "from": groups[0], "to": joined}, clause, merge_on=("member",))


def _short_name_of(state: DocState, a: int, b: int) -> int | None:
    """Of two groups, the one whose name holds the other's every word ("Tehrik-e-Taliban
    Pakistan" for "the Taliban"): the same group, told in full and in short."""
    def words(key: int) -> set[str]:
        return {w for n in state.entities.get(key).names for w in n.lower().replace("-", " ").split()} - {"the", "al", "e", "i"}

    wa, wb = words(a), words(b)
    if wb and wb < wa:
        return a
    if wa and wa < wb:
        return b
    return None


def _followed(state: DocState, verb: Token) -> None:
    """ "X broke with the emirate ... Several other commanders followed him": the
    followers' defection, from the group the leader left (told just before)."""
    leader = _entity(state, child(verb, "dobj"), {"person"})
    who = subject(verb)
    if leader is None or who is None or state.entities.at(who) is not None:
        return
    floor = sentences_back(verb, 1)
    # the leader, or the man he is thought to be ("Al-Qadari is believed to be Asilderov, who ...")
    same = {leader} | {
        state.arg(f, k)
        for f in state.facts_of("identity")
        if leader in {state.arg(f, "a"), state.arg(f, "b")}
        for k in ("a", "b")
    }
    left = next(
        (
            f
            for f in reversed(state.facts_of("defection"))
            if state.arg(f, "member") in same and state.anchors.get(f.id, -1) >= floor
        ),
        None,
    )
    if left is None:
        return
    member = _people(state, who)
    if member is None or member in same:
        return
    _add(
        state,
        "defection",
        {"member": member, "from": state.arg(left, "from"), "to": state.arg(left, "to")},
        verb,
        time=left.time,
        merge_on=("member",),
    )


def _split_source(verb: Token) -> Token | None:
    """What a group split from: "split from X", "broke away from X" ("from" under "away")."""
    for head in (verb, *(c for c in verb.children if c.lower_ in {"away", "off"})):
        for _, obj in prep_objects(head, "from"):
            return obj
    return None


def _unit_group(state: DocState, unit: Token | None) -> int | None:
    """ "the Dagestan sector of the Caucasus Emirate" -> the Caucasus Emirate."""
    if unit is None:
        return None
    for c in unit.children:
        if c.dep_ == "poss":
            return _entity(state, c, {"organization"})
    return next((_entity(state, o, {"organization"}) for _, o in prep_objects(unit, "of")), None)


def _defection_noun(state: DocState, noun: Token) -> None:
    """ "after Asilderov's defection": one more source for a defection already read."""
    member = _entity(state, child(noun, "poss"), {"person"})
    if member is None:
        return
    existing = state.find_fact("defection", {"member": member})
    if existing is not None:
        ev = state.evidence(noun.sent)
        if all(s.start != ev.start for s in existing.sources):
            existing.sources.append(ev)


def surrenders_are_defections(state: DocState) -> None:
    """ "Mukhtar Robow, a former al-Shabaab spokesman, surrendered to the government": a man of
    an armed group who gives himself up leaves it - a defection from the group the document
    places him in (a captive taken by force is no defection: only "surrendered")."""
    placed = [f for f in state.facts_of("leadership") + state.facts_of("membership") if f.modality != "denied"]
    for capture in list(state.facts_of("capture")):
        if capture.attrs.get("kind") != "surrendered" or capture.modality in {"denied", "speculative"}:
            continue
        person = state.arg(capture, "person")
        if person is None or state.entities.get(person).type != "person":
            continue
        root = state.entities.root(person)
        groups = [
            state.arg(f, "organization")
            for f in placed
            if state.arg(f, "person") is not None and state.entities.root(state.arg(f, "person")) == root
        ]
        armed = [g for g in groups if g is not None and state.entities.get(g).armed and not state.entities.get(g).force]
        groups = list({state.entities.root(g): g for g in reversed(armed)}.values())  # one per group
        if len(groups) != 1:
            continue  # no group, or more than one to choose from
        told = next(
            (
                f
                for f in state.facts_of("defection")
                if state.arg(f, "member") is not None and state.entities.root(state.arg(f, "member")) == root
            ),
            None,
        )
        if told is not None:
            # "has defected to the government ... after surrendering on Sunday": one event
            told.sources.extend(s for s in capture.sources if s not in told.sources)
            told.time = told.time or capture.time
            continue
        defection = state.copy_fact(capture, {"member": person, "from": groups[0]}, type_="defection", attrs={})
        defection.time = capture.time
