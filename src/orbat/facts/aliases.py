"""Identity: two names for one person or group.

Asserted wordings make an ``identity`` fact AND fold both names into one entity
(so later mentions of either name resolve to it):

    "X (also known as Y)", "X, more commonly known as Y", "X, better known as Y",
    "X is known as Y", "X alias Y", "X aka Y", "Y, whose real name is X", "X is Y"

Hedged wordings ("It appears that X is Y", "X is believed to be Y", "X is likely
Y") make a hedged ``identity`` fact only: the entities stay apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from orbat.facts import modality
from orbat.facts.mentions import ALIAS_WORDS, resolve_token
from orbat.facts.resources import Resources
from orbat.facts.state import DocState, name_key
from orbat.facts.syntax import child, list_members, negated, prep_objects, subject

NAMING_VERBS = {"know", "call", "dub", "nickname", "name", "identify"}


def extract(state: DocState, res: Resources) -> None:
    for tok in state.tokens:
        lemma = tok.lemma_.lower()
        if lemma in NAMING_VERBS and (tok.tag_ == "VBN" or any(c.dep_ == "oprd" for c in tok.children)):
            _known_as(state, tok)
        elif tok.lower_ in ALIAS_WORDS:
            _alias_word(state, tok)
        elif tok.lower_ in {"formerly", "previously", "now"} and tok.dep_ == "advmod" and tok.head.dep_ == "appos":
            _former_name(state, tok.head)  # "HTS (formerly the Nusra Front)", "the Nusra Front (now HTS)"
        elif _aside_name(tok):
            _alias_word(state, tok)  # "X, real name Y, ...", "X (born Y)": the names around it
        elif tok.text == "[":
            _bracketed_name(state, tok)  # '"our emir, Abou Moussab [Algerian Abdelmalek Droukdel]"'
        elif lemma == "go" and tok.pos_ == "VERB" and any(p == "by" for p, _ in prep_objects(tok, "by")):
            _goes_by(state, tok)
        elif tok.dep_ in {"nsubj", "attr"} and _names_a_name(tok):
            _real_name(state, tok)
        elif lemma == "be" and tok.dep_ in {"ROOT", "ccomp", "xcomp", "conj"}:
            _copula(state, tok)
        elif tok.dep_ == "conj" and tok.pos_ == "PROPN" and _or_named(tok):
            _or_alias(state, tok)
        if lemma in {"rename", "rebrand"} or (lemma == "change" and _changes_its_name(tok)):
            _renamed(state, tok)
        if lemma in {"use", "spell"} and tok.pos_ == "VERB":
            _uses_name(state, tok)
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and _name_word(tok):
            _name_of(state, tok)
        if lemma in {"identify", "name"} and tok.pos_ == "VERB" and child(tok, "dobj", "nsubjpass") is not None:
            _identified_as(state, tok)
        elif tok.lower_ in NAME_WORDS_BESIDE and not _names_a_name(tok):
            _name_noun_beside(state, tok)


def _or_named(tok: Token) -> bool:
    """ "Zakir Musa or Zakir Rashid Bhat, believed to be ..., dissociated himself": two names
    joined by "or" as the subject of a verb told of one man (not "either A or B")."""
    head = tok.head
    if head.pos_ != "PROPN" or head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
        return False
    if any(c.dep_ == "preconj" or c.lower_ == "either" for c in head.subtree):
        return False
    verb = head.head
    if any(c.lower_ in {"himself", "herself"} for c in verb.subtree):
        return True
    return verb.tag_ == "VBZ" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "is", "has"} for c in verb.children)


def _or_alias(state: DocState, tok: Token) -> None:
    a, b = state.entities.at(tok.head), state.entities.at(tok)
    if a is None or b is None or a == b or {state.entities.get(a).type, state.entities.get(b).type} != {"person"}:
        return
    _record(state, a, b, tok.head.head)


def _bracketed_name(state: DocState, opener: Token) -> None:
    """ '"the promise of our emir, Abou Moussab [Algerian Abdelmalek Droukdel]"': a man named in
    a quoted text and the name the reporter glossed it with in square brackets are one man."""
    doc = opener.doc
    close = next((t.i for t in doc[opener.i + 1 : min(opener.i + 12, opener.sent.end)] if t.text == "]"), None)
    if close is None or opener.i == 0:
        return
    before = state.entities.at(doc[opener.i - 1])
    inside = [k for t in doc[opener.i + 1 : close] if (k := state.entities.at(t)) is not None]
    if before is None or len(set(inside)) != 1:
        return  # (only a gloss that is one name: "[leader]", "[Algerian A and B]" are not)
    if "person" in {state.entities.get(before).type, state.entities.get(inside[0]).type}:
        _record(state, before, inside[0], opener, aside=True)  # (which reads a loose name as a man's)


NAME_NOUNS = frozenset({"name", "kunya", "alias", "pseudonym", "moniker", "guerre", "nickname"})


def _name_word(tok: Token) -> bool:
    """ "name", "kunya", "alias", "nom de guerre" (its last word carries the phrase)."""
    return tok.lemma_.lower() in NAME_NOUNS


def _name_of(state: DocState, noun: Token) -> None:
    """ "Abu Ubaidah is the nom de guerre of Ahmed Diriye", "Abu Qim is the kunya of Hassan":
    the copula's subject is another name of the man after "of"."""
    owner = next((o for _, o in prep_objects(noun, "of")), None)
    a, b = _named(state, subject(noun.head)), _named(state, owner)
    if a is None or b is None or a == b or negated(noun.head):
        return
    if state.entities.get(a).type != "person" or state.entities.get(b).type != "person":
        return
    _record(state, a, b, noun.head, hedge_ok=True)


