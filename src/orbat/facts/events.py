"""Attacks, claims of responsibility and statements.

attack     "X attacked Y", "X stormed Y", "mount/carry out/launch an attack on Y",
           "the soldiers of the Caliphate ... attack on barracks" quoted from a group's
           statement (perpetrator: the group speaking, modality claimed)
           casualties from the clause ("killing at least 12 soldiers") or the next
           sentence about "the raid/attack" ("led to the killing and wounding of a number of them")
claim      "X claimed responsibility (for Y)", "X's claim of responsibility",
           linked to the attack it claims; "cannot be independently verified" -> verified false
statement  "In an audio message released on June 23, X ...", "X said in a statement"
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from spacy.tokens import Token

from orbat.dates import may_coincide, span_bounds
from orbat.facts import modality, places, timing
from orbat.facts.allegiance import misread_link
from orbat.facts.fate import STRIKE_WORDS, clause_death, striker
from orbat.facts.leadership import opens_with_state_title
from orbat.facts.lexicon import (
    ATTACK_NOUNS,
    ATTACK_VERBS,
    DEATH_NOUNS,
    DENY_WORDS,
    GROUP_ANAPHORS,
    KILL_VERBS,
    METHOD_CUES,
    REFLEXIVES,
    SAY_VERBS,
    STATEMENT_NOUNS,
    TARGET_CATEGORIES,
)
from orbat.facts.mentions import (
    RELATIVE,
    describe,
    descriptive,
    is_news_outlet,
    resolve_token,
    salient,
    wing_owner,
)
from orbat.facts.resources import Resources
from orbat.facts.state import DocState, name_key, narrower, times_apart
from orbat.facts.syntax import (
    agent,
    child,
    clause_tokens,
    first_conjunct,
    is_passive,
    list_members,
    negated,
    one_of_many,
    prep_objects,
    sentences_back,
    subject,
)
from orbat.model import Fact, TimeSpan

VOICE_VERBS = {"read", "deliver", "narrate", "voice", "record"}
GROUP_SPEECH = {"say", "deny", "insist", "tell", "announce", "warn", "vow", "threaten", "urge", "reject", "admit",
                "acknowledge", "declare", "confirm", "report"}  # fmt: skip
# speech whose content need not be a clause: "warned of more attacks", "vowed revenge",
# "threatened to strike back", "urged residents to leave", "rejected the reports"
OBJECT_SPEECH = {"warn": {"of", "against"}, "vow": set(), "threaten": set(), "urge": set(), "reject": set(),
                 "deny": set(), "admit": set()}  # fmt: skip
NOT_SPEECH = {
    "pledge",
    "swear",
    "kill",
    "attack",
    "appear",
    "reappear",
    "die",
    "be",
    "publish",
    "post",
    "release",
}
APPEAR_VERBS = {"appear", "reappear"}  # "X appeared in a video released on Monday"
AVOID_VERBS = {"avoid", "refrain", "threaten", "vow", "urge", "warn", "fail"}
ASSAILANTS = {"gunman", "gunmen", "attacker", "assailant", "bomber", "militant", "insurgent", "fighter", "rebel", "separatist",
              "jihadist", "terrorist", "extremist", "islamist",
              "islamists"}  # fmt: skip  # "Islamists" (NORP, a proper noun) keeps its plural as lemma
UNIT_NOUNS = {"cell", "wing", "unit", "faction", "affiliate", "arm", "franchise", "branch", "brigade", "battalion"}
LIGHT_VERBS = {"mount", "carry", "launch", "conduct", "stage", "execute", "perpetrate", "undertake", "lay"}
FACILITY_HEADS = {
    "barracks",
    "base",
    "checkpoint",
    "station",
    "airport",
    "building",
    "post",
    "headquarters",
    "camp",
    "compound",
    "hotel",
    "market",
    "mosque",
    "church",
    "garrison",
}
CASUALTY_KILLED = {"kill", "killing", "death", "dead", "die", "martyr", "martyre"}  # "martyring 44 worshippers"
CASUALTY_WOUNDED = {"wound", "wounding", "injure", "injury", "injured", "wounded"}


def extract(state: DocState, res: Resources) -> None:
    from orbat.quantities import parse_quantity

    attacks: list[Fact] = []
    # a headline repeats the body and is no source of its own: its attacks would only take
    # the place of the body's fuller telling ("X claims it killed 28 soldiers")
    headlines = state.headline_lines()
    triggers = _attack_trigger_lemmas()
    for tok in state.tokens:
        lemma = tok.lemma_.lower()
        if lemma not in triggers or any(a <= tok.idx < b for a, b in headlines):
            continue
        if tok.pos_ == "VERB" and lemma in ATTACK_VERBS:
            fact = _attack_verb(state, tok)
        elif tok.pos_ == "NOUN" and lemma in ATTACK_NOUNS and _carried_out_by(tok) is not None:
            fact = _attack_carried_out(state, tok)
        elif tok.pos_ == "NOUN" and lemma in ATTACK_NOUNS and tok.head.lemma_.lower() in LIGHT_VERBS:
            fact = _attack_noun(state, tok)
        elif lemma == "fire" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "open":
            fact = _opened_fire(state, tok.head)
        elif lemma == "fire" and tok.pos_ == "VERB" and child(tok, "dobj") is None and any(True for _ in prep_objects(tok, "on", "at")):
            fact = _fired_on(state, tok)  # "gunmen fired at their patrol", "fired on worshippers"
        elif lemma in {"fire", "launch", "lob"} and tok.pos_ == "VERB" and _projectiles(tok) is not None:
            fact = _fired_at(state, tok)
        elif tok.pos_ == "VERB" and _device_object(tok) is not None:
            fact = _device_attack(state, tok)
        elif tok.pos_ == "VERB" and lemma in HIT_VERBS and (striker_tok := _armed_striker(state, tok)) is not None:
            fact = _armed_strike(state, tok, striker_tok)
        elif tok.pos_ == "NOUN" and lemma in ATTACK_NOUNS and any(True for _ in prep_objects(tok, "by")):
            fact = _attack_by(state, tok)
        elif tok.pos_ == "NOUN" and lemma in ATTACK_NOUNS and _owner_attacker(state, tok) is not None:
            fact = _attack_of_owner(state, tok)
        elif tok.pos_ == "NOUN" and lemma in ATTACK_NOUNS and _behind(tok) is not None:
            fact = _attack_behind(state, tok)
        elif tok.pos_ == "NOUN" and lemma in ATTACK_NOUNS and (named_by := _modifier_attacker(state, tok)) is not None:
            fact = _attack_of_modifier(state, tok, named_by)
        elif tok.pos_ == "NOUN" and (lemma in ATTACK_NOUNS or lemma == "bomb") and _claimed_by(tok) is not None:
            fact = _attack_claimed_by(state, tok)  # "... killed by a car bomb outside a hotel, that was claimed by X"
        elif tok.pos_ == "NOUN" and lemma in ATTACK_NOUNS and _hyphen_claimant(tok) is not None:
            fact = _attack_hyphen_claimed(state, tok)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in RAM_VERBS and _rammed(tok) is not None:
            fact = _ramming(state, tok)
        elif tok.pos_ == "VERB" and _self_detonation(tok):
            fact = _blew_up(state, tok)
        elif tok.pos_ == "VERB" and lemma in FORCE_KILL_VERBS and (victims := _militants_killed(state, tok)) is not None:
            fact = _force_killed(state, tok, victims)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in GROUP_HARM_VERBS and (
            _killed_many(tok) or _suicide_killing(tok) or _seized_one(state, tok)
        ):
            fact = _group_killed(state, tok)
        elif tok.pos_ == "NOUN" and (lemma in ATTACK_NOUNS or lemma in KIDNAP_NOUNS) and _responsible(state, tok) is not None:
            fact = _attack_of_the_responsible(state, tok)
        elif tok.pos_ == "NOUN" and (lemma in ATTACK_NOUNS or lemma in KIDNAP_NOUNS or lemma in KILLING_NOUNS) and _blamed(state, tok) is not None:
            fact = _attack_blamed(state, tok)
        elif tok.pos_ == "NOUN" and lemma in KIDNAP_NOUNS | KILLING_NOUNS and _kidnapper(tok) is not None:
            fact = _kidnappings_by(state, tok)
        elif tok.pos_ == "NOUN" and lemma in PLANNER_NOUNS:
            fact = _mastermind(state, tok)
        elif tok.pos_ == "NOUN" and lemma in ATTACK_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in PLAN_VERBS - {"lead"}:
            fact = _attack_planned(state, tok)
        elif tok.pos_ == "NOUN" and lemma in BLAST_NOUNS and (blast := _blast_clause(tok)) is not None:
            fact = _unattributed_blast(state, tok, blast, parse_quantity)
        elif tok.pos_ == "VERB" and lemma in GROUND_VERBS and (ground := _ground_taken(state, tok)) is not None:
            fact = _took_ground(state, tok, ground)
        else:
            fact = None
        if fact is not None:
            _casualties(state, tok, fact, parse_quantity)
            _doers_named_by_group(state, tok, fact)
            attacks.append(fact)
            if tok.pos_ == "NOUN":
                attacks += _listed_attacks(state, tok, fact)
        elif tok.pos_ == "NOUN" and tok.tag_ == "NNS" and lemma in ATTACK_NOUNS:
            attacks += _umbrella_attacks(state, tok)  # "numerous attacks, including the 2013 Westgate siege, ..."
    _follow_ups(state, attacks, parse_quantity)
    _suicide_bombers_died(state, attacks)
    _fold_blasts(state)  # before claims: "... left 59 dead. The bomber blew himself up ... TTP claimed it"
    attacks = [a for a in attacks if a in state.facts]
    _claims_in_speech(state, attacks)
    for tok in state.tokens:
        if tok.lemma_.lower() == "claim" or _took_responsibility(tok) or _admitted_deed(tok) is not None:
            _claim(state, tok, attacks)
        elif tok.lemma_.lower() in DENY_WORDS and tok.pos_ == "VERB":
            _denial(state, tok)
    _told_again_later(state, state.facts_of("attack"))  # (the claimed attacks too)
    for tok in state.tokens:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in {"identify", "name"}:
            _identified_doer(state, tok)
    for tok in state.tokens:
        if tok.pos_ == "NOUN" and _statement_noun(tok) is not None:
            _statement(state, tok)
    for tok in state.tokens:
        if tok.pos_ == "VERB" and (tok.lemma_.lower() in GROUP_SPEECH or _news_announced(tok)):
            _group_said(state, tok)
    _fold_group_statements(state)
    _armed_voices_only(state)
    _titled_suicide_attackers(state, list(state.facts_of("attack")))
    _suicide_attackers_members(state)


@functools.cache
def _attack_trigger_lemmas() -> frozenset[str]:
    """Every lemma one of ``extract``'s attack readings starts from (a word outside them
    is passed over before any of its tests run)."""
    words = (
        ATTACK_VERBS, ATTACK_NOUNS, KIDNAP_NOUNS, KILLING_NOUNS, PLANNER_NOUNS, BLAST_NOUNS, HIT_VERBS, RAM_VERBS,
        GROUP_HARM_VERBS, GROUND_VERBS, DEVICE_VERBS, SELF_DETONATION_VERBS, {"bomb", "fire", "launch", "lob"},
    )  # fmt: skip
    return frozenset(w for kind in words for w in kind)


def _armed_voices_only(state: DocState) -> None:
    """Statements are an armed group's words (its own, its leaders', members' or media
    wing's): a university, a UN mission, a pope or an army saying something is a source of
    the report, not a statement of the order of battle."""

    def armed(key: int | None) -> bool:
        return key is not None and state.entities.get(key).armed and not state.entities.get(key).force

    for fact in list(state.facts_of("statement")):
        speaker = state.arg(fact, "speaker")
        if armed(speaker) or armed(state.arg(fact, "organization")):
            continue
        d = state.entities.get(speaker)
        if d.type == "organization" or (d.type == "person" and any(opens_with_state_title(n) for n in d.names)):
            state.facts.remove(fact)  # a man of a group keeps his words where the group is not named


def fold_unattributed_attacks(state: DocState) -> None:
    """ "where French hiker X was kidnapped" after "the group which beheaded X": an attack told
    without its perpetrator, on a victim the document already has an attack on by a named
    perpetrator, is that attack told again (its quote joins it)."""
    attacks = state.facts_of("attack")
    for fact in list(attacks):
        target = state.arg(fact, "target")
        if state.arg(fact, "perpetrator") is not None or not isinstance(target, int):
            continue
        root = state.entities.root(target)
        known = next(
            (
                a
                for a in attacks
                if a is not fact
                and state.arg(a, "perpetrator") is not None
                and isinstance(state.arg(a, "target"), int)
                and state.entities.root(state.arg(a, "target")) == root
            ),
            None,
        )
        if known is None:
            continue
        known.sources.extend(src for src in fact.sources if src not in known.sources)
        state.facts.remove(fact)
    _fold_blasts(state)
    _fold_described_doers(state)


def _described_doer(state: DocState, key: int | None) -> bool:
    """ "a second bomber", "the attacker", "gunmen": a doer the document names by what he did."""
    if key is None:
        return False
    d = state.entities.get(key)
    if d.armed or d.ref or d.force:
        return False
    words = name_key(d.best_name()).split()
    # "a second bomber on foot", "two suicide bombers who blew themselves up at ...": the noun
    # before the phrase or clause that follows it
    cut = next((i for i, w in enumerate(words) if i and w in DOER_PHRASE_OPENERS), len(words))
    return cut > 0 and words[cut - 1].rstrip("s") in {w.rstrip("s") for w in ASSAILANTS | BOMBER_WORDS}


# words that open what follows a doer's noun in his described name
DOER_PHRASE_OPENERS = frozenset({"on", "in", "at", "from", "of", "with", "near", "who", "which", "that", "wearing", "dressed", "disguised", "riding", "driving"})


def _older_news(state: DocState, dated: Fact, undated: Fact) -> bool:
    """An attack dated before the report's week, and one the report tells undated (its news):
    two attacks ("Marawi, which was besieged ... in 2017" and "a bomb exploded during Mass")."""
    return _undated(undated.time) and _history(state, dated.time)


def _news_and_history(state: DocState, a: TimeSpan | None, b: TimeSpan | None) -> bool:
    """One told undated (the report's news) and one dated before the report's week: "In his
    first video, al-Julani said ..." and "A year later, he said ...", two messages."""
    return (_undated(a) and _history(state, b)) or (_undated(b) and _history(state, a))


def _undated(span: TimeSpan | None) -> bool:
    """Told with no date of its own (at most the report's bound)."""
    return span is None or span.text is None


def _history(state: DocState, span: TimeSpan | None) -> bool:
    """Dated in the text, before the report's week (the story's past, not its news)."""
    return span is not None and span.text is not None and not _reports_days(state, span)


def _months_before(span: TimeSpan | None, later: TimeSpan) -> bool:
    """A dated span that ended over a month before ``later`` began."""
    if span is None or span.text is None or span.end is None or later.start is None:
        return False
    end, start = span_bounds(span)[1], span_bounds(later)[0]
    return end is not None and start is not None and (start - end).days > 31


def _reports_days(state: DocState, span: TimeSpan) -> bool:
    """A span within the week before the report (or no report date to tell)."""
    if not state.published or len(state.published) < 10:
        return True
    week_before = (date.fromisoformat(state.published[:10]) - timedelta(days=7)).isoformat()
    bound = span.start or span.end  # "before dawn on Tuesday": known only to end then
    return bound is not None and bound >= week_before


def _names_it_more_fully(state: DocState, fuller: object, short: object) -> bool:
    """ "the Hayat Hotel" for "the hotel": a longer name ending in the other's words."""

    def words(v: object) -> list[str]:
        text = state.entities.get(v).best_name() if isinstance(v, int) else str(v)
        return [w for w in name_key(text).split() if w not in {"the", "a", "an"}]

    long, brief = words(fuller), words(short)
    return len(long) > len(brief) > 0 and long[-len(brief):] == brief


def _fold_described_doers(state: DocState) -> None:
    """ "Al-Shabaab claimed the attack ... Gunmen stormed the Hayat Hotel", "a second bomber
    blew himself up in the crowd": an attack by a doer named only by what he did, in a
    document with one attack by a named group of that time and place, is a part of that
    attack told again (its quote joins it, and the target or place it adds)."""
    attacks = state.facts_of("attack")
    named = [a for a in attacks if (k := state.arg(a, "perpetrator")) is not None and state.entities.get(k).armed]
    for fact in list(attacks):
        if not _described_doer(state, state.arg(fact, "perpetrator")):
            continue
        # "In April 2021, a suicide bomber attacked ...": a doer dated apart from the report's
        # days is not the undated attack of the news
        if _told_as_earlier(state, fact):
            continue
        old_news = _history(state, fact.time)
        known = [
            a
            for a in named
            if may_coincide(a.time, fact.time)
            and (not old_news or (a.time is not None and a.time.text is not None))
            and (a.location is None or fact.location is None or state.entities.root(a.location) == state.entities.root(fact.location))
        ]
        if len(known) > 1 and len({state.arg(a, "perpetrator") for a in known}) == 1:
            # several by one group: the one told last before it, in this or the two sentences
            # before ("In Monday's first attack, a bomb exploded ... In the first, a suicide
            # bomber ..."); by two groups, which one the doers served is not told
            at = state.anchors.get(fact.id, -1)
            floor = sentences_back(state.sdoc[at], 2) if at >= 0 else at
            before = [a for a in known if floor <= state.anchors.get(a.id, -1) < at]
            known = [max(before, key=lambda a: state.anchors.get(a.id, -1))] if before else []
        if len(known) != 1:
            continue
        _fold_into(state, known[0], fact)


def _told_as_earlier(state: DocState, fact: Fact) -> bool:
    """ "Soldiers were pursuing gunmen who earlier attacked a prison": an attack told as
    before the story's own, so not the one its doers or claim are about."""
    at = state.anchors.get(fact.id)
    return at is not None and any(
        c.dep_ == "advmod" and c.lower_ in {"earlier", "previously"} for c in state.sdoc[at].children
    )


def _fold_into(state: DocState, into: Fact, fact: Fact) -> None:
    """``fact`` is ``into`` told again: its quote joins it, with what it adds (attributes, the
    target - a fuller name for it too, "the Hayat Hotel" for "the hotel" -, the place, a
    narrower date), and claims on it are claims on ``into``."""
    into.sources.extend(src for src in fact.sources if src not in into.sources)
    for k, v in fact.attrs.items():
        into.attrs.setdefault(k, v)
    if "target" in fact.args and ("target" not in into.args or _names_it_more_fully(state, fact.args["target"], into.args["target"])):
        into.args["target"] = fact.args["target"]
    if into.location is None:
        into.location = fact.location
    into.time = narrower(into.time, fact.time)
    for claim in state.facts_of("claim"):
        if claim.args.get("attack") == fact.id:
            claim.args["attack"] = into.id
    state.facts.remove(fact)


def _fold_blasts(state: DocState) -> None:
    """ "A bomb blast killed 12 people at a bus station ... Boko Haram claimed the attack":
    a blast told with no doer, in a document whose attributed attack may be of that time and
    place, is that attack told again (its quote joins it, and what it adds: the place hit,
    the toll). With no such attack it stays an attack by no one named."""
    attacks = state.facts_of("attack")
    for fact in list(attacks):
        if state.arg(fact, "perpetrator") is not None or (
            fact.attrs.get("method") not in {"bombing", "suicide_bombing"} and not _told_unattributed(state, fact)
        ):
            continue
        known = [
            a
            for a in attacks
            if a is not fact
            and state.arg(a, "perpetrator") is not None
            and may_coincide(a.time, fact.time)
            and not _older_news(state, a, fact)
            and (a.location is None or fact.location is None or state.entities.root(a.location) == state.entities.root(fact.location))
        ]
        if not known:
            continue
        _fold_into(state, known[0], fact)


def _told_unattributed(state: DocState, fact: Fact) -> bool:
    """An attack a passive told with no doer ("a patrol was ambushed")."""
    anchor = state.anchors.get(fact.id)
    return anchor is not None and state.sdoc[anchor].lemma_.lower() in UNNAMED_DOER_VERBS and agent(state.sdoc[anchor]) is None


BLAST_NOUNS = {"explosion", "blast", "bomb", "bombing", "detonation"}
BLAST_VERBS = {"rip", "tear", "hit", "strike", "kill", "wound", "injure", "rock", "target", "explode", "go",
               "destroy", "damage", "claim", "leave"}  # fmt: skip
HARM_VERBS = {"kill", "wound", "injure", "die", "hurt", "maim"}
BLAST_SCENE_PREPS = ("through", "at", "inside", "outside", "near", "in")
REGION_NOUNS = {"region", "area", "province", "district", "state", "city", "town", "village", "country", "county",
                "neighbourhood", "neighborhood", "suburb", "part", "north", "south", "east", "west"}  # fmt: skip


def _blast_clause(noun: Token) -> Token | None:
    """The clause that tells a blast happened, with no one said to have set it off: "an
    explosion ripped through a gymnasium", "a bomb exploded during Mass", "five people
    were killed in a blast at a market", "a bomb blast killed 12 people"."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in BLAST_VERBS:
        if head.lemma_.lower() == "go" and not any(c.lower_ == "off" for c in head.children):
            return None
        if head.lemma_.lower() == "claim" and not any(c.dep_ == "dobj" and c.lower_ == "lives" for c in head.children):
            return None  # "the blast claimed 12 lives", not "the bombing claimed by X"
        if head.lemma_.lower() == "leave" and not any(
            c.dep_ in {"dobj", "ccomp", "oprd", "xcomp"} and any(t.lemma_.lower() in CASUALTY_KILLED | CASUALTY_WOUNDED for t in c.subtree)
            for c in head.children
        ):
            return None  # "the blast left 59 people dead", not "the bombing left the city tense"
        return head
    if noun.dep_ == "pobj" and head.lower_ in {"in", "by"} and head.head.lemma_.lower() in HARM_VERBS:
        return head.head
    return None


def _unattributed_blast(state: DocState, noun: Token, clause: Token, parse_quantity) -> Fact | None:
    """A blast told with its victims or the place it hit, and no one named as its doer: an
    attack with no perpetrator (``_fold_blasts`` joins it to the document's attributed
    attack of that time and place, when there is one)."""
    mod = modality.of_clause(state, clause)
    if mod.skip or mod.modality in {"denied", "speculative"} or _habitual(state, clause, noun):
        return None
    target_tok = child(clause, "dobj") if clause.lemma_.lower() in {"rip", "tear", "hit", "strike", "target", "rock", "destroy", "damage"} else None
    if target_tok is None:
        target_tok = next(
            (o for t in (clause, noun) for _, o in prep_objects(t, *BLAST_SCENE_PREPS)
             if o.i != noun.i and o.pos_ == "NOUN" and o.ent_type_ not in {"DATE", "TIME"}
             and o.lower_ not in TIME_WORDS and o.lemma_.lower() not in REGION_NOUNS),
            None,
        )  # fmt: skip
    # "... injured in a blast occurred at the JUI-F workers convention in Khar on Sunday": the
    # verb that tells where and when it happened, however the parser hung it
    occurred = [t for t in noun.sent if t.lemma_.lower() in {"occur", "happen"} and t.pos_ == "VERB" and t.i > noun.i]
    if target_tok is None:
        target_tok = next(
            (o for v in occurred for _, o in prep_objects(v, *BLAST_SCENE_PREPS)
             if o.pos_ == "NOUN" and o.lemma_.lower() not in REGION_NOUNS and o.ent_type_ not in {"DATE", "TIME"}),
            None,
        )  # fmt: skip
    target = _target(state, target_tok)
    if isinstance(target, int) and state.entities.get(target).type == "location":
        target = None
    extra = {t.i for t in noun.subtree} | {i for v in occurred for i in clause_tokens(v)}
    if target_tok is None:
        # "the suicide bombing that occurred Monday inside a mosque ... left 59 people dead"
        target_tok = next(
            (o for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in {"occur", "happen", "take"}
             for _, o in prep_objects(c, *BLAST_SCENE_PREPS)
             if o.pos_ == "NOUN" and o.lemma_.lower() not in REGION_NOUNS),
            None,
        )  # fmt: skip
        target = _target(state, target_tok)
    fact = Fact(id="", type="attack", args={}, attrs={})
    _casualties(state, noun, fact, parse_quantity)
    if target is None and not fact.attrs:
        return None  # "an explosion was heard": no victims, no place hit
    attrs = {"method": "suicide_bombing" if any(t.lower_ == "suicide" for t in noun.subtree) else "bombing", **fact.attrs}
    category = _category(state, target, target_tok)
    if category:
        attrs["target_category"] = category
    args = {"target": target}
    # "a car bomb planted by al-Shabaab ripped through a market": the group that set it
    setter = next((o for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in SET_DEVICE_VERBS
                   for _, o in prep_objects(c, "by")), None)  # fmt: skip
    perp = _perpetrator(state, setter, clause) if setter is not None else None
    if perp is not None and not state.entities.get(perp).force:
        args["perpetrator"] = perp
    return state.add_fact(
        "attack",
        args,
        span=clause.sent,
        anchor=noun,
        time=timing.clause_time(state, clause, extra=extra),
        location=places.clause_place(state, clause, extra=extra),
        attrs=attrs,
        modality=mod.modality,
        confidence=mod.confidence - 0.1,
        attributed_to=mod.attributed_to,
    )


def _fold_group_statements(state: DocState) -> None:
    """ "an audio message from ISWAP ... In the recording, ISWAP's leader X says ...": one
    message, spoken by the person for the group: the group's statement folds into his."""
    people = [
        f
        for f in state.facts_of("statement")
        if state.entities.get(f.args["speaker"]).type == "person" and state.arg(f, "organization") is not None
    ]
    for fact in list(state.facts_of("statement")):
        speaker = state.arg(fact, "speaker")
        if state.entities.get(speaker).type != "organization":
            continue
        voice = next(
            (
                p
                for p in people
                if state.arg(p, "organization") == speaker
                and p.attrs.get("medium") == fact.attrs.get("medium")
                and may_coincide(p.time, fact.time)  # Thursday's statement is not Saturday's words
                and _sentences_apart(state, p, fact) <= 1  # the same message is told together
            ),
            None,
        )
        if voice is None:
            continue
        voice.sources.extend(s for s in fact.sources if s not in voice.sources)
        voice.time = narrower(voice.time, fact.time)
        state.facts.remove(fact)


def _sentences_apart(state: DocState, a: Fact, b: Fact) -> int:
    doc = state.sdoc
    ia, ib = state.anchors.get(a.id), state.anchors.get(b.id)
    if ia is None or ib is None:
        return 0
    sa, sb = doc[ia].sent, doc[ib].sent
    lo, hi = sorted((sa.start, sb.start))
    return sum(1 for s in doc[lo:hi].sents) if hi > lo else 0


# --------------------------------------------------------------------------- attacks


def _speaker(state: DocState, tok: Token) -> int | None:
    """The armed group whose words a clause reports ("the group says '...'")."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in SAY_VERBS:
            who = subject(anc)
            after = next((c for c in anc.children if c.dep_ == "nsubj" and c.i > anc.i), None)
            if after is not None and who is not after:
                # ""A special operation targeting ...," claimed the GSIM": the parse takes the
                # quote for a subject too; the one after the verb speaks
                who = after
            if who is not None and anc.dep_ == "acl" and _statement_noun(who) is not None:
                # "IS issued statements saying militants detonated ...": whose statements
                who = child(who, "poss") or (subject(who.head) if who.dep_ == "dobj" else None)
            key = resolve_token(state, who) if who is not None else None
            if key is not None and state.entities.get(key).armed:
                return wing_owner(state, key, who)
            if key is not None and state.entities.get(key).type == "person":
                # "A spokesman for al-Shabaab, Ali Dhere, claimed the group killed ...": a man
                # who speaks for or leads a group (read so far) tells of its deeds
                posts = [
                    state.arg(f, "organization") for f in state.facts_of("leadership")
                    if state.arg(f, "person") == key and f.attrs.get("role") in SPEAKING_ROLES
                ]  # fmt: skip
                if posts and state.entities.get(posts[-1]).armed:
                    return posts[-1]
    return _according_to_group(state, tok)


SPOKESMAN_WORDS = frozenset({"spokesman", "spokesperson", "spokeswoman", "official", "representative"})


def _group_spoken_for(state: DocState, noun: Token) -> int | None:
    """ "a spokesman for the Houthi military", "an official of the group": the armed group
    an unnamed spokesman speaks for; "a Daesh statement", "the group's statement": whose
    statement it is."""
    def armed(key: int | None) -> bool:
        return key is not None and state.entities.get(key).armed and not state.entities.get(key).force

    if _statement_noun(noun) is not None:
        owner = next((c for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"} and state.entities.at(c) is not None), None)
        key = resolve_token(state, owner) if owner is not None else None
        return key if armed(key) else None
    if noun.lemma_.lower() not in SPOKESMAN_WORDS:
        return None
    for _, owner in prep_objects(noun, "for", "of"):
        key = resolve_token(state, owner)
        if key is None:  # "the Houthi military": the group's own men
            key = next((k for c in owner.children if c.dep_ == "compound" and (k := state.entities.at(c)) is not None), None)
        if armed(key):
            return key
    return None


def _according_to_group(state: DocState, tok: Token) -> int | None:
    """ "According to a statement carried by the group's Amaq news agency, IS fighters carried
    out the attack": the armed group whose own message the clause rests on."""
    for anc in (tok, *tok.ancestors):
        for c in anc.children:
            if c.dep_ != "prep" or c.lower_ != "according":
                continue
            source = next((o for p in c.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"), None)
            if source is None:
                continue
            owners = [source]
            if _statement_noun(source) is not None:
                owners = [*(o for o in source.children if o.dep_ == "poss"),
                          *(o for a in source.children if a.dep_ == "acl" for _, o in prep_objects(a, "by", "from")),
                          *(o for _, o in prep_objects(source, "by", "from"))]  # fmt: skip
            for owner in owners:
                key = resolve_token(state, owner)
                if key is None and owner.lemma_.lower() in {"agency", "outlet", "channel", "arm", "wing"}:
                    key = resolve_token(state, child(owner, "poss")) if child(owner, "poss") is not None else None
                if key is not None and state.entities.get(key).armed:
                    return wing_owner(state, key, owner)
        if anc.dep_ in {"relcl", "ccomp"}:
            break
    return None


# the posts whose holder speaks for his group
SPEAKING_ROLES = {"spokesman", "leader", "emir", "deputy"}


def _perpetrator(state: DocState, tok: Token | None, at: Token) -> int | None:
    speaker = _speaker(state, at)
    clause = None
    if tok is not None and tok.tag_ in {"WP", "WDT"} and tok.head.dep_ == "relcl":
        clause, tok = tok.head, tok.head.head  # "the Islamists who seized the town": the noun the clause describes
    key = resolve_token(state, tok) if tok is not None else None
    if key is not None and state.entities.get(key).type not in {"organization", "person", "group_of_people"}:
        key = None
    if speaker is not None:
        d = state.entities.get(speaker)
        if (
            key is None
            or (d.parent is not None and state.entities.root(d.parent) == key)
            or state.entities.get(key).ref == d.ref
            or (state.entities.get(key).descriptive and tok.lemma_.lower() in ASSAILANTS | GROUP_MEN)
        ):
            return speaker  # "the group said militants detonated ...": its own men
    if key is None and tok is not None and tok.lemma_.lower() in UNIT_NOUNS:
        # "al Qaeda's east Africa cell attacked ...": the group whose unit it is
        owners = [c for c in tok.children if c.dep_ in {"poss", "compound"}] + [o for _, o in prep_objects(tok, "of")]
        key = next(
            (k for c in owners for k in [resolve_token(state, c)]
             if k is not None and state.entities.get(k).type == "organization"),
            None,
        )  # fmt: skip
    if key is None and tok is not None and (tok.lemma_.lower() in UNIT_NOUNS or tok.lemma_.lower() in GROUP_ANAPHORS) and any(
        c.lower_ == "same" for c in tok.children
    ):
        # "In 2002, the same militant cell attacked an Israeli-owned hotel": the last attack's doer
        earlier = [f for f in state.facts_of("attack") if state.arg(f, "perpetrator") is not None]
        key = state.arg(earlier[-1], "perpetrator") if earlier else None
    if key is not None and tok is not None and tok.lemma_.lower() in ASSAILANTS and state.entities.get(key).descriptive:
        # "Gunmen believed to be from JNIM ambushed ...": the described ones' group
        key = _bomber_group(state, tok) or key
    if key is None and tok is not None and tok.lemma_.lower() in GROUP_MEN:
        key = _attacker_group(state, tok)  # "the lions of al-Shabaab stormed a base"
    if key is None and tok is not None and (tok.lemma_.lower() in ASSAILANTS or _armed_men(tok)):
        # "Militants from al-Shabaab stormed ...", "Boko Haram fighters ...": the group;
        # "A gunman opened fire on ...", "Gunmen stormed ...", "an ambush by armed men":
        # unnamed, described
        name = describe(tok, without=clause) if clause is not None else None
        key = _bomber_group(state, tok) or descriptive(
            state, tok, "group_of_people" if tok.tag_ in {"NNS", "NNPS"} else "person", name=name
        )
    if key is not None and tok is not None and state.entities.get(key).kind == "wing":
        key = wing_owner(state, key, tok)  # a news agency attacks no one: "Amaq ... fighters attacked" is the group's
    return key


def _armed_men(tok: Token) -> bool:
    """ "armed men", "masked gunmen", "unidentified armed men": men described as attackers."""
    return tok.lemma_.lower() in {"man", "men"} and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in {"armed", "masked", "hooded"} for c in tok.children
    )


TIME_WORDS = frozenset({"morning", "evening", "night", "afternoon", "dawn", "midnight", "weekend", "day", "week"})


# outlets a group speaks through: "claimed the bombing on its Amaq news agency" names no target
OUTLET_HEADS = frozenset({"agency", "channel", "website", "site", "account", "outlet", "platform", "page", "app"})


def _target(state: DocState, tok: Token | None) -> int | str | None:
    if tok is None or tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in TIME_WORDS:
        return None  # "launched an attack on Sunday morning": when, not whom
    if tok.lemma_.lower() in OUTLET_HEADS and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
        return None  # "... on its Amaq news agency", "on their Telegram channel": where it was told
    key = resolve_token(state, tok)
    if key is not None and tok.lemma_.lower() not in FACILITY_HEADS:
        return key
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    return _described_target(state, tok, _target_text(tok), tok.right_edge.i + 1)


def _described_target(state: DocState, tok: Token, name: str, end: int) -> int:
    """The target entity a phrase describes (one per name in a document)."""
    etype = "facility" if tok.lemma_.lower() in FACILITY_HEADS or tok.lower_ in FACILITY_HEADS else "other"
    found = state.entities.find(name)
    if found is not None:
        return found
    key = state.entities.add(etype, name, None, descriptive=True, canonical=name)
    state.entities.get(key).mentions.append((tok.left_edge.i, end))
    return key


def _target_text(tok: Token) -> str:
    """ "barracks of the Russian army" (places and clauses after it left out)."""
    words = []
    aside = 0  # inside a parenthesis before the head: "a Jamiat Ulema Islam-Fazl (JUI-F) workers' convention"
    for t in tok.subtree:
        if t.i < tok.i and (t.text == "(" or aside):
            aside += (t.text == "(") - (t.text == ")")
            continue
        if t.i > tok.i and t.dep_ == "prep" and t.head.i == tok.i and t.lower_ != "of":
            break
        if t.i > tok.i and t.dep_ in {"acl", "relcl"} and t.head.i == tok.i:
            break  # "a Russian airliner carrying holidaymakers ...": the target, not its clause
        if t.i > tok.i and t.head.dep_ in {"acl", "relcl"} and t.head.head.i == tok.i and t.i < t.head.i:
            break  # "a shopping mall that killed ...": the relative pronoun opens the clause
        if t.dep_ == "prep" and t.lower_ in {"in", "at", "near"} and t.i > tok.i:
            break
        if t.text in {",", "(", '"'}:
            break
        if not t.is_space:
            words.append(t)
    while words and words[0].dep_ == "det":
        words = words[1:]
    if not words:
        return describe(tok)
    # as written between the kept words ("Israeli-owned hotel", not "Israeli - owned hotel")
    text = "".join(w.text + (w.whitespace_ if n + 1 < len(words) and words[n + 1].i == w.i + 1 else " ") for n, w in enumerate(words))
    return text.strip().replace(" 's", "'s")


def _category(state: DocState, target: int | str | None, tok: Token | None) -> str | None:
    words: set[str] = set()
    if isinstance(target, int):
        d = state.entities.get(target)
        words |= {w.lower() for n in d.names for w in n.split()}
        if d.force:
            words.add("military")
    if tok is not None:
        for category, cues in TARGET_CATEGORIES:  # the target's own head word first
            if tok.lower_ in cues or tok.lemma_.lower() in cues:
                return category
        words |= {t.lower_ for t in tok.subtree}
    for category, cues in TARGET_CATEGORIES:
        if words & cues:
            return category
    return None


def _method(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    method = ATTACK_VERBS.get(lemma) if tok.pos_ == "VERB" else ATTACK_NOUNS.get(lemma)
    for t in tok.sent:
        cue = METHOD_CUES.get(t.lower_)
        if cue and (method is None or cue == "suicide_bombing"):
            if cue == "suicide_bombing" and not any(
                x.lower_ in {"bomber", "bombers", "bombing", "bombings", "bomb", "car", "vest"} for x in tok.sent
            ) and not any(c.lower_ == "suicide" for c in tok.children):
                continue  # ("a suicide attack": the attack's own word)
            method = cue
    return method


def _add_attack(
    state: DocState,
    pred: Token,
    trigger: Token,
    perp: int | None,
    target: int | str | None,
    target_tok: Token | None,
    *,
    own_date: bool = False,
) -> Fact | None:
    """``own_date``: only a date inside the trigger's phrase dates the attack ("claimed
    on Wednesday ... last week's attack": the claim's Wednesday is not the attack's)."""
    mod = modality.of_clause(state, pred)
    if mod.skip or perp is None or mod.modality == "denied" or is_news_outlet(state.entities.get(perp)):
        return None  # ("the attacks were carried out on ..., Reuters reported": the agency reports)
    if any(a.lemma_.lower() in AVOID_VERBS for a in _governors(pred)):
        return None  # "they avoided targeting mosques": no attack
    if isinstance(target, int) and state.entities.root(target) == state.entities.root(perp):
        return None  # a perpetrator never attacks itself (a parse that put it on both sides)
    # a noun trigger's own phrase dates it; a verb's is its clause and those of the verbs
    # coordinated with it ("opened fire and hurled a grenade ... yesterday"), not the clauses
    # nested in it ("..., the deadliest day since insurgents were driven out in 2012")
    if trigger.i != pred.i:
        extra = {t.i for t in trigger.subtree}
    else:
        # (and a "when" or "while" clause telling the same deed or its moment: "killed 26 people
        # when they stormed a hotel ... on Friday", "detonated a device while people were
        # praying inside the church on Sunday")
        told = [c for c in pred.conjuncts if c.pos_ in {"VERB", "AUX"}] + [
            c for c in pred.children if c.dep_ == "advcl" and any(w.lower_ in {"when", "while"} for w in c.children)
        ]
        # (and a participle on its object: "opened fire on worshippers leaving a church ... on Sunday")
        told += [c for i in clause_tokens(pred) for c in state.sdoc[i].children if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"}]
        extra = {i for c in told for i in clause_tokens(c)}
    if _speaker(state, pred) is not None and mod.modality in {"asserted", "reported"}:
        mod = modality.Modality(modality="claimed", attributed_to=mod.attributed_to)
    attrs: dict = {}
    category = _category(state, target, target_tok)
    if category:
        attrs["target_category"] = category
    method = _method(trigger)
    if method:
        attrs["method"] = method
    time = timing.clause_time(state, trigger) if own_date else timing.clause_time(state, pred, extra=extra)
    earlier_noun = None
    if target is None and _anaphoric(trigger):
        # "The death toll from the siege at the DusitD2 complex rose to 21. Al-Shabaab claimed
        # the January 15 attack": the attack named before gives the target and the toll
        earlier_noun, hit = _attack_noun_before(state, trigger)
        if earlier_noun is not None:
            target_tok, target = hit, _target(state, hit)
    same = _told_before(state, pred, perp, target_tok)
    # "the attack was likely carried out by the ADF": the attack just told, whatever date the
    # clause around it carries (a parse may hang the group's "pledged ... in 2019" on it)
    anaphora = target is None and _anaphoric(trigger) and not _dated_phrase(state, trigger)
    if same is None and target is None and _anaphoric(trigger):
        same = _unowned_attack_before(state, trigger, perp)
        if same is not None and mod.modality != "asserted":
            same.modality = mod.modality  # the doer rests on who says it ("X said it carried out ...")
        if same is not None and mod.modality == "claimed" and _speaker(state, pred) == perp:
            # "The BLA said it carried out the bombing": its claim of the attack told before
            _spoken_claim(state, perp, same, pred, same.time)
    if same is None and anaphora:
        same = _doers_attack_before(state, pred, perp) or _doers_only_attack(state, pred, perp)
    if same is None and anaphora and mod.modality == "claimed" and _speaker(state, pred) == perp:
        # "Gunmen believed to be ADF stormed the prison ... IS said fighters from its Central
        # Africa Province carried out the attack": the one attack just told, now claimed by IS
        # (its doer as first told stays)
        same = _one_attack_told_before(state, trigger, lambda f: not _history(state, f.time))
        if same is not None:
            _spoken_claim(state, perp, same, pred, same.time)
    if same is not None and anaphora:
        time = None
    if same is not None and times_apart(same.time, time):
        same = None  # "attacked the base again on 2 January 2019": another attack
    if same is not None:
        # "... before its fighters stormed the compound": the attack already read
        same.sources.append(state.evidence(pred.sent, attributed_to=mod.attributed_to, anchor=trigger))
        state.retold[same.id] = max(state.retold.get(same.id, -1), pred.i)
        for k, v in attrs.items():
            same.attrs.setdefault(k, v)
        return same
    fact = state.add_fact(
        "attack",
        {"target": target, "perpetrator": perp},
        span=pred.sent,
        anchor=trigger,
        time=time,
        location=places.clause_place(state, pred, extra=extra),
        attrs=attrs,
        modality=mod.modality,
        confidence=mod.confidence,
        attributed_to=mod.attributed_to,
        merge_on=("perpetrator", "target"),
    )
    if fact.location is None and pred.dep_ == "advcl" and _toll_clause(pred.head) and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in pred.children
    ):
        # "Six people attending a wedding in Gwoza were killed after suicide bombers detonated
        # a device at the venue": the toll's clause places the attack that caused it
        toll = pred.head
        fact.location = places.clause_place(state, toll, extra={t.i for t in toll.subtree} - {t.i for t in pred.subtree})
    if earlier_noun is not None:
        fact.sources.append(state.evidence(earlier_noun.sent, anchor=earlier_noun))
        if fact.location is None:
            fact.location = places.clause_place(state, earlier_noun, extra={t.i for t in earlier_noun.subtree})
        _casualties(state, earlier_noun, fact, _parse_quantity())
    return fact


def _governors(tok: Token) -> list[Token]:
    """The token and the heads it hangs under, up to the first clause opened by a conjunction
    of time or cause ("urged supporters to attack X" reaches "urged"; "after AQAP claimed the
    attack, X threatened France" does not: the claim is not what was threatened)."""
    out = [tok]
    while tok.head.i != tok.i and not any(
        c.dep_ == "mark" and c.lower_ in {"after", "before", "when", "while", "since", "because"} for c in tok.children
    ):  # (a clause opened by "after" - which the parser may make a complement - is told, not threatened)
        tok = tok.head
        out.append(tok)
    return out


def _toll_clause(verb: Token) -> bool:
    """ "were killed", "died", "were injured": a clause telling an attack's toll."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in {"kill", "die", "injure", "wound"}


NOUN_TARGET_PREPS = ("at", "on", "against")


def _attack_noun_before(state: DocState, trigger: Token) -> tuple[Token | None, Token | None]:
    """The one attack noun with a target of its own ("the siege at the DusitD2 complex") in
    the two sentences before ``trigger``, that no attack was read from, and that target."""
    floor = sentences_back(trigger, 2)
    read = {state.anchors.get(f.id) for f in state.facts_of("attack")}
    found = [
        (t, hit) for t in state.sdoc[floor : trigger.sent.start]
        if t.pos_ == "NOUN" and t.lemma_.lower() in ATTACK_NOUNS and t.i not in read
        and (hit := _noun_target(state, t)) is not None
    ]  # fmt: skip
    return found[0] if len(found) == 1 else (None, None)


def _noun_target(state: DocState, noun: Token) -> Token | None:
    """What an attack noun hit: "the siege at the DusitD2 complex", also where the parse
    hangs the place on the noun it comes from ("the toll from the siege at the complex")."""
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ in {"from", "of"}:
        holders.append(noun.head.head)
    return next(
        (o for h in holders for _, o in prep_objects(h, *NOUN_TARGET_PREPS) if _hit_thing(state, o)), None
    )


def _unowned_attack_before(state: DocState, trigger: Token, perp: int) -> Fact | None:
    """ "A suicide bomber killed three teachers ... The BLA said it carried out the bombing":
    the attack told in this or the two sentences before by unnamed assailants (or by nobody)
    is the one "the bombing" means; the group named now becomes its perpetrator."""
    d = state.entities.get(perp)
    if d.type != "organization" or not d.armed or d.force:
        return None
    attack = _one_attack_told_before(state, trigger, lambda f: _unowned(state, f))
    if attack is not None:
        attack.args["perpetrator"] = perp
    return attack


def _its_attack_before(state: DocState, trigger: Token, group: int) -> Fact | None:
    """ "The president blamed al-Shabab for Saturday's attack ... the group has said it was
    behind the blasts": the one attack told in this or the two sentences before that others
    laid at the group's door, now claimed by it."""
    root = state.entities.root(group)
    return _one_attack_told_before(
        state, trigger, lambda f: (p := state.arg(f, "perpetrator")) is not None and state.entities.root(p) == root
    )


def _one_attack_told_before(state: DocState, trigger: Token, fits) -> Fact | None:
    """The one attack told in this or the two sentences before ``trigger`` that ``fits``
    (None where none or several do)."""
    floor = sentences_back(trigger, 2)
    earlier = [
        f
        for f in state.facts_of("attack")
        if state.anchors.get(f.id, trigger.i) < trigger.i
        and max(state.anchors.get(f.id, -1), state.retold.get(f.id, -1)) >= floor
        and fits(f)
    ]
    return earlier[0] if len(earlier) == 1 else None


def _unowned(state: DocState, attack: Fact) -> bool:
    """An attack with no perpetrator, or only a described one ("gunmen", "a suicide bomber")."""
    perp = state.arg(attack, "perpetrator")
    if perp is None:
        return True
    d = state.entities.get(perp)
    return d.descriptive and d.type in {"person", "group_of_people"}


def _doers_attack_before(state: DocState, pred: Token, perp: int) -> Fact | None:
    """The last attack by ``perp`` read in this or the two sentences before."""
    floor = sentences_back(pred, 2)
    return next(
        (
            f
            for f in reversed(state.facts)
            if f.type == "attack"
            and state.arg(f, "perpetrator") == state.entities.root(perp)
            and max(state.anchors.get(f.id, -1), state.retold.get(f.id, -1)) >= floor
        ),
        None,
    )


def _doers_only_attack(state: DocState, pred: Token, perp: int) -> Fact | None:
    """The one attack by ``perp`` read anywhere before: "the attack was executed by members
    of the Islamic State", sentences after "an ISIS attack on a military hospital" (None
    where it has several)."""
    root = state.entities.root(perp)
    told = [f for f in state.facts_of("attack") if state.arg(f, "perpetrator") == root and state.anchors.get(f.id, pred.i) < pred.i]
    return told[0] if len(told) == 1 else None


def _dated_phrase(state: DocState, noun: Token) -> bool:
    """Whether an attack noun's own phrase carries a date ("the 2015 attack", "Friday's
    bombing", "the attack on 3 May")."""
    inside = {t.i for t in noun.subtree}
    return any(s.root.i in inside for s in timing.date_spans(state))


def _told_before(state: DocState, pred: Token, perp: int, target_tok: Token | None) -> Fact | None:
    """An attack by the same perpetrator read in this or the two sentences before, when
    the target is definite ("the base", "the compound")."""
    if target_tok is None or not any(c.lower_ in {"the", "this", "that"} for c in target_tok.children):
        return None
    if state.entities.at(target_tok) is not None:
        return None
    return _doers_attack_before(state, pred, perp)


VICTIM_NOUNS = {
    "people": "civilians", "civilians": "civilians", "villagers": "civilians", "worshippers": "religious",
    "soldiers": "military", "troops": "military", "policemen": "police", "officers": "police",
    "passengers": "civilians", "students": "civilians", "children": "civilians", "guards": "security",
    "peacekeepers": "military", "personnel": "security", "members": None, "persons": "civilians",
    "teachers": "civilians", "workers": "civilians", "farmers": "civilians", "traders": "civilians",
    "fishermen": "civilians", "herders": "civilians", "miners": "civilians", "pupils": "civilians",
    "schoolgirls": "civilians", "schoolchildren": "civilians", "women": "civilians", "men": "civilians",
    "christians": "religious", "hostages": "civilians", "tourists": "civilians", "residents": "civilians",
}
# what an armed group does to a counted group of people: "killed 30 villagers", "beheaded two
# teachers", "abducted 276 schoolgirls" (an attack on them; the method where the verb says it)
GROUP_HARM_VERBS = {"kill": None, "massacre": None, "slaughter": None, "behead": "other", "execute": "other",
                    "kidnap": "kidnapping", "abduct": "kidnapping", "capture": "kidnapping", "seize": "kidnapping"}  # fmt: skip
# "captured", "seized": a kidnapping only when the captives are civilians (a group that captures
# soldiers takes prisoners - a capture, read in fate - and one that seizes a town takes ground)
TAKE_VERBS = frozenset({"capture", "seize"})
CIVILIAN_NOUNS = frozenset({
    "frenchman", "frenchwoman", "briton", "american", "tourist", "hiker", "hostage", "worker", "engineer",
    "missionary", "journalist", "reporter", "priest", "nun", "pastor", "teacher", "student", "doctor", "nurse",
    "businessman", "contractor", "foreigner", "westerner", "civilian", "villager", "trader", "farmer",
})  # fmt: skip


GROUND_VERBS = frozenset({"seize", "capture", "occupy", "take"})
GROUND_NOUNS = frozenset({"town", "city", "port", "village", "base", "barracks", "district", "camp", "airport",
                          "prison", "garrison", "outpost", "headquarters", "harbour", "harbor"})  # fmt: skip


def _ground_taken(state: DocState, verb: Token) -> Token | None:
    """The place a group seized: "seized the town of Marte", "captured Bulo Burde", "seized
    (took) control of the port town" - the fighting for it is an attack on it."""
    obj = child(verb, "dobj")
    if obj is None:
        return None
    if obj.lemma_.lower() == "control":
        obj = next((o for _, o in prep_objects(obj, "of")), None)
    elif verb.lemma_.lower() == "take":
        return None  # "took hostages", "took part": only "took control of" takes ground
    if obj is None:
        return None
    key = state.entities.at(obj)
    if key is not None:
        return obj if state.entities.get(key).type in {"location", "facility"} else None
    return obj if obj.lemma_.lower() in GROUND_NOUNS else None


def _took_ground(state: DocState, verb: Token, ground: Token) -> Fact | None:
    who = subject(verb)
    perp = _perpetrator(state, who, verb) if who is not None else None
    if perp is None or state.entities.get(perp).force or state.entities.get(perp).type == "location":
        return None  # "troops recaptured the town": a state force retaking ground
    root = state.entities.root(perp)
    if any(state.arg(a, "perpetrator") == root for a in state.facts_of("attack")):
        return None  # "... killed 50 soldiers and seized the base": the group's attack already told
    when = timing.clause_time(state, verb)
    after_report = bool(state.published) and (when is None or (when.start or "") > state.published[:10])
    if _undated(when) or _history(state, when) or after_report:
        # "declared caliph in June 2014, after its fighters seized Mosul": the story's past; an
        # undated seizure is most often the attack told in other words ("said its fighters had
        # seized the town")
        return None
    fact = _add_attack(state, verb, verb, perp, _target(state, ground), ground)
    if fact is not None:
        fact.attrs.setdefault("method", "raid")
    return fact


def _suicide_killing(verb: Token) -> bool:
    """ "A suicide bomber killed Abu Maria al-Qahtani at a guesthouse": an attack whoever died."""
    who = subject(verb)
    return (
        verb.lemma_.lower() == "kill"
        and who is not None
        and _suicide_bomber(who)
        and child(verb, "dobj") is not None
    )


ONE_VICTIM_VERBS = frozenset({"behead", "kidnap", "abduct", "capture", "seize"})


def _seized_one(state: DocState, verb: Token) -> bool:
    """ "beheaded a French tourist", "kidnapped Swiss missionary Beatrice Stockly": a group's
    beheading or kidnapping of one person is an attack on him, as event datasets code it
    (killing one named man is his death, read elsewhere)."""
    obj = child(verb, "dobj")
    if verb.lemma_.lower() not in ONE_VICTIM_VERBS or obj is None:
        return False
    if verb.lemma_.lower() in TAKE_VERBS:
        # "had captured a Frenchman hiking in Tizi Ouzou", "seized a Swiss missionary"
        return obj.lemma_.lower() in CIVILIAN_NOUNS and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children)
    key = resolve_token(state, obj)
    if key is not None:
        return state.entities.get(key).type == "person"
    return obj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children)


def _killed_many(verb: Token) -> bool:
    """ "killed 30 villagers", "killed at least 12 people": a count of victims ("seized three
    aid workers": of civilians only)."""
    obj = child(verb, "dobj")
    if obj is not None and obj.lower_ in {"dozens", "scores", "hundreds"}:
        counted = next((o for _, o in prep_objects(obj, "of")), None)  # "killed dozens of AU peacekeepers"
        return counted is not None and counted.tag_ == "NNS" and (counted.lower_ in VICTIM_NOUNS or counted.ent_type_ == "FORCE")
    if obj is not None and verb.lemma_.lower() in TAKE_VERBS and VICTIM_NOUNS.get(obj.lower_) not in {"civilians", "religious"}:
        return False
    return obj is not None and obj.lower_ in VICTIM_NOUNS and any(
        c.dep_ == "nummod" or c.like_num or c.lower_ in {"dozens", "scores", "hundreds"} for c in obj.children
    )


def _attacker_group(state: DocState, who: Token | None) -> int | None:
    """The group a killer phrase names: the group itself, "Boko Haram fighters", "militants
    from al-Shabaab", "an Islamic State suicide bomber"."""
    if who is None:
        return None
    key = resolve_token(state, who)
    if key is not None and state.entities.get(key).type == "organization" and not state.entities.get(key).force:
        return key
    if who.lemma_.lower() in ASSAILANTS | BOMBER_WORDS:
        return _bomber_group(state, who)
    if who.lemma_.lower() in GROUP_MEN:
        # "its soldiers had killed 12 Christians", "the lions of al-Shabaab stormed a base": the
        # men of an armed group (a state's soldiers are no perpetrator group)
        owner = child(who, "poss") or next((o for _, o in prep_objects(who, "of", "from")), None)
        key = resolve_token(state, owner) if owner is not None else None
        if key is not None and state.entities.get(key).type == "organization" and state.entities.get(key).armed and not state.entities.get(key).force:
            return key
    return None


# a state's forces striking an armed group: "troops killed 20 ISWAP fighters", "a US drone
# strike killed three al-Shabaab militants" (an attack on the group's men, by the force)
FORCE_KILL_VERBS = frozenset({"kill", "neutralise", "neutralize", "eliminate"})
STRIKE_NOUNS = frozenset(STRIKE_WORDS) | {"airstrike", "raid", "operation", "bombardment"}  # what strikes for a force
COUNT_NOUNS = frozenset({"dozen", "dozens", "scores", "hundreds"})  # "dozens of militants"
MILITANT_WORDS = frozenset({"fighter", "militant", "insurgent", "terrorist", "jihadist", "extremist", "member", "rebel",
                            "gunman", "bandit", "suspect"})  # fmt: skip


def _militants_killed(state: DocState, verb: Token) -> Token | None:
    """The counted armed men a verb's object names ("20 ISWAP fighters", "dozens of
    militants", "three suspected al-Shabaab members"), in the active voice."""
    obj = child(verb, "dobj")
    if obj is None or is_passive(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in {"have", "has"} for c in verb.children):
        return None  # "forces have killed 110 fighters in 2014": a tally, not one strike
    if obj.lemma_.lower() in COUNT_NOUNS:
        obj = next((o for _, o in prep_objects(obj, "of")), obj)  # "dozens of militants"
    if obj.tag_ != "NNS" or obj.lemma_.lower() not in MILITANT_WORDS:
        return None
    counted = any(c.dep_ == "nummod" or c.like_num for c in obj.children) or obj.head.lemma_.lower() in COUNT_NOUNS
    group = any((k := state.entities.at(c)) is not None and state.entities.get(k).armed for c in obj.children if c.dep_ in {"compound", "amod", "nmod"})
    return child(verb, "dobj") if counted or group else None


def _striking_force(state: DocState, verb: Token) -> int | None:
    """The state force a killing verb's subject names: "troops", "the Nigerian army", "a US
    drone strike" (its striker), "the military said it had killed" (the pronoun's force)."""
    who = subject(verb)
    if who is None:
        return None
    if who.lemma_.lower() in STRIKE_NOUNS:
        key = striker(state, who)
        if key is not None and state.entities.get(key).type == "location":
            return key  # "a US drone strike": the state
        return key if key is not None and state.entities.get(key).force else None
    key = resolve_token(state, who)
    if key is None and who.lower_ == "it" and verb.dep_ == "ccomp":
        key = resolve_token(state, subject(verb.head)) if subject(verb.head) is not None else None
    return key if key is not None and state.entities.get(key).force else None


def _force_killed(state: DocState, verb: Token, victims: Token) -> Fact | None:
    perp = _striking_force(state, verb)
    if perp is None:
        return None
    fact = _add_attack(state, verb, verb, perp, _target_text(victims), victims)
    if fact is None:
        return None
    strike = subject(verb)
    if strike is not None and strike.lemma_.lower() in STRIKE_WORDS:
        fact.attrs.setdefault("method", "airstrike")
    from orbat.quantities import parse_quantity

    count = " ".join(t.text for t in victims.subtree if t.i < victims.i and t.dep_ in {"nummod", "quantmod", "advmod"} or t.like_num)
    found = parse_quantity(count) if count else None
    if found is not None and found[0] is not None:
        fact.attrs.setdefault("killed", {"min": found[0], "max": found[1]})
    return fact


# what a group's statements call its men
GROUP_MEN = frozenset({"soldier", "lion", "knight", "mujahid", "mujahideen", "brother", "man", "member", "squad", "unit", "cell"})


def _tally(verb: Token) -> bool:
    """ "has killed more than 1,000 civilians since 2019", "have killed hundreds so far this
    year": a present-perfect count over a span, no one attack."""
    if not any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children):
        return False
    words = {t.lower_ for t in verb.subtree}
    return bool(words & {"since", "so", "past", "last"}) and bool(words & {"since", "far", "years", "months", "decade"})


