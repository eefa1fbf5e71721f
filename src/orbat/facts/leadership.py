"""Leadership, succession and membership.

Leadership needs a person, a role word and the organization in one phrase:

    "ICE's emir, Magomed Suleimanov"; "the Islamic State's spokesman, Abu Muhammad al Adnani"
    "Suleimanov was (publicly identified as / named) ICE's new leader"; "X, the leader of Y"
    "appointed X as Wali over the Caucasus" (the region's province of the appointer's group)
    "X rose to ICE's top leadership position"
    "Abu Bakr al Baghdadi, the Emir of the Faithful" inside a spokesman's words -> the speaker's group

An indefinite role ("an ICE leader in Dagestan", "a member of X") is membership,
not leadership. Successions: "X succeeded Y", "X replaced Y", "Y's successor X",
"X rose to ... after his predecessor, Y, ..."; the organization is the one named
in the sentence or the one the successor leads.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from orbat.facts import modality, timing
from orbat.facts.lexicon import (
    GROUP_ANAPHORS,
    LINK_WORDS,
    MEMBER_WORDS,
    REFLEXIVES,
    ROLE_WORDS,
    SAY_VERBS,
    TOP_POSITION_WORDS,
)
from orbat.facts.mentions import descriptive, nearest, resolve_token, salient
from orbat.facts.resources import Resources
from orbat.facts.state import DocState, name_key, rank
from orbat.facts.syntax import (
    child,
    children,
    ends_list,
    fronted_participle,
    is_passive,
    list_members,
    negated,
    prep_objects,
    secretary_general,
    sentences_back,
    subject,
)
from orbat.nlp.spans import described_by

# "X fought for al-Shabaab", "X belonged to al-Shabaab": the preposition naming the group
MEMBER_VERBS = {"fight": ("for", "alongside", "in", "with"), "belong": ("to",), "serve": ("in", "with")}
APPOINT_VERBS = {
    "appoint",
    "name",
    "designate",
    "choose",
    "select",
    "elect",
    "identify",
    "install",
    "announce",
    "recognise",
    "recognize",
    "pick",
    "tap",
    # named again: "X is reappointed as the new leader" (the model's lemma of "reappointed"
    # is "reappointe"), "was reelected", "was reinstated as emir"
    "reappoint",
    "reappointe",
    "reelect",
    "reinstate",
    "reinstall",
}
BECOME_VERBS = {"become", "be", "remain", "serve", "rise", "take", "step", "emerge"}  # ("stepped in as emir")
# "was promoted to deputy leader of X", "was elevated to emir"
PROMOTE_VERBS = {"promote", "elevate", "upgrade"}
# "X was described as the head of Y": the subject holds the role
AS_VERBS = {"describe", "know", "regard", "see", "consider", "list", "label", "brand", "confirm", "present", "introduce"}
TENURE_WORDS = {"new", "previous", "former", "late", "outgoing", "incoming"}
FORMER_WORDS = {"former", "previous", "late", "ex", "outgoing", "erstwhile"}
TENURE_ROLES = {"spokesman", "spokesperson", "spokeswoman", "emir", "amir", "leader", "deputy"}
SUCCEED_VERBS = {"succeed", "replace"}
# a group's men, whose commander is not the group's leader: "commands ISWAP forces"
MEN_WORDS = frozenset({"force", "forces", "fighter", "troop", "men", "militant"})
# what a "chief of ..." heads inside a group: a department, not the group
DEPARTMENT_WORDS = frozenset({
    "intelligence", "security", "finance", "finances", "media", "propaganda", "operation", "operations",
    "logistics", "training", "recruitment", "police", "military", "communications", "information", "staff",
})  # fmt: skip
SPEC_ROLES = frozenset({"emir", "wali", "leader", "commander", "deputy", "spokesman", "founder"})
UNIT_WORDS = {
    "sector",
    "wing",
    "branch",
    "province",
    "unit",
    "front",
    "cell",
    "network",
    "division",
    "brigade",
    "battalion",
}
# "under the leadership of X": the group the clause is about is led by X
STEWARD_NOUNS = {"leadership": "leader", "stewardship": "leader", "command": "commander", "guidance": "leader"}
LEAD_VERBS = {"lead": "leader", "head": "leader", "command": "commander", "found": "founder", "run": "leader",
              "co-found": "founder", "co-founde": "founder"}  # fmt: skip


def extract(state: DocState, res: Resources) -> None:
    for tok in state.tokens:
        lemma = tok.lemma_.lower()
        if (lemma in ROLE_WORDS or lemma in MEMBER_WORDS or tok.lower_ in {"second", "number", "general"}) and _is_role_word(tok):
            _role_phrase(state, res, tok)  # (the word test first: this runs on every token)
        elif lemma in SUCCEED_VERBS and tok.pos_ == "VERB":
            _succeeded(state, tok)
        elif (
            lemma == "take"
            and tok.pos_ == "VERB"
            and any(o.lemma_ == "place" for o in tok.children if o.dep_ == "dobj")
        ):
            _takes_place(state, tok)
        elif lemma in LEAD_VERBS and tok.pos_ == "VERB":
            _leads(state, tok, LEAD_VERBS[lemma])
        elif lemma == "helm" and tok.dep_ == "pobj" and tok.head.lower_ == "at":
            _at_the_helm(state, tok)
        elif lemma == "leadership" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in {"include", "comprise", "be"}:
            _leadership_included(state, tok)
        elif lemma in {"take", "assume"} and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"charge", "command", "helm", "reins", "control", "leadership", "power"}
            for c in tok.children
        ):
            _took_charge(state, tok)
        elif lemma == "take" and tok.pos_ == "VERB" and any(c.lower_ == "over" for c in tok.children):
            if child(tok, "dobj") is not None:
                _leads(state, tok, "leader")  # "Shekau took over the group the following year"
            else:
                _took_over_from_dead(state, tok)  # "X took over in 2009, when Y, its founder, died"
        elif (lemma == "join" or lemma in MEMBER_VERBS) and tok.pos_ == "VERB":
            _joined(state, tok)
        elif lemma == "recruit" and tok.pos_ == "VERB":
            _recruited(state, tok)
        elif lemma in {"predecessor", "successor", "replacement"}:
            _predecessor_noun(state, tok)
        elif lemma in STEWARD_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            _under_command(state, tok, STEWARD_NOUNS[lemma])
        elif tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.pos_ == "PROPN" and _person(state, tok) is not None:
            _under_person(state, tok)
        elif lemma == "operation" and tok.tag_ == "NNS":
            _runs_operations(state, tok)
        elif tok.pos_ in {"PROPN", "NOUN"} and tok.dep_ != "compound" and child(tok, "poss") is not None:
            _his_group(state, tok)


# --------------------------------------------------------------------------- helpers


LINKED_LEMMAS = frozenset(LINK_WORDS) | {"loyal"}


def _leadership_included(state: DocState, noun: Token) -> None:
    """ "Its leadership included A, B and C", "The group's leadership comprises A and B":
    each is a leader of the group (its top post not said: role "other")."""
    verb = noun.head
    owner = child(noun, "poss") or next((o for _, o in prep_objects(noun, "of")), None)
    if owner is None:
        return
    org = _org(state, owner)
    if org is None and (owner.lower_ == "its" or owner.lemma_.lower() in GROUP_ANAPHORS):
        org = salient(state, owner.i)
    named = child(verb, "dobj", "attr")
    if org is None or named is None or state.entities.get(org).force:
        return
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    for tok in list_members(named):
        person = _person(state, tok)
        if person is None:
            continue
        state.add_fact(
            "leadership",
            {"person": person, "organization": org},
            span=verb.sent,
            anchor=verb,
            time=None,
            attrs={"role": "other", "among": True},
            modality=mod.modality,
            confidence=mod.confidence - 0.05,
            attributed_to=mod.attributed_to,
            merge_on=("person", "organization"),
            merge_attr="role",
        )


def _org(state: DocState, tok: Token | None) -> int | None:
    if tok is None:
        return None
    if tok.lemma_.lower() in {"group", "organization", "organisation", "movement", "faction"} and any(
        c.dep_ == "amod" and c.lemma_.lower() in LINKED_LEMMAS for c in tok.children
    ):
        # "leader of the al-Qaeda-aligned group, Hurras al-Din": not al-Qaeda but the group named
        # right after it, if any
        after = tok.doc[tok.i + 1 : min(tok.i + 4, tok.sent.end)]
        return next((k for t in after if t.ent_type_ == "ORG" and (k := resolve_token(state, t)) is not None
                     and state.entities.get(k).type == "organization"), None)  # fmt: skip
    key = resolve_token(state, tok)
    if key is None and tok.lemma_.lower() == "group" and tok.tag_ == "NN":
        # "of the Ahlu-Sunnah wal Jama'a (ASWJ) group": the name the group word follows
        key = next((k for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i < tok.i
                    and (k := resolve_token(state, c)) is not None and state.entities.get(k).armed), None)  # fmt: skip
    if key is None and tok.lemma_.lower() in {"cell", "squad"} and tok.tag_ == "NN":
        # "a member of the JAD cell in Surabaya": a man of the group whose cell it is
        key = next((k for c in tok.children if c.dep_ in {"compound", "poss", "nmod"} and (k := resolve_token(state, c)) is not None), None)
        if key is not None and not state.entities.get(key).armed:
            key = None
    if key is None and tok.lemma_.lower() in MEN_WORDS and tok.tag_ == "NNS":
        # "commands ISWAP forces around Lake Chad", "the commander of al-Shabaab fighters": the
        # group whose men they are
        key = next(
            (k for c in tok.children if c.dep_ in {"compound", "poss", "amod", "nmod"} and (k := resolve_token(state, c)) is not None),
            None,
        )
        if key is not None and not state.entities.get(key).armed:
            key = None
    if tok.lemma_.lower() in WING_WORDS and (key is None or not state.entities.get(key).armed):
        # "the spokesperson for the military wing of HTS", "a member of the TTP's supreme shura":
        # a post of the group the wing or council is of
        owners = [o for _, o in prep_objects(tok, "of")] + [c for c in tok.children if c.dep_ == "poss"]
        key = next((k for o in owners if (k := resolve_token(state, o)) is not None and state.entities.get(k).armed), None)
    if key is None:
        return None
    d = state.entities.get(key)
    return key if d.type == "organization" and not d.force else None


COUNCIL_WORDS = frozenset({"shura", "council", "committee"})
WING_WORDS = frozenset({"wing", "arm"}) | COUNCIL_WORDS


def _person(state: DocState, tok: Token | None) -> int | None:
    if tok is None:
        return None
    key = resolve_token(state, tok)
    if key is None:
        return None
    return key if state.entities.get(key).type == "person" else None


# what a group's office is over: "head of operations of X", "chief of intelligence for X"
GROUP_FUNCTIONS = frozenset({"operation", "operations", "intelligence", "logistics", "finance", "finances", "security",
                             "training", "recruitment", "media", "propaganda", "explosives", "communications",
                             "affairs", "information"})  # fmt: skip


def _role_org(state: DocState, role: Token) -> int | None:
    """The organization a role word belongs to: "ICE's emir", "ICE leader", "leader of ICE"."""
    for c in role.children:
        if c.dep_ == "amod" and c.ent_type_ == "ORG":
            # "AQAP leader X" with the acronym tagged as an adjective: a known armed group only
            # ("Karachi police chief", "Ugandan rebel leader" are not)
            org = _org(state, c)
            if org is not None and state.entities.get(org).armed:
                return org
        if c.dep_ in {"poss", "compound", "nmod"}:
            org = _org(state, c)
            if org is not None:
                return org
            if c.dep_ == "poss":
                # "Mansour's two deputies", "his deputy": the group that person leads
                org = _boss_group(state, c)
                if org is not None:
                    return org
    if _second_in_command(role) and role.lower_ == "second":
        # "X, second in command of Jamat-u-Dawa": the group the command is of
        command = next((o for _, o in prep_objects(role, "in") if o.lower_ == "command"), None)
        org = next((k for _, o in prep_objects(command, "of") if (k := _org(state, o)) is not None), None) if command else None
        if org is not None:
            return org
    for prep, obj in prep_objects(role, "of", "in", "for", "inside", "within", "with"):
        org = _org(state, obj)
        if org is None and prep in {"of", "to"} and _is_aide(role):
            org = _boss_group(state, obj)  # "a deputy of al-Shabaab leader Ahmed Diriye"
        if org is None and prep == "of" and state.entities.at(obj) is None and (owner := child(obj, "poss")) is not None:
            # "head of al-Shabab's military operations", "chief of the group's media office": a
            # part of the group that names no group of its own
            org = _org(state, owner)
        if org is None and prep == "of" and obj.lemma_.lower() in GROUP_FUNCTIONS and state.entities.at(obj) is None:
            # "the deputy commander of operations of the ASWJ group": the group the office is of
            org = next((k for _, o in prep_objects(obj, "of", "in") if (k := _org(state, o)) is not None), None)
        if org is not None:
            return org
    if role.dep_ == "compound" or _title_before_name(role):
        # "AQAP emir Khalid Batarfi" parsed flat: the group is the name's compound before the
        # title ("Abu Sayyaf sub-leader X": over the title's own prefix)
        before, words = role.i - 1, {role.i, role.head.i}
        while before > role.sent.start and role.doc[before].lower_ in FLAT_TITLE_PREFIXES and role.doc[before].head.i in words:
            words.add(before)
            before -= 1
        if before < role.i - 1 and role.doc[before].dep_ in {"compound", "nmod"} and role.doc[before].head.i in words:
            org = _org(state, role.doc[before])
            if org is not None:
                return org
        for c in role.head.children:
            if c.dep_ in {"compound", "nmod"} and c.i < role.i and c.i == role.i - 1:
                org = _org(state, c)
                if org is not None:
                    return org
            if (
                c.dep_ == "poss"
                and c.i < role.i
                and (c.pos_ != "PRON" or c.lower_ == "whose")
                and _person(state, role.head) is not None
            ):
                # "JNIM's emir Iyad Ag Ghaly", "Jaish-e-Mohammed, whose chief Masood Azhar ...":
                # the possessive is the name's ("its chief X" is left to the pronoun's
                # clearer readings: "its" too often lands on the wrong group)
                org = _org(state, c)
                if org is not None:
                    return org
            if c.dep_ == "poss" and c.lower_ in {"its", "their"} and c.i == role.i - 1 and _person(state, role.head) is not None:
                # "JuA on Thursday confirmed the death of its chief X": the armed group that is
                # the subject of the verb the phrase hangs under
                org = _subject_group_of(state, role.head)
                if org is not None:
                    return org
    return None


def _subject_group_of(state: DocState, name: Token) -> int | None:
    """The armed group that is the subject of the nearest verb above ``name``."""
    verb = next((a for a in name.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    # (the verb's own subject, named: "they would merge into the TTP, pledging allegiance to its
    # chief" leaves "its" open)
    who = child(verb, "nsubj") if verb is not None else None
    key = _org(state, who) if who is not None and who.pos_ != "PRON" else None
    d = state.entities.get(key) if key is not None else None
    return key if d is not None and d.armed and not d.force else None


# "a senior leader of X", "an important leader of the ADF": a post in the group's leadership
RANK_WORDS = frozenset({"senior", "top", "key", "important", "prominent", "leading", "high-ranking", "powerful"})
# words between a group and a title written flat before a name ("Abu Sayyaf sub-leader X",
# "AQAP top commander Y")
FLAT_TITLE_PREFIXES = frozenset({"sub", "-", "top", "senior"})

AIDE_ROLES = frozenset({"deputy", "spokesman", "spokesperson", "spokeswoman"})


def _is_aide(role: Token) -> bool:
    return role.lemma_.lower() in AIDE_ROLES or _second_in_command(role)


def _boss_group(state: DocState, boss: Token) -> int | None:
    """The group a person serves whose aide a role names: the post told beside him ("al-Shabaab
    leader Ahmed Diriye", "Diriye, al-Shabaab's emir") or the group he leads in the document."""
    person = _person(state, boss)
    if person is None:
        return None
    for post in children(boss, "compound", "appos"):
        if post.lemma_.lower() in ROLE_WORDS and post.lemma_.lower() not in AIDE_ROLES:
            org = _role_org(state, post)
            if org is not None:
                return org
    org, _ = _lead_org(state, person)
    return org


def _role_value(state: DocState, res: Resources, role: Token) -> tuple[str, bool]:
    """(role attribute, whether the title names no group: "Emir of the Faithful")."""
    lemma = role.lemma_.lower()
    doc = role.doc
    tail = doc[role.i : min(len(doc), role.i + 4)].text
    found = res.role(tail) or res.role(role.text)
    if found is not None and found.title in SPEC_ROLES:
        value = found.title  # "emir" stays emir (the reference files it under leader)
    elif found is not None and found.role in SPEC_ROLES:
        value = found.role
    elif secretary_general(role):
        value = "leader"
    else:
        value = "deputy" if _second_in_command(role) else ROLE_WORDS.get(lemma, "member")
    if value == "leader" and any(c.dep_ in {"amod", "compound"} and c.lower_ in {"military", "field"} for c in role.children):
        value = "commander"  # "its former military chief": a commander, not the group's leader
    if value in {"leader", "emir", "commander", "spokesman"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in {"deputy", "vice", "assistant", "second"} for c in role.children
    ):
        value = "deputy"  # "the deputy leader of the Taliban" is its deputy, not its leader
    definite_of = any(c.lower_ == "the" for c in role.children) and any(
        True for _ in prep_objects(role, "of")
    )
    regional = any(
        t.ent_type_ in {"GPE", "LOC"} or (t.pos_ == "PROPN" and t.ent_type_ != "ORG")
        for _, o in prep_objects(role, "in", "for")
        for t in o.subtree
    )
    of_men = any(o.tag_ == "NNS" and o.lemma_.lower() in MEN_WORDS for _, o in prep_objects(role, "of"))
    if value == "commander" and not regional and not of_men and (
        definite_of or any(c.lower_ in {"top", "supreme", "overall"} for c in role.children)
    ):
        value = "leader"  # "the top commander of ..." holds the group's top post ("in the Juba
        # valley": a region's commander)
    if value == "leader" and any(
        o.lemma_.lower() in DEPARTMENT_WORDS for _, o in prep_objects(role, "of", "for")
    ):
        value = "commander"  # "al-Shabaab's chief of intelligence": the head of a department
    if any(c.dep_ == "amod" and c.lower_ == "founding" for c in role.children):
        value = "founder"  # "one of the founding leaders of al-Shabab"
    titular = tail.lower().startswith(
        ("emir of the faithful", "amir of the faithful", "commander of the faithful")
    )
    if titular:
        value = "leader"
    return value, titular


def _holder(state: DocState, role: Token) -> Token | None:
    """The person a role word describes ("deputy of A and leader of B": the second role's
    holder is the first's)."""
    own = _holder_of(state, role)
    if own is None:
        first = _first_role(role)
        if first is not role:
            # "served as an al-Shabab spokesman, military commander and spiritual leader":
            # every role of the list has the first one's holder
            return _holder_of(state, first)
    return own


APPOINT_NOUNS = {"appointment", "election", "selection", "nomination", "naming", "choice", "installation"}


def _appointed_by_noun(state: DocState, as_: Token) -> Token | None:
    """The person after "the appointment of" (or "election", "naming" ...) that an "as ROLE"
    belongs to, whether the parse hangs "as" on the noun or on the name."""
    owner = as_.head
    if _person(state, owner) is not None and owner.dep_ == "pobj" and owner.head.lower_ == "of":
        return owner if owner.head.head.lemma_.lower() in APPOINT_NOUNS else None
    if owner.pos_ in {"VERB", "AUX"}:
        # "approved the election of X as emir" with "as" hung on the verb
        owner = next((c for c in owner.children if c.dep_ == "dobj" and c.lemma_.lower() in APPOINT_NOUNS), owner)
    if owner.lemma_.lower() in APPOINT_NOUNS:
        return next((o for _, o in prep_objects(owner, "of") if _person(state, o) is not None), None)
    return None


def _first_role(role: Token) -> Token:
    """The first role word of a coordinated list of roles ("spokesman, commander and leader")."""
    first = role
    while first.dep_ == "conj" and first.head is not first and _is_role_word(first.head):
        first = first.head
    return first


def _is_role_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if secretary_general(tok):
        return True
    if tok.pos_ == "ADJ" and lemma in ROLE_WORDS:
        # "was named wali of ISWAP": the post tagged an adjective, still a post where it names
        # what it is of; "its chief Umar Khalid Khorasani": a title before a name
        if _title_before_name(tok):
            return True
        return tok.dep_ in {"oprd", "xcomp", "attr"} and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if lemma in MEMBER_WORDS and any(c.dep_ == "compound" and c.lemma_.lower() in NOT_A_GROUP for c in tok.children):
        return False  # "one of its local staff members": a place of work, not an armed group
    return (tok.pos_ in {"NOUN", "PROPN"} and (lemma in ROLE_WORDS or lemma in MEMBER_WORDS)) or _second_in_command(tok)


def _title_before_name(tok: Token) -> bool:
    """A post word the tagger made an adjective, written right before a man's name after a
    possessive: "its chief Umar Khalid Khorasani"."""
    return (
        tok.dep_ == "amod"
        and tok.head.ent_type_ == "PERSON"
        and tok.head.i > tok.i
        and tok.i > 0
        and tok.doc[tok.i - 1].dep_ == "poss"
        and tok.doc[tok.i - 1].head.i == tok.head.i
    )


# what makes "member" a member of something else than an armed group ("staff member", "crew member")
NOT_A_GROUP = frozenset({"staff", "crew", "board", "family", "team", "club", "jury", "faculty", "cabinet", "parliament"})


def _second_in_command(tok: Token) -> bool:
    """ "al-Shabaab's second-in-command", "its number two": the group's deputy."""
    doc = tok.doc
    if tok.lower_ == "second":
        after = [t.lower_ for t in doc[tok.i + 1 : tok.i + 5] if t.text != "-"]
        return after[:2] == ["in", "command"]
    return tok.lower_ == "number" and any(c.dep_ == "nummod" and c.lower_ in {"two", "2"} for c in tok.children)


def _called(state: DocState, acl: Token) -> Token | None:
    """The person a naming participle names: "known as X", "called X", "named X"."""
    if acl.dep_ != "acl" or acl.lemma_.lower() not in {"know", "identify", "call", "name"}:
        return None
    named = next((o for _, o in prep_objects(acl, "as")), None)
    if named is None and acl.lemma_.lower() in {"call", "name"}:
        named = next((o for o in acl.children if o.dep_ in {"oprd", "dobj", "attr", "npadvmod"}), None)
    return named if named is not None and _person(state, named) is not None else None


def _holder_of(state: DocState, role: Token) -> Token | None:
    if role.lower_ == "second" and _second_in_command(role):
        # "Abdur Rehman Makki, second in command of X" parsed as his adjective, or hung elsewhere
        if role.dep_ == "amod" and _person(state, role.head) is not None:
            return role.head
        doc = role.doc
        if role.i >= 2 and doc[role.i - 1].text == "," and _person(state, doc[role.i - 2]) is not None:
            return doc[role.i - 2]
    for c in role.children:
        if c.dep_ == "appos" and _person(state, c) is not None:
            return c
        if c.dep_ == "appos":
            # "the leader of Ansar Beit al-Maqdis, the terrorist called Abu Duaa al-Ansari"
            named = next((n for a in c.children if (n := _called(state, a)) is not None), None)
            if named is not None:
                return named
    for c in role.subtree:
        # "the Islamic State's senior leader in Libya, known as Abu Nabil"; "the spokesperson
        # for the military wing of HTS named Abu Khalid al-Shami"
        if c.i > role.i and (named := _called(state, c)) is not None:
            return named
    for _, obj in prep_objects(role, "of", "for"):
        # "the leader of al-Qaeda in Afghanistan, Ayman al-Zawahiri": the name hangs on the group
        # ("the spokesperson for the military wing of HTS, X")
        if _org(state, obj) is None:
            continue
        # (and "the leader of the Syrian rebel group Jabhat al-Nusra, Abu Muhammad al-Julani":
        # the group's name in apposition to "group", the man's to the name)
        named_group = [c for c in obj.children if c.dep_ == "appos" and _org(state, c) is not None]
        for c in (obj, *named_group, *(t for t in obj.subtree if t.dep_ == "pobj")):
            named = next((a for a in c.children if a.dep_ == "appos" and _person(state, a) is not None), None)
            if named is not None:
                return named
        # the same with the name hung elsewhere by the parser: "the leader of X, NAME, ..."
        after = obj.right_edge.i + 1
        doc = role.doc
        edge = max(t.i for t in role.subtree if not t.is_punct and t.i <= obj.right_edge.i + 6)
        if after < len(doc) and doc[after].text != "," and edge > obj.right_edge.i:
            after = edge + 1  # "head of al-Qaeda in the Islamic Maghreb, X" ("in" on the role)
        if (
            role.dep_ != "appos"
            and after + 1 < len(doc)
            and doc[after].text == ","
            and _person(state, doc[after + 1]) is not None
        ):
            key, end = state.entities.at(doc[after + 1]), after + 2
            while end < len(doc) and state.entities.at(doc[end]) == key:
                end += 1  # the name's own words ("al - Tamimi", "Sheikh Ali Dhere")
            name_root = next((t for t in doc[after + 1 : end] if not after + 1 <= t.head.i < end), doc[after + 1])
            fronted = role.left_edge.i == role.sent.start or (
                role.left_edge.i == role.sent.start + 1 and doc[role.sent.start].is_punct
            )
            if name_root.dep_ not in {"nsubj", "nsubjpass"} or fronted:
                # "..., President X announced" is someone else; "A former head of AQIM, X had
                # aligned ..." (the role phrase opening the sentence) is X
                return doc[after + 1]
    if role.dep_ not in {"compound", "appos"}:
        # "Iyad Ag-Ghali leader of Ansar Dine": the name parsed as the role's compound
        named = next((c for c in role.children if c.dep_ == "compound" and _person(state, c) is not None), None)
        if named is not None and next(prep_objects(role, "of", "in"), None) is not None:
            return named
    if role.dep_ == "appos" and _person(state, role.head) is not None:
        return role.head
    if (role.dep_ == "compound" or _title_before_name(role)) and _person(state, role.head) is not None:
        return role.head
    doc = role.doc
    if role.i + 2 < len(doc) and doc[role.i + 1].text == "," and _person(state, doc[role.i + 2]) is not None:
        return doc[role.i + 2]
    head = role.head
    if role.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in {"one", "two", "three"}:
        # "Mawlawi Haibatullah Akhundzada, one of his two deputies, ..."
        one = head.head
        if one.dep_ == "appos" and _person(state, one.head) is not None:
            return one.head
        if one.dep_ == "attr" and one.head.lemma_ in BECOME_VERBS:
            return _antecedent(subject(one.head))  # "he is one of the founding leaders of X"
        doc = role.doc
        if one.i >= 2 and doc[one.i - 1].text == "," and _person(state, doc[one.i - 2]) is not None:
            return doc[one.i - 2]  # "... and Sirajuddin Haqqani, one of the Taliban's top deputies"
    if role.dep_ == "attr" and head.lemma_ in BECOME_VERBS:
        return _antecedent(subject(head))
    if role.dep_ == "pobj" and head.lower_ == "among" and role.tag_ == "NNS" and head.head.lemma_ == "be":
        return subject(head.head)  # "X was among the senior leaders of al-Shabaab"
    if role.dep_ == "nsubj" and head.lemma_ == "be":
        # "Al-Shabaab's new leader is Ahmed Omar Abu Ubaidah"
        named = child(head, "attr")
        if named is not None and _person(state, named) is not None:
            return named
    if role.dep_ == "dobj" and head.lemma_.lower() in APPOINT_VERBS:
        # "The spokesman announced the group's new leader as X": the name after "as"
        named = next((o for t in (role, head) for _, o in prep_objects(t, "as") if _person(state, o) is not None), None)
        if named is not None:
            return named
    if role.dep_ in {"oprd", "xcomp", "attr", "dobj"} and head.lemma_.lower() in APPOINT_VERBS - {"announce"}:
        # "X had been named emir of the network"
        if any(c.dep_ == "nsubjpass" for c in head.children):
            return subject(head)
        return child(head, "dobj") if role.dep_ != "dobj" else None
    if role.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in PROMOTE_VERBS:
        # "X was promoted to deputy leader of al-Shabaab", "the council elevated X to emir"
        verb = head.head
        return subject(verb) if any(c.dep_ == "nsubjpass" for c in verb.children) else child(verb, "dobj")
    if role.dep_ == "pobj" and head.lower_ == "as" and (named := _appointed_by_noun(state, head)) is not None:
        return named  # "Godane's death led to the appointment of Ahmed Umar as emir"
    if role.dep_ == "pobj" and head.lower_ == "as":
        verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), head.head)
        if verb.lemma_.lower() in APPOINT_VERBS or _sworn_in(verb):
            if head.head.lower_ in REFLEXIVES or (head.i > 0 and role.doc[head.i - 1].lower_ in REFLEXIVES):
                return subject(verb)  # "announced X as caliph and himself as the new spokesman"
            return _named_one(state, child(verb, "dobj", "oprd")) or (
                subject(verb) if any(c.dep_ == "nsubjpass" for c in verb.children) else None
            )
        if verb.lemma_.lower() == "refer":
            # "IS referred to X as the new leader": the one referred to
            return next((o for _, o in prep_objects(verb, "to")), None)
        if verb.lemma_.lower() in BECOME_VERBS | AS_VERBS:
            # "X was described as the head of ADF"; "X is known as the group's emir"
            who = subject(verb)
            if who is None and verb.lemma_.lower() in AS_VERBS:
                who = child(verb, "dobj")
            return _antecedent(who)
        # a parse that hung "as" elsewhere: the appointing verb of the sentence
        for tok in role.sent:
            if tok.lemma_.lower() in APPOINT_VERBS - {"identify", "announce"} and tok.pos_ == "VERB":
                obj = child(tok, "dobj", "oprd")
                if obj is not None and _person(state, obj) is not None:
                    return obj
    edge, doc = role.left_edge.i, role.doc
    if role.dep_ != "pobj" and edge > role.sent.start and doc[edge - 1].lower_ == "as":
        # "announced X as the group's fifth Caliph ..." in a long sentence the parser broke
        # (the role made the subject of a later clause): the appointing verb before "as"
        for tok in reversed(doc[role.sent.start : edge - 1]):
            if tok.pos_ == "VERB":
                if tok.lemma_.lower() in APPOINT_VERBS - {"identify"}:
                    named = child(tok, "dobj", "oprd")
                    if named is not None and _person(state, named) is not None:
                        return named
                break
    return None