def _uses_name(state: DocState, verb: Token) -> None:
    """ "X, who uses the name Y", "X, now using his real name Y", "X, also spelled Y": Y is X's
    other name (or spelling)."""
    if verb.lemma_.lower() == "use":
        obj = child(verb, "dobj")
        if obj is None or not _name_word(obj):
            return
        new = child(obj, "appos") or next((c for c in obj.children if c.dep_ in {"compound", "npadvmod"} and c.pos_ == "PROPN"), None)
    else:
        new = child(verb, "oprd") or child(verb, "dobj")
    if verb.dep_ in {"relcl", "acl"}:
        old = verb.head
    else:
        old = subject(verb)
        if old is not None and old.lower_ in {"who", "which"}:
            old = verb.head
    a, b = _named(state, old), _named(state, new)
    if a is None or b is None or a == b or negated(verb):
        return
    if state.entities.get(a).type != state.entities.get(b).type:
        return
    _record(state, a, b, verb, hedge_ok=False)


def _changes_its_name(verb: Token) -> bool:
    obj = child(verb, "dobj")
    return obj is not None and obj.lemma_.lower() == "name" and any(p == "to" for p, _ in prep_objects(verb, "to"))


def _renamed(state: DocState, verb: Token) -> None:
    """ "Ansar Bayt al-Maqdis renamed itself Wilayat Sinai", "the Nusra Front, which later
    renamed itself HTS", "X was renamed Y", "X rebranded (itself) as Y", "X changed its name
    to Y": one group under its new name."""
    if negated(verb) or verb.pos_ != "VERB":
        return
    old = verb.head if verb.dep_ == "relcl" else subject(verb)
    if old is not None and old.lower_ in {"which", "that", "who"}:
        old = verb.head
    new = child(verb, "oprd") or next((o for _, o in prep_objects(verb, "as", "to")), None)
    if new is None:
        obj = child(verb, "dobj")
        if obj is not None and obj.lower_ not in {"itself", "themselves", "name"}:
            new = obj
    a, b = _named(state, old), _named(state, new)
    if a is None or b is None or a == b:
        return
    if state.entities.get(a).type != "organization" or state.entities.get(b).type != "organization":
        return
    _record(state, a, b, verb, hedge_ok=False)