def _group_killed(state: DocState, verb: Token) -> Fact | None:
    """ "Boko Haram fighters killed 30 villagers": an attack by the group, its toll the victims."""
    if verb.dep_ in {"relcl", "acl"} and not (
        verb.dep_ == "relcl" and (verb.lemma_.lower() in ONE_VICTIM_VERBS or _attacker_group(state, verb.head) is not None)
    ):
        # "an attack that killed 30 people": the attack is read from its noun ("al-Shabaab,
        # which killed 500 people in a 2017 bombing": the group's deed)
        return None
    if _tally(verb):
        return None  # "the ADF has killed more than 1,000 civilians since the start of 2019": a count of years
    who = subject(verb)
    if who is not None and who.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
        who = verb.head  # "the Jund al-Khilafa group which beheaded French tourist X"
    perp = _attacker_group(state, who)
    suicide = who is not None and any(t.lower_ == "suicide" for t in who.subtree)
    if (
        perp is None
        and who is not None
        and who.head.i == verb.i
        and (who.lemma_.lower() in ASSAILANTS - {"bomber"} or (who.lemma_.lower() == "bomber" and suicide))
    ):
        # "Gunmen killed 14 soldiers", "A female suicide bomber killed three teachers":
        # unnamed, described
        perp = descriptive(state, who, "group_of_people" if who.tag_ == "NNS" else "person")
    if perp is None:
        return None
    victims = child(verb, "dobj")
    target_tok = victims
    floor = sentences_back(verb, 3)
    for earlier in state.facts_of("attack"):
        if state.arg(earlier, "perpetrator") is not None and state.entities.root(
            state.arg(earlier, "perpetrator")
        ) == state.entities.root(perp) and state.anchors.get(earlier.id, -1) >= floor:
            # "al-Shabaab said it killed more than 50 soldiers": the attack just told, its toll
            earlier.sources.append(state.evidence(verb.sent, anchor=verb))
            return earlier
    scene = next((o for _, o in prep_objects(verb, "at", "inside", "outside") if o.lemma_.lower() in FACILITY_HEADS), None)
    if suicide and scene is not None:
        # "A suicide bomber killed 20 people at a market": the place he struck
        fact = _add_attack(state, verb, verb, perp, _target(state, scene), scene)
    else:
        named = resolve_token(state, victims) if victims is not None else None
        if named is not None and state.entities.get(named).type != "person":
            named = None
        target = named if named is not None else (_target_text(victims) if victims is not None else None)
        fact = _add_attack(state, verb, verb, perp, target, target_tok)
    if fact is not None and victims is not None and VICTIM_NOUNS.get(victims.lower_):
        fact.attrs.setdefault("target_category", VICTIM_NOUNS[victims.lower_])
    method = GROUP_HARM_VERBS.get(verb.lemma_.lower())
    if fact is not None and method == "kidnapping":
        fact.attrs["method"] = method  # "gunmen abducted a priest": a kidnapping, not a shooting
    elif fact is not None and method is not None:
        fact.attrs.setdefault("method", method)
    if fact is not None and suicide:
        fact.attrs["method"] = "suicide_bombing"
    if method == "kidnapping":
        return fact  # the captives are no toll of dead
    if fact is not None and victims is not None and "killed" not in fact.attrs:
        from orbat.quantities import parse_quantity

        count = " ".join(t.text for t in victims.subtree if t.i < victims.i)
        found = parse_quantity(count) if count else None
        if found is not None and found[0] is not None:
            fact.attrs["killed"] = {"min": found[0], "max": found[1]}
    return fact