def _sworn_in(verb: Token) -> bool:
    """ "X was sworn in as emir of Y": an appointment."""
    return verb.lemma_.lower() == "swear" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)


def _raised(verb: Token) -> bool:
    """A verb that puts a man in a post beside the appointing ones: "promoted to", "sworn in as"."""
    return verb.lemma_.lower() in PROMOTE_VERBS or _sworn_in(verb)


def _described_members(role: Token, holder: Token) -> bool:
    """A plural copula subject that names no one ("the recruiters ...", "four of whom")
    said to be members of a group."""
    if role.lemma_.lower() != "member" or role.tag_ != "NNS" or role.dep_ != "attr":
        return False
    if holder.pos_ == "NUM":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in holder.children)
    return holder.pos_ == "NOUN" and holder.tag_ == "NNS" and holder.ent_type_ == ""


def _named_one(state: DocState, tok: Token | None) -> Token | None:
    """ "chose one of its top commanders, X, as its new head": the man "one of ..." names
    (else ``tok`` itself)."""
    if tok is None or tok.lower_ != "one" or _person(state, tok) is not None:
        return tok
    for t in tok.subtree:
        named = next((a for a in t.children if a.dep_ == "appos" and _person(state, a) is not None), None)
        if named is not None:
            return named
    after = tok.right_edge.i + 1
    doc = tok.doc
    if after + 1 < len(doc) and doc[after].text == "," and _person(state, doc[after + 1]) is not None:
        key, end = state.entities.at(doc[after + 1]), after + 1
        while end + 1 < len(doc) and state.entities.at(doc[end + 1]) == key:
            end += 1
        return doc[end]  # the name's last word (its root in a flat name)
    return tok