def _identified_as(state: DocState, verb: Token) -> None:
    """ "The BLA identified the bomber as Shaari Baloch", "the Pentagon named him as X",
    "reports identified them as: A, B and C", "the bombers were identified as A and B": the
    ones described (or meant by a pronoun) are the named people. Noted here, folded by
    ``fold_identifications`` once the other families have made their descriptions."""
    described = child(verb, "dobj", "nsubjpass")
    named = next((o for _, o in prep_objects(verb, "as")), None)
    if named is None or negated(verb) or modality.of_clause(state, verb).skip:
        return
    people = []
    for tok in (named, *named.conjuncts):  # (not its appositions: "X, a mother of two")
        key = _named(state, tok)
        if key is not None and state.entities.get(key).type == "person" and not state.entities.get(key).descriptive:
            people.append(key)
    if not people:
        return
    if described.pos_ == "PRON" or any(c.lower_ in {"the", "this", "that", "these", "those"} for c in described.children):
        state.identifications.append((described.i, people, verb.i))


def fold_identifications(state: DocState) -> None:
    """The described one's facts become the named man's (his death, his group): one name
    takes the description's place; several names (a described group of people) each take
    a copy of its facts, and membership of the group the description names ("the seven
    AQAP attackers"). No identity fact, and the description is no name of theirs."""
    table = state.entities
    for at, people, verb in state.identifications:
        key = _described(state, state.sdoc[at])
        if key is None or table.root(key) in {table.root(p) for p in people}:
            continue
        d = table.get(key)
        if not d.descriptive or d.ref is not None or d.type not in {"person", "group_of_people"}:
            continue
        if len(people) == 1:
            if d.type == "group_of_people" and d.best_name().split()[0].lower() not in {"a", "an", "one", "the"}:
                continue  # "seven attackers" identified as one man: not all of them
            own = table.root(key)
            told = next((f for f in state.facts if any(isinstance(v, int) and table.root(v) == own for v in f.args.values())), None)
            # the group whose man he is: the last the description names ("a senior leader of
            # the al Qaeda-affiliated group al Shabaab")
            groups = _groups_in(state, d)[-1:] if told is not None and d.type == "person" else []
            table.merge(people[0], key, take_names=False)
            for group in groups:  # "a senior al-Shabaab commander", named: a man of al-Shabaab
                if not any(state.arg(f, "person") == table.root(people[0]) and state.arg(f, "organization") == group
                           for f in state.facts_of("membership") + state.facts_of("leadership")):  # fmt: skip
                    member = state.copy_fact(told, {"person": people[0], "organization": group}, type_="membership",
                                             attrs={"role": "member"})  # fmt: skip
                    member.sources.append(state.evidence(state.sdoc[verb].sent, anchor=state.sdoc[verb]))
            continue
        if d.type != "group_of_people":
            continue
        own = table.root(key)
        told = [f for f in state.facts if any(isinstance(v, int) and table.root(v) == own for v in f.args.values())]
        naming = state.evidence(state.sdoc[verb].sent, anchor=state.sdoc[verb])  # where the names are
        copies = []
        for fact in told:
            # one attack by several named men stays one attack (the first named its doer)
            for person in people[:1] if fact.type == "attack" else people:
                args = {k: person for k, v in fact.args.items() if isinstance(v, int) and table.root(v) == own}
                copies.append(state.copy_fact(fact, args))
        for group in (_groups_in(state, d) or _own_men_named(state, d, verb)) if told else ():
            for person in people:
                args = {"person": person, "organization": group}
                copies.append(state.copy_fact(told[0], args, type_="membership", attrs={"role": "member"}))
        for copy in copies:
            copy.sources.append(naming)
        state.facts[:] = [f for f in state.facts if f not in told]
    unnamed = {table.root(k) for k in state.cache.get("to_be_named", ()) if table.get(k).descriptive}
    if unnamed:  # described men no sentence named: their facts are not told of anyone
        state.facts[:] = [f for f in state.facts if not any(isinstance(v, int) and table.root(v) in unnamed
                                                            for v in f.args.values())]  # fmt: skip