def _carrying_verb(noun: Token) -> Token | None:
    """The verb that says who carried the attack out: "The attack on the church was carried
    out by JAD"; "a pair of suicide bombings carried out by DAESH militants" (a participle)."""
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in LIGHT_VERBS:
        return verb
    if noun.tag_ == "NNS" and not any(c.dep_ in {"det", "nummod"} for c in noun.children) and not (
        noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in {"pair", "series", "wave", "string", "spate"}
    ):
        return None  # "the blasts resembled attacks carried out by Boko Haram": a record, not one event
    found = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LIGHT_VERBS), None)
    if found is None:
        # "an attack on a health center (in X), that was reportedly carried out by the ADF": a
        # passive relative clause, on the noun or hung by the parse on its target
        hosts = [noun, *(o for _, o in prep_objects(noun, "on", "against", "at"))]
        hosts += [o for h in hosts[1:] for _, o in prep_objects(h, "in")]
        candidates = [c for h in hosts for c in h.children if c.dep_ == "relcl"]
        if noun.dep_ == "pobj" and noun.head.head.i > noun.i:
            candidates.append(noun.head.head)  # (the parse may make the phrase the clause's own)
        found = next(
            (c for c in candidates
             if c.lemma_.lower() in LIGHT_VERBS and is_passive(c)
             and any(w.dep_ == "nsubjpass" and w.lower_ in {"that", "which"} for w in c.children)),
            None,
        )  # fmt: skip
    return found


def _carried_out_by(noun: Token) -> Token | None:
    return _doer_of(_carrying_verb(noun))


def _doer_of(verb: Token | None) -> Token | None:
    return next((o for _, o in prep_objects(verb, "by")), None) if verb is not None else None


def _attack_carried_out(state: DocState, noun: Token) -> Fact | None:
    verb = _carrying_verb(noun)
    perp = _perpetrator(state, _doer_of(verb), verb)
    if perp is None:
        return None
    target_tok = next((o for _, o in prep_objects(noun, "on", "against", "at")), None)
    fact = _add_attack(state, verb, noun, perp, _target(state, target_tok), target_tok)
    if fact is not None and any(w.lower_ in {"that", "which"} for w in verb.children) and not _dated_phrase(state, noun):
        # "civilians died on May 9 in an attack ..., that was carried out by X": the date of
        # the clause the attack is told in
        told_in = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"} and a.i != verb.i), None)
        when = timing.clause_time(state, told_in) if told_in is not None else None
        if when is not None and when.start is not None:
            fact.time = when
    return fact


def _behind(noun: Token) -> Token | None:
    """ "Two Indonesian suicide bombers were behind the twin explosions", "X is behind the
    attack", "X was involved in the bombing": who carried it out. Also for one attack of a
    list: "X was involved in other attacks, including the bombing of Y in 2009"."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "including"
        and noun.head.head.lemma_.lower() in ATTACK_NOUNS
        and any(c.lower_ == "the" for c in noun.children)
    ):
        record = noun.head.head
        if record.dep_ == "pobj" and record.head.lower_ == "in" and _takes_part(record.head.head):
            return None if negated(record.head.head) else subject(record.head.head)
    if _behind_copula(noun):
        be = noun.head.head
        return None if _guessed(be) else subject(be)  # "X could be behind the attack": a guess
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lower_ == "responsible"
        and noun.head.head.head.lemma_ == "be"
        and any(c.lower_ == "the" for c in noun.children)
    ):
        # "JeM said it was responsible for the Pulwama attack": who did it (a claim when the
        # doer says so); "responsible for attacks" (no one attack) is a record, not an event
        be = noun.head.head.head
        return None if _guessed(be) else subject(be)
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and _takes_part(noun.head.head)
        and any(c.lower_ == "the" for c in noun.children)
        and not negated(noun.head.head)
    ):
        # "X was involved in the 2002 Malagutay bombing", "X took part in the attack on Y"
        # (one attack, "the"; "involved in attacks" is a record)
        return subject(noun.head.head)
    return None


def _guessed(be: Token) -> bool:
    """ "X could (may, might, would) be behind/responsible for the attack": a guess, not a finding."""
    return any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might", "would"} for c in be.children)


def _attack_behind(state: DocState, noun: Token) -> Fact | None:
    who = _behind(noun)
    perp = _perpetrator(state, who, noun) if who is not None else None
    if perp is None:
        return None
    target_tok = next((o for _, o in prep_objects(noun, "on", "against", "at")), None)
    if target_tok is None and noun.lemma_.lower() in {"bombing", "shelling", "kidnapping", "abduction"}:
        target_tok = next((o for _, o in prep_objects(noun, "of")), None)  # "the bombing of a bus"
    target = _target(state, target_tok)
    place = next((c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in FACILITY_HEADS), None)
    if target_tok is None and place is not None:
        # "behind the Pearl Continental hotel attack": the place the attack is named after, with its name
        first = min(c.left_edge.i for c in noun.children if c.dep_ == "compound")
        target_tok, target = place, _head_target(state, place, start=first)
    fact = _add_attack(state, noun.head.head, noun, perp, target, target_tok)
    if fact is not None and who is not None and any(t.lower_ == "suicide" for t in who.subtree):
        fact.attrs["method"] = "suicide_bombing"
    return fact


# words that gather attacks into one told event: "a wave of suicide bombings", "claimed a
# series of attacks"
SERIES = frozenset({"series", "number", "string", "wave", "spate", "pair"})


def _listed_attacks(state: DocState, trigger: Token, fact: Fact) -> list[Fact]:
    """ "carried out the Westgate mall attack in 2013 and the Garissa University attack in
    2015", "behind several attacks, including the 2008 Mumbai attack, the 2006 train
    bombings and the 2001 attack on Parliament": every attack noun of the list is an attack
    of its own by the same perpetrator, dated by its own phrase."""
    perp = state.arg(fact, "perpetrator")
    if perp is None:
        return []
    listed = [*trigger.conjuncts]
    if trigger.dep_ == "pobj":
        # "notorious for the 2014 kidnapping of ... and for a 2019 attack on Gubio": the
        # preposition repeated
        again = [c for c in trigger.head.conjuncts if c.pos_ == "ADP"] + [
            c for c in trigger.subtree if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == trigger.head.lower_
        ]  # (the parse may hang the second "for" on a word inside the first phrase)
        listed += [o for c in again for o in c.children if o.dep_ == "pobj"]
    if trigger.dep_ == "dobj":  # "carried out the X attack in 2013 and the Y attack in 2015", parsed onto the verb
        listed += [c for c in trigger.head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    for _, first in prep_objects(trigger, "including"):
        listed += [first, *first.conjuncts]
    pred = next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), trigger)
    out: list[Fact] = []
    for noun in listed:
        if noun.lemma_.lower() in SERIES and any(o.lemma_.lower() in ATTACK_NOUNS for _, o in prep_objects(noun, "of")):
            pass  # "the 2016 Jakarta attack and a wave of suicide bombings last month": the wave, dated by its phrase
        elif noun.i == trigger.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ATTACK_NOUNS:
            continue
        hit = (o for _, o in prep_objects(noun, "on", "against", "at", *(() if noun.lemma_.lower() in SERIES else ("of",)))
               if _hit_thing(state, o))
        target_tok = next(hit, None)  # ("the bombing of a bus", not "on Monday")
        other = _add_attack(state, pred, noun, perp, _target(state, target_tok), target_tok, own_date=True)
        if other is not None and other is not fact and other not in out:
            out.append(other)
    return out


def _claimed_by(noun: Token) -> Token | None:
    """ "an attack claimed by the Islamic State group", "a car bomb outside a hotel, that was
    claimed by al-Shabab" (the clause may hang on a noun inside the phrase): who claimed it."""
    for c in noun.children if noun.lemma_.lower() != "bomb" else noun.sent:
        if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() == "claim":
            return next((o for _, o in prep_objects(c, "by")), None)
        if (
            noun.lemma_.lower() == "bomb"
            and c.lemma_.lower() == "claim"
            and c.i > noun.i
            and any(s.dep_ == "nsubjpass" and s.lower_ in {"that", "which"} for s in c.children)
        ):
            # "... killed by a car bomb outside a hotel, that was claimed by al-Shabab": the
            # relative clause the parse made the sentence's main verb
            return next((o for _, o in prep_objects(c, "by")), None)
    return None