def _antecedent(tok: Token | None) -> Token | None:
    """ "who" in "X, who was the deputy leader of Y" stands for X."""
    if tok is not None and tok.lower_ in {"who", "that", "whom"} and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _speaker_org(state: DocState, tok: Token) -> int | None:
    """In quoted words ("..., Adnani said"), the group the speaker leads or speaks for."""
    root = tok.sent.root
    if root.lemma_ not in {"say", "add", "declare", "announce", "state"}:
        return None
    speaker = _person(state, subject(root))
    return _speakers_group(state, speaker) if speaker is not None else None


def _region_org(state: DocState, verb: Token) -> int | None:
    """ "as Wali over the Caucasus": the province of that region named in this document."""
    for _, obj in prep_objects(verb, "over", "of", "for", "in"):
        place = name_key(" ".join(t.text for t in obj.subtree if t.is_alpha))
        for b in state.branches:
            region = name_key(b.region)
            if place and (place in region or region in place):
                return b.entity
        key = _org(state, obj)
        if key is not None and state.entities.get(key).armed:
            return key
    return None


# --------------------------------------------------------------------------- rules


def _role_phrase(state: DocState, res: Resources, role: Token) -> None:
    if _body_part(role):
        return
    holder = _holder(state, role)
    if holder is None:
        for one in _listed_holders(state, role):
            _role_of(state, res, role, one)
        return
    # "X, the head of the Haqqani network, and Y, son of ...": a role set off beside one name is
    # that man's alone; "AQIM leaders A and B" share it
    alone = role.dep_ == "appos" and role.head.i == holder.i and role.tag_ != "NNS"  # "A, B and C, all former commanders of X" share it
    # "Abu Sayyaf commander A and B": a singular title in front of a name is that man's alone
    # (unless B is written with a group of his own: below)
    titled = role.dep_ == "compound" and role.head.i == holder.i and role.tag_ == "NN"
    shared = () if alone else holder.conjuncts
    if role.dep_ == "pobj" and role.head.lower_ == "among":
        # "A, alias B, C and D are among the top leaders of the group": everyone listed
        shared = tuple(t for t in list_members(holder)[1:] if _person(state, t) is not None)
    for one in (holder, *shared):
        if one.i != holder.i and _own_role(one):
            # "AQIM leader A and Battalion leader B": B's role is his own; "Abu Sayyaf leader
            # A and B of the Maute group": B holds the same post in the group named with him
            _same_role_elsewhere(state, role, one)
            continue
        if one.i == holder.i or not titled:
            _role_of(state, res, role, one)


def _same_role_elsewhere(state: DocState, role: Token, name: Token) -> None:
    if any(c.dep_ in {"compound", "appos", "amod"} and (c.lemma_.lower() in ROLE_WORDS or c.lemma_.lower() in MEMBER_WORDS)
           for c in name.children):  # fmt: skip
        return
    person = _person(state, name)
    org = next((k for _, o in prep_objects(name, "of") if (k := _org(state, o)) is not None), None)
    lemma = role.lemma_.lower()
    if person is None or org is None or lemma not in ROLE_WORDS or not state.entities.get(org).armed:
        return
    _named_post(state, name, person, org, ROLE_WORDS[lemma], pred=role)


def _named_post(state: DocState, name: Token, person: int, org: int, role: str, *, pred: Token) -> None:
    """A post read beside a name (not from a clause about it): in the name's sentence, with the
    modality of the clause it stands in (``pred`` when it is not a verb's argument)."""
    mod = modality.of_clause(state, name.head if name.head.pos_ in {"VERB", "AUX"} else pred)
    if mod.skip:
        return
    state.add_fact(
        "leadership",
        {"person": person, "organization": org},
        span=name.sent,
        anchor=name,
        attrs={"role": role},
        modality=mod.modality,
        confidence=mod.confidence - 0.1,
        attributed_to=mod.attributed_to,
        merge_on=("person", "organization"),
        merge_attr="role",
    )