def name_described_groups(state: DocState) -> None:
    """ "A Mali-based al Qaeda affiliate claimed responsibility ... The group, Jama'a Nusrat
    ul-Islam wa al-Muslimin (JNIM), often uses ...": the one armed group described (not
    named) in the sentence before is the group then named (what was told of it is the named
    group's; the description is no name of it)."""
    table = state.entities
    for tok in state.tokens:
        if tok.lemma_.lower() not in {"group", "organization", "organisation", "movement"} or not any(
            c.lower_ == "the" for c in tok.children
        ):
            continue
        named = next((k for c in tok.children if c.dep_ == "appos" and (k := table.at(c)) is not None), None)
        d = table.get(named) if named is not None else None
        if d is None or d.type != "organization" or d.descriptive or d.force:
            continue
        since = state.sdoc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
        described = _described_groups(state, since, tok.sent.start)
        if len(described) == 1:
            table.merge(named, described.pop(), take_names=False)
    _named_next_by_its_word(state)


def _described_groups(state: DocState, start: int, end: int) -> set[int]:
    """The armed groups described (not named) with a mention between tokens ``start`` and ``end``."""
    table = state.entities
    return {
        table.root(d.key) for d in table.drafts()
        if d.descriptive and d.type == "organization" and d.armed and any(start <= m[0] < end for m in d.mentions)
    }  # fmt: skip


def _fold_retold_attack(state: DocState, group: int, before, told) -> None:
    """The group's attack told again in the naming sentence ("... said the attack was carried
    out on the orders of ...") is the attack told before: its sources join it, its claim goes."""
    root = state.entities.root(group)

    def in_sent(fact, sent) -> bool:
        at = state.anchors.get(fact.id)
        return at is not None and sent.start <= at < sent.end

    def by_group(fact) -> bool:
        return state.arg(fact, "perpetrator") == root

    first = next((f for f in state.facts_of("attack") if in_sent(f, before) and by_group(f)), None)
    if first is None:
        return
    for again in [f for f in state.facts_of("attack") if in_sent(f, told) and by_group(f) and f.args.get("target") is None]:
        first.sources.extend(s for s in again.sources if s not in first.sources)
        state.facts.remove(again)
        for claim in [c for c in state.facts_of("claim") if c.args.get("attack") == again.id]:
            state.facts.remove(claim)


ATTACK_WORDS = frozenset({"attack", "bombing", "blast", "explosion", "assault", "raid", "ambush", "operation"})


def _named_next_by_its_word(state: DocState) -> None:
    """ "A little-known group ... has said it carried out the metro bombing. The Imam Shamil
    Battalion said the attack was carried out on the orders of ...": the one unnamed group that
    spoke of an attack, and the named group speaking of "the attack" in the next sentence, are
    one group (not when the second denies it)."""
    table = state.entities
    sents = list(state.sdoc.sents)
    for n, sent in enumerate(sents[1:], start=1):
        # (a saying verb of the sentence, not only its root: "X said the group had carried out
        # the attack ..., SITE said")
        sayers = [
            k for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in {"say", "claim", "announce", "state"}
            and not negated(v) and (who := child(v, "nsubj")) is not None and (k := table.at(who)) is not None
            and table.get(k).type == "organization" and not table.get(k).descriptive and table.get(k).armed
            and not table.get(k).force
        ]  # fmt: skip
        if not sayers:
            continue
        named = sayers[0]
        if any(t.lower_ in {"not", "no", "never", "deny", "denied"} for t in sent):
            continue
        if not any(t.lemma_.lower() in ATTACK_WORDS and any(c.lower_ == "the" for c in t.children) for t in sent):
            continue
        # (in the two sentences before: "... claimed the metro bombing. The bomber, X, killed 15
        # people ... . The Imam Shamil Battalion said the group had carried out the attack")
        for prev in sents[max(0, n - 2) : n][::-1]:
            described = _described_groups(state, prev.start, prev.end)
            if len(described) == 1:
                kept = table.merge(named, described.pop(), take_names=False)
                _fold_retold_attack(state, kept, prev, sent)
                break


# words that can stand for any one man or woman described before ("identified the man as X")
ANY_PERSON = {"man", "woman", "person", "individual", "suspect"}
# the doers of a story's attack, named in a copula ("The bombers were A and B")
DOER_NAMED = {"bomber", "attacker", "assailant", "gunman", "perpetrator", "men", "women", "suspects"}