def _hyphen_claimant(noun: Token) -> Token | None:
    """ "an ISIS-claimed suicide bombing": the claimant written before "-claimed"."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ == "claimed" and c.i > 1 and c.doc[c.i - 1].text == "-":
            return c.doc[c.i - 2]
    return None


def _attack_hyphen_claimed(state: DocState, noun: Token) -> Fact | None:
    """ "an ISIS-claimed suicide bombing in Tunis killed 12 presidential guards": the attack,
    as claimed, on whom it killed."""
    perp = _perpetrator(state, _hyphen_claimant(noun), noun)
    if perp is None or state.entities.get(perp).type != "organization":
        return None
    pred = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
    target_tok = next((o for _, o in prep_objects(noun, "on", "against", "at")), None)
    if target_tok is None and noun.dep_ == "nsubj" and pred.lemma_.lower() in {*KILL_VERBS, "wound", "injure", "hit"}:
        target_tok = child(pred, "dobj")
    fact = _add_attack(state, pred, noun, perp, _target(state, target_tok), target_tok)
    if fact is not None:
        fact.modality = "claimed"
    return fact


def _attack_claimed_by(state: DocState, noun: Token) -> Fact | None:
    """The attack a claimant says it carried out: its perpetrator, as claimed."""
    perp = _perpetrator(state, _claimed_by(noun), noun)
    if perp is None or state.entities.get(perp).type != "organization":
        return None
    for earlier in state.facts_of("attack"):
        # "four bombers blew themselves up in two mosques ... in an attack claimed by IS":
        # the attack already read in this sentence, now with its claimed perpetrator
        doer = state.arg(earlier, "perpetrator")
        if state.anchors.get(earlier.id, -1) >= noun.sent.start and (
            doer is None or state.entities.get(doer).descriptive
        ):
            earlier.args["perpetrator"] = perp
            earlier.modality = "claimed"
            return earlier
    target_tok = next((o for _, o in prep_objects(noun, "on", "against")), None)
    if target_tok is None and noun.lemma_.lower() == "bomb":
        # "killed by a car bomb outside a hotel": the place the bomb went off
        target_tok = next((o for t in (noun, noun.head.head) for _, o in prep_objects(t, "outside", "at", "near", "inside")), None)
    pred = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun.sent.root  # the sentence dates it
    fact = _add_attack(state, pred, noun, perp, _target(state, target_tok), target_tok)
    if fact is not None:
        fact.modality = "claimed"
    return fact


BOMBER_WORDS = {"bomber", "attacker", "assailant", "militant", "gunman", "jihadist"}


SELF_DETONATION_VERBS = frozenset({"blow", "explode", "detonate"})


def _reflexive(verb: Token) -> bool:
    """ "blew himself up", "exploded themselves": the doer is the object."""
    return any(c.lower_ in REFLEXIVES for c in verb.children)


def _self_detonation(verb: Token) -> bool:
    """ "a suicide bomber blew himself up", "detonated his explosive vest", "detonated himself"."""
    lemma = verb.lemma_.lower()
    if lemma == "blow":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and _reflexive(verb)
    if lemma == "explode":
        return _reflexive(verb)  # "a bomber exploded himself"
    if lemma == "detonate":
        who = _detonator(verb)
        if who is not None and who.lemma_.lower() in BOMBER_WORDS:
            return True
        # "X detonated his suicide vest", "detonated his explosives belt": whoever X is
        obj = child(verb, "dobj")
        if obj is None:
            return False
        worn = obj.lemma_.lower() in WORN_DEVICES and any(c.lower_ in {"his", "her", "their"} for c in obj.children)
        return worn or any(c.lower_ == "suicide" for c in obj.children)
    return False


# "his explosives belt", "his explosives" (the parse may split "explosives belt"): worn by the one who set it off
WORN_DEVICES = frozenset({"belt", "vest", "jacket", "explosive"})


def _detonator(verb: Token) -> Token | None:
    """Who detonated: the subject, or, where the parse lost it ("a suicide bomber belonging
    to the BLA detonated himself"), the bomber named just before a reflexive detonation."""
    who = subject(verb)
    reflexive = _reflexive(verb)
    if who is not None and who.pos_ == "NUM":
        # "two of its men blew themselves up": the men counted
        who = next((o for _, o in prep_objects(who, "of")), who)
    if who is not None and who.lower_ in {"he", "she"} and (bomber := _bomber_told_before(verb)) is not None:
        return bomber  # "the first suicide bomber had rushed into the market ... He then detonated his explosives"
    if (who is not None and (who.lemma_.lower() in BOMBER_WORDS or who.pos_ == "PROPN")) or not reflexive:
        return who
    if who is not None and who.pos_ == "NOUN" and who.lemma_.lower() in ASSAILANTS | {"man", "member", "woman"}:
        return who  # "two Islamic State fighters blew themselves up": whoever blows himself up bombs
    for t in reversed(verb.sent[: verb.i - verb.sent.start]):
        if t.lemma_.lower() in BOMBER_WORDS:
            return t
        if t.is_punct and t.text in {";", ":"}:
            break
    return None


def _bomber_told_before(verb: Token) -> Token | None:
    """A bomber who is the subject of a clause in this sentence or the one before."""
    for t in reversed(verb.doc[sentences_back(verb, 1) : verb.i]):
        if t.lemma_.lower() in BOMBER_WORDS and t.dep_ in {"nsubj", "nsubjpass"}:
            return t
    return None


BELIEF_VERBS = {"believe", "suspect", "think", "say", "report", "understand"}


def _bomber_group(state: DocState, bomber: Token) -> int | None:
    """The group a bomber belongs to: "an Islamic State suicide bomber", "a bomber from X",
    "a suicide bomber belonging to the BLA"."""
    for t in bomber.subtree:
        if t.i >= bomber.i and t.dep_ not in {"pobj"}:
            continue
        if t.i < bomber.i and any(x.lower_ in LINKED_WORDS for x in t.doc[t.i : bomber.i]):
            continue  # "al-Qaeda-linked jihadists" are not al-Qaeda's own
        key = resolve_token(state, t)
        if key is not None and state.entities.get(key).type == "organization" and not state.entities.get(key).force:
            return key
    around = list(bomber.children)
    if bomber.dep_ == "nsubj" and bomber.head.lemma_.lower() in {"belong", "affiliate", "link"}:
        around.append(bomber.head)  # "a bomber belonging to the BLA" parsed as a clause
    elif bomber.dep_ in {"nsubj", "nsubjpass"} and bomber.head.lemma_.lower() in BELIEF_VERBS:
        # "Gunmen believed to be from JNIM ambushed ..." parsed with "believed" as the verb
        around += [c for c in bomber.head.children if c.dep_ == "xcomp" and c.i > bomber.i]
    for c in around:
        if c.dep_ in {"acl", "prep", "xcomp"} or c.i == bomber.head.i:
            for t in c.subtree:
                key = resolve_token(state, t)
                if key is not None and state.entities.get(key).type == "organization":
                    return key if not state.entities.get(key).force else None
    if bomber.i > bomber.sent.start and not any(c.dep_ == "det" for c in bomber.children):
        # "after Al Shabab terrorists stormed ...": a group's name right before the noun,
        # parsed apart from it
        key = state.entities.at(bomber.i - 1)
        if key is not None and state.entities.get(key).armed and not state.entities.get(key).force:
            return key
    return None


def _blew_up(state: DocState, verb: Token) -> Fact | None:
    bomber = _detonator(verb)
    if bomber is None:
        return None
    named = resolve_token(state, bomber)
    if named is not None and state.entities.get(named).type == "person" and not state.entities.get(named).descriptive:
        # "Abubakar Shekau blew himself up during a clash": a named man's death by his own hand
        _own_detonation(state, verb, named)
        return None
    perp = _bomber_group(state, bomber) or _speaker(state, verb)  # "IS said militants detonated ..."
    if perp is None and bomber.lemma_.lower() in ASSAILANTS | BOMBER_WORDS:
        perp = descriptive(state, bomber, "group_of_people" if bomber.tag_ == "NNS" else "person")
    target_tok = _blast_site(verb)
    fact = _told_again_by_doer(state, verb, perp)
    if fact is not None:
        fact.sources.append(state.evidence(verb.sent, anchor=verb))
        state.retold[fact.id] = max(state.retold.get(fact.id, -1), verb.i)
    else:
        fact = _add_attack(state, verb, verb, perp, _target(state, target_tok), target_tok)
    if fact is not None and (_reflexive(verb) or any(t.lower_ == "suicide" for t in bomber.subtree)):
        fact.attrs["method"] = "suicide_bombing"
        _bombers_died(state, verb, bomber, fact)
    elif fact is not None:
        fact.attrs.setdefault("method", "bombing")  # "militants detonated explosives at a market"
    return fact


def _told_again_by_doer(state: DocState, verb: Token, perp: int | None) -> Fact | None:
    """ "IS claimed the attack in Baghdad on Thursday ... IS said two of its men blew
    themselves up in the square": the group's attack told just before, now in its own
    words with no date of their own."""
    if perp is None or _speaker(state, verb) != perp:
        return None
    own = clause_tokens(verb)
    if any(s.root.i in own for s in timing.date_spans(state)):
        return None
    return _doers_attack_before(state, verb, perp)


def _blast_site(verb: Token) -> Token | None:
    """Where a bomber blew himself up: "at/inside/outside/near/among X", "in front of X",
    also under a verb coordinated with it ("blew himself up and injured 14 people during
    a mass in front of a cathedral")."""
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        for prep, obj in prep_objects(v, *BLAST_SITE_PREPS, "during"):
            if prep == "during":  # "during a mass in front of a cathedral": the site, else the gathering
                obj = next((o for p, o in prep_objects(obj, *BLAST_SITE_PREPS) if p != "in" or o.lower_ == "front"), obj)
            if obj.lower_ == "front":
                obj = next((o for _, o in prep_objects(obj, "of")), obj)
            return obj
    return None


BLAST_SITE_PREPS = ("among", "at", "inside", "outside", "near", "in")


def _own_detonation(state: DocState, verb: Token, person: int) -> None:
    mod = modality.of_clause(state, verb)
    if not mod.skip and mod.modality != "denied":
        clause_death(state, verb, person, "suicide_attack", mod, location=places.clause_place(state, verb))


IDENTIFIED_DOERS = BOMBER_WORDS | {"martyr", "gunman", "assailant", "attacker", "perpetrator"}


def _identified_doer(state: DocState, verb: Token) -> None:
    """ "BLA identified the bomber as Shaari Baloch", "the group identifies the 'martyr'
    (suicide bomber) as X": the group's own man, a member; a suicide bomber or a "martyr"
    died in the group's attack. Named by others ("the bomber was identified as X", "police
    identified the suicide bomber as X"), the suicide bomber of the story's suicide attack died."""
    passive = is_passive(verb)
    obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if passive else child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in IDENTIFIED_DOERS | {"terrorist"}:
        return
    named = next((o for _, o in prep_objects(verb, "as")), None) or next((o for _, o in prep_objects(obj, "as")), None)
    person = resolve_token(state, named) if named is not None else None
    if person is None or state.entities.get(person).type != "person":
        return
    mod = modality.of_clause(state, verb)
    if mod.skip or mod.modality == "denied":
        return
    who = None if passive else subject(verb)
    group = resolve_token(state, who) if who is not None else None
    d = state.entities.get(group) if group is not None else None
    if d is None or d.type != "organization" or not d.armed or d.force:
        _named_bomber_died(state, verb, obj, person, mod)
        return
    state.add_fact("membership", {"person": person, "organization": group}, span=verb.sent, anchor=verb,
                   modality="claimed", merge_on=("person", "organization"))  # fmt: skip
    suicide = obj.lemma_.lower() == "martyr" or any(t.lower_ == "suicide" for t in obj.subtree) or any(
        a.attrs.get("method") == "suicide_bombing" for a in state.facts_of("attack")
    )
    attack = next((a for a in state.facts_of("attack") if state.arg(a, "perpetrator") == state.entities.root(group)), None)
    if suicide and attack is not None:
        state.add_fact("death", {"person": person}, span=verb.sent, anchor=verb, time=attack.time,
                       location=attack.location, attrs={"cause": "suicide_attack"}, modality="claimed",
                       merge_on=("person",))  # fmt: skip


def _named_bomber_died(state: DocState, verb: Token, doer: Token, person: int, mod: modality.Modality) -> None:
    """ "Sources said the (suicide) bomber was identified as X": in a story of one suicide
    attack, X died in it."""
    suicide = [a for a in state.facts_of("attack") if a.attrs.get("method") == "suicide_bombing"]
    if len(suicide) != 1 or (doer.lemma_.lower() not in BOMBER_WORDS | {"terrorist"}):
        return
    attack = suicide[0]
    unnamed = [
        f for f in state.facts_of("death")
        if f.attrs.get("cause") == "suicide_attack" and (k := state.arg(f, "person")) is not None
        and state.entities.get(k).descriptive and state.entities.get(k).type == "person"
    ]  # fmt: skip
    if len(unnamed) == 1:  # "a suicide bomber blew himself up ... the bomber was identified as X": X's death
        unnamed[0].args["person"] = person
    state.add_fact("death", {"person": person}, span=verb.sent, anchor=verb, time=attack.time,
                   location=attack.location, attrs={"cause": "suicide_attack"}, modality=mod.modality,
                   attributed_to=mod.attributed_to, merge_on=("person",))  # fmt: skip


def _bombers_died(state: DocState, verb: Token, bomber: Token, attack: Fact) -> None:
    """ "four suicide bombers blew themselves up": the bombers died in their attack."""
    if attack.modality in {"denied", "speculative"}:
        return
    who = descriptive(state, bomber, "group_of_people" if bomber.tag_ == "NNS" else "person")
    state.add_fact(
        "death",
        {"person": who},
        span=verb.sent,
        anchor=verb,
        time=attack.time,
        location=attack.location,
        attrs={"cause": "suicide_attack"},
        modality=attack.modality,
        confidence=attack.confidence - 0.1,
        merge_on=("person",),
    )


def _attack_by(state: DocState, noun: Token) -> Fact | None:
    """ "Tuesday's attack by al-Shabaab on an African Union base in Janaale"."""
    perp_tok = next((o for _, o in prep_objects(noun, "by")), None)
    target_tok = next((o for _, o in prep_objects(noun, "on", "against")), None)
    if target_tok is None and perp_tok is not None:
        # "the attack by Boko Haram on Gubio", the parse hanging "on Gubio" on the attacker
        target_tok = next((o for _, o in prep_objects(perp_tok, "on", "against")), None)
    victims = _victims_of_the_strike(noun) if target_tok is None else None
    target_tok = target_tok or victims
    if perp_tok is None or target_tok is None:
        return None
    perp = resolve_token(state, perp_tok)  # a named attacker only: "an assault by gunmen on foot" is none
    if perp is None or state.entities.get(perp).type not in {"organization", "person"}:
        return None
    if victims is not None:  # dated by the clause that tells the toll ("... were killed last week")
        return _add_attack(state, noun.head.head, noun, perp, _target(state, victims), victims)
    pred = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
    return _add_attack(state, pred, noun, perp, _target(state, target_tok), target_tok, own_date=True)


def _victims_of_the_strike(noun: Token) -> Token | None:
    """ "32 people were killed in a suicide bombing by Islamic State": whom the attack the
    noun names killed or wounded, the subject of the passive it is told in."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} else None
    if verb is None or verb.lemma_.lower() not in {"kill", "wound", "injure"} or not is_passive(verb):
        return None
    who = subject(verb)
    return who if who is not None and who.pos_ in {"NOUN", "PROPN"} else None


def _owner_attacker(state: DocState, noun: Token) -> int | None:
    """The armed group (or man) whose attack a possessive names: "al-Qaeda's bombing of
    the US embassy", "the Taliban's assault on the hotel" - only with the thing attacked
    written after it ("the embassy's bombing" is the target's, and is not read)."""
    owner = child(noun, "poss")
    if owner is None or not any(True for _ in prep_objects(noun, "of", "on", "against")):
        return None
    if noun.tag_ == "NNS" and not any(c.dep_ in {"det", "nummod"} for c in noun.children):
        return None  # "the group's attacks on civilians": a habit, not one attack
    key = resolve_token(state, owner)
    if key is None and (owner.lower_ == "its" or owner.lemma_.lower() in GROUP_ANAPHORS):
        key = salient(state, owner.i)
    if key is None:
        return None
    d = state.entities.get(key)
    return key if (d.type == "organization" and not d.force) else None


def _attack_of_owner(state: DocState, noun: Token) -> Fact | None:
    perp = _owner_attacker(state, noun)
    target_tok = next((o for _, o in prep_objects(noun, "on", "against", "of")), None)
    if perp is None or target_tok is None:
        return None
    pred = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
    return _add_attack(state, pred, noun, perp, _target(state, target_tok), target_tok, own_date=True)


def _modifier_attacker(state: DocState, noun: Token) -> int | None:
    """The armed group a name written before an attack noun makes its doer: "the 2013
    al-Shabaab attack on the Westgate mall", "an Islamic State suicide bombing at a wedding"
    - a group known as armed, no state force, and not the one it is against ("an anti-ISIS
    raid"); one attack only ("Boko Haram attacks on villages" is a habit)."""
    if noun.tag_ == "NNS" and not any(c.dep_ in {"det", "nummod"} for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ not in {"compound", "amod", "nmod"} or c.i > noun.i or c.ent_type_ in {"DATE", "TIME"}:
            continue
        key = state.entities.at(c)
        if key is None:
            continue
        d = state.entities.get(key)
        if d.type != "organization" or d.force or not d.armed:
            continue
        if any(t.lower_ in {"anti", "counter"} for t in state.sdoc[noun.left_edge.i : c.i + 1]):
            return None
        return key
    return None


# words under which an attack noun is no deed done: "fear an attack", "foiled a bombing"
UNREALISED_WORDS = {"fear", "prevent", "thwart", "foil", "avert", "warn", "threaten", "risk", "expect", "plan", "plot", "possibility"}


def _modifier_told(noun: Token) -> Token | None:
    """What makes a group-named attack noun one attack told, not a fear or a kind: the thing
    it hit ("the IS attack on the hotel"), a date in its phrase ("the 2017 al-Shabaab
    blast"), or a toll ("an IS suicide bombing ... killed 63", "a blast that killed 500");
    the clause it is told in, or the noun itself."""
    if any(a.lemma_.lower() in UNREALISED_WORDS for a in noun.ancestors):
        return None  # "officials fear an al-Shabaab attack on the capital"
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in HARM_VERBS | {"hit", "strike", "target", "rock"}:
        return noun.head
    if any(t.ent_type_ == "DATE" and t.i != noun.i for t in noun.subtree):
        return noun
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in noun.children)
    if any(True for _ in prep_objects(noun, *_hit_preps(noun), "at")) and (
        definite or (noun.dep_ == "pobj" and noun.head.lower_ in {"during", "in", "after", "since", "following"})
    ):
        return noun
    if any(c.dep_ == "relcl" and c.lemma_.lower() in HARM_VERBS for c in noun.children):
        return noun
    return None


def _attack_of_modifier(state: DocState, noun: Token, perp: int) -> Fact | None:
    told = _modifier_told(noun)
    if told is None:
        return None
    target_tok = next((o for _, o in prep_objects(noun, *_hit_preps(noun), "at")), None)
    if target_tok is None and told is not noun:
        target_tok = child(told, "dobj")
    target = _target(state, target_tok)
    return _add_attack(state, told, noun, perp, target, target_tok, own_date=told is noun)


PLAN_VERBS = {"plan", "mastermind", "order", "organise", "organize", "direct", "orchestrate", "lead"}
OF_TARGET_NOUNS = {"bombing", "shelling", "kidnapping", "abduction", "assassination", "siege", "shooting", "beheading"}


def _hit_preps(noun: Token) -> tuple[str, ...]:
    """The prepositions an attack noun names what it hit with: "the attack on X", and for
    some nouns "the bombing of the UN building", "the siege of the mall"."""
    return ("on", "against", "of") if noun.lemma_.lower() in OF_TARGET_NOUNS else ("on", "against")


def _responsible(state: DocState, noun: Token) -> Token | None:
    """Who a sentence makes answerable for an attack on someone: "X was responsible for the
    2012 attack on Y", "X is accused of planning the December 2014 attack on Y"."""
    if _named_by_place(state, noun) is not None and any(c.lower_ == "the" for c in noun.children):
        return _subject_of_object(noun, PLAN_VERBS)  # "X organized the Volgograd bombings of 2013"
    if not any(True for _ in prep_objects(noun, *_hit_preps(noun))):
        return None
    if noun.tag_ != "NN" or not (any(c.lower_ == "the" for c in noun.children) or (noun.dep_ == "pobj" and noun.head.lower_ == "for" and _dated_phrase(state, noun))):
        return None  # "planning attacks against US forces": no one attack
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lower_ in ANSWERABLE_ADJECTIVES:
        return subject(noun.head.head.head)  # "X was responsible (is notorious) for the 2014 kidnapping of ..."
    return _subject_of_object(noun, PLAN_VERBS)


# "X was responsible for (is notorious, infamous, known for) the attack on Y"
ANSWERABLE_ADJECTIVES = frozenset({"responsible", "notorious", "infamous", "known"})


def _umbrella_attacks(state: DocState, noun: Token) -> list[Fact]:
    """ "Al-Shabaab has carried out numerous attacks in Kenya, including the 2013 Westgate mall
    siege, the 2015 Garissa University massacre and the 2019 DusitD2 hotel attack": attacks of
    a kind (no one attack) and the ones the list names, each its own attack by the doer."""
    listed = [m for _, first in prep_objects(noun, "including") for m in (first, *first.conjuncts)]
    listed = [m for m in listed if m.lemma_.lower() in ATTACK_NOUNS or m.lemma_.lower() in KIDNAP_NOUNS | KILLING_NOUNS]
    if not listed:
        return []
    head = noun.head
    if head.lemma_.lower() in LIGHT_VERBS:
        perp, pred = _perpetrator(state, subject(head), head), head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lower_ in ANSWERABLE_ADJECTIVES:
        pred = noun.head.head.head
        perp = _answerable(state, subject(pred))
    else:
        return []
    if perp is None or state.entities.get(perp).force:
        return []
    out = []
    for att in listed:
        target_tok = next((o for _, o in prep_objects(att, *_hit_preps(att)) if _hit_thing(state, o)), None)
        named = " ".join(t.text for t in att.doc[att.left_edge.i : att.i + 1] if t.dep_ != "det" and t.ent_type_ != "DATE" and not t.is_punct)
        fact = _add_attack(state, pred, att, perp, _target(state, target_tok) if target_tok is not None else named,
                           target_tok or att, own_date=True)  # fmt: skip  ("the 2013 Westgate mall siege": as named)
        if fact is not None and fact not in out:
            out.append(fact)
    return out


def _named_by_place(state: DocState, noun: Token) -> Token | None:
    """The place an attack is named after ("the Volgograd bombings", "the Westgate attack"):
    a proper name before it that is no armed group's (the NER often takes a town for an
    organisation)."""
    for c in noun.children:
        if c.dep_ not in {"compound", "amod"} or c.ent_type_ in {"DATE", "TIME"} or not (c.pos_ == "PROPN" or (c.is_title and c.ent_type_)):
            continue  # ("Westgate" may be parsed as an adjective)
        key = state.entities.at(c)
        if key is None or not state.entities.get(key).armed:
            return c
    return None


def _subject_of_object(noun: Token, verbs: set[str]) -> Token | None:
    """Who did to ``noun`` what one of ``verbs`` says: "X planned the attack", "X is accused
    of planning the attack"."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in verbs:
        return None
    verb = noun.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return subject(verb.head.head)  # "is accused of planning ..."
    return subject(verb)


BLAME_VERBS = {"blame", "accuse", "suspect"}


def _blame_verb(noun: Token) -> Token | None:
    """The verb that lays an attack noun at someone's door: "blamed for the bombings of X
    and the abduction of Y", "accused of the kidnapping of Y"; None when denied."""
    head = first_conjunct(noun)
    if head.dep_ != "pobj" or head.head.lower_ not in {"for", "of"}:
        # "blamed for the bombings of lines in Mindanao and the abduction of six workers":
        # the parse coordinates the second attack with a word inside the first
        head = next(
            (a for a in head.ancestors if a.dep_ == "pobj" and a.head.lower_ in {"for", "of"}
             and (a.lemma_.lower() in ATTACK_NOUNS or a.lemma_.lower() in KIDNAP_NOUNS | KILLING_NOUNS)
             and a.head.head.lemma_.lower() in BLAME_VERBS),
            None,
        )  # fmt: skip
        if head is None:
            return None
    verb = head.head.head
    if verb.dep_ == "dobj" and verb.head.lemma_.lower() in BLAME_VERBS:
        verb = verb.head  # "accused X of the bombing" parsed with "of" on X
    if verb.lemma_.lower() not in BLAME_VERBS or verb.pos_ != "VERB" or negated(verb):
        return None
    return verb


def _blamed(state: DocState, noun: Token) -> int | None:
    """Who a sentence blames for an attack: "the group has been blamed for the bombings of
    power lines and the abduction of six workers", "police blamed X for the attack on Y",
    "X is suspected of the bombing"."""
    verb = _blame_verb(noun)
    return _blamed_by(state, verb) if verb is not None else None


def _blamed_by(state: DocState, verb: Token) -> int | None:
    doer = child(verb, "nsubjpass") if verb.tag_ == "VBN" else child(verb, "dobj")
    if doer is None and verb.tag_ == "VBN" and verb.dep_ in {"advcl", "conj"} and verb.head.i != verb.i:
        # "Blamed for the killing of a policeman, Lalhari was marked dead": the participle set
        # before the clause is about its subject
        doer = subject(verb.head) if verb.dep_ == "advcl" else _blamed_doer(verb.head)
    return _answerable(state, doer)


def _blamed_doer(head: Token) -> Token | None:
    """The subject a conjoined participle shares ("Under the radar since 2014 and blamed for
    ..., X was ...")."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    fronted = head.dep_ in {"advcl", "prep"} and head.head.i != head.i and head.i < head.head.i
    return subject(head.head) if fronted else None


def _attack_blamed(state: DocState, noun: Token) -> Fact | None:
    verb = _blame_verb(noun)
    perp = _blamed_by(state, verb) if verb is not None else None
    target_tok = next((o for _, o in prep_objects(noun, "of", "on", "against")), None)
    if target_tok is None:
        # "a night market bombing": the place bombed, named before the noun
        target_tok = next((c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in FACILITY_HEADS), None)
    if perp is None or (target_tok is None and not _singled_out(noun)):
        return None  # "blamed for the attack": which attack, the rest of the text tells
    fact = _add_attack(state, verb, noun, perp, _target(state, target_tok), target_tok, own_date=True)
    if fact is not None and fact.time is None and len(fact.sources) == 1:
        # "In September last year, its members were blamed for a night market bombing": with no
        # date of its own, the attack takes the clause's
        fact.time = timing.clause_time(state, verb)
    if fact is not None and noun.lemma_.lower() in KIDNAP_NOUNS:
        fact.attrs.setdefault("method", "kidnapping")
    if fact is not None and len(fact.sources) == 1 and fact.modality == "asserted":
        fact.modality = "alleged"  # blamed, accused, suspected: nobody has proved it
    return fact


def _singled_out(noun: Token) -> bool:
    """ "the Mumbai attacks", "the 2008 attacks", "Sunday's bombing": an attack noun that
    names its own place or date, so it needs no target to be one attack."""
    return any(
        c.dep_ in {"compound", "amod", "poss", "nummod", "npadvmod"}
        and (c.ent_type_ in {"GPE", "LOC", "FAC", "DATE"} or (c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_))
        for c in noun.children
    )


def _answerable(state: DocState, who: Token | None) -> int | None:
    """The person or organization a doer phrase names, or None."""
    key = resolve_token(state, who) if who is not None else None
    if key is None or state.entities.get(key).type not in {"person", "organization"}:
        return None
    return key


KIDNAP_NOUNS = {"kidnapping", "abduction"}
# "X was involved in the 2010 murder of a French hostage": an attack on the victim, by X
KILLING_NOUNS = {"murder", "killing", "assassination", "execution", "beheading"}
PART_VERBS = {"participate", "involve", "engage"}  # "X participated in the kidnapping of Y"


def _takes_part(verb: Token) -> bool:
    """ "participated (was involved, took part) in ..." """
    lemma = verb.lemma_.lower()
    return lemma in PART_VERBS or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))


def _kidnapper(noun: Token) -> Token | None:
    """Who a sentence makes the doer of one kidnapping: "X masterminded the kidnappings of
    two engineers", "X was responsible for the abduction of Y", "X took part in kidnappings
    of foreigners, including the kidnapping of a Canadian diplomat". A bare plural
    ("carried out kidnappings of foreigners") is a habit, not one event."""
    if not any(True for _ in prep_objects(noun, "of")):
        return None
    if not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return None
    at = noun
    if at.dep_ == "pobj" and at.head.lower_ == "including":
        at = at.head.head  # "..., including the kidnapping of X": what the list is part of
        if at.pos_ in {"VERB", "AUX"}:
            return subject(at)
    if at.dep_ == "dobj":
        return _subject_of_object(at, PLAN_VERBS | LIGHT_VERBS)
    if at.dep_ == "pobj":
        prep, verb = at.head, at.head.head
        if prep.lower_ == "for" and verb.lower_ == "responsible":
            return subject(verb.head)
        if prep.lower_ == "in" and _takes_part(verb):
            return subject(verb)
        if prep.lower_ == "behind" and verb.lemma_ == "be":
            return subject(verb)
    return None


def _kidnappings_by(state: DocState, noun: Token) -> Fact | None:
    """An attack (method kidnapping, for a kidnapping) on each captive or victim the noun
    names, by the doer."""
    perp = _answerable(state, _kidnapper(noun))
    if perp is None:
        return None
    pred = noun.head
    while pred.pos_ not in {"VERB", "AUX"} and pred.head.i != pred.i:
        pred = pred.head
    fact = None
    for _, victim_tok in prep_objects(noun, "of"):
        for tok in (victim_tok, *victim_tok.conjuncts):
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            # "masterminded the kidnappings of X in 2011", "In June, they were also behind the
            # assassination of X": the date may hang from the verb
            own = noun.dep_ != "dobj" and not _behind_copula(noun)
            made = _add_attack(state, pred, noun, perp, _target(state, tok), tok, own_date=own)
            if made is not None and noun.lemma_.lower() in KIDNAP_NOUNS:
                made.attrs["method"] = "kidnapping"
                fact = fact or made
    return fact


def _behind_copula(noun: Token) -> bool:
    """ "were behind the killing of X": the noun is what the copula's clause tells."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "behind" and noun.head.head.lemma_ == "be"


PLANNER_NOUNS = {"mastermind", "architect", "planner", "organiser", "organizer"}


def _mastermind(state: DocState, noun: Token) -> Fact | None:
    """ "Saeed is the mastermind behind several attacks in India, including the 2008 Mumbai
    attacks", "X, the architect of the 2015 Paris attacks": each attack named is one he is
    answerable for (its target the attack as named, when no "on ..." says it)."""
    who = None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        who = subject(noun.head)
    elif noun.dep_ == "appos":
        who = noun.head
    elif noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        who = noun.head  # "Mumbai attack mastermind Hafiz Saeed"
    perp = _answerable(state, who)
    if perp is None:
        return None
    first = None
    for _, named in prep_objects(noun, "behind", "of"):
        members = list_members(named)
        if len(members) > 1 and named.tag_ == "NNS":
            members = members[1:]  # "several terror attacks, including X": the ones named, not the umbrella
        for att in members:
            if att.lemma_.lower() not in ATTACK_NOUNS:
                continue
            target_tok = next((o for _, o in prep_objects(att, "on", "against", "at")), None)
            target = _target(state, target_tok) if target_tok is not None else _target_text(att)
            fact = _add_attack(state, noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun, att, perp, target, target_tok or att, own_date=True)
            first = first or fact
    return first


def _attack_planned(state: DocState, noun: Token) -> Fact | None:
    """ "Umarov has said he ordered the deadly bomb attack last month on a Moscow airport",
    "X planned the 2015 attack on the hotel": the attack, the one who ordered or planned it
    its perpetrator (a named person or group; an attack told with what it hit)."""
    verb = noun.head
    if verb.tag_ == "VBG" or (noun.tag_ == "NNS" and not any(c.dep_ in {"det", "nummod", "poss"} for c in noun.children)):
        return None  # "had been planning attacks against US forces": none done, or a habit
    perp = _answerable(state, subject(verb))
    if perp is None or state.entities.get(perp).force:
        return None
    target_tok = next((o for _, o in prep_objects(noun, *_hit_preps(noun), "at")), None) or next(
        (o for _, o in prep_objects(verb, "on", "against")), None  # (the parse may hang "on the airport" on the verb)
    )
    if target_tok is None and verb.lemma_.lower() in DONE_PLAN_VERBS:
        # "masterminded a grenade attack in Kuala Lumpur last week": done, where it was done
        target_tok = next((o for _, o in prep_objects(noun, "in") if o.ent_type_ in {"GPE", "LOC", "FAC"}), None)
    if target_tok is None:
        return None  # "planned the Friday attack": told by its day, another's deed read elsewhere
    return _add_attack(state, verb, noun, perp, _target(state, target_tok), target_tok)


DONE_PLAN_VERBS = frozenset({"mastermind", "orchestrate"})  # a plan carried out (not "planned", "ordered")


def _attack_of_the_responsible(state: DocState, noun: Token) -> Fact | None:
    perp = _answerable(state, _responsible(state, noun))
    if perp is None:
        return None
    hit = (o for _, o in prep_objects(noun, *_hit_preps(noun)) if o.ent_type_ not in {"DATE", "TIME"})
    target_tok = next(hit, None) or _named_by_place(state, noun)  # ("the bombings of 2013": when)
    pred = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun.head.head
    fact = _add_attack(state, pred, noun, perp, _target(state, target_tok), target_tok, own_date=True)
    if fact is not None and (fact.time is None or fact.time.start is None) and noun.dep_ == "dobj":
        # "X planned the attack on the prison in 2012": the date hung on the planning verb
        dated = {t.i for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i for t in c.subtree}
        fact.time = timing.clause_time(state, noun.head, exclude=clause_tokens(noun.head) - dated) or fact.time
    if (
        fact is not None
        and len(fact.sources) == 1
        and fact.modality == "asserted"
        and any(a.lemma_.lower() in {"accuse", "suspect", "blame"} for a in noun.ancestors)
    ):
        fact.modality = "alleged"  # "X is accused of planning the attack on Y"
    return fact


def _habitual(state: DocState, verb: Token, target_tok: Token) -> bool:
    """A present or present-perfect attack verb on a bare plural with no date: what a group
    does or has done over time ("Boko Haram has attacked schools"), not one event."""
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in verb.children):
        return True  # "Islamic State fighters are constantly targeting Shi'ites"
    if any(
        t.lower_ in {"times", "occasions"} and any(m.lower_ in MANY_WORDS for m in t.children)
        for c in verb.children if c.dep_ in {"npadvmod", "advmod", "prep"}
        for t in (c, *c.children)
    ):
        return True  # "has targeted Chinese workers multiple times", "on several occasions"
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() == "time":
        return True  # "the first time the group targeted Kasindi since 2014": a comparison, no new event
    present = verb.tag_ in {"VBZ", "VBP"} or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)
    )
    plural = target_tok.tag_ == "NNS" or (target_tok.tag_ == "NNPS" and target_tok.ent_type_ in {"", "NORP"})
    bare = plural and not any(c.dep_ in {"det", "nummod", "poss"} or c.like_num for c in target_tok.children)
    return present and bare and timing.clause_time(state, verb) is None