def _body_part(role: Token) -> bool:
    """ "hit by a sniper in his head", "a bullet to the head": not a post."""
    if role.lemma_.lower() != "head" or role.dep_ != "pobj" or role.head.lower_ not in {"in", "to", "on", "through"}:
        return False
    return not any(True for _ in prep_objects(role, "of")) and not any(
        c.dep_ in {"compound", "nmod"} or (c.dep_ == "poss" and c.pos_ != "PRON") for c in role.children
    )


def _listed_holders(state: DocState, role: Token) -> list[Token]:
    """ "four ISIS leaders were killed, including: A, responsible for ..., B and C": the people
    listed after "including" are each such a leader (a parse may hang some on the wrong word,
    so every person named before the next verb counts)."""
    if role.tag_ != "NNS" or role.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    prep = next((c for c in (*role.children, *role.head.children) if c.dep_ == "prep" and c.lower_ == "including"), None)
    if prep is None:
        return []
    listed: list[Token] = []
    for tok in role.doc[prep.i + 1 : role.sent.end]:
        if ends_list(tok):
            break
        if tok.ent_type_ == "PERSON" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"):
            if _person(state, tok) is not None:
                listed.append(tok)  # the last token of each person's name
    return listed


def _own_role(name: Token) -> bool:
    """A name that carries a role word of its own ("Signed-in-Blood Battalion leader B"), or
    is itself a description with a possessor ("JeM chief A and his brother B", "A and his
    deputy B": B is placed by his own words, not by A's title)."""
    if name.pos_ == "NOUN" and any(c.dep_ == "poss" for c in name.children):
        return True
    return any(
        c.dep_ in {"compound", "appos", "amod"} and (c.lemma_.lower() in ROLE_WORDS or c.lemma_.lower() in MEMBER_WORDS)
        for c in name.children
    ) or any(
        # "Abu Sayyaf leader A and B of the Maute group": B is placed by a group of his own
        o.ent_type_ == "ORG" or o.lemma_.lower() in GROUP_ANAPHORS
        for _, o in prep_objects(name, "of")
    )


def _role_of(state: DocState, res: Resources, role: Token, holder: Token) -> None:
    lemma = role.lemma_.lower()
    person = _person(state, holder)
    if person is None and _described_members(role, holder):
        # "the recruiters of the perpetrators were members of IS-K", "four of whom were
        # members of X": unnamed people, described
        holder = holder.head.head if holder.lower_ in {"whom", "which"} else holder
        person = descriptive(state, holder, "group_of_people")
    if person is None:
        return
    value, titular = _role_value(state, res, role)
    org = None if titular else _role_org(state, role)
    if org is None and not titular and _first_role(role) is not role:
        org = _role_org(state, _first_role(role))  # "an al-Shabab spokesman and military commander"
    pred = role.head if role.dep_ in {"attr", "pobj", "oprd", "xcomp"} else role
    if role.dep_ == "nsubjpass" and role.head.lemma_.lower() in APPOINT_VERBS - {"identify", "announce"}:
        pred = role.head  # "ISWAP's new leader, X, was appointed by IS in August 2016": the appointment
    if role.dep_ == "pobj":
        pred = next((a for a in role.head.ancestors if a.pos_ in {"VERB", "AUX"}), None) or holder.head
    if org is None and pred.lemma_.lower() in APPOINT_VERBS:
        org = _region_org(state, pred)
    if (
        org is None
        and pred.lemma_.lower() in APPOINT_VERBS
        and not any(c.dep_ == "nsubjpass" for c in pred.children)
    ):
        # "its shura had appointed X as the new emir": the appointing body's group
        who = subject(pred)
        org = _org(state, who) or (_org(state, child(who, "poss")) if who is not None else None)
    if org is None and titular:
        org = _speaker_org(state, role)
    poss = child(role, "poss")
    if (
        org is not None
        and poss is not None
        and poss.lemma_.lower() in GROUP_ANAPHORS
        and state.entities.at(poss) is None
    ):
        # "he remained the group's leader": the group he is known to lead or belong to
        known = [
            state.arg(f, "organization")
            for f in state.facts_of("leadership") + state.facts_of("membership")
            if state.arg(f, "person") == person
        ]
        if known and org not in known:
            org = known[0]
    if org is None and poss is not None and poss.lower_ == "our" and (speaker := _speaker(state, role)) is not None:
        # '"... the wish of our central deputy emir X," Hasaan said': the speaker's group, or
        # none (not the group of the man named last)
        org = _speakers_group(state, speaker)
        if org is None:
            return
    if org is None and poss is not None and poss.pos_ == "PRON" and _person(state, poss) in {person, None}:
        # "X, one of his two deputies": "his" is the man X deputises for, not X
        org, _ = _lead_org(state, nearest(state, poss.i, {"person"}, exclude=person))
    tenure = any(c.dep_ == "amod" and c.lower_ in TENURE_WORDS for c in role.children)
    if (
        org is None
        and tenure
        and lemma in TENURE_ROLES
        and not any(c.dep_ == "compound" for c in role.children)
    ):
        # "a new spokesman, X", "the previous spokesman, Y": a post in the group the text
        # is about (a "Pentagon spokesman" names his own employer)
        org = salient(state, role.i)
    if (
        org is None
        and pred.lemma_.lower() in APPOINT_VERBS - {"identify", "announce"}
        and role.dep_ == "pobj"
        and not any(c.dep_ == "compound" for c in role.children)
    ):
        # "A and B have been appointed as deputies": posts in the group the text is about
        org = salient(state, role.i)
    if (
        org is None
        and role.dep_ == "pobj"
        and role.head.lower_ == "as"
        and _appointed_by_noun(state, role.head) is not None
        and not any(c.dep_ == "compound" for c in role.children)
    ):
        # "Godane's death led to the appointment of Ahmed Umar as emir": the group the text
        # is about
        org = salient(state, role.i)
    if org is None or _official_body(state, org):
        return
    det = child(role, "det")
    # "a new spokesman" is the group's (one) spokesman, not one among many members
    first = _first_role(role)
    if first is not role and any(True for _ in prep_objects(role, "of")):
        first = role  # "one of the Taliban's deputies and leader of the Haqqani Network": a post of its own
    indefinite = (
        det is not None
        and det.lower_ in {"a", "an", "one"}
        and not any(c.lower_ in {"new", "incoming"} for c in role.children)
        and not (value == "leader" and any(c.dep_ == "amod" and c.lower_ in RANK_WORDS for c in role.children))
        # "an IS spokesman", "a deputy leader of X": a post, not a rank; "a founder of X" founded it
        and value not in {"spokesman", "deputy", "founder"}
    ) or (
        # "one of the leaders of X" is one among several: a member ("one of the founding
        # leaders" founded it, a post of its own)
        first.dep_ == "pobj"
        and first.head.lower_ == "of"
        and first.head.head.lower_ in {"one", "two", "three", "some", "many"}
        and value not in {"founder", "spokesman", "deputy"}
    )
    # a role inside a noun phrase ("Al-Shabaab chief X did not appear") is not what the
    # sentence negates; "X is not the leader of Y" (the role on the verb) is
    nominal = pred.pos_ not in {"VERB", "AUX"}
    mod = modality.of_clause(state, role.sent.root if nominal else pred, allow_negated=nominal)
    if mod.skip:
        return
    time = None
    edge = role.left_edge.i
    torn_as = role.dep_ != "pobj" and edge > role.sent.start and role.doc[edge - 1].lower_ == "as"
    appointer = holder.head if torn_as and holder.dep_ in {"dobj", "oprd"} else None
    if (pred.pos_ not in {"VERB", "AUX"} or pred.lemma_.lower() not in APPOINT_VERBS) and (
        appointer is not None and appointer.pos_ == "VERB" and appointer.lemma_.lower() in APPOINT_VERBS - {"identify"}
    ):
        pred = appointer  # "announced X as the group's fifth Caliph" with "as" torn off: the appointment
    # "named a new leader after the death of its previous chief, X": X's post is not the one
    # the verb gives (no start, no appointment)
    former = any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS for c in role.children)
    if not former and pred.pos_ in {"VERB", "AUX"} and (pred.lemma_.lower() in APPOINT_VERBS | {"become", "rise", "take", "step", "emerge"} or _raised(pred)):
        time = timing.clause_time(state, pred)
        if time is not None:
            time = type(time)(start=time.start, end=None, text=time.text)
    elif not former and pred.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "prep" and c.lower_ == "since" for c in (*pred.children, *role.children)
    ):
        # "has been the emir of al-Shabaab since 2014": the tenure as dated by "since"
        since = timing.clause_time(state, pred)
        time = since if since is not None and "since" in (since.text or "").lower() else None
    # an indefinite role ("an ICE leader"), a rank-and-file word or an office that is no
    # command ("the emirate's chief qadi") makes a member, not a leader
    wing = _wing_of_post(role)
    ftype = "membership" if (indefinite or lemma in MEMBER_WORDS or value == "other" or wing) else "leadership"
    new_tenure = not former and (any(c.lower_ in {"new", "next"} for c in role.children) or (
        pred.pos_ in {"VERB", "AUX"}
        and (pred.lemma_.lower() in (APPOINT_VERBS | {"become", "take", "step"}) - {"identify", "announce"} or _raised(pred))
    ))
    attrs: dict = {"role": value}
    regional = any(
        state.entities.at(o) is not None and state.entities.get(state.entities.at(o)).type == "location"
        for _, o in prep_objects(role, "in", "for")
    )
    if not regional and any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS for c in role.children):
        attrs["former"] = state.published or True  # "its former leader X": ended by this report
    if ftype == "leadership" and role.tag_ == "NNS" and value not in {"founder", "spokesman", "deputy"}:
        # "four ISIS leaders were killed, including A and B": leaders, one among several, not
        # the holder of the group's one top post
        attrs["among"] = True
    if ftype == "membership":
        place = next((o for _, o in prep_objects(role, "in")), None)
        if place is not None and state.entities.at(place) not in {None, org}:
            attrs["role"] = f"{role.text.lower()} in {place.text}"  # "an ICE leader in Dagestan"
        else:
            attrs["role"] = role.lemma_.lower() if role.tag_ == "NNS" else role.text.lower()
        if wing:
            attrs["role"] = f"{attrs['role']} of the {wing}"  # "the head of AQIM's Council of Dignitaries"
    fact = state.add_fact(
        ftype,
        {"person": person, "organization": org},
        span=role.sent,
        anchor=role,
        time=time,
        attrs=attrs,
        modality=mod.modality,
        confidence=mod.confidence,
        attributed_to=mod.attributed_to,
        merge_attr="role" if ftype == "leadership" else None,
    )
    if new_tenure and ftype == "leadership" and fact.id not in state.appointments:
        state.appointments.append(fact.id)


def _wing_of_post(role: Token) -> str | None:
    """The council, committee or shura a top post is of ("the head of AQIM's Council of
    Dignitaries", "the chief of the group's shura"): its holder is a member of the group, not
    its leader; None for a post of the group itself (or a wing's spokesman, who speaks for it)."""
    if role.lemma_.lower() not in ROLE_WORDS or rank(ROLE_WORDS[role.lemma_.lower()]) != "top":
        return None
    for _, obj in prep_objects(role, "of"):
        body = obj if obj.lemma_.lower() in COUNCIL_WORDS else next(
            (t for t in obj.subtree if t.lemma_.lower() in COUNCIL_WORDS and t.i <= obj.i), None
        )
        if body is not None:
            return " ".join(t.text for t in body.doc[body.i : body.right_edge.i + 1] if t.text not in {'"', "“", "”"})
    return None


OFFICIAL_WORDS = frozenset(
    """pentagon ministry department government army police command centcom africom military navy
    presidency parliament embassy council un nations union commission agency office court
    hospital clinic university college school institute foundation bank company airline airport""".split()
)