def _described(state: DocState, tok: Token) -> int | None:
    """The entity a pronoun or definite description stands for; for "the bomber" not read
    as a mention, the last unnamed person described with that word before it."""
    key = resolve_token(state, tok)
    table = state.entities
    plural = tok.lower_ in {"them", "they"}

    def first(d) -> int:
        return min(m[0] for m in d.mentions)

    def one_described(type_: str) -> int | None:
        """The one ``type_`` described (not named) from the sentence before up to ``tok``."""
        since = state.sdoc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
        told = [d for d in table.drafts() if d.descriptive and d.type == type_ and d.mentions and since <= first(d) < tok.i]
        return told[-1].key if len(told) == 1 else None

    if (tok.pos_ == "PRON" and not plural) or (tok.lemma_.lower() in ANY_PERSON and tok.tag_ == "NN"):
        # "A strike killed a senior al-Shabaab commander. The Pentagon named him as X": the one
        # man described (not named) in the sentence before - the man to be named, not the
        # spokesman who told of him; else the man the pronoun means ("identified the man as X")
        return one_described("person") or key
    if tok.tag_ == "NNS" and tok.lemma_.lower() in ANY_PERSON and (key is None or table.get(key).type != "group_of_people"):
        # "Two suicide bombers blew themselves up ... The men are A and B": the one group of
        # people described in the sentence before
        return one_described("group_of_people")
    if key is not None and (not plural or table.get(key).type == "group_of_people"):
        return key
    head = tok.lemma_.lower()
    types = {"group_of_people"} if plural else {"person", "group_of_people"}

    def named_by_head(d) -> bool:
        words = name_key(d.best_name()).split()
        return head in words or f"{head}s" in words  # "the bomber" for "a female suicide bomber"

    earlier = [
        d for d in table.drafts()
        if d.descriptive and d.type in types and d.mentions and first(d) < tok.i
        and (plural or named_by_head(d))
    ]  # fmt: skip
    return max(earlier, key=first).key if earlier else None


def _groups_in(state: DocState, draft) -> list[int]:
    """The armed groups named inside a description's words ("the seven AQAP attackers")."""
    table = state.entities
    found: list[int] = []
    for start, end in draft.mentions:
        for i in range(start, end):
            key = table.at(i)
            if key is None and state.sdoc[i].lower_ in {"its", "their"} and state.sdoc[i].dep_ == "poss":
                key = resolve_token(state, state.sdoc[i])  # "two of its men": the group "its" stands for
            if key is not None and table.get(key).type == "organization" and table.get(key).armed and key not in found:
                found.append(key)
    return found


# words for a group's own men, when the group itself names them
OWN_MEN = frozenset({"fighter", "member", "militant", "man", "mujahid", "mujahideen", "jihadist", "other", "others"})


def _own_men_named(state: DocState, draft, verb: int) -> list[int]:
    """ "Three other fighters were killed ... AQAP named the three others as A, B and C": an
    armed group naming fighters, its own men."""
    namer = subject(state.sdoc[verb])
    key = resolve_token(state, namer) if namer is not None else None
    d = state.entities.get(key) if key is not None else None
    if d is None or d.type != "organization" or not d.armed or d.force:
        return []
    words = {w.lower().rstrip("s") for w in draft.best_name().split()}
    return [key] if words & {w.rstrip("s") for w in OWN_MEN} else []


def _named(state: DocState, tok: Token | None) -> int | None:
    if tok is None:
        return None
    key = resolve_token(state, tok)
    if key is None:
        return None
    return key if state.entities.get(key).type in {"person", "organization"} else None