HABIT_ADVERBS = frozenset({"constantly", "regularly", "frequently", "often", "routinely", "repeatedly", "usually"})
MANY_WORDS = frozenset({"multiple", "several", "many", "numerous", "countless", "repeated", "various"})


# what "strike", "hit" and the like take when they make an agreement or reach a figure
PACT_NOUNS = frozenset({"alliance", "deal", "agreement", "accord", "pact", "truce", "ceasefire", "bargain", "balance",
                        "compromise", "chord", "note", "pose", "record", "milestone"})  # fmt: skip


def _attack_verb(state: DocState, verb: Token) -> Fact | None:
    target_tok = child(verb, "dobj")
    if target_tok is None and verb.lemma_.lower() == "storm":
        target_tok = next((o for _, o in prep_objects(verb, "into")), None)  # "militants stormed into the building"
    if target_tok is None:
        return _attacked_by(state, verb)
    if target_tok.lemma_.lower() in PACT_NOUNS:
        return None  # "struck an alliance (a deal, a truce) with X": an agreement, not an attack
    if _habitual(state, verb, target_tok):
        return None  # "they have also attacked Egyptian Christians and tourists": a record, not one attack
    who = subject(verb)
    if who is not None and who.pos_ == "NOUN" and who.lemma_.lower() in ATTACK_NOUNS and (
        (hit := _noun_attack_hit(state, verb, who, target_tok)) is not None or who.lemma_.lower() not in STRIKE_WORDS
    ):
        return hit
    speaker = _speaker(state, verb) if who is not None and who.lemma_.lower() in STRIKE_WORDS else None
    if speaker is not None:
        perp = speaker  # ""A special operation targeting the airport," claimed the GSIM": its own
    elif who is not None and who.lemma_.lower() in STRIKE_WORDS and state.entities.at(who) is None:
        # "a US-led coalition air strike targeted X": whoever carried out the strike
        perp = striker(state, who)
    else:
        perp = _perpetrator(state, who, verb)
    fact = _add_attack(state, verb, verb, perp, _target(state, target_tok), target_tok)
    if fact is not None and who is not None and _suicide_bomber(who):
        # "a suicide bomber targeted young men queuing to enlist": he died in his attack
        fact.attrs["method"] = "suicide_bombing"
        _bombers_died(state, verb, who, fact)
    return fact


def _suicide_bombers_died(state: DocState, attacks: list[Fact]) -> None:
    """ "(IS says) a lone suicide bomber struck inside a mosque": whatever verb tells it and
    whoever it is coded to, the suicide bomber who did it died in it (once per document)."""
    if any(f.attrs.get("cause") == "suicide_attack" for f in state.facts_of("death")):
        return
    for fact in attacks:
        at = state.anchors.get(fact.id)
        verb = state.sdoc[at] if at is not None else None
        who = subject(verb) if verb is not None and verb.pos_ == "VERB" else None
        if fact in state.facts and who is not None and _suicide_bomber(who):
            fact.attrs["method"] = "suicide_bombing"
            _bombers_died(state, verb, who, fact)
            return


def _the_suicide_attack(state: DocState, attacks: list[Fact]) -> Fact | None:
    """The story's one suicide attack: the one told as such, else its only attack."""
    told = [a for a in attacks if a in state.facts]
    suicide = [a for a in told if a.attrs.get("method") == "suicide_bombing"]
    return suicide[0] if len(suicide) == 1 else told[0] if len(told) == 1 and not suicide else None