def _official_body(state: DocState, org: int) -> bool:
    """A state body (the Pentagon, a ministry, an army): its spokesmen and chiefs are not
    leaders of armed groups."""
    d = state.entities.get(org)
    if d.force or (d.ref or "").startswith("source:"):
        return True
    if d.armed or d.ref:
        return False
    return any(w in OFFICIAL_WORDS for w in name_key(d.best_name()).split())


def _speaker(state: DocState, tok: Token) -> int | None:
    """Who says the words ``tok`` is in: the subject of a saying verb above it, else, in a
    sentence opening with a quotation mark, of the one before ('... the spokesman said.
    "We lost our great leader ..."'), if it names someone."""
    say = next((a for a in tok.ancestors if a.lemma_.lower() in SAY_VERBS and a.pos_ == "VERB"), None)
    sent = tok.sent
    if say is None and sent.start > 0 and sent[0].text in {'"', "\u201c"}:
        say = next((t for t in state.sdoc[sent.start - 1].sent if t.lemma_.lower() in SAY_VERBS and t.pos_ == "VERB"), None)
    who = subject(say) if say is not None else None
    return resolve_token(state, who) if who is not None else None


def _speakers_group(state: DocState, key: int) -> int | None:
    """The armed group a speaker is (or whose man he is), or None."""
    speaker = state.entities.get(key)
    if speaker.type == "organization":
        return key if speaker.armed and not speaker.force else None
    known = state.groups_of(key)
    return known[0] if known else None


def _lead_org(state: DocState, person: int | None) -> tuple[int | None, str | None]:
    for f in state.facts_of("leadership"):
        if state.arg(f, "person") == person:
            return state.arg(f, "organization"), f.attrs.get("role")
    return None, None


def _context_group(state: DocState, pred: Token, people: set[int]) -> int | None:
    """The armed group a succession told without one is about: "X was named as the
    successor to Y" after two sentences on the group - the last armed group named before the
    first of the two men in this sentence or in the two before, else the first one named
    later in this sentence."""
    sent = pred.sent
    first = next((t.i for t in sent if state.entities.at(t) in people), pred.i)
    key = nearest(state, first, {"organization"}, armed=True)
    if key is not None and any(state.entities.at(t) == key for t in state.sdoc[sentences_back(pred, 2) : first]):
        return key
    return next(
        (k for t in state.sdoc[first : sent.end] for k in [state.entities.at(t)]
         if k is not None and state.entities.get(k).armed and not state.entities.get(k).force),
        None,
    )  # fmt: skip


def _succession(state: DocState, successor: int, predecessor: int, pred: Token, org: int | None) -> None:
    role = None
    if org is None:
        org, _ = _lead_org(state, successor)
    if org is None:
        org, _ = _lead_org(state, predecessor)
    if org is None:
        org = _context_group(state, pred, {successor, predecessor})
    if org is None:
        return
    if role is None:
        # the post the predecessor held (the successor may also hold a lesser one)
        posts = [
            f
            for f in state.facts_of("leadership")
            if state.arg(f, "organization") == org
            and state.arg(f, "person") in {successor, predecessor}
            and not f.attrs.get("unit")  # "ran its Amniyat wing": a unit's command, not the post
        ]
        posts.sort(key=lambda f: state.arg(f, "person") != predecessor)
        role = next((f.attrs.get("role") for f in posts if f.attrs.get("role") != "founder"), None)
    mod = modality.of_clause(state, pred)
    if mod.skip:
        return
    attrs = {"role": role or "leader"}
    # "X replaced Y in 2014": when the post changed hands (a noun's date is another event's)
    when = timing.clause_time(state, pred) if pred.pos_ in {"VERB", "AUX"} else None
    state.add_fact(
        "succession",
        {"successor": successor, "predecessor": predecessor, "organization": org},
        span=pred.sent,
        anchor=pred,
        time=when,
        attrs=attrs,
        modality=mod.modality,
        confidence=mod.confidence,
        attributed_to=mod.attributed_to,
        merge_on=("successor", "predecessor"),
    )
    for person in (successor, predecessor):
        state.add_fact(
            "leadership",
            {"person": person, "organization": org},
            span=pred.sent,
            anchor=pred,
            attrs=dict(attrs),
            modality=mod.modality,
            confidence=mod.confidence - 0.1,
            attributed_to=mod.attributed_to,
            merge_attr="role",  # "commanded its military wing" is no tenure at the top
        )


def _succeeded(state: DocState, verb: Token) -> None:
    """ "X succeeded Y", "X replaced Y as leader", "Y was succeeded by X" (also as the second
    verb of "Y was killed in 2020 and was succeeded by X")."""
    agent = next((o for _, o in prep_objects(verb, "by")), None)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        predecessor, successor = subject(verb), agent
    elif verb.tag_ == "VBN" and agent is not None and verb.dep_ in {"acl", "conj", "advcl"}:
        # "X, replaced by his brother Y"; "X, who was killed in 2017 and replaced by Y"; "...
        # dropped after the death of X, replaced by Y" (the participle hung on the main verb:
        # the man named right before its comma)
        predecessor = _antecedent(subject(verb)) if verb.dep_ != "advcl" else None
        if verb.dep_ == "advcl" and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
            predecessor = verb.doc[verb.i - 2]
            if _person(state, predecessor) is None:
                predecessor = subject(verb.head)  # "X was killed in 2017, replaced by Y"
        successor = agent
    else:
        successor, predecessor = subject(verb), child(verb, "dobj")
    chooser = verb.head if verb.dep_ in {"xcomp", "advcl"} else None
    if (
        chooser is not None
        and chooser.lemma_.lower() in APPOINT_VERBS - {"identify", "announce"}
        and _person(state, successor) is None
        and _person(state, child(chooser, "dobj")) is not None
    ):
        # "al-Shabaab appointed X to replace Y", "Hezbollah named X as its leader, succeeding Y":
        # the one appointed is the successor, not the appointing group
        successor = child(chooser, "dobj")
    if chooser is not None and chooser.lemma_.lower() == "refer" and _person(state, successor) is None:
        # "IS referred to X as the new leader replacing Y": the one referred to
        successor = next((o for _, o in prep_objects(chooser, "to")), successor)
    post = verb.head if verb.dep_ == "acl" and _is_role_word(verb.head) else None
    if post is not None and _person(state, successor) is None:
        # "announced X as the new leader succeeding Y", "referred to X as the new leader
        # replacing Y": the participle describes the post, and its holder succeeds
        successor = _holder(state, post)
    a = _person(state, successor)
    b = _person(state, predecessor)
    if b is None and predecessor is not None and predecessor.lemma_.lower() in ROLE_WORDS:
        # "who replaced founder and original CEO Osama bin Laden": the man the posts name
        b = next((k for c in predecessor.conjuncts if (k := _person(state, c)) is not None), None)
    if a is not None and predecessor is not None and predecessor.pos_ == "PRON" and b == a:
        b = nearest(state, predecessor.i, {"person"}, exclude=a)  # "X was chosen to succeed him"
    if a is None or b is None or a == b:
        return
    org = None
    for _, obj in prep_objects(verb, "as", "at"):
        org = _role_org(state, obj) or _org(state, obj)
    if org is None and post is not None:
        org = _role_org(state, post) or next(
            (state.arg(f, "organization") for f in reversed(state.facts_of("leadership")) if state.arg(f, "person") == a), None
        )  # "X as the new leader succeeding Y": the post named, or the one just read for X
    if org is None:
        # "succeeded Ahmed Godane, the group's emir", "succeeded Abu Sayyaf leader Isnilon
        # Hapilon": the predecessor's post, told beside him
        org = _post_org(state, predecessor)
    if org is None and verb.dep_ == "relcl" and _person(state, verb.head) == a:
        # "Al Qaeda leader Ayman al-Zawahiri, who replaced ...": the successor's post, told
        # before him
        org = _post_org(state, verb.head)
    if org is None and verb.dep_ == "relcl" and _person(state, verb.head) == a and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "X who replaced Y was appointed as the new ISWAP leader": the post the main clause
        # gives him
        org = next(
            (k for _, o in prep_objects(verb.head.head, "as") if (k := _role_org(state, o) or _org(state, o)) is not None),
            None,
        )
    _succession(state, a, b, verb, org)


def _post_org(state: DocState, man: Token) -> int | None:
    """The group of a post told beside a man, in apposition or before his name."""
    org = None
    for post in children(man, "appos", "compound"):
        if post.lemma_.lower() in ROLE_WORDS:
            org = _role_org(state, post)
    return org


def _takes_place(state: DocState, verb: Token) -> None:
    """ "Kebekov will take his place as emir": a succession (the role from "as ...")."""
    place = child(verb, "dobj")
    a = _person(state, subject(verb))
    owner = child(place, "poss") if place is not None else None
    b = _person(state, owner)
    if a is not None and b == a and owner is not None and owner.pos_ == "PRON":
        b = nearest(state, owner.i, {"person"}, exclude=a)  # "his" is not the subject himself
    if a is None or b is None or a == b:
        return
    _succession(state, a, b, verb, None)


def _subject_person(state: DocState, tok: Token) -> int | None:
    """The person who is the subject of a clause above ``tok`` (nearest first)."""
    for verb in tok.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        who = child(verb, "nsubj")
        if who is not None and tok not in who.subtree:
            person = _person(state, who)
            if person is not None:
                return person
    for who in reversed(tok.doc[tok.sent.start : tok.i]):
        # a parse that cut the clause from its verb: the last subject before it
        if who.dep_ == "nsubj" and (person := _person(state, who)) is not None:
            return person
    return None


def _predecessor_noun(state: DocState, noun: Token) -> None:
    """ "X rose to ICE's top position after his predecessor, Y, perished";
    "Y's successor, X"."""
    owner = child(noun, "poss")
    if owner is None:
        # "X, the successor of Y" / "successor to Y"
        owner = next((o for _, o in prep_objects(noun, "of", "to")), None)
        if owner is not None and _person(state, owner) is None:
            owner = None
    named = next((c for c in noun.children if c.dep_ == "appos"), None)
    if named is None and noun.dep_ == "appos" and _person(state, noun.head) is not None:
        named = noun.head  # "Ahmed Umar, the successor of Ahmed Godane"
    if (
        named is None
        and noun.lemma_.lower() in {"successor", "replacement"}
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "as"
    ):
        # "the council named X as his successor", "chose X as Mansour's successor",
        # "X was chosen as successor", "appointed X as his replacement"
        chooser = noun.head.head
        if chooser.lemma_.lower() not in APPOINT_VERBS:
            # a parse that hung "as" on another word: the appointing verb before it
            chooser = next(
                (t for t in reversed(noun.doc[noun.sent.start : noun.i])
                 if t.pos_ == "VERB" and t.lemma_.lower() in APPOINT_VERBS),
                chooser,
            )  # fmt: skip
        if chooser.lemma_.lower() in APPOINT_VERBS - {"identify", "announce"}:
            named = child(chooser, "dobj", "oprd")
            if named is None and any(c.dep_ == "nsubjpass" for c in chooser.children):
                named = subject(chooser)
            elif named is None and any(c.dep_ == "auxpass" for c in chooser.children):
                # "..., another Algerian, X, also known as Y, was chosen as successor" parsed
                # without a subject: the person named last before the verb
                named = next(
                    (t for t in reversed(noun.doc[chooser.sent.start : chooser.i])
                     if _person(state, t) is not None and t.dep_ != "poss"),
                    None,
                )  # fmt: skip
    if named is not None and _person(state, named) is None:
        # "another Algerian, Sheikh X, also known as Y, was chosen as successor": the name set
        # beside the description (parsed as an apposition or a conjunct)
        named = next((c for c in named.children if c.dep_ in {"appos", "conj"} and _person(state, c) is not None), named)
    if named is None:
        return
    if owner is None or _person(state, owner) is None or owner.pos_ == "PRON":
        dead = _dead_in_sentence(state, noun)
        if dead is not None and _person(state, dead) != _person(state, named):
            owner = dead
    if owner is None:
        return
    a, b = _person(state, owner), _person(state, named)
    if owner.pos_ == "PRON" and noun.lemma_.lower() == "predecessor":
        # "he announced X as caliph ... after his predecessor, Y, was captured": "his" is the
        # person the sentence is about (its subject), not the last name read
        a = _subject_person(state, noun) or a
    if a is None or b is None or a == b:
        return
    successor, predecessor = (a, b) if noun.lemma_.lower() == "predecessor" else (b, a)
    org = None
    for _, post in prep_objects(noun, "as"):
        org = _role_org(state, post) or org  # "the successor of Y as emir of al-Shabaab"
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    # "rose to ICE's top leadership position"
    for _, obj in prep_objects(verb, "to", "of", "at"):
        if obj.lemma_.lower() in TOP_POSITION_WORDS or any(
            c.lower_ in TOP_POSITION_WORDS for c in obj.children
        ):
            org = _role_org(state, obj)
    if org is None and verb.lemma_.lower() in APPOINT_VERBS and not any(
        c.dep_ == "nsubjpass" for c in verb.children
    ):
        org = _org(state, subject(verb))  # "AQAP appointed X as his replacement"
    if org is None:
        appointed = verb.lemma_.lower() in APPOINT_VERBS
        org = (
            nearest(state, noun.i, {"organization"}, armed=True)
            if verb.lemma_ in {"rise", "take"} or appointed
            else None
        )
    _succession(state, successor, predecessor, verb, org)
    if org is not None and verb.lemma_ in {"rise", "take"}:
        for f in state.facts_of("leadership"):
            if (
                state.arg(f, "person") == successor
                and state.arg(f, "organization") == org
                and f.attrs.get("role") == "leader"
            ):
                f.attrs["role"] = _lead_role(state, predecessor, org) or "leader"