def _record(
    state: DocState, a: int, b: int, pred: Token, *, hedge_ok: bool = True, hedged: bool = False, aside: bool = False
) -> None:
    table = state.entities
    if table.root(a) == table.root(b):
        return
    da, db = table.get(a), table.get(b)
    if da.type != db.type:
        # "Adnani, whose real name is Taha Subhi Falaha": a name of a person is a person's,
        # whatever the NER guessed, unless the reference data or the gazetteer know it
        loose = [d for d in (da, db) if d.ref is None and d.geo is None and d.type != "person"]
        if len(loose) != 1 or "person" not in {da.type, db.type}:
            return
        loose[0].type = "person"
    mod = modality.of_clause(state, pred)
    if mod.skip and not hedged and not aside:
        return  # (a hedge the caller read, "could be the same person", is kept as one; an aside
        # in parentheses is the writer's own word whatever the clause around it says)
    kind = mod.modality if hedge_ok else "asserted"
    if hedged and kind == "asserted":
        kind = "hedged"
    if kind in {"reported", "alleged"}:
        kind = "hedged"  # "widely reported to be X": an identification nobody confirms
    state.add_fact(
        "identity",
        {"a": a, "b": b},
        span=pred.sent,
        anchor=pred,
        modality=kind,
        confidence=mod.confidence,
        attributed_to=mod.attributed_to,
    )
    if kind == "asserted":
        table.merge(a, b)


def _known_as(state: DocState, verb: Token) -> None:
    """ "X (also) known as Y", "X, more commonly known as Y", "X is known as Y"."""
    alias = next((o for p, o in prep_objects(verb, "as")), None) or child(verb, "oprd")
    if alias is None:
        # "known by his nom de guerre Y", "known by the alias Y"
        alias = next((a for _, o in prep_objects(verb, "by") for a in o.children if a.dep_ == "appos"), None) or next(
            (o for _, o in prep_objects(verb, "by") if any(_name_word(c) for c in o.children if c.dep_ in {"compound", "amod"})),
            None,
        )
    if verb.dep_ in {"acl", "relcl"}:
        name = verb.head
        if name.dep_ == "appos" and _named(state, name) is None:
            name = name.head  # "Tamimi, a Saudi also known as Abdel Aziz al-Adnani": Tamimi
    else:
        name = subject(verb)
    a, b = _named(state, name), _named(state, alias)
    differ = a is not None and b is not None and state.entities.get(a).type != state.entities.get(b).type
    if (a is None or b is None or differ) and verb.lemma_.lower() == "know":
        # the parse hung "known as" on another name: "Hafiz Saeed, chief of the outlawed
        # Jamat-ud Dawa, earlier known as Lashkar-e-Taiba" (the group's old name, not his)
        near = _around_known_as(state, verb)
        if None not in near or not differ:
            a, b = near
    if a is not None and b is not None:
        _record(state, a, b, verb, hedge_ok=False)


def _around_known_as(state: DocState, verb: Token) -> tuple[int | None, int | None]:
    """ "X, also known as "Y", ..." when the parse hangs the names elsewhere: the name just
    before the comma and the one just after "as" (quotes and "the" skipped)."""
    doc, table = state.sdoc, state.entities
    after = verb.i + 1
    if after >= len(doc) or doc[after].lower_ != "as":
        return None, None
    j = after + 1
    while j < len(doc) and (doc[j].is_quote or doc[j].lower_ == "the"):
        j += 1
    i = verb.i - 1
    while i > verb.sent.start and doc[i].lower_ in {"also", "better", "more", "commonly", "widely", "earlier",
                                                   "formerly", "previously", "locally", "simply",
                                                   "who", "which", "is", "was", "has", "been"}:
        i -= 1  # "Hassan - who is also known as Abu Qim -": the relative pronoun and copula too
    if doc[i].text not in {",", "-", "–", "—", "("}:
        return None, None
    i -= 1
    while i > verb.sent.start and doc[i].is_quote:
        i -= 1
    a = table.at(i) if i >= 0 else None
    b = table.at(j) if j < len(doc) else None
    return (_named(state, doc[i]) if a is not None else None, _named(state, doc[j]) if b is not None else None)


def _former_name(state: DocState, appos: Token) -> None:
    """ "X (formerly Y)", "X, previously Y,": one group or person under its old name."""
    a, b = _named(state, appos.head), _named(state, appos)
    if a is not None and b is not None and state.entities.get(a).type == state.entities.get(b).type:
        _record(state, a, b, appos, hedge_ok=False, aside=True)