def _titled_suicide_attackers(state: DocState, attacks: list[Fact]) -> None:
    """ "Suicide attacker Abu Yassin al-Shami set off towards a patrol": a man titled a suicide
    attacker (or bomber) died in the story's one suicide attack."""
    attack = _the_suicide_attack(state, attacks)
    if attack is None:
        return
    for tok in state.tokens:
        if tok.lemma_.lower() not in {"attacker", "bomber"} or not any(c.lower_ == "suicide" for c in tok.children):
            continue
        named = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in {"identify", "name"}), None)
        if named is not None:
            # "two suicide bombers, identified as Abu Ayyub and Abu Tawfiq": each of them
            first = next((o for _, o in prep_objects(named, "as")), None) or child(named, "oprd")
            names = list_members(first) if first is not None else []
        elif tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            names = [tok.head]
        else:  # the parse may hang the name under the title
            names = [c for c in tok.children if c.i > tok.i and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"][:1]
        for name in names:
            person = resolve_token(state, name)
            if person is None or state.entities.get(person).type != "person":
                continue
            state.add_fact("death", {"person": person}, span=tok.sent, anchor=tok, time=attack.time,
                           location=attack.location, attrs={"cause": "suicide_attack"}, modality=attack.modality,
                           merge_on=("person",))  # fmt: skip


def _suicide_attackers_members(state: DocState) -> None:
    """A named man who died in the suicide attack of one armed group was its man: "IS said
    brother Abu Omar al-Hadidi detonated his suicide belt" makes him a member of IS, as the
    group claims (asserted where nobody claimed the attack)."""
    groups = set()
    for attack in state.facts_of("attack"):
        perp = state.arg(attack, "perpetrator")
        d = state.entities.get(perp) if perp is not None else None
        if d is not None and d.type == "organization" and d.armed and not d.force:
            groups.add(state.entities.root(perp))
    if len(groups) != 1:
        return
    group = groups.pop()
    claimed = any(state.arg(c, "claimant") == group for c in state.facts_of("claim"))
    members = {state.arg(m, "person") for m in state.facts_of("membership")}
    for death in list(state.facts_of("death")):
        person = state.arg(death, "person")
        d = state.entities.get(person) if person is not None else None
        at = state.anchors.get(death.id)
        if death.attrs.get("cause") != "suicide_attack" or d is None or d.type != "person" or d.descriptive:
            continue
        if person in members or at is None:
            continue
        state.add_fact("membership", {"person": person, "organization": group}, span=state.sdoc[at].sent,
                       anchor=state.sdoc[at], modality="claimed" if claimed else "asserted",
                       merge_on=("person", "organization"))  # fmt: skip


def _suicide_bomber(tok: Token) -> bool:
    """ "a suicide bomber", "two suicide bombers", "a lone Afghan suicide bomber"."""
    return tok.lemma_.lower() == "bomber" and any(t.lower_ == "suicide" for t in tok.subtree)


def _attacked_by(state: DocState, verb: Token) -> Fact | None:
    """ "The hotel was stormed by al-Shabaab militants", "Marawi, which was besieged by
    Islamic State militants in 2017": the passive's agent attacked its subject."""
    doer = agent(verb)
    target_tok = child(verb, "nsubjpass")
    if doer is None and target_tok is not None:
        return _attacked_by_no_one_named(state, verb, target_tok)
    if doer is None or target_tok is None:
        return None
    if target_tok.lower_ in RELATIVE and verb.dep_ == "relcl":
        # "Marawi, which was besieged by ...": the noun the clause tells of - the name right
        # before the comma, where the parse hangs the clause higher up
        doc, i = target_tok.doc, target_tok.i
        before = doc[i - 2] if i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ == "PROPN" else None
        target_tok = before if before is not None else verb.head
    if _habitual(state, verb, target_tok):
        return None
    perp = _perpetrator(state, doer, verb)
    if perp is None and doer.lemma_.lower() in GROUP_ANAPHORS and doer.tag_ == "NNS":
        perp = descriptive(state, doer, "group_of_people")  # "groups affiliated with the Islamic State"
    if perp is None:
        return None
    return _add_attack(state, verb, verb, perp, _target(state, target_tok), target_tok)



# passive verbs that tell an attack by someone unnamed ("a military patrol was ambushed")
UNNAMED_DOER_VERBS = frozenset({"ambush", "attack", "raid", "storm", "overrun", "assault", "bomb", "shell"})


def _attacked_by_no_one_named(state: DocState, verb: Token, target_tok: Token) -> Fact | None:
    """ "A military patrol was ambushed Tuesday afternoon near the village of Tongo Tongo": an
    attack with no perpetrator named, told with its place (``_fold_blasts`` joins it to the
    document's attributed attack of that time and place)."""
    if verb.lemma_.lower() not in UNNAMED_DOER_VERBS or verb.dep_ in {"relcl", "acl", "amod"}:
        return None
    mod = modality.of_clause(state, verb)
    if mod.skip or mod.modality in {"denied", "speculative"} or _habitual(state, verb, target_tok):
        return None
    target = _target(state, target_tok)
    time, where = timing.clause_time(state, verb), places.clause_place(state, verb)
    if target is None or where is None:
        return None  # "soldiers were attacked", "the hotel was stormed on Friday": no event placed
    attrs = {"method": ATTACK_VERBS.get(verb.lemma_.lower()) or "raid"}
    return state.add_fact("attack", {"target": target}, span=verb.sent, anchor=verb, time=time, location=where,
                          attrs=attrs, modality=mod.modality, confidence=mod.confidence - 0.1,
                          attributed_to=mod.attributed_to)  # fmt: skip


def _noun_agent(noun: Token) -> Token | None:
    """Who an attack noun says did it: "the attack, carried out by a suicide bomber",
    "the bombing, claimed by IS", "the attack by al-Shabaab"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in LIGHT_VERBS | {"claim"}:
            agent = next((o for _, o in prep_objects(c, "by")), None)
            if agent is not None:
                return agent
    return next((o for _, o in prep_objects(noun, "by")), None)


ARMED_MODIFIERS = {"insurgent", "jihadist", "militant", "rebel", "islamist", "extremist"}


def _armed_modifier(noun: Token) -> Token | None:
    """ "an insurgent attack", "a jihadist assault": the unnamed armed men a modifier says
    carried it out."""
    return next((c for c in noun.children if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in ARMED_MODIFIERS), None)


def _noun_attack_hit(state: DocState, verb: Token, noun: Token, target_tok: Token) -> Fact | None:
    """ "The attack, carried out by a suicide bomber, targeted a police academy", "Saturday's
    attack by al-Shabaab targeted a hotel": the attack the noun tells, and what it hit. An
    attack already read from the noun (its claimant) gets the target; one with no doer
    written is none ("the attack targeted a school": the doer is told elsewhere, or not)."""
    told = next((f for f in state.facts_of("attack") if state.anchors.get(f.id) == noun.i), None)
    target = _target(state, target_tok)
    if told is not None:
        if state.arg(told, "target") is None and isinstance(target, int):
            told.args["target"] = target
            category = _category(state, target, target_tok)
            if category:
                told.attrs.setdefault("target_category", category)
        return told
    agent = _noun_agent(noun)
    if agent is not None:
        return _add_attack(state, verb, noun, _perpetrator(state, agent, verb), target, target_tok)
    if noun.tag_ == "NNS" and _anaphoric(noun) and target_tok.conjuncts:
        return _each_its_target(state, noun, target_tok)
    armed = _armed_modifier(noun)
    if armed is None:
        return None
    # "a rare dawn insurgent attack targeting a gendarmerie school": by insurgents unnamed
    perp = _speaker(state, verb) or descriptive(state, armed, "group_of_people", name=f"{armed.lemma_.lower()}s")
    pred = verb
    if verb.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUFFER_VERBS:
        pred = noun.head  # "Bamako experienced an attack targeting ...": where and when it befell
    return _add_attack(state, pred, noun, perp, target, target_tok)


def _each_its_target(state: DocState, noun: Token, target_tok: Token) -> Fact | None:
    """ "... killed in two attacks claimed by al-Qaeda. The two separate attacks targeted the
    Timbuktu boat and the army post in Bamba": the attacks told before, one per target - the
    one attack read before takes the first, a copy of it each other (its toll is of them all)."""
    before = [a for a in state.facts_of("attack") if state.anchors.get(a.id, noun.i) < noun.sent.start]
    if not before:
        return None
    told = max(before, key=lambda a: state.anchors[a.id])
    if state.arg(told, "target") is not None or state.arg(told, "perpetrator") is None:
        return None
    targets = [target_tok, *target_tok.conjuncts]
    evidence = state.evidence(noun.sent, anchor=noun)
    told.sources.append(evidence)
    for n, tok in enumerate(targets):
        target = state.entities.at(tok) or _head_target(state, tok)
        own = {t.i for t in tok.subtree} - {t.i for c in tok.conjuncts for t in c.subtree}
        where = places.clause_place(state, tok, extra=own)  # ("the army post in Bamba")
        if n == 0:
            told.args["target"] = target
            told.attrs.pop("killed", None)  # (the toll told was of all of them)
            told.location = where or told.location
            continue
        other = state.copy_fact(told, {"target": target})
        other.location = where or other.location
    return told


def _head_target(state: DocState, tok: Token, *, start: int | None = None) -> int:
    """A target named by its own words up to its head ("the Timbuktu boat" of "the Timbuktu
    boat on the Niger River and the army post"), without what follows or is coordinated;
    from ``start`` where its name begins elsewhere ("Pearl Continental hotel attack")."""
    first = tok.left_edge.i if start is None else start
    name = " ".join(t.text for t in tok.doc[first : tok.i + 1] if not t.is_punct)
    return _described_target(state, tok, name, tok.i + 1)


SUFFER_VERBS = {"experience", "witness", "see", "suffer", "endure"}


RAM_VERBS = {"ram", "drive", "crash", "plough", "plow", "steer"}
VEHICLE_WORDS = {"car", "truck", "lorry", "vehicle", "van", "bus", "motorcycle", "motorbike", "tanker", "suv"}


def _rammed(verb: Token) -> Token | None:
    """ "a suicide bomber rammed an explosives-laden car into an army checkpoint": what was
    rammed (a vehicle driven into it)."""
    vehicle = child(verb, "dobj")
    if vehicle is None or vehicle.lemma_.lower() not in VEHICLE_WORDS:
        return None
    return next((o for _, o in prep_objects(verb, "into")), None)


def _ramming(state: DocState, verb: Token) -> Fact | None:
    target_tok = _rammed(verb)
    who = subject(verb)
    if who is None or who.lemma_.lower() not in ASSAILANTS | BOMBER_WORDS and resolve_token(state, who) is None:
        return None  # "a driver crashed his car into a wall"
    fact = _add_attack(state, verb, verb, _perpetrator(state, who, verb), _target(state, target_tok), target_tok)
    if fact is not None:
        vehicle = child(verb, "dobj")
        if any(t.lower_ == "suicide" for t in who.subtree):
            fact.attrs["method"] = "suicide_bombing"
        elif any(t.lemma_.lower() in {"explosive", "bomb", "laden"} for t in vehicle.subtree):
            fact.attrs.setdefault("method", "bombing")
        else:
            fact.attrs.setdefault("method", "vehicle")
    return fact


ROLE_NOUNS = {"leader", "commander", "official", "spokesman", "emir", "chief", "member", "militant", "fighter"}
ABILITY_WORDS = {"ability", "capacity", "capability"}  # "were able to mount an attack" did mount it


HIT_VERBS = {"strike", "hit"}


def _armed_striker(state: DocState, verb: Token) -> Token | None:
    """The subject of "struck"/"hit" when it is an armed group or its men ("Al-Shabaab
    militants hit a base", "a suicide bomber struck outside the airport"), not a state's
    strike ("a US drone struck a car") nor a thing ("the bomb hit a bus")."""
    who = subject(verb)
    if who is None or is_passive(verb) or negated(verb):
        return None
    key = state.entities.at(who)
    if key is not None:
        d = state.entities.get(key)
        return who if d.type == "organization" and d.armed and not d.force else None
    if who.lemma_.lower() in ASSAILANTS | BOMBER_WORDS:
        return who
    if who.lemma_.lower() in GROUP_MEN and _attacker_group(state, who) is not None:
        return who
    return None


def _armed_strike(state: DocState, verb: Token, who: Token) -> Fact | None:
    """ "A suicide bomber struck outside Kabul airport", "Al-Shabaab militants hit a military
    base in Lamu with mortars" (``who``: ``_armed_striker``): an attack on what was hit, else
    on the scene named."""
    target_tok = child(verb, "dobj")
    if target_tok is None:
        target_tok = next((o for _, o in prep_objects(verb, "outside", "at", "near", "inside") if _hit_thing(state, o)), None)
    if target_tok is None or target_tok.lemma_.lower() in PACT_NOUNS:
        return None
    return _add_attack(state, verb, verb, _perpetrator(state, who, verb), _target(state, target_tok), target_tok)


def _attack_noun(state: DocState, noun: Token) -> Fact | None:
    light = noun.head
    if any(a.lemma_.lower() in ABILITY_WORDS for a in light.ancestors):
        return None  # "to degrade ISIS' ability to plan and conduct attacks": none carried out
    if noun.tag_ == "NNS" and not any(c.dep_ in {"det", "nummod", "poss"} for c in noun.children) and not any(
        True for _ in prep_objects(noun, "on", "against", "at")
    ) and not any(o.ent_type_ not in {"DATE", "TIME"} for _, o in prep_objects(light, "against", "at")):
        return None  # "the group carries out attacks across the country": a habit, not one attack
    target_tok = next((o for _, o in prep_objects(noun, "on", "against", "at")), None) or next(
        (o for _, o in prep_objects(light, "against", "at", *(("to",) if light.lemma_.lower() == "lay" else ()))
         if o.ent_type_ not in {"DATE", "TIME"}), None
    )  # "carried out suicide bombings at three churches", "laid siege to the provincial capital"
    who = subject(light)
    perp = _perpetrator(state, who, light)
    if (
        perp is None
        and who is not None
        and who.dep_ == "nsubj"
        and who.pos_ == "NOUN"
        and who.lemma_.lower() not in ATTACK_NOUNS
        and state.entities.at(who) is None
    ):
        # "A family of six carried out suicide bombings": whoever the text says did it
        perp = descriptive(state, who, "group_of_people")
    target = _target(state, target_tok)
    if target is None:
        target_tok = _fatal_for(state, noun, light)
        target = resolve_token(state, target_tok) if target_tok is not None else None
    return _add_attack(state, light, noun, perp, target, target_tok)


def _fatal_for(state: DocState, noun: Token, light: Token) -> Token | None:
    """The named person a raid ended the life of, told in a clause on the raid: "a raid
    ..., that ended with the death of X", "an operation which led to X's killing"."""
    clauses = [c for c in noun.children if c.dep_ in {"relcl", "acl"}]
    clauses += [
        c
        for c in light.children
        if c.dep_ == "advcl" and any(s.lower_ in {"that", "which"} for s in c.children)
    ]
    for clause in clauses:
        for t in clause.subtree:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in DEATH_NOUNS:
                continue
            whose = child(t, "poss") or next((o for _, o in prep_objects(t, "of")), None)
            key = resolve_token(state, whose) if whose is not None else None
            if key is not None and state.entities.get(key).type == "person":
                return whose
    return None


def _opened_fire(state: DocState, verb: Token) -> Fact | None:
    """ "A gunman opened fire on worshippers leaving a church"."""
    target_tok = next((o for _, o in prep_objects(verb, "on", "at")), None)
    return _fire_on(state, verb, target_tok, "shooting")


def _fired_on(state: DocState, verb: Token) -> Fact | None:
    """ "Abu Sayyaf gunmen fired at a patrol": an attack, when no state force fired (police
    firing back at attackers is no attack of theirs)."""
    shooter = subject(verb)
    who = resolve_token(state, shooter) if shooter is not None else None
    if who is not None and state.entities.get(who).force:
        return None
    return _opened_fire(state, verb)


def _fire_on(state: DocState, verb: Token, target_tok: Token | None, method: str) -> Fact | None:
    """An attack by whoever fired, on ``target_tok``, its method ``method`` unless the
    sentence says a more precise one."""
    perp = _perpetrator(state, subject(verb), verb)
    fact = _add_attack(state, verb, verb, perp, _target(state, target_tok), target_tok)
    if fact is not None and "method" not in fact.attrs:
        fact.attrs["method"] = method
    return fact


LINKED_WORDS = {"linked", "affiliated", "allied", "inspired", "aligned", "backed", "loyal"}
PROJECTILES = {"mortar", "rocket", "shell", "missile", "grenade", "projectile"}
COUNT_NOUNS = {"hundred", "dozen", "score", "thousand", "barrage", "salvo", "volley", "number"}


def _projectiles(verb: Token) -> Token | None:
    obj = _counted(child(verb, "dobj"))
    return obj if obj is not None and obj.lemma_.lower() in PROJECTILES else None


def _counted(noun: Token | None) -> Token | None:
    """What a count noun counts: "hundreds of rockets" -> "rockets"; else the noun itself."""
    if noun is not None and noun.lemma_.lower() in COUNT_NOUNS:
        return next((o for _, o in prep_objects(noun, "of")), noun)
    return noun


def _fired_at(state: DocState, verb: Token) -> Fact | None:
    """ "Al-Shabaab militants fired mortars at the presidential palace"."""
    target_tok = next((o for _, o in prep_objects(verb, "at", "on", "into", "toward", "towards")), None)
    return _fire_on(state, verb, target_tok, "rocket") if target_tok is not None else None


DEVICES = {"mine", "landmine", "bomb", "explosive", "ied", "device", "car"}
SCENE_OF_DEVICE = ("at", "near", "outside", "along", "on", "in", "inside")


DEVICE_VERBS = frozenset({"plant", "detonate", "blow"})
SET_DEVICE_VERBS = frozenset({"plant", "place", "set", "lay", "detonate", "hide", "leave"})  # "a bomb planted by X"


def _device_object(verb: Token) -> Token | None:
    """ "planted mines along the road", "blew up a car at the gate of the ministry"."""
    lemma = verb.lemma_.lower()
    obj = child(verb, "dobj")
    if obj is None or obj.lower_ in {"himself", "herself", "themselves"}:
        return None
    if lemma == "plant" and obj.lemma_.lower() in DEVICES - {"car"}:
        return obj
    if (
        lemma == "detonate"
        and (_counted(obj).lemma_.lower() in DEVICES - {"car"} or _rigged_vehicle(obj))
        and not _self_detonation(verb)
        and any(o.ent_type_ not in {"DATE", "TIME"} for _, o in (*prep_objects(verb, *SCENE_OF_DEVICE), *_aimed_at(obj)))
    ):
        # "detonated explosives at the gate" (a bomber's own vest is _blew_up's), "detonated a
        # car laden with explosives aimed at the governor's convoy"
        return obj
    if lemma == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return obj
    return None


VEHICLE_WORDS = frozenset({"car", "vehicle", "truck", "lorry", "van", "motorbike", "motorcycle", "tanker"})


def _rigged_vehicle(obj: Token) -> bool:
    """ "a car laden with explosives", "an explosives-packed truck", "a car bomb"."""
    if obj.lemma_.lower() not in VEHICLE_WORDS:
        return False
    return any(
        t.lemma_.lower() in {"laden", "pack", "packed", "load", "loaded", "rig", "rigged", "explosive", "bomb"}
        for t in obj.subtree if t.i != obj.i
    )


def _aimed_at(obj: Token) -> list[tuple[str, Token]]:
    """What a device was aimed at: "a car laden with explosives aimed at the convoy"."""
    return [(p, o) for c in obj.subtree if c.dep_ == "acl" and c.lemma_.lower() in {"aim", "target", "direct"}
            for p, o in prep_objects(c, "at", "against")]  # fmt: skip  ("laden with explosives aimed at": on either noun)


def _device_attack(state: DocState, verb: Token) -> Fact | None:
    """An attack by the one who planted or set off the device, on the place named (else on
    what was blown up); method ied for mines and planted bombs, bombing otherwise."""
    obj = _device_object(verb)
    aimed = next((o for _, o in _aimed_at(obj)), None)
    scene = aimed or next(
        (o for t in (verb, obj) for _, o in prep_objects(t, *SCENE_OF_DEVICE) if o.ent_type_ not in {"DATE", "TIME"}),
        None,
    )  # "planted mines along the supply road" (the parser may hang "along" on the mines)
    target_tok = scene if scene is not None and (verb.lemma_.lower() == "plant" or obj.lemma_.lower() in DEVICES or aimed is not None) else obj
    if target_tok is None:
        return None
    target = _target(state, target_tok)
    if isinstance(target, int) and state.entities.get(target).type == "location":
        target = _target_text(target_tok)  # "along the supply road to Baidoa": the road, not the town
    perp = _perpetrator(state, subject(verb), verb)
    if perp is None or state.entities.get(perp).force:
        return None  # "the army blew up a weapons depot": a demolition, not an attack
    if state.entities.get(perp).descriptive and verb.lemma_.lower() == "blow" and state.facts_of("attack"):
        return None  # "the attackers blew up a bridge as they withdrew": part of the attack told
    fact = _add_attack(state, verb, verb, perp, target, target_tok)
    if fact is not None and "method" not in fact.attrs:
        fact.attrs["method"] = "ied" if verb.lemma_.lower() == "plant" or obj.lemma_.lower() in {"mine", "landmine", "ied"} else "bombing"
    return fact


def _casualties(state: DocState, trigger: Token, fact: Fact, parse_quantity) -> None:
    """ "..., killing at least 12 Ugandan soldiers" in the attack's own sentence."""
    for tok in trigger.sent:
        if tok.i == trigger.i:
            continue
        _casualty_word(tok, fact, parse_quantity)


def _casualty_word(tok: Token, fact: Fact, parse_quantity) -> None:
    lemma = tok.lemma_.lower()
    if lemma in CASUALTY_KILLED:
        key = "killed"
    elif lemma in CASUALTY_WOUNDED:
        key = "wounded"
    else:
        return
    if key in fact.attrs:
        return
    phrase = None
    if tok.pos_ == "ADJ" and tok.dep_ == "oprd" and tok.head.lemma_.lower() == "leave":
        phrase = child(tok.head, "dobj")  # "left 59 people dead"
    elif tok.pos_ == "VERB":
        obj = child(tok, "dobj")
        if obj is None and (lemma == "die" or any(c.dep_ == "nsubjpass" for c in tok.children)):
            obj = subject(tok)  # "... in which 19 people died", "20 people were killed"
        if obj is None and tok.dep_ == "conj" and tok.head.lemma_.lower() == "leave":
            obj = child(tok, "nsubj")  # "left 59 people dead and 157 injured"
        phrase = obj
    else:
        phrase = next((o for _, o in prep_objects(tok, "of")), None)
        if phrase is None and tok.dep_ == "conj":
            phrase = next((o for _, o in prep_objects(tok.head, "of")), None)
    if phrase is None:
        return
    text = " ".join(t.text for t in phrase.subtree)
    bounds = parse_quantity(text)
    if bounds is None:
        return
    fact.attrs[key] = {"min": bounds[0], "max": bounds[1]}


def _claims_in_speech(state: DocState, attacks: list[Fact]) -> None:
    """ "IS's branch in Yemen said the attack ... was carried out by one of its fighters",
    "al-Shabaab said its fighters attacked the base": a group telling of its own attack claims
    it (a claim, which is also its statement)."""
    for fact in attacks:
        anchor = state.anchors.get(fact.id)
        if fact.modality != "claimed" or anchor is None:
            continue
        tok = state.sdoc[anchor]
        speaker = _speaker(state, tok)
        perp = state.arg(fact, "perpetrator")
        if speaker is None or perp is None or state.entities.root(perp) != state.entities.root(speaker):
            continue
        if any(f.type == "claim" and state.arg(f, "claimant") == speaker for f in state.facts):
            continue
        say = next((a for a in tok.ancestors if a.lemma_.lower() in SAY_VERBS), None)
        if say is None:
            # "According to a statement carried by the group's Amaq news agency, IS fighters
            # carried out the attack": the group's own message, told by the clause itself
            _spoken_claim(state, speaker, fact, tok, fact.time)
            continue
        if not any(c.dep_ == "ccomp" for c in say.children):
            continue  # "have claimed large swathes of territory" reports no speech
        who = subject(say)
        co_speakers = [resolve_token(state, t) for t in (who.conjuncts if who is not None else ())]
        for claimant in (speaker, *co_speakers):
            # "AQIM and al-Murabitoun said they were behind an attack ...": a claim by each
            if claimant is None or state.entities.get(claimant).type != "organization":
                continue
            _spoken_claim(state, claimant, fact, say, timing.clause_time(state, say) or fact.time)


def _claimed_harm(state: DocState, claim: Token, harm: Token, attacks: list[Fact]) -> bool:
    """ "Al-Shabaab militants are claiming to have killed dozens of peacekeepers in a dawn
    raid": the attack read from the killing is the claimant's, and claimed by it."""
    who = subject(claim)
    claimant = _attacker_group(state, who) if who is not None else None
    if claimant is None or modality.of_clause(state, claim).skip:
        return False
    root = state.entities.root(claimant)
    attack = next((a for a in attacks if state.anchors.get(a.id) == harm.i and state.arg(a, "perpetrator") == root), None)
    if attack is None:
        return False
    attack.modality = "claimed"
    _spoken_claim(state, claimant, attack, claim, attack.time)
    return True


def _doers_named_by_group(state: DocState, tok: Token, fact: Fact) -> None:
    """ "Sinai Province issued a statement claiming that A, B and C carried out an attack":
    the men an armed group names as the doers of an attack are its men, as it claims, and
    the attack is its own (its claim)."""
    perp = state.arg(fact, "perpetrator")
    if perp is None or state.entities.get(perp).type != "person" or state.entities.get(perp).descriptive:
        return
    pred = tok if tok.pos_ == "VERB" else tok.head
    group = _speaker(state, pred) if pred.pos_ == "VERB" else None
    if group is None or state.entities.get(group).force or state.entities.get(group).type != "organization":
        return
    say = next((a for a in pred.ancestors if a.lemma_.lower() in SAY_VERBS), None)
    if say is not None and is_passive(say):
        return  # "he is said to have ordered the bombing": hearsay, not the group's word
    sayer_tok = subject(say) if say is not None else None
    sayer = resolve_token(state, sayer_tok) if sayer_tok is not None else None
    if sayer is not None and state.entities.get(sayer).type == "person":
        return  # "X, its leader, said he ordered the attack": a man's word on his own deed
    who = subject(pred)
    men = [
        k for t in (list_members(who) if who is not None else [])
        if (k := resolve_token(state, t)) is not None
        and state.entities.get(k).type == "person" and not state.entities.get(k).descriptive
    ]  # fmt: skip
    if state.entities.root(perp) not in {state.entities.root(m) for m in men}:
        return
    for man in men:
        state.add_fact("membership", {"person": man, "organization": group}, span=pred.sent, anchor=pred,
                       attrs={"role": "member"}, modality="claimed", merge_on=("person", "organization"))  # fmt: skip
    fact.args["perpetrator"] = group
    fact.modality = "claimed"
    say = say or pred
    when = timing.clause_time(state, say)
    if when is None and say.dep_ == "acl" and say.head.head.pos_ == "VERB":
        when = timing.clause_time(state, say.head.head)  # "issued a statement on Thursday claiming ..."
    _spoken_claim(state, group, fact, say, when)


def _spoken_claim(state: DocState, claimant: int, attack: Fact, say: Token, time) -> Fact:
    """The claim a group makes by telling of an attack as its own ("X said its fighters
    carried out the attack"), in the sentence of ``say``."""
    medium = _medium(say.sent)
    return state.add_fact(
        "claim",
        {"claimant": claimant, "attack": attack.id},
        span=say.sent,
        anchor=say,
        time=time,
        attrs={"medium": medium} if medium else {},
        modality="claimed",
        confidence=0.75,
        merge_on=("claimant",),
    )


def _follow_ups(state: DocState, attacks: list[Fact], parse_quantity) -> None:
    """The sentence right after an attack, about "the raid/attack": its method and toll."""
    doc = state.sdoc
    sents = list(doc.sents)
    for fact in attacks:
        anchor = state.anchors.get(fact.id)
        if anchor is None:
            continue
        idx = next((n for n, s in enumerate(sents) if s.start <= anchor < s.end), None)
        if idx is None or idx + 1 >= len(sents):
            continue
        nxt = sents[idx + 1]
        subj = next((t for t in nxt if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == nxt.root.i), None)
        if subj is None or subj.lemma_.lower() not in ATTACK_NOUNS or child(subj, "det") is None:
            continue
        method = ATTACK_NOUNS.get(subj.lemma_.lower())
        if method and "method" not in fact.attrs:
            fact.attrs["method"] = method
        mod = modality.of_clause(state, nxt.root)
        for tok in nxt:
            _casualty_word(tok, fact, parse_quantity)
        fact.sources.append(state.evidence(nxt, attributed_to=mod.attributed_to))
        if mod.modality == "alleged" and fact.modality == "asserted":
            fact.modality = "alleged"


def _told_again_later(state: DocState, attacks: list[Fact]) -> None:
    """ "An IS suicide bomber targeted worshippers at a shrine in southern Pakistan ... Bodies
    were taken to hospitals after the deadly attack in the town of Sehwan", "The attack on
    Friday was the latest ...": "the attack" told again later with a finer place or date
    places or dates the attack told last before it."""
    told = [a for a in attacks if a in state.facts and not _history(state, a.time) and state.anchors.get(a.id) is not None]
    anchored = {state.anchors.get(f.id) for f in state.facts}  # nouns some fact was read from
    for noun in state.tokens:
        if (
            noun.pos_ != "NOUN"
            or noun.lemma_.lower() not in ATTACK_NOUNS
            or not any(c.lower_ == "the" for c in noun.children)
            or noun.i in anchored
        ):
            continue
        before = [a for a in told if state.anchors[a.id] < noun.i]
        if not before:
            continue
        attack = max(before, key=lambda a: state.anchors[a.id])  # the attack told last before it
        phrase = {t.i for t in noun.subtree}
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in OCCUR_VERBS:
            # "The suicide bombing occurred inside the ministry on Wednesday": where and when it took place
            phrase |= clause_tokens(noun.head)
        where = places.clause_place(state, noun, extra=phrase)
        when = timing.clause_time(state, noun, extra=phrase) if any(state.sdoc[i].ent_type_ == "DATE" for i in phrase) else None
        told_again = False
        if where is not None and where != attack.location and places.finer(state, where, attack.location):
            attack.location = where
            told_again = True
        if when is not None and when.text is not None and (
            (attack.time is None and _reports_days(state, when))  # undated news, dated in the report's week
            or (
                attack.time is not None
                and attack.time.start is not None  # a window to narrow ("has claimed": the last month), not "by then"
                and may_coincide(when, attack.time)
                and narrower(attack.time, when) is when
            )
        ):
            attack.time = when  # "has claimed the attack ... The attack on Friday was the latest ..."
            told_again = True
        if told_again:
            attack.sources.append(state.evidence(noun.sent, anchor=noun))


# --------------------------------------------------------------------------- claims


CLAIMABLE = {
    "responsibility",
    "credit",
    "bomb",  # "a car bomb ..., that was claimed by X"
    "attack",
    "raid",
    "bombing",
    "assault",
    "ambush",
    "killing",
    "assassination",
    "strike",
    "massacre",
    "blast",
    "explosion",
    "shooting",
    "kidnapping",
    "abduction",
    "siege",  # "claimed the siege at the Westgate mall"
    "stabbing",
    "beheading",
}


# what a claimant takes or claims for an attack: "took responsibility for", "claimed credit for"
CREDIT_NOUNS = {"responsibility", "credit"}


def _took_responsibility(tok: Token) -> bool:
    """ "Al-Shabaab took (or accepted) responsibility (or credit) for the bombing": a claim."""
    return (
        tok.lemma_.lower() in {"take", "accept", "assume"}
        and tok.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in CREDIT_NOUNS for c in tok.children)
    )


ADMIT_VERBS = frozenset({"admit", "acknowledge", "confess"})


def _admitted_deed(tok: Token) -> Token | None:
    """ "Al-Shabaab admitted to carrying out the bombing", "the group acknowledged carrying out
    the attack": the deed a group owns up to (a claim), as a light verb with its attack."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ADMIT_VERBS:
        return None
    deeds = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp", "dobj"} and c.tag_ == "VBG"]
    deeds += [c for c in _prep_complements(tok, "to") if c.tag_ == "VBG"]
    return next(
        (d for d in deeds if d.lemma_.lower() in LIGHT_VERBS
         and any(o.dep_ == "dobj" and o.lemma_.lower() in ATTACK_NOUNS for o in d.children)),
        None,
    )  # fmt: skip


def _prep_complements(tok: Token, *preps: str) -> list[Token]:
    """The clauses a preposition of ``tok`` takes ("admitted to carrying out ...")."""
    return [c for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for c in p.children if c.dep_ == "pcomp"]


def _claim(state: DocState, tok: Token, attacks: list[Fact]) -> None:
    what: Token | None = None  # the attack noun claimed, when the clause names one
    if tok.pos_ == "VERB":
        obj = child(tok, "dobj")
        if obj is None and tok.dep_ == "relcl":
            obj = tok.head  # "the first attack the branch has claimed"
        by = next((o for _, o in prep_objects(tok, "by")), None)
        harm = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in HARM_VERBS), None)
        if obj is None and harm is not None and _claimed_harm(state, tok, harm, attacks):
            return  # "Al-Shabaab claimed to have killed 20 soldiers in a raid"
        if obj is None:
            # "Ansaru claimed to have carried out a 2012 attack on ...": the attack done
            done = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in LIGHT_VERBS), None)
            done = done or _admitted_deed(tok)  # "admitted to carrying out the bombing"
            obj = child(done, "dobj") if done is not None else None
        if obj is None and tok.dep_ == "acl" and by is not None:
            obj = tok.head  # "an attack claimed by the Islamic State group"
        if obj is None and tok.i + 1 < len(tok.doc) and tok.nbor(1).lemma_.lower() in CREDIT_NOUNS:
            obj = tok.nbor(1)  # "after AQAP claimed responsibility for ..., X threatened": misparsed as a subject
        passive = obj is None and by is not None and is_passive(tok)
        if passive:
            obj = subject(tok)  # "The attack was claimed by the Islamic State"
            if obj is not None and obj.lower_ in {"that", "which"}:
                # "... killed by a car bomb outside a hotel, that was claimed by X" (parsed as
                # the main clause): the attack or device named before the pronoun
                obj = next((t for t in reversed(tok.doc[tok.sent.start : obj.i]) if t.lemma_.lower() in CLAIMABLE), obj)
        hyphen = _hyphen_claimant(tok.head) if tok.dep_ == "amod" else None
        if obj is None and hyphen is not None:
            obj = tok.head  # "an ISIS-claimed suicide bombing"
        if obj is not None and obj.lemma_.lower() in SERIES:
            obj = next((o for _, o in prep_objects(obj, "of")), obj)
        if obj is None or obj.lemma_.lower() not in CLAIMABLE:
            return
        what = (
            obj
            if obj.lemma_.lower() not in CREDIT_NOUNS
            # "claimed responsibility (on Wednesday) for last week's attack on ..."
            else next((o for t in (obj, tok) for _, o in prep_objects(t, "for")), None)
        )
        if what is not None and what.lemma_.lower() in SERIES:
            what = next((o for _, o in prep_objects(what, "of")), what)  # "for a series of suicide bombings"
        if (
            what is not None
            and what.tag_ == "NNS"
            and any(c.lower_ == "such" for c in what.children)
            and not any(t.lower_ in {"including", "notably", "like"} for t in tok.subtree)
        ):
            return  # "IS, which has claimed many such attacks in the past": attacks of a kind, no one claim
        # ("the third attack on the town to be claimed by X": a passive relative clause's agent)
        claimant_tok = by if (tok.dep_ in {"acl", "relcl"} or passive) and by is not None else (hyphen or subject(tok))
        if tok.dep_ == "conj" and (linked := misread_link(tok.head)) is not None:
            claimant_tok = linked  # "The Balochistan Liberation Army (BLA) linked Majeed Brigade claimed ..."
        if claimant_tok is not None and tok.dep_ == "acl" and _statement_noun(tok.head) is not None:
            # "Shekau appeared in a new video claiming the kidnapping": the one whose message it is
            message = tok.head
            carrier = message.head.head if message.dep_ == "pobj" else message.head if message.dep_ == "dobj" else None
            claimant_tok = child(message, "poss") or (
                subject(carrier) if carrier is not None and carrier.pos_ == "VERB" else None
            ) or claimant_tok
        pred = tok
    elif tok.pos_ == "NOUN":
        if not any(o.lemma_.lower() == "responsibility" for _, o in prep_objects(tok, "of")):
            return
        claimant_tok = next((o for _, o in prep_objects(tok, "by")), None)
        if claimant_tok is None:
            for _, o in prep_objects(tok, "of"):
                claimant_tok = next((x for _, x in prep_objects(o, "by")), None)
        pred = tok.head if tok.head.pos_ in {"VERB", "AUX"} else tok
    else:
        return
    if claimant_tok is not None and claimant_tok.tag_ in {"WDT", "WP"} and tok.dep_ == "relcl":
        claimant_tok = tok.head  # "the groups that claimed ..."
    if claimant_tok is not None and (one := one_of_many(claimant_tok)) is not None:
        claimant_tok = one  # "X was one of the groups that claimed responsibility for ..."
    claimant = resolve_token(state, claimant_tok) if claimant_tok is not None else None
    if claimant is None and claimant_tok is not None:
        claimant = _group_spoken_for(state, claimant_tok)  # "A spokesman for the Houthis claimed ..."
    if claimant is not None:
        claimant = wing_owner(state, claimant, claimant_tok)  # "Amaq claimed ...": the group
    if claimant is None or state.entities.get(claimant).type not in {"organization", "person"}:
        return
    mod = modality.of_clause(state, pred if tok.pos_ == "NOUN" else tok)
    if mod.skip:
        return
    # an attack told after the claim's sentence is another one ("... is accused of
    # planning the December 2014 attack"), unless the claim is told first
    told = [a for a in attacks if state.anchors.get(a.id, 0) < tok.sent.end] or [
        a for a in attacks if not _told_as_earlier(state, a)
    ]
    if what is not None and _another_event(what):
        told = []  # "ISIL claimed the last such attack, in January 2018": not today's
    # an event told with no doer at all is the one claimed only when told close by (this
    # sentence or the two before, as ``_unattributed_event`` reads them); further on it is
    # another story ("a gunman opened fire ..." is a doer, however far the claim comes)
    near = sentences_back(tok, 2)
    told = [a for a in told if state.arg(a, "perpetrator") is not None or state.anchors.get(a.id, -1) >= near]
    if what is not None and _names_its_target(what):
        # "has claimed responsibility for Thursday's attack on a French military convoy": the
        # attack on that target, not another one of the claimant's told before
        told = [a for a in told if _same_target(state, a, what)]
    if what is not None and _dated_phrase(state, what) and (own := timing.clause_time(state, what)) is not None:
        # "He has also claimed the March 2010 bombings on the Moscow Metro": not last month's attack
        told = [a for a in told if not times_apart(a.time, own)]
    # "IS claimed the university bombing on Sunday": not "Marawi, besieged by IS in 2017" (the
    # claim's date is read only where a dated attack is there to set apart)
    dated = any(a.time is not None and a.time.text is not None for a in told)
    when = timing.clause_time(state, tok) if dated and tok.pos_ == "VERB" else None
    if when is not None and when.text is not None and _reports_days(state, when):
        told = [a for a in told if not _months_before(a.time, when)]
    attack = _claimed_attack(state, claimant, told)
    if attack is not None and mod.modality != "denied" and _unowned(state, attack) and state.entities.get(claimant).armed:
        # "Gunmen stormed a hotel ... Al-Shabaab claimed responsibility": the claimed attack
        # is coded to its claimant, on its word
        attack.args["perpetrator"] = claimant
        attack.modality = "claimed"
    if attack is not None and attack.args.get("target") is None and what is not None and what.lemma_.lower() in ATTACK_NOUNS:
        # "A suicide bomber carried out the attack on Sunday ... IS claimed the suicide attack
        # that occurred at a party convention": the claimed phrase names what it hit
        target_tok = _claimed_target(what)
        if target_tok is not None and (target := _target(state, target_tok)) is not None:
            attack.args["target"] = target
    if (
        attack is None
        and what is not None
        and what.lemma_.lower() in {*ATTACK_NOUNS, *KIDNAP_NOUNS, "ambush", "killing", "assassination"}
    ):
        attack = _attack_claimed(state, tok, what, claimant)
        if attack is not None:
            attacks.append(attack)
    if attack is None and mod.modality != "denied" and (what is None or _anaphoric(what)):
        # "A car bomb exploded near a checkpoint ... Al-Shabaab claimed the bombing": the
        # event told just before, its doer unnamed until the claim
        attack = _unattributed_event(state, tok, claimant)
        if attack is not None:
            attacks.append(attack)
    if attack is None and what is not None and what.lemma_.lower() in {*ATTACK_NOUNS, "ambush"}:
        # no event told before: "JNIM claimed an ambush that killed 12 soldiers"
        attack = _attack_claimed(state, tok, what, claimant, toll=True)
        if attack is not None:
            attacks.append(attack)
    if attack is not None and what is not None and what.lemma_.lower() in ATTACK_NOUNS:
        # "claimed responsibility for the suicide attack inside the Sayed Abad mosque in the
        # Kunduz province": the claimed phrase places the attack it names
        where = places.clause_place(state, what, extra={t.i for t in what.subtree})
        if where is not None and where != attack.location and places.finer(state, where, attack.location):
            attack.location = where
    attrs: dict = {}
    medium = _medium(tok.sent)
    if medium:
        attrs["medium"] = medium
    verified = _verified(state, tok)
    if verified is not None:
        attrs["verified"] = verified
    other = {t.i for c in tok.subtree if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in {"since", "than"}) for t in c.subtree}
    time = None
    if tok.pos_ == "VERB" and what is not None:
        # "On Friday, X claimed responsibility for an attack three months ago": the claim's day,
        # not the attack's (told inside the claimed phrase)
        time = timing.clause_time(state, tok, exclude=other | {t.i for t in what.subtree})
        if time is None and _present(tok):
            time = timing.recent_window(state)  # "has claimed ... an attack three months ago"
    if time is None and tok.pos_ == "VERB":
        time = timing.clause_time(state, tok, exclude=other)
    if time is None and tok.pos_ == "VERB" and _present(tok):
        time = timing.recent_window(state)  # "has claimed": news of the last weeks
    fact = state.add_fact(
        "claim",
        {"claimant": claimant, "attack": attack.id if attack else None},
        span=tok.sent,
        anchor=tok,
        time=time,
        attrs=attrs,
        modality="claimed",
        confidence=0.8,
        attributed_to=mod.attributed_to,
        merge_on=_claim_merge_on(state, claimant, attack),
    )
    if attack is not None:
        for src in attack.sources[:1]:
            if all(s.start != src.start for s in fact.sources) and src.attributed_to:
                fact.sources.append(src)
                if "medium" not in fact.attrs:
                    medium = _medium(state.sdoc.char_span(src.start, src.end, alignment_mode="expand"))
                    if medium:
                        fact.attrs["medium"] = medium
    if attack is not None and what is not None and mod.modality != "denied":
        _claimed_together(state, tok, claimant, attack, what, attacks, time, attrs, mod)


def _claimed_together(state: DocState, tok: Token, claimant: int, attack: Fact, what: Token, attacks: list[Fact],
                      time: TimeSpan | None, attrs: dict, mod) -> None:  # fmt: skip
    """ "two bomb attacks claimed by IS", "claimed both attacks": each of the attacks the
    document tells of that time, by no one named or by the claimant, is claimed."""
    count = next((_SMALL_COUNTS.get(c.lower_) for c in what.children if c.lower_ in _SMALL_COUNTS), None)
    if what.tag_ != "NNS" or count is None:
        return
    root = state.entities.root(claimant)
    others = [
        a for a in attacks
        if a is not attack and a in state.facts
        and (_unowned(state, a) or state.arg(a, "perpetrator") == root)
        and may_coincide(a.time, attack.time)
    ][: count - 1]  # fmt: skip
    for other in others:
        if _unowned(state, other):
            other.args["perpetrator"] = claimant
            other.modality = "claimed"
        state.add_fact(
            "claim",
            {"claimant": claimant, "attack": other.id},
            span=tok.sent,
            anchor=tok,
            time=time,
            attrs=dict(attrs),
            modality="claimed",
            confidence=0.75,
            attributed_to=mod.attributed_to,
            merge_on=("claimant", "attack"),
        )


_SMALL_COUNTS = {"two": 2, "both": 2, "twin": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _claim_merge_on(state: DocState, claimant: int, attack: Fact | None) -> tuple[str, ...]:
    """One claim per claimant and attack: "JNIM claimed the attack on the post ... JNIM also
    claimed the ambush in Djibo" are two claims. A claim naming no attack joins the
    claimant's claim; one naming an attack joins the claimant's claim of no attack only
    while it has no claim of another attack."""
    if attack is None:
        return ("claimant",)
    root = state.entities.root(claimant)
    claimed = {f.args.get("attack") for f in state.facts if f.type == "claim" and state.arg(f, "claimant") == root}
    return ("claimant",) if claimed <= {None} else ("claimant", "attack")


DENIED_THINGS = {"involvement", "responsibility", "role", "link", "links", "part", "hand"}


def _denial(state: DocState, verb: Token) -> None:
    """ "AQAP denied any involvement in the attacks", "the Taliban denied responsibility":
    a claim, denied. It names no attack: a denial attributes nothing."""
    obj = child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in DENIED_THINGS or negated(verb):
        return
    who = subject(verb)
    claimant = resolve_token(state, who) if who is not None else None
    if claimant is None:
        return
    d = state.entities.get(claimant)
    if d.type != "organization" or not d.armed or d.force:
        return
    state.add_fact(
        "claim",
        {"claimant": claimant, "attack": None},
        span=verb.sent,
        anchor=verb,
        time=timing.clause_time(state, verb),
        attrs={"medium": _medium(verb.sent)} if _medium(verb.sent) else {},
        modality="denied",
        confidence=0.8,
        merge_on=("claimant",),
    )


def _present(verb: Token) -> bool:
    """Present or present perfect: "has claimed", "claims"."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)


def _attack_claimed(state: DocState, verb: Token, noun: Token, claimant: int, *, toll: bool = False) -> Fact | None:
    """ "claimed responsibility for the January 2011 suicide bombing at Moscow's airport",
    "has claimed a series of small attacks on police in Dagestan": the attack claimed."""
    target_tok = _claimed_target(noun)
    if target_tok is None and toll:
        target_tok = _toll_object(noun)  # "claimed the bombing that killed 40 police"
    has_date = any(t.ent_type_ == "DATE" for t in noun.subtree)
    if target_tok is None and not has_date:
        return None  # "claimed responsibility for the attack": nothing new to record
    fact = _add_attack(state, verb, noun, claimant, _target(state, target_tok), target_tok, own_date=has_date)
    if fact is not None:
        fact.modality = "claimed"
        _casualties(state, noun, fact, _parse_quantity())
        if not has_date and fact.time is not None and fact.time.start is not None and fact.time.start == fact.time.end:
            # "IS on Saturday claimed responsibility for a raid that killed 49 troops": the day
            # of the claim, which the attack came on or before (not necessarily that day)
            fact.time = TimeSpan(start=None, end=fact.time.end, text=fact.time.text)
    return fact


def _claimed_target(noun: Token) -> Token | None:
    """What a claimed attack noun hit: "the bombing of a hotel in Mogadishu", "the suicide
    attack inside the Sayed Abad mosque", "the suicide attack that occurred at a convention"."""
    return (
        next((o for _, o in prep_objects(noun, "on", "against", "at", "inside", "outside")), None)
        or next(
            (o for _, o in prep_objects(noun, "of") if o.ent_type_ not in {"DATE", "TIME"} and noun.lower_ != "attack"),
            None,
        )
        or _scene_of_occurrence(noun)
    )


OCCUR_VERBS = frozenset({"occur", "happen", "take", "unfold"})


def _scene_of_occurrence(noun: Token) -> Token | None:
    """ "the suicide attack that occurred at a workers' convention", "the bombing that took
    place at a busy market": where a relative clause of occurrence puts the attack."""
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in OCCUR_VERBS):
        if clause.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in clause.children):
            continue
        scene = next((o for _, o in prep_objects(clause, "at", "inside", "outside", "on")
                      if o.ent_type_ not in {"DATE", "TIME"}), None)  # fmt: skip
        if scene is not None:
            return scene
    return None