def _joined(state: DocState, verb: Token) -> None:
    """ "X joined the Islamic State in 2013", "a Malaysian who joined the Maute group": X is a
    member from then on; "X fought for al-Shabaab", "X, who belonged to al-Shabaab": a member."""
    lemma = verb.lemma_.lower()
    obj = child(verb, "dobj") if lemma == "join" else next((o for _, o in prep_objects(verb, *MEMBER_VERBS[lemma])), None)
    if obj is not None and obj.lemma_.lower() in {"rank", "ranks"}:
        # "served in the ranks of AQIM", "fought in al-Shabaab's ranks", "joined the ranks of IS"
        obj = next((o for _, o in prep_objects(obj, "of")), None) or child(obj, "poss")
    elif lemma in {"serve"} or (lemma == "fight" and obj is not None and obj.head.lower_ == "in"):
        if obj is None or _org(state, obj) is None:
            return  # "served in the army", "fought in Syria": no group named
    org = _org(state, obj)
    if lemma != "join" and (org is None or not state.entities.get(org).armed):
        return  # "fought for his country", "belongs to a clan"
    if org is None and obj is not None:
        org = next((_org(state, c) for c in obj.children if c.dep_ in {"compound", "appos"}), None)
    if org is None or _official_body(state, org) or (obj.head.lower_ == "with" and state.entities.get(org).force):
        return  # ("fought with the army": against it, or in a state's ranks)
    who = _antecedent(subject(verb))
    if who is not None and who.dep_ == "relcl":
        who = who.head
    if verb.dep_ == "relcl" and (who is None or who.lower_ in {"who", "that"}):
        who = verb.head
    if who is not None and who.dep_ == "attr" and _person(state, who) is None:
        # "X was an American jihadist who fought for al-Shabaab": the copula's subject
        who = next(iter(described_by(who)), who)
    people = [p for p in (_person_near(state, t) for t in ([who, *who.conjuncts] if who is not None else [])) if p]
    if not people and who is not None and who.dep_ == "appos":
        people = [p for p in [_person(state, who.head)] if p]
    if who is not None and who.lower_ in {"they", "we"} and verb.dep_ == "ccomp":
        # "A, B and C ... announced that they had joined the rival group": each of them;
        # "three commanders of X, including A, announced ...": the ones named first
        listed = [p for t in list_members(subject(verb.head) or verb.head) if (p := _person(state, t)) is not None]
        people = [p for p in listed if not state.entities.get(p).descriptive] or people or listed
    mod = modality.of_clause(state, verb)
    if mod.skip or not people:
        return
    time = timing.clause_time(state, verb)
    if time is not None and lemma == "join":
        time = type(time)(start=time.start, end=None, text=time.text)
    for person in people:
        fact = _member_from(state, verb, person, org, time, mod, drop=0.05)
        if lemma == "join":
            state.joins.append((fact.id, verb.i))  # read by allegiance: joining a rival is a defection


RUN_VERBS = {"oversee", "run", "direct", "lead", "command", "head", "manage", "coordinate", "supervise"}


def _operations_holder(noun: Token) -> Token | None:
    """Who runs "X's operations": "Y oversaw al-Shabaab's operations in Kenya", "Y was in charge
    of the group's operations", "Y, responsible for all of ISIS's operations in Iraq"."""
    at = noun
    if at.dep_ == "pobj" and at.head.lower_ == "of" and at.head.head.lower_ in {"all", "most"}:
        at = at.head.head  # "all of ISIS's operations"
    head = at.head
    if at.dep_ == "dobj" and head.lemma_.lower() in RUN_VERBS:
        return subject(head)
    if at.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "charge" and head.head.head.lower_ == "in":
        verb = head.head.head.head
        return subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
    if at.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ == "responsible":
        adj = head.head
        if adj.dep_ == "amod":
            return adj.head  # "X, responsible for ..."
        if adj.dep_ == "acomp":
            return subject(adj.head)
    return None


def _runs_operations(state: DocState, noun: Token) -> None:
    """A man who runs a group's operations (somewhere) is one of its commanders."""
    owner = child(noun, "poss") or next((o for _, o in prep_objects(noun, "of")), None)
    org = _org(state, owner)
    if org is None or not state.entities.get(org).armed:
        return
    person = _person(state, _antecedent(_operations_holder(noun)))
    if person is None:
        return
    mod = modality.of_clause(state, noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun.sent.root, allow_negated=True)
    if not mod.skip:
        _noun_leadership(state, person, org, noun, "commander", mod)


def _noun_leadership(state: DocState, person: int, org: int, noun: Token, role: str, mod) -> None:
    """A post read from a noun phrase ("under the command of X", "X's operations")."""
    state.add_fact(
        "leadership",
        {"person": person, "organization": org},
        span=noun.sent,
        anchor=noun,
        attrs={"role": role},
        modality=mod.modality,
        confidence=mod.confidence - 0.1,
        attributed_to=mod.attributed_to,
        merge_on=("person", "organization"),
        merge_attr="role",
    )


def _recruited(state: DocState, verb: Token) -> None:
    """ "X was recruited by al-Shabaab in 2010", "al-Shabaab recruited X": X joined it then."""
    if is_passive(verb):
        person_tok, org_tok = subject(verb), next((o for _, o in prep_objects(verb, "by")), None)
    else:
        person_tok, org_tok = child(verb, "dobj"), subject(verb)
    org, person = _org(state, org_tok), _person(state, person_tok)
    if org is None or person is None or not state.entities.get(org).armed:
        return
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    time = timing.clause_time(state, verb)
    if time is not None:
        time = type(time)(start=time.start, end=None, text=time.text)
    _member_from(state, verb, person, org, time, mod, drop=0.1)


def _member_from(state: DocState, verb: Token, person: int, org: int, time, mod, *, drop: float):
    """A membership told by ``verb`` ("joined", "was recruited by", "fought for")."""
    return state.add_fact(
        "membership",
        {"person": person, "organization": org},
        span=verb.sent,
        anchor=verb,
        time=time,
        attrs={"role": "member"},
        modality=mod.modality,
        confidence=mod.confidence - drop,
        attributed_to=mod.attributed_to,
        merge_on=("person", "organization"),
    )


DEATH_WORDS = frozenset({"death", "killing", "demise", "assassination"})


def _dead_of(noun: Token) -> Token | None:
    """Whose death a death noun tells: "Droukdel's death", "the killing of his predecessor Y"."""
    if noun.lemma_.lower() not in DEATH_WORDS:
        return None
    return child(noun, "poss") or next((o for _, o in prep_objects(noun, "of")), None)


def _dead_in_sentence(state: DocState, noun: Token) -> Token | None:
    """The man whose death the sentence tells ("following Droukdel's death, X was chosen as
    successor"): the one a successor follows when the text names no predecessor."""
    # this sentence first; then the few before, nearest first ("X was killed in a strike. ...
    # The group appointed Y as his replacement")
    spans = [noun.sent]
    while len(spans) < 4 and spans[-1].start > 0:
        spans.append(state.sdoc[spans[-1].start - 1].sent)
    for span in spans:
        for tok in span:
            lemma = tok.lemma_.lower()
            whose = _dead_of(tok)
            if whose is not None:
                if _person(state, whose) is not None:
                    return whose
            elif lemma in {"kill", "die", "assassinate", "perish"} and tok.pos_ == "VERB":
                who = subject(tok)
                if who is not None and _person(state, who) is not None:
                    return who
                if any(c.dep_ == "auxpass" for c in tok.children):
                    # "AQAP leader Nasir al-Wuhayshi has been killed", however parsed: the
                    # person named last before the passive verb
                    named = next((t for t in reversed(span[: tok.i - span.start]) if _person(state, t) is not None), None)
                    if named is not None:
                        return named
    return None


def _person_near(state: DocState, tok: Token | None) -> int | None:
    """The person a phrase names: the token itself, or a name it is described with
    ("the Algerian jihadist and smuggler Mokhtar Belmokhtar", "the preacher X")."""
    if tok is None:
        return None
    found = _person(state, tok)
    if found is not None:
        return found
    for near in (*tok.conjuncts, *(c for c in tok.children if c.dep_ in {"appos", "compound"})):
        found = _person(state, near)
        if found is not None:
            return found
    return None


def _his_group(state: DocState, name: Token) -> None:
    """ "Osama Bin Laden's al-Qaeda network", "Abubakar Shekau's Boko Haram": a named man's
    group is the group he leads."""
    owner = child(name, "poss")
    named = name if name.pos_ == "PROPN" else child(name, "compound")  # "Bin Laden's al-Qaeda network"
    if named is None or (name.pos_ == "NOUN" and name.lemma_.lower() not in GROUP_ANAPHORS):
        return
    if any(t.text in {"(", ")"} for t in name.doc[owner.i : name.i]):
        return  # "Nusrah's (now Hay'at Tahrir al Sham's) battalion": a group's old name
    person, org = _person(state, owner), _org(state, named)
    if person is None or org is None or not state.entities.get(org).armed:
        return
    if any(c.lower_ in {"former", "old", "late"} for c in name.children):
        return  # "Zarqawi's former group": not his now
    _named_post(state, name, person, org, "leader", pred=name)


def _at_the_helm(state: DocState, helm: Token) -> None:
    """ "X is at the helm of al-Shabaab", "X remained at the helm of the group until 2019"."""
    be = helm.head.head
    if be.lemma_.lower() not in {"be", "remain", "stay"}:
        return
    person = _person(state, subject(be))
    org = next((k for _, o in prep_objects(helm, "of") if (k := _org(state, o)) is not None), None)
    if person is None or org is None:
        return
    mod = modality.of_clause(state, be)
    if not mod.skip:
        _noun_leadership(state, person, org, helm, "leader", mod)