def _goes_by(state: DocState, verb: Token) -> None:
    """ "X, who goes by the nom de guerre Y": Y is X's other name."""
    by = next((o for _, o in prep_objects(verb, "by")), None)
    if by is None:
        return
    alias = next((a for a in by.subtree if a.i > by.i - 1 and _named(state, a) is not None), None)
    name = verb.head if verb.dep_ == "relcl" else subject(verb)
    a = _named(state, name)
    for b in _names_run(state, alias) if alias is not None else ():
        if a is not None and b != a:
            _record(state, a, b, verb, hedge_ok=False)


def _names_run(state: DocState, first: Token) -> list[int]:
    """The names listed from ``first`` on ("the noms de guerre A, B and C"), however the
    parser hung them: each name one after another, joined only by commas and "and"."""
    doc, table = state.sdoc, state.entities
    keys: list[int] = []
    i = first.i
    while i < min(first.i + 4, first.sent.end) and table.at(i) is None:
        i += 1  # ("the noms de guerre A": the word may stand for the name after it)
    while i < first.sent.end:
        key = table.at(i)
        if key is not None:
            if not keys or keys[-1] != key:
                keys.append(key)
            i += 1
        elif doc[i].text == "," or doc[i].lower_ == "and":
            i += 1
        else:
            break
    return [k for k in keys if table.get(k).type in {"person", "organization"}]


def _alias_word(state: DocState, word: Token) -> None:
    """ "X alias Y", "X aka Y", "X, real name Y": the names just before and after the word."""
    doc, table = state.sdoc, state.entities
    i = word.i - 1
    while i >= 0 and (doc[i].is_punct or (word.lower_ == "name" and i == word.i - 1)):
        i -= 1
    j = word.i + 1
    while j < len(doc) and doc[j].is_punct:
        j += 1
    if i < 0 or j >= len(doc):
        return
    a, b = table.at(i), table.at(j)
    if a is not None and b is not None:
        _record(state, a, b, word, hedge_ok=False)


def _aside_name(tok: Token) -> bool:
    """ "real name" / "born" set off between a name and another: "X, real name Y,",
    "X (born Y)"."""
    doc = tok.doc
    if tok.lower_ == "name":
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in {"real", "legal", "birth", "true", "full"} else None
    elif tok.lower_ == "born":
        start = tok.i
    else:
        return False
    return (
        start is not None
        and start > 0
        and doc[start - 1].text in {",", "(", "-", "\u2013", "\u2014"}
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].ent_type_ == "PERSON"
    )


NAME_NOUNS = {"name", "guerre", "kunya", "alias", "pseudonym", "nickname"}
# the words after which a name is written as another name ("his kunya, X"); "alias" is _alias_word's
NAME_WORDS_BESIDE = frozenset(NAME_NOUNS - {"name", "alias"})
HEDGING_VERBS = {"report", "believe", "think", "suspect", "appear", "seem"}


def _name_noun_beside(state: DocState, noun: Token) -> None:
    """ "seen in the video under his kunya, Abu Abdul Rahman al Muhajir", "known by the
    nom de guerre Abu X": the name written right after the word is another name of the man
    the word belongs to (its possessor, else the last person named before it)."""
    doc, table = state.sdoc, state.entities
    if any(a.lemma_.lower() in HEDGING_VERBS for a in noun.ancestors):
        return  # "reported to be the man using the nom de guerre X": the hedged reading is another rule's
    j = noun.i + 1
    while j < len(doc) and (doc[j].is_punct or doc[j].is_quote) and doc[j].text not in {".", ";"}:
        j += 1
    if j >= len(doc) or j - noun.i > 3:
        return
    b = table.at(j)
    if b is None or table.get(b).type != "person":
        return
    owner = child(noun, "poss")
    a = resolve_token(state, owner) if owner is not None else None
    if a is None:
        a = next(
            (k for i in range(noun.i - 1, noun.sent.start - 1, -1)
             if (k := table.at(i)) is not None and table.get(k).type == "person" and k != b),
            None,
        )  # fmt: skip
    if a is not None and table.get(a).type == "person" and table.root(a) != table.root(b):
        _record(state, a, b, noun)  # ("widely reported to be the man using the nom de guerre X": hedged)