def _toll_object(noun: Token) -> Token | None:
    """ "an ambush that killed 12 Malian soldiers": whom the attack told by the noun killed
    or wounded - its target when it names no other."""
    # (the parse may hang the clause on the place: "the massacre in Peshawar, which killed 150")
    places_of = [o for _, o in prep_objects(noun, "in") if o.ent_type_ in {"GPE", "LOC", "FAC"}]
    for c in (*noun.children, *(c for o in places_of for c in o.children)):
        if c.dep_ == "relcl" and c.lemma_.lower() in {"kill", "wound", "injure"}:
            obj = child(c, "dobj")
            if obj is not None and obj.pos_ == "NOUN":
                return obj
        if c.dep_ == "relcl" and c.lemma_.lower() == "result":
            # "an ambush that resulted in the deaths of 50 Wagner mercenaries"
            deaths = next((o for _, o in prep_objects(c, "in") if o.lemma_.lower() in {"death", "killing"}), None)
            dead = next((o for _, o in prep_objects(deaths, "of")), None) if deaths is not None else None
            if dead is not None and dead.pos_ in {"NOUN", "PROPN"}:
                return dead
    return None


def _parse_quantity():
    from orbat.quantities import parse_quantity

    return parse_quantity


DEVICE_WORDS = {"bomb", "explosion", "blast", "explosive", "device", "ied", "bombing", "grenade", "mortar", "rocket"}
EVENT_VERBS = {"explode", "detonate", "hit", "strike", "rip", "rock", "target", "kill", "attack", "storm", "go"}
SCENE_PREPS = ("at", "near", "outside", "inside", "in", "on")


def _anaphoric(noun: Token) -> bool:
    """ "the attack", "the bombing", "Friday's blast": an event already told ("the last such
    attack", "the previous bombing" are another one)."""
    return (
        noun.lemma_.lower() in {*ATTACK_NOUNS, "responsibility", "killing"}
        and any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in noun.children)
        and not _another_event(noun)
    )


def _another_event(noun: Token) -> bool:
    """ "the last such attack", "a previous bombing", "another attack": not the one told."""
    return any(c.lower_ in OTHER_EVENT_WORDS for c in noun.children if c.dep_ in {"amod", "advmod", "det"})


OTHER_EVENT_WORDS = {"last", "previous", "earlier", "such", "another", "prior", "former"}