def _leads(state: DocState, verb: Token, role: str) -> None:
    """ "X, who heads the Haqqani network"; "Kebekov had led the emirate since ..."."""
    by = next((o for _, o in prep_objects(verb, "by")), None)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or fronted_participle(verb)
    if not passive and verb.dep_ == "acl" and by is not None:
        # "al-Mourabitoun, led by Mokhtar Belmokhtar": the group the participle describes
        obj, person = verb.head, _person_near(state, by)
    elif passive:
        # "AQAP is led by Nasir al-Wuhayshi"; "founded in 2002 by the preacher Mohammed Yusuf"
        obj = subject(verb)
        person = _person_near(state, by)
    else:
        who = subject(verb)
        if who is None and _chosen_to(verb):
            who = subject(verb.head)  # "X was elected to lead the group"
        person = _person(state, who)
        if person is None and who is not None and verb.dep_ == "acl" and who.dep_ == "attr":
            # "X is said to be a Tanzanian national leading a militant insurgency": the copula's subject
            person = _person(state, subject(who.head))
        obj = child(verb, "dobj")
    org = _org(state, obj)
    if org is None and obj is not None and obj.lemma_.lower() in GROUP_ANAPHORS and not child(obj, "poss"):
        org = salient(state, obj.i)  # "elected to lead the Palestinian group": the group the text is about
    attrs: dict = {"role": role}
    if org is None and obj is not None and obj.lemma_.lower() in UNIT_WORDS:
        org = _role_org(state, obj)  # "commanded the Caucasus Emirate's Dagestan sector"
        # the head of a sub-unit commands it; he does not lead the whole group
        attrs = {
            "role": "commander",
            "unit": " ".join(
                t.text for t in obj.subtree if t.dep_ in {"amod", "compound", "nmod"} or t.i == obj.i
            ),
        }
    if obj is not None and obj.tag_ == "NNS" and obj.lemma_.lower() in MEN_WORDS and state.entities.at(obj) is None:
        attrs = {"role": "commander"}  # "led al-Shabaab fighters in an attack": its men, not the group
    if verb.lemma_ == "run" and (
        obj is None
        or (
            org is not None
            and obj.lemma_.lower() not in UNIT_WORDS
            and (obj.pos_ != "PROPN" or not state.entities.get(org).armed or state.entities.get(org).force)
        )
    ):
        return  # "run" leads a unit ("ran the Dagestan sector of ...") or a group by name ("ran AQIM")
    if person is None or org is None:
        return
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    time = timing.clause_time(state, verb)
    if time is not None and LEAD_VERBS.get(verb.lemma_) != "founder":
        time = None if "since" not in (time.text or "") else time
    # "led by the brothers Omar and Abdullah Maute": each of them
    co_leaders = _co_leaders(state, by, person) if by is not None and (passive or verb.dep_ == "acl") else []
    fact, *_ = [
        state.add_fact(
            "leadership",
            {"person": one, "organization": org},
            span=verb.sent,
            anchor=verb,
            time=time,
            attrs=attrs,
            modality=mod.modality,
            confidence=mod.confidence - 0.05,
            attributed_to=mod.attributed_to,
            merge_on=("person", "organization"),
            merge_attr="role",
        )
        for one in (person, *co_leaders)
    ]
    if (verb.lemma_ == "take" or _chosen_to(verb)) and fact.id not in state.appointments:
        state.appointments.append(fact.id)  # "took over", "was elected to lead": a tenure begins
    if attrs.get("role") in {"leader", "commander"} and "unit" not in attrs:
        gone = _predecessor_of_tenure(state, verb)
        if gone is not None and gone != person:
            _succession(state, person, gone, verb, org)


def _predecessor_of_tenure(state: DocState, verb: Token) -> int | None:
    """Whom a tenure told by a leading verb followed: "had led the emirate since the death of
    its founder, Doku Umarov", "after the killing of his predecessor Maulana Fazlullah", "led
    AQAP after Wuhayshi", "took over the group from Abu Omar al-Baghdadi"."""
    for prep, obj in prep_objects(verb, "since", "after", "following", "from"):
        if obj.lemma_.lower() in DEATH_WORDS and prep != "from":
            return _person_near(state, _dead_of(obj))
        if obj.pos_ == "PROPN" and (prep != "from" or verb.lemma_ in {"take", "assume"}):
            gone = _person(state, obj)
            if gone is not None:
                return gone
    for clause in children(verb, "advcl"):
        # "led Boko Haram after Mohammed Yusuf, its founder, was killed"
        if clause.lemma_.lower() in {"die", "perish", "kill", "assassinate"} and any(
            c.dep_ == "mark" and c.lower_ in {"after", "when", "since"} for c in clause.children
        ):
            gone = _person(state, subject(clause))
            if gone is not None:
                return gone
    return None


def _co_leaders(state: DocState, by: Token, first: int) -> list[int]:
    """The other people a "by" phrase lists beside the first: "by the brothers Omar and
    Abdullah Maute", "by A and B"."""
    found: list[int] = []
    for tok in (by, *(c for c in by.children if c.dep_ in {"appos", "compound"})):
        for one in list_members(tok):
            key = _person(state, one)
            if key is not None and key != first and key not in found:
                found.append(key)
    return found


def _under_person(state: DocState, name: Token) -> None:
    """ "Under Shekau, Boko Haram became one of the deadliest groups": the armed group the
    clause is about (its subject) was led by the man it was "under"."""
    verb = name.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return
    org = _org(state, subject(verb))
    if org is None or not state.entities.get(org).armed or _official_body(state, org):
        return
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    state.add_fact(
        "leadership",
        {"person": _person(state, name), "organization": org},
        span=verb.sent,
        anchor=name,
        attrs={"role": "leader"},
        modality=mod.modality,
        confidence=mod.confidence - 0.1,
        attributed_to=mod.attributed_to,
        merge_on=("person", "organization"),
        merge_attr="role",
    )


def _under_command(state: DocState, noun: Token, role: str) -> None:
    """ "the group is now called JNIM, under the stewardship of Iyad Ag Ghali"; "fighters
    under the command of X": the group of the clause (its subject, the name it is called,
    else the last armed group named before) is led by X."""
    person = next((_person_near(state, o) for _, o in prep_objects(noun, "of")), None)
    if person is None:
        return
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    org = None
    if verb is not None:
        for tok in (subject(verb), child(verb, "oprd", "attr", "dobj")):
            org = _org(state, tok)
            if org is not None and state.entities.get(org).armed:
                break
            org = None
    if org is None:
        org = nearest(state, noun.i, {"organization"}, armed=True)
    if org is None or _official_body(state, org):
        return
    mod = modality.of_clause(state, verb if verb is not None else noun.sent.root)
    if not mod.skip:
        _noun_leadership(state, person, org, noun, role, mod)


def _begin_tenure(
    state: DocState,
    verb: Token,
    person: int,
    org: int,
    *,
    confidence_drop: float,
    merge_on: tuple[str, ...] | None = None,
) -> bool:
    """A top post taken at ``verb`` ("took over", "took charge of"): a leadership fact that
    begins a tenure (from the clause's date on). False when the clause is negated or hedged away."""
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return False
    time = timing.clause_time(state, verb)
    fact = state.add_fact(
        "leadership",
        {"person": person, "organization": org},
        span=verb.sent,
        anchor=verb,
        time=None if time is None else type(time)(start=time.start, end=None, text=time.text),
        attrs={"role": "leader"},
        modality=mod.modality,
        confidence=mod.confidence - confidence_drop,
        attributed_to=mod.attributed_to,
        merge_on=merge_on,
        merge_attr="role",
    )
    if fact.id not in state.appointments:
        state.appointments.append(fact.id)
    return True


def _took_charge(state: DocState, verb: Token) -> None:
    """ "Wali took charge of the group in 2018 after the killing of his predecessor", "X took
    power in 2009": he leads what he took charge of, from then on."""
    what = child(verb, "dobj")
    obj = next((o for _, o in prep_objects(what, "of")), None) if what is not None else None
    if obj is None:
        obj = next((o for _, o in prep_objects(verb, "of")), None)
    person = _person(state, subject(verb))
    org = _org(state, obj)
    if obj is not None and state.entities.at(obj) is None and obj.lemma_.lower() in GROUP_ANAPHORS:
        # "its chief Mufti Noor Wali ... Wali took charge of the terrorist group in 2018": the
        # group he is already known to lead, not the one named last
        known, role = _lead_org(state, person) if person is not None else (None, None)
        org = known if known is not None and rank(role) == "top" else org
    if org is None and obj is not None and obj.lemma_.lower() in GROUP_ANAPHORS:
        org = salient(state, obj.i)
    if org is None and person is not None and what is not None and what.lemma_.lower() == "power":
        # "Shekau took power in Boko Haram in 2009"; "its leader, Godane, who took power in
        # 2008": the group named with it, or the one he is known to lead
        org = next((k for _, o in prep_objects(verb, "in") if (k := _org(state, o)) is not None
                    and state.entities.get(k).armed), None)  # fmt: skip
        if org is None:
            known, role = _lead_org(state, person)
            org = known if known is not None and rank(role) == "top" else None
    if person is None or org is None or _official_body(state, org):
        return
    if not _begin_tenure(state, verb, person, org, confidence_drop=0.05, merge_on=("person", "organization")):
        return
    gone = _predecessor_of_tenure(state, verb)  # "took command from Y", "after the killing of Y"
    if gone is not None and gone != person:
        _succession(state, person, gone, verb, org)