def _names_a_name(tok: Token) -> bool:
    """ "whose real name", "whose nom de guerre", "his kunya"."""
    if tok.lower_ not in NAME_NOUNS or tok.head.lemma_ != "be":
        return False
    return tok.lower_ != "name" or any(
        c.lower_ in {"real", "legal", "birth", "true", "full"} for c in tok.children
    )


def _real_name(state: DocState, noun: Token) -> None:
    """ "Y, whose real name is X" / "X, whose nom de guerre was Y"."""
    verb = noun.head
    if verb.lemma_ != "be":
        return
    legal = child(verb, "attr")
    owner = child(noun, "poss")
    if owner is not None and owner.lower_ == "whose":
        owner = verb.head if verb.dep_ == "relcl" else None
    if noun.lower_ != "name":
        legal, owner = owner, legal  # the owner holds the legal name; the attr is the alias
    a, b = _named(state, legal), _named(state, owner)
    if a is not None and b is not None:
        _record(state, a, b, verb, hedge_ok=False)


def _copula(state: DocState, verb: Token) -> None:
    """ "(It appears that) X is Y" with two named people; "X is believed to be Y"."""
    first = subject(verb)
    second = child(verb, "attr")
    if first is None or second is None:
        return
    if first.pos_ == "PRON" and verb.dep_ == "xcomp":
        first = subject(verb.head)
    if (
        first is not None
        and first.lemma_.lower() in ANY_PERSON | DOER_NAMED
        and any(c.lower_ in {"the", "these", "those"} for c in first.children)
        and state.entities.at(first) is None
        and not negated(verb)
    ):
        # "Two suicide bombers blew themselves up ... The men are A and B": the ones described
        # are the named people (``fold_identifications``)
        # (a name the parse hung on the verb as its conjunct, after quotes: 'are "A" and "B"')
        listed = [*list_members(second), *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN")]
        people = [k for t in listed if (k := _named(state, t)) is not None
                  and state.entities.get(k).type == "person" and not state.entities.get(k).descriptive]  # fmt: skip
        if people:
            state.identifications.append((first.i, people, verb.i))
        return
    a = state.entities.at(first) if first is not None else None
    if a is None and first is not None and first.lower_ in {"who", "whom"}:
        a = resolve_token(state, first)  # "X, a former commander who is thought to be Y"
    if _same_one(second) and first is not None:
        # "Khurasani and Muhajir might well be the same person": the two joined names
        pair = [first, *first.conjuncts]
        keys = [k for t in pair if (k := state.entities.at(t)) is not None]
        if len(pair) == 2 and len(set(keys)) == 2 and any(state.entities.get(k).type == "person" for k in keys):
            # "might/may/could be the same person": an identification, not a fact
            maybe = any(c.lower_ in {"might", "may", "could"} for c in verb.children)
            if not negated(verb):
                _record(state, keys[0], keys[1], verb, hedged=maybe)
        return
    b = state.entities.at(second)
    described = _man_named(state, second) if b is None else None
    if described is not None:
        # "... to be the man using the nom de guerre Abu Muhammad al-Qadari"
        b, second = state.entities.at(described), described
    if a is None or b is None or a == b:
        return
    if state.entities.get(a).type != "person" or (
        described is None and any(c.dep_ == "det" for c in second.children)
    ):
        return
    other = state.entities.get(b)
    if other.type in {"facility", "location", "organization"} and other.ref is None and other.geo is None:
        other.type = "person"  # "X is Rustam Asilderov": a name the NER took for a place
    _record(state, a, b, verb)


def _same_one(noun: Token) -> bool:
    """ "the same person", "the same man": said of two names joined by "and"."""
    return noun.lemma_.lower() in {"person", "man", "individual", "figure", "militant"} and any(
        c.lower_ == "same" for c in noun.children
    )


def _man_named(state: DocState, noun: Token) -> Token | None:
    """ "the man using the nom de guerre X", "a militant called X": the name, if one."""
    if noun.lemma_.lower() not in {"man", "person", "figure", "militant", "commander", "jihadist"}:
        return None
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in {"use", "call", "go", "name", "know"}:
            continue
        for t in clause.subtree:
            key = state.entities.at(t)
            if key is not None and state.entities.get(key).type in {"person", "location", "organization"}:
                return t
    return None