def _unattributed_event(state: DocState, claim: Token, claimant: int) -> Fact | None:
    """The attack a claim names when the text told it without a doer, in the claim's
    sentence or the two before: "A car bomb exploded near a checkpoint", "a suicide bomber
    killed 20 people at a market", "Twin explosions hit a church in Jolo"."""
    sents = [claim.sent]
    while len(sents) < 3 and sents[-1].start > 0:
        sents.append(state.sdoc[sents[-1].start - 1].sent)
    # the nearest sentence first; in it, the first verb (the main event, not "..., killing seven")
    for verb in (t for sent in sents for t in sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in EVENT_VERBS or verb.i == claim.i:
            continue
        if verb.lemma_.lower() == "go" and not any(c.lower_ == "off" for c in verb.children):
            continue
        who = subject(verb)
        blast = _killed_in_blast(verb)
        if blast is not None:
            # "Four people were killed in a blast in a van at the university": the blast's
            # scene, else the dead
            scene = next((o for _, o in prep_objects(blast, *SCENE_PREPS) if _hit_thing(state, o)), None)
            target_tok = scene if scene is not None else who
            target = _target(state, target_tok) if target_tok is not None else None
            if target is None:
                continue
            fact = _add_attack(state, verb, blast, claimant, target, target_tok)
            if fact is not None:
                fact.modality = "claimed"
                fact.attrs.setdefault("method", ATTACK_NOUNS.get(blast.lemma_.lower()) or "bombing")
                _casualties(state, verb, fact, _parse_quantity())
            return fact
        if who is None or state.entities.at(who) is not None:
            continue
        if who.lemma_.lower() not in DEVICE_WORDS | BOMBER_WORDS | ASSAILANTS | {"gunman", "gunmen"}:
            continue
        scene = next((o for _, o in prep_objects(verb, *SCENE_PREPS) if o.ent_type_ not in {"DATE", "TIME"}), None)
        obj = child(verb, "dobj")
        victims = obj is not None and obj.lower_ in VICTIM_NOUNS
        target_tok = scene if (obj is None or victims) and scene is not None else obj
        if target_tok is None:
            continue
        target = _target(state, target_tok)
        if target is None or (isinstance(target, int) and state.entities.get(target).type == "location"):
            continue  # "exploded in Mogadishu": a place, not what was hit
        fact = _add_attack(state, verb, verb, claimant, target, target_tok)
        if fact is not None:
            fact.modality = "claimed"
            if who.lemma_.lower() in DEVICE_WORDS and "method" not in fact.attrs:
                fact.attrs["method"] = "bombing"
            _casualties(state, verb, fact, _parse_quantity())
        return fact
    return None


def _hit_thing(state: DocState, tok: Token) -> bool:
    """Whether a scene phrase names a thing hit (a van, a market), not a place or a time -
    what ``_target`` would take, read without adding the entity it would make."""
    if tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in TIME_WORDS:
        return False
    key = resolve_token(state, tok)
    if key is not None and tok.lemma_.lower() not in FACILITY_HEADS:
        return state.entities.get(key).type != "location"
    return tok.pos_ in {"NOUN", "PROPN"}


def _killed_in_blast(verb: Token) -> Token | None:
    """The blast or attack people "were killed (wounded) in" or "by", told without a doer."""
    if verb.lemma_.lower() not in {"kill", "wound", "injure"} or not is_passive(verb):
        return None
    for _, obj in prep_objects(verb, "in", "by"):
        lemma = obj.lemma_.lower()
        if lemma in DEVICE_WORDS - {"mortar", "rocket", "grenade"} or lemma in {"attack", "bombing", "blast", "explosion"}:
            if not any(c.dep_ in {"poss", "compound"} and c.ent_type_ in {"ORG", "NORP", "GPE"} for c in obj.children):
                return obj  # ("killed in a US strike" is another's doing)
    return None


def _names_its_target(noun: Token) -> bool:
    return noun.lemma_.lower() in ATTACK_NOUNS and any(
        o.pos_ in {"NOUN", "PROPN"} and o.ent_type_ not in {"DATE", "TIME"} for _, o in prep_objects(noun, "on", "against")
    )


def _same_target(state: DocState, attack: Fact, noun: Token) -> bool:
    """Whether the attack told before is on the target the claimed attack noun names (a word
    in common: "the convoy" and "a French military convoy"; "Baga" and "a convoy" differ)."""
    target = state.arg(attack, "target")
    if target is None:
        return True  # an attack on no one named may be this one
    if isinstance(target, int):
        d = state.entities.get(target)
        told = " ".join(d.names)
    else:
        told = str(target)
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", told)} - {"the"}
    said = [t for _, o in prep_objects(noun, "on", "against") for t in o.subtree if t.is_alpha and len(t) >= 3]
    proper = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]{2,}", told)} - {"the"}
    said_proper = {t.lower_ for t in said if t.pos_ == "PROPN"}
    if proper and said_proper and not proper & said_proper:
        return False  # "the Radisson Blu hotel" and "the Splendid hotel": two hotels
    return bool(words & {t.lower_ for t in said})


def _claimed_attack(state: DocState, claimant: int, attacks: list[Fact]) -> Fact | None:
    mine = [a for a in attacks if state.arg(a, "perpetrator") == claimant]
    if mine:
        return mine[0]
    return attacks[0] if len(attacks) == 1 else None


def _statement_noun(tok: Token) -> str | None:
    """The medium a noun names ("audio recording" -> audio), or None."""
    return STATEMENT_NOUNS.get(tok.lemma_.lower()) or STATEMENT_NOUNS.get(tok.lower_)


def _medium(span) -> str | None:
    if span is None:
        return None
    for t in span:
        if t.pos_ == "NOUN" and _statement_noun(t) is not None:
            kinds = {c.lower_ for c in t.children} | {t.lower_}
            if "audio" in kinds:
                return "audio"
            if "video" in kinds:
                return "video"
            return _statement_noun(t)
    return None


def _verified(state: DocState, tok: Token) -> bool | None:
    """ "The claim cannot be independently verified" in this or the next sentence."""
    sents = [tok.sent]
    if tok.sent.end < len(state.sdoc):
        sents.append(state.sdoc[tok.sent.end].sent)
    for sent in sents:
        for t in sent:
            if t.lemma_.lower() in {"verify", "confirm"} and any(c.dep_ == "neg" for c in t.children):
                return False
    return None


# --------------------------------------------------------------------------- statements


def _described_speaker(state: DocState, who: Token | None) -> tuple[int, int] | None:
    """ "A top al-Qaeda leader issued statements", "An al-Shabaab commander said in a
    statement": an unnamed man of a named armed group, described; (speaker, group)."""
    if who is None or who.pos_ != "NOUN" or who.lemma_.lower() not in ROLE_NOUNS:
        return None
    def armed(k: int | None) -> bool:
        d = state.entities.get(k) if k is not None else None
        return d is not None and d.type == "organization" and d.armed and not d.force

    group = next(
        (k for c in who.children if c.dep_ in {"compound", "poss", "nmod"} and armed(k := resolve_token(state, c))),
        None,
    )
    end = who.i + 1
    if group is None:
        # "an official of the group", "a spokesman for the insurgents"
        for _, obj in prep_objects(who, "of", "for"):
            if armed(k := resolve_token(state, obj)):
                group, end = k, obj.right_edge.i + 1
                break
    if group is None:
        return None
    for t in who.subtree:
        # "The leader of the militant group Boko Haram, Abubakar Shekau, appeared ...": the name
        # the parser hung on the group is the man's
        key = state.entities.at(t) if t.dep_ == "appos" else None
        if key is not None and state.entities.get(key).type == "person" and not state.entities.get(key).descriptive:
            return key, group
    name = who.doc[who.left_edge.i : end].text  # "A top al-Qaeda leader", as written
    return descriptive(state, who, "person", name=name), group


def _claimed_by_speaker(state: DocState, fact: Fact, speaker: int) -> bool:
    """A claim of responsibility (not a denial) by ``speaker``: the statement it is."""
    return fact.type == "claim" and fact.modality != "denied" and state.arg(fact, "claimant") == speaker


OUTLET_WORDS = {"website", "site", "channel", "account", "outlet", "wing", "arm", "radio", "station", "agency"}
TAIL_WORDS = {"on", "in", "late", "early", "this", "last", "week", "earlier", "later", "today", "yesterday"}


def _reporting_tail(verb: Token, who: Token | None) -> bool:
    """ "..., succeeding Khaled Mashaal, the organization announced Saturday.": a reporting
    clause closing the sentence after a comma (the parser may hang it anywhere)."""
    if who is None or who.i > verb.i or verb.i - who.right_edge.i > 2:
        return False
    doc = verb.doc
    edge = who.left_edge.i
    if edge <= verb.sent.start or doc[edge - 1].text != ",":
        return False
    rest = doc[verb.i + 1 : verb.sent.end]
    return all(t.is_punct or t.is_space or t.ent_type_ in {"DATE", "TIME"} or t.lower_ in TAIL_WORDS for t in rest)


# what a group makes known on the record: "IS announced the death of its leader",
# "the Taliban confirmed the appointment of ..."
# news a group's man confirms or announces in his own words ("the spokesman confirmed the incident")
TOLD_NEWS = frozenset({"incident", "news", "report"})
ANNOUNCED_NEWS = {"death", "killing", "martyrdom", "appointment", "creation", "formation", "establishment",
                  "merger", "successor", "allegiance", "pledge", "dissolution", "election", "leader", "chief",
                  "emir", "head", "caliph", "spokesman", *TOLD_NEWS}  # fmt: skip


def _object_speech(verb: Token) -> bool:
    """ "The BLA warned of more attacks", "the group vowed revenge", "Boko Haram threatened to
    attack more schools", "AQIM rejected the reports of his death": words on the record whose
    content is an object, an infinitive or a prepositional phrase rather than a clause."""
    if verb.lemma_.lower() == "tell" and not is_passive(verb):
        return child(verb, "xcomp") is not None  # "Al-Shabaab told Kenya to pull out its troops"
    preps = OBJECT_SPEECH.get(verb.lemma_.lower())
    if preps is None or is_passive(verb):
        return False
    return any(
        c.dep_ in {"dobj", "xcomp"} or (c.dep_ == "prep" and c.lower_ in preps and child(c, "pobj") is not None)
        for c in verb.children
    )


def _news_announced(verb: Token) -> bool:
    if verb.lemma_.lower() not in {"announce", "confirm"}:
        return False
    obj = child(verb, "dobj")
    return (
        obj is not None
        and obj.lemma_.lower() in ANNOUNCED_NEWS
        and not is_passive(verb)
    )


def _tells_of_the_attack(state: DocState, verb: Token, group: int) -> bool:
    """ "A suicide bomber blew himself up in the mosque ... Islamic State's branch in Yemen said
    the attack at the mosque had killed dozens": an armed group telling of an attack told
    before by unnamed hands claims it - the attack becomes its own, with its claim."""
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    noun = next(
        (t for t in (content.subtree if content is not None else ())
         if t.pos_ == "NOUN" and t.lemma_.lower() in ATTACK_NOUNS and _anaphoric(t)),
        None,
    )  # fmt: skip
    if noun is None or negated(verb) or modality.of_clause(state, verb).skip:
        return False
    attack = _unowned_attack_before(state, noun, group) or _its_attack_before(state, noun, group)
    if attack is None:
        return False
    attack.modality = "claimed"
    _spoken_claim(state, group, attack, verb, attack.time)
    return True


def _group_said(state: DocState, verb: Token) -> None:
    """ "Al Shabaab said ...", "the TTP's spokesman, Muhammad Khorasani, denied that ...":
    an armed group, or a person speaking for one, on the record."""
    # "The new leader was announced by the group this week": the group made it known
    by = agent(verb) if verb.lemma_.lower() == "announce" and is_passive(verb) else None
    if by is None and is_passive(verb):
        return  # "It was declared defeated in Iraq in 2017": others' words about it
    who = by if by is not None else subject(verb)
    tail = _reporting_tail(verb, who)
    if who is None or (
        by is None
        and not tail
        and not _news_announced(verb)
        and (verb.dep_ in {"relcl", "acl"} or not (any(c.dep_ == "ccomp" for c in verb.children) or _object_speech(verb)))
    ):
        return  # reported speech only: "X said (that) ...", "..., the organization announced Saturday."
    if verb.lemma_.lower() == "report" and state.entities.at(who) is None:
        return  # "Amaq reported that ...", not "the monitoring group reported"
    speaker = resolve_token(state, who)
    if who.lemma_.lower() in OUTLET_WORDS and (speaker is None or not state.entities.get(speaker).armed):
        # "the group's official website announced", "its media wing said", "Al-Shabaab's radio
        # station, Radio Andalus, said": the group's voice
        owner = child(who, "poss")
        speaker = (resolve_token(state, owner) if owner is not None else None) or speaker
    described = _described_speaker(state, who) if speaker is None else None
    if described is not None:
        speaker = described[0]  # "An official of the group said ...", "a spokesman for the insurgents"
    if speaker is None:
        return
    d = state.entities.get(speaker)
    org = described[1] if described is not None else None  # a described man of a named armed group
    if org is None and d.type == "organization":
        if not d.armed or d.force:
            return
        if d.kind == "wing" and (owner := wing_owner(state, speaker, who)) != speaker:
            org = owner  # "Amaq reported ...": the Islamic State's voice
    elif org is None and d.type == "person":
        if _official(who):
            return  # "Armed Forces Chief General X said": an official, not a group's voice
        org = next(
            (
                state.arg(f, "organization")
                for f in state.facts_of("leadership")
                if state.arg(f, "person") == speaker
                and f.attrs.get("role") in {"spokesman", "leader", "emir", "wali"}
            ),
            None,
        )
        if org is None:
            return
    elif org is None:
        return
    if d.type == "organization" and _tells_of_the_attack(state, verb, speaker):
        return  # its words about "the attack" told before are its claim (made there)
    if any(_claimed_by_speaker(state, f, speaker) for f in state.facts):
        return
    if (
        d.type == "person"
        and tail is False
        and not any(c.dep_ == "ccomp" for c in verb.children)
        and ((obj := child(verb, "dobj")) is None or obj.lemma_ not in TOLD_NEWS)
    ):
        # "he announced the creation of AQAP": a leader's act, told as news, not his words (but
        # "the spokesman confirmed the incident on Twitter" is)
        return
    if negated(verb):
        return
    mod = modality.of_clause(state, verb)
    _add_statement(
        state,
        verb,
        speaker,
        org,
        time=timing.clause_time(state, verb),
        medium=_medium(verb.sent) or "statement",
        modality="asserted",
        confidence=mod.confidence - 0.1,
    )


def _according_to(state: DocState, noun: Token) -> None:
    source = next((o for _, o in prep_objects(noun, "from", "by")), None)
    speaker = resolve_token(state, source) if source is not None else None
    if speaker is None or state.entities.get(speaker).type not in {"person", "organization"}:
        return
    _add_statement(
        state,
        noun,
        speaker,
        None,
        time=timing.clause_time(state, noun, extra={t.i for t in noun.subtree}),
        medium=_medium(noun.sent) or _statement_noun(noun),
        modality="asserted",
        confidence=0.75,
    )


def _left_speaker(state: DocState, verb: Token) -> Token | None:
    for i in range(verb.i - 1, verb.sent.start - 1, -1):
        key = state.entities.at(i)
        if key is not None and state.entities.get(key).type == "person":
            return state.sdoc[i]
    return None


def _voiced(state: DocState, noun: Token) -> None:
    verb = noun.head
    who = next((o for _, o in prep_objects(verb, "by")), None)
    speaker = resolve_token(state, who) if who is not None else None
    if speaker is None or state.entities.get(speaker).type != "person":
        return
    mod = modality.of_clause(state, verb)
    if mod.skip or mod.modality == "denied":
        return
    _add_statement(
        state,
        noun,
        speaker,
        _speaker_group(state, speaker, who),
        time=timing.clause_time(state, verb),
        medium=_medium(noun.sent) or _statement_noun(noun),
        modality=mod.modality,
        confidence=mod.confidence - 0.05,
        attributed_to=mod.attributed_to,
    )


def _speaker_group(state: DocState, speaker: int, who: Token | None) -> int | None:
    """The group a speaking person leads or belongs to (facts read so far), else an armed
    group named in the speaker's own phrase ("X, the leader of ISWAP")."""
    org = None
    for f in state.facts_of("leadership") + state.facts_of("membership"):
        if state.arg(f, "person") == speaker:
            org = state.arg(f, "organization")
    if org is None:
        for t in who.subtree if who is not None else []:
            key = state.entities.at(t)
            if (
                key is not None
                and state.entities.get(key).type == "organization"
                and state.entities.get(key).armed
            ):
                return key
    return org


OFFICIAL_TITLES = frozenset(
    """secretary minister president spokesperson general colonel governor ambassador official officials
    commander chief director prosecutor police army ministry department""".split()
)


def _official(who: Token | None) -> bool:
    """A speaker introduced by a state title ("Secretary of Defense Lloyd Austin")."""
    if who is None:
        return False
    if any(t.lower_ in OFFICIAL_TITLES for t in who.subtree if t.i < who.i or t.dep_ in {"compound", "appos"}):
        return True
    # "Secretary of Defense Lloyd Austin": the title may hang outside the name's subtree
    start = min(t.i for t in who.subtree)
    before = who.doc[max(who.sent.start, start - 4) : start]
    return any(t.lower_ in OFFICIAL_TITLES for t in before)


RELEASE_VERBS = {"release", "issue", "publish", "post", "air", "broadcast", "distribute", "circulate", "upload"}


def _released(state: DocState, noun: Token) -> None:
    """A message put out: its speaker is the one it is "by", else whoever put it out."""
    verb = noun.head
    by = next((o for _, o in prep_objects(noun, "by", "from")), None)
    speaker = None
    for tok in ([by, *by.conjuncts, *(c for c in by.children if c.dep_ == "appos")] if by is not None else []):
        key = resolve_token(state, tok)
        if key is not None and state.entities.get(key).type in {"person", "organization"}:
            speaker = key
            if state.entities.get(key).type == "person":
                break
    who = subject(verb)
    if who is None and verb.dep_ == "acl":
        who = verb.head  # "The BIFF leadership distributed a written statement"
    if speaker is None and who is not None:
        speaker = resolve_token(state, who)
        if speaker is None and who.lemma_.lower() in {"leadership", "command", "council", "shura"}:
            speaker = next((k for c in who.children if c.dep_ in {"compound", "poss"} for k in [resolve_token(state, c)] if k is not None), None)
    described = _described_speaker(state, who) if speaker is None else None
    if described is not None:
        speaker = described[0]
    if speaker is None or state.entities.get(speaker).type not in {"person", "organization"}:
        return
    d = state.entities.get(speaker)
    if d.force or (d.ref or "").startswith("source:"):
        return
    if d.type == "organization" and not d.armed and by is None:
        return  # a newspaper publishing a report is no group's message
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    org = described[1] if described is not None else (_speaker_group(state, speaker, by) if d.type == "person" else None)
    _add_statement(
        state,
        noun,
        speaker,
        org,
        time=timing.clause_time(state, verb),
        medium=_medium(noun.sent) or _statement_noun(noun) or "statement",
        modality=mod.modality,
        confidence=mod.confidence - 0.05,
        attributed_to=mod.attributed_to,
    )


THREAT_WORDS = frozenset({"more", "further", "future", "new", "fresh"})


def _add_statement(
    state: DocState,
    anchor: Token,
    speaker: int,
    org: int | None,
    *,
    time: TimeSpan | None,
    medium: str | None,
    modality: str,
    confidence: float,
    attributed_to: str | None = None,
) -> Fact:
    """A statement told at ``anchor`` (one per speaker in a document: more quotes join it)."""
    return state.add_fact(
        "statement",
        {"speaker": speaker, "organization": org},
        span=anchor.sent,
        anchor=anchor,
        time=time,
        attrs={"medium": medium},
        modality=modality,
        confidence=confidence,
        attributed_to=attributed_to,
        merge_on=("speaker",),
        apart=lambda a, b: _news_and_history(state, a, b),
    )


def _attributed_statement(state: DocState, noun: Token) -> bool:
    """ "A statement attributed to Azhar said ...", "... said the statement, attributed to X":
    the man or group it is attributed to made it."""
    acl = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "attribute"), None)
    to = next((o for _, o in prep_objects(acl, "to")), None) if acl is not None else None
    speaker = resolve_token(state, to) if to is not None else None
    if speaker is None or state.entities.get(speaker).type not in {"person", "organization"}:
        return False
    d = state.entities.get(speaker)
    org = speaker if d.type == "organization" else _speaker_group(state, speaker, to)
    if not d.armed and (org is None or not state.entities.get(org).armed):
        return False
    verb = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return False
    _add_statement(
        state,
        noun,
        speaker,
        org,
        time=timing.clause_time(state, verb),
        medium=_statement_noun(noun),
        modality=mod.modality,
        confidence=mod.confidence,
        attributed_to=mod.attributed_to,
    )
    return True


def _statement(state: DocState, noun: Token) -> None:
    """ "In an audio message released on June 23, X ..."; "X said in a statement"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        _according_to(state, noun)  # "X is dead, according to an audio message from ISWAP"
        return
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in VOICE_VERBS:
        _voiced(state, noun)  # "The recording was read by a new spokesman, X"
        return
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RELEASE_VERBS:
        _released(state, noun)  # "Al-Furqan released an audio address by the group's spokesman, X"
        return
    if _attributed_statement(state, noun):
        return
    framed = noun
    if noun.dep_ in {"nmod", "compound"} and noun.head.dep_ == "pobj":
        framed = noun.head  # "In the recording, Kebekov ..." misparsed as a modifier of the name
    if framed.dep_ != "pobj" or framed.head.lower_ not in {"in", "through", "via", "with"}:
        return
    verb = framed.head.head
    if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "nsubj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "BLA in a statement identified the bomber as ...": the phrase hung on the subject
    if verb.pos_ == "NOUN" and verb.dep_ in {"pobj", "dobj"} and verb.head.pos_ in {"ADP", "VERB"}:
        # "warned of more attacks in a statement": the phrase hung on the noun before it
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return
    who = subject(verb)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        who = next((o for _, o in prep_objects(verb, "by")), None)  # "was made by X in a recording"
    if who is None:
        who = _left_speaker(state, verb)  # a parse that left the verb without a subject
    if (
        verb.dep_ == "conj"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and verb.head.dep_ == "ccomp"
        and verb.head.head.lemma_.lower() in SAY_VERBS | {"confirm"}
    ):
        # "IS confirmed that its leader X is dead and named Y ... in an audio message": the
        # coordination belongs to the confirming group, not to the dead man
        who = subject(verb.head.head) or who
    if who is not None and state.entities.at(who) is None:
        # "a speaker identified as X says ...", "a man named X"
        for c in who.children:
            if c.dep_ == "acl" and c.lemma_.lower() in {"identify", "name", "describe"}:
                who = next((o for _, o in prep_objects(c, "as")), None) or child(c, "oprd", "dobj") or who
    speaker = resolve_token(state, who) if who is not None else None
    described = _described_speaker(state, who) if speaker is None else None
    if described is not None:
        speaker = described[0]
    if speaker is None or state.entities.get(speaker).type not in {"person", "organization"}:
        return
    if (state.entities.get(speaker).ref or "").startswith("source:"):
        return
    if verb.lemma_.lower() in NOT_SPEECH and not (
        verb.lemma_.lower() in APPEAR_VERBS
        and framed.head.lower_ == "in"
        and (framed.tag_ == "NN" or any(c.dep_ in {"det", "poss"} for c in framed.children))
    ):
        # "X appeared in a video", "in the group's videos" speaks in them ("only to reappear in
        # videos": a bare plural says how often, not what was said)
        return
    if any(_claimed_by_speaker(state, f, speaker) for f in state.facts):
        return  # the statement is the claim itself
    denial = any(t.lemma_.lower() in DENY_WORDS for t in noun.sent)
    if not denial and any(
        t.lemma_.lower() in ATTACK_NOUNS and not any(c.lower_ in THREAT_WORDS for c in t.children)
        for t in noun.sent
        if t.dep_ in {"dobj", "pobj"}
    ):
        return  # a statement about an attack is its claim ("warned of more attacks" is a threat)
    mod = modality.of_clause(state, verb)
    if mod.skip:
        return
    org = _speaker_group(state, speaker, who) if state.entities.get(speaker).type == "person" else None
    if described is not None:
        org = described[1]
    if org is None and not state.entities.get(speaker).armed and _official(who):
        return  # "Secretary of Defense X said in a statement": an official, not a group's voice
    extra = {t.i for t in noun.subtree}
    time = timing.clause_time(state, verb, extra=extra & clause_tokens(verb) | extra)
    _add_statement(
        state,
        noun,
        speaker,
        org,
        time=time,
        medium=_medium(noun.sent) or _statement_noun(noun),
        modality="asserted" if mod.modality == "denied" else mod.modality,  # a denial is still said
        confidence=mod.confidence,
        attributed_to=mod.attributed_to,
    )