def _chosen_to(verb: Token) -> bool:
    """ "was elected / chosen / appointed to lead ...": the infinitive of an appointing verb."""
    return (
        verb.dep_ in {"xcomp", "advcl"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in APPOINT_VERBS - {"identify", "announce"}
    )


def _took_over_from_dead(state: DocState, verb: Token) -> None:
    """ "Hakimullah had taken over in 2009, when Baitullah Mehsud, the TTP's founder, died";
    "X took over after Y was killed": the dead man's post, from the time of his death."""
    person = _person(state, subject(verb))
    if person is None:
        return
    before = _person(state, next((o for _, o in prep_objects(verb, "from")), None))
    if before is not None and before != person:
        # "X took over from Y in September 2014": Y's post (the group Y is known to lead,
        # else the one X is known to lead, else the group the text is about)
        org, _ = _lead_org(state, before)
        if org is None:
            org, _ = _lead_org(state, person)
        if org is None:
            org = _context_group(state, verb, {person, before})
        if org is not None and _begin_tenure(state, verb, person, org, confidence_drop=0.1):
            _succession(state, person, before, verb, org)
        return
    for t in verb.sent:
        if t.lemma_.lower() not in {"die", "perish", "kill"} or not any(
            c.lower_ in {"when", "after"} for c in t.children
        ):
            continue
        dead_tok = subject(t)
        dead = _person(state, dead_tok)
        if dead is None or dead == person:
            continue
        org = None
        for post in children(dead_tok, "appos"):
            if post.lemma_.lower() in ROLE_WORDS:
                org = _role_org(state, post)
        if org is None:
            org, _ = _lead_org(state, dead)
        if org is None:
            continue
        if _begin_tenure(state, verb, person, org, confidence_drop=0.1):
            _succession(state, person, dead, verb, org)
        return


def _lead_role(state: DocState, person: int, org: int) -> str | None:
    for f in state.facts_of("leadership"):
        if state.arg(f, "person") == person and state.arg(f, "organization") == org:
            return f.attrs.get("role")
    return None


def mark_beginnings(state: DocState) -> None:
    """Leadership facts that report the start of a tenure ("named X its new leader", "X took
    over") carry ``begins``: the knowledge base starts the tenure at the stated date, else at
    the announcement."""
    by_id = {f.id: f for f in state.facts}
    gone = {state.arg(f, "predecessor") for f in state.facts_of("succession")}
    gone |= {state.arg(f, "person") for f in state.facts_of("death")}
    for fid in state.appointments:
        fact = by_id.get(fid)
        if fact is None or fact.type != "leadership" or state.arg(fact, "person") in gone:
            continue  # the man a text says left or died is not the one it says took over
        fact.attrs["begins"] = state.published or True  # the announcement's date, where known


def mark_seen(state: DocState) -> None:
    """An undated post told of a man who is the subject of a dated clause ("said KH
    Secretary-General X yesterday") carries ``seen``: the day he held it, which may come before
    the report (the knowledge base does not show the post held before its earliest evidence)."""
    for fact in state.facts_of("leadership") + state.facts_of("membership"):
        if fact.time is not None or "former" in fact.attrs or "seen" in fact.attrs:
            continue
        at = state.anchors.get(fact.id)
        if at is None:
            continue
        tok, verb = state.sdoc[at], None
        while tok.head.i != tok.i:
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
                verb = tok.head
                break
            if tok.dep_ not in {"compound", "appos", "amod", "poss", "prep", "pobj", "flat"}:
                break
            tok = tok.head
        when = timing.clause_time(state, verb) if verb is not None else None
        if when is None or when.start is None or when.start != when.end or len(when.start) != 10:
            continue
        if state.published and when.start > state.published:
            continue
        fact.attrs["seen"] = when.start


REMOVAL_NOUNS = frozenset({"removal", "ouster", "ousting", "dismissal", "sacking", "resignation", "deposition"})


def _removals(state: DocState) -> list[tuple[int, int]]:
    """ "after the removal of Abubakar Shekau", "Shekau's ouster": a leader put out of his post."""
    out = []
    for tok in state.tokens:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REMOVAL_NOUNS:
            continue
        for who in [o for _, o in prep_objects(tok, "of")] + [c for c in tok.children if c.dep_ == "poss"]:
            key = _person(state, who)
            if key is not None:
                out.append((key, tok.i))
    return out


def _same_man(state: DocState, a: int, b: int) -> bool:
    """One man, or one told by a short and a long form of his name ("al-Barnawi", "Khalid
    al-Barnawi") the document has not merged."""
    if state.entities.root(a) == state.entities.root(b):
        return True
    for na in state.entities.get(a).names:
        for nb in state.entities.get(b).names:
            short, long_ = sorted((na.lower().split(), nb.lower().split()), key=len)
            if short and len(short) < len(long_) and long_[-len(short) :] == short:
                return True
    return False


DYING_VERBS = frozenset({"kill", "die", "slay", "martyr", "assassinate", "eliminate"})


def posts_of_the_dead_named_later(state: DocState) -> None:
    """ "The Islamic State group's spokesman and chief strategist ... has been killed, the group
    announced. Its Aamaq news agency said Abu Muhammed al-Adnani was martyred ...": a post whose
    holder the sentence does not name, told dying, is held by the man whose death the next
    sentences tell (the one named death there)."""
    sents = list(state.sdoc.sents)
    index = {s.start: n for n, s in enumerate(sents)}
    for role in state.tokens:
        if role.dep_ not in {"nsubj", "nsubjpass"} or role.lemma_.lower() not in ROLE_WORDS or not _is_role_word(role):
            continue
        verb = role.head
        if verb.lemma_.lower() not in DYING_VERBS or negated(verb) or _holder(state, role) is not None:
            continue
        owner = child(role, "poss")
        org = _org(state, owner) if owner is not None else None
        if org is None or not state.entities.get(org).armed:
            continue
        here = index[role.sent.start]
        named = {
            k
            for f in state.facts_of("death")
            if (k := state.arg(f, "person")) is not None
            and state.entities.get(k).type == "person"
            and not state.entities.get(k).descriptive
            and state.anchors.get(f.id) is not None
            and 0 < index[state.sdoc[state.anchors[f.id]].sent.start] - here <= 2
        }
        if len(named) != 1:
            continue
        person = named.pop()
        for post in (role, *(c for c in role.conjuncts if _is_role_word(c) and c.lemma_.lower() in ROLE_WORDS)):
            _named_post(state, post, person, org, ROLE_WORDS[post.lemma_.lower()], pred=verb)


def _recent_end(state: DocState, person: int) -> bool:
    """The man's death or capture is told as news: undated, or dated within a year of the report
    (not "the group's founder, who died in 2009", nor Abu Bakr al-Baghdadi's death told in 2022)."""
    if not state.published or not state.published[:4].isdigit():
        return False
    cutoff = f"{int(state.published[:4]) - 1}{state.published[4:10]}"  # a year before the report
    for f in state.facts_of("death") + state.facts_of("capture"):
        if state.arg(f, "person") != person or f.modality == "denied":
            continue
        end = (f.time.end or f.time.start) if f.time is not None else None
        if end is None or end >= cutoff[: len(end)]:
            return True
    return False


def infer_successions(state: DocState) -> None:
    """A new leader named where the last one's death is told: "confirmed the death of
    their founder, X, and said the council had chosen Y as the movement's new leader"
    -> succession(Y after X). Runs after deaths; the death must be in the same sentence or
    one of the two before ("... announced the death of its leader X. The leader was killed in
    clashes, a spokesman said. The spokesman announced the group's new leader as Y")."""
    by_id = {f.id: f for f in state.facts}
    sents = {s.start: n for n, s in enumerate(state.sdoc.sents)}
    starts = [s.start_char for s in state.sdoc.sents]
    # where a leader's tenure ended: his death, his capture, or "the removal of X", "X's ouster"
    ends = [
        (state.arg(f, "person"), state.anchors.get(f.id))
        for f in state.facts_of("death") + state.facts_of("capture")
        if f.modality != "denied"
    ]
    removed = _removals(state)
    ends += removed
    for fid in state.appointments:
        lead = by_id[fid]
        new, org = state.arg(lead, "person"), state.arg(lead, "organization")
        if rank(lead.attrs.get("role")) != "top" or lead.attrs.get("role") == "founder":
            continue
        if any(
            state.arg(s, "successor") == new and state.arg(s, "organization") == org
            for s in state.facts_of("succession")
        ):
            continue
        anchor = state.anchors.get(fid, 0)
        # every sentence the tenure is told in ("Boko Haram's leader, Shekau, ..." and later
        # "Shekau took over the group the following year")
        told = {sents[state.sdoc[anchor].sent.start]}
        told |= {bisect_right(starts, src.start) - 1 for src in lead.sources}
        olds, leaders_gone = [], set()
        for person, where in ends:
            if person is None or where is None or state.entities.get(person).type != "person" or _same_man(state, person, new):
                continue
            led = {
                state.arg(f, "organization")
                for f in state.facts_of("leadership")
                if state.arg(f, "person") == person and rank(f.attrs.get("role")) == "top"
            } or {state.arg(f, "organization") for f in state.facts_of("leadership") if state.arg(f, "person") == person}
            if led and org not in led:
                continue  # the dead man led another group: no predecessor in this one
            if not led and (person, where) in removed:
                continue  # "called for the removal of the president": a man of no post in the group
            if led and _recent_end(state, person):
                leaders_gone.add(person)
            gone = sents[state.sdoc[where].sent.start]
            if any(here - gone in {0, 1, 2} for here in told):
                olds.append((min(abs(here - gone) for here in told), abs(where - anchor), person))
        succeeded = {state.arg(f, "predecessor") for f in state.facts_of("succession") if state.arg(f, "organization") == org}
        leaders_gone -= succeeded  # (a leader the story already gives a successor is not this one's predecessor)
        if not olds and len(leaders_gone) == 1:
            # told further apart: the one leader of the group whose end the story tells ("Monday's
            # killing of Ahmed Godane ... Al-Shabaab's new leader is Abu Ubaidah")
            olds = [(0, 0, leaders_gone.pop())]
        if not olds:
            continue
        old = min(olds)[2]
        sent = state.sdoc[anchor].sent
        state.add_fact(
            "succession",
            {"successor": new, "predecessor": old, "organization": org},
            span=sent,
            anchor=state.sdoc[anchor],
            time=lead.time,
            attrs={"role": lead.attrs.get("role")},
            modality=lead.modality,
            confidence=round(lead.confidence - 0.15, 2),
            merge_on=("successor", "predecessor"),
        )


# titles a state official's name may carry ("PNP Director General Ronald dela Rosa")
STATE_TITLES = frozenset(
    """general gen. colonel col. brigadier major lieutenant lt. captain director inspector secretary minister
    president governor ambassador prosecutor superintendent commissioner pope""".split()
)


def named_with_group(state: DocState) -> None:
    """ "Ali Kalora of the East Indonesia Mujahideen", "BLA's Aslam Baloch": a man named with
    an armed group is its member, when nothing else read tells his place in it."""
    tied = {
        (state.entities.root(state.arg(f, "person")), state.entities.root(state.arg(f, "organization")))
        for f in state.facts_of("leadership") + state.facts_of("membership")
        if state.arg(f, "person") is not None and state.arg(f, "organization") is not None
    }
    for name in state.tokens:
        if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
            continue
        person = _person(state, name)
        if person is None or state.entities.get(person).descriptive:
            continue
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in name.children):
            continue  # "its weekly newsletter al-Naba": a thing named, not a man
        owners = [o for _, o in prep_objects(name, "of")] + [c for c in name.children if c.dep_ == "poss"]
        for owner in owners:
            if owner.pos_ != "PROPN":
                continue  # a group named, not "its" or "the group"
            org = _org(state, owner)
            if org is None or state.entities.root(org) == state.entities.root(person):
                continue
            d = state.entities.get(org)
            if not d.armed or d.force or _official_body(state, org):
                continue
            key = (state.entities.root(person), state.entities.root(org))
            if key in tied:
                continue
            mod = modality.of_clause(state, name.head if name.head.pos_ in {"VERB", "AUX"} else name.sent.root)
            if mod.skip:
                continue
            tied.add(key)
            _member_from(state, name, person, org, None, mod, drop=0.15)


def drop_officials_posts(state: DocState) -> None:
    """A post in a group the reference data does not know, held by a man whose name opens
    with a state title ("PNP Director General Ronald dela Rosa said ..."): an official of a
    state body, not a post in an armed group (a known armed group keeps its posts)."""
    reporters = _reporters(state)
    for fact in list(state.facts_of("leadership") + state.facts_of("membership")):
        person, org = state.arg(fact, "person"), state.arg(fact, "organization")
        if person is None or org is None:
            continue
        if state.entities.root(person) in reporters:
            state.facts.remove(fact)  # "Al Jazeera's Mohammed Adow ... said ... he is one of the founders"
            continue
        names = state.entities.get(person).names
        if state.entities.get(org).ref is None and names and all(opens_with_state_title(n) for n in names if n.split()):
            state.facts.remove(fact)


def drop_civilian_posts(state: DocState) -> None:
    """ "X, founder of the Aamin Ambulance Service", "Y, the founder of Integration TV": a post
    in a body the reference data does not know and whose name says it is a service, a
    broadcaster, a charity or a company, not an armed group."""
    for fact in list(state.facts_of("leadership") + state.facts_of("membership")):
        org = state.arg(fact, "organization")
        if org is None:
            continue
        d = state.entities.get(org)
        words = d.best_name().lower().replace("-", " ").split()
        if d.ref is None and not d.armed and words and (words[-1] in CIVILIAN_HEADS or words[0] in CIVILIAN_HEADS):
            state.facts.remove(fact)


# the last (or first) word of a body that is no armed group: "Aamin Ambulance Service",
# "Integration TV", "Amnesty International", "Sado Somalia" is not told by its name
CIVILIAN_HEADS = frozenset({
    "service", "services", "tv", "television", "radio", "channel", "newspaper", "times", "post", "news", "agency",
    "foundation", "charity", "trust", "association", "society", "company", "corporation", "inc", "ltd", "bank",
    "university", "college", "school", "hospital", "clinic", "ministry", "department", "commission", "amnesty",
    "ngo", "institute", "institution", "center", "centre", "union", "federation", "club", "league", "church",
})  # fmt: skip


TITLE_PREFIXES = frozenset({"deputy", "assistant", "additional", "senior", "chief", "acting"})


def opens_with_state_title(name: str) -> bool:
    """ "General X", "Deputy Commissioner X": a name written with a state title before it."""
    words = name.lower().split()
    if not words:
        return False
    if words[0] in STATE_TITLES:
        return True
    return len(words) > 2 and words[0] in TITLE_PREFIXES and words[1] in STATE_TITLES


def _reporters(state: DocState) -> set[int]:
    """People the document introduces as a news outlet's own ("Al Jazeera's Mohammed Adow"):
    reporters, never holders of a post in an armed group."""
    out: set[int] = set()
    for tok in state.tokens:
        if tok.dep_ != "poss":
            continue
        outlet = state.entities.at(tok)
        if outlet is None or not (state.entities.get(outlet).ref or "").startswith("source:"):
            continue
        person = state.entities.at(tok.head)
        if person is not None and state.entities.get(person).type == "person":
            out.add(state.entities.root(person))
    return out
