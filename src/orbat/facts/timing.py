"""Attaching dates to facts.

``clause_time`` reads the date expression of a fact's own clause ("killed ...
in August"; a date inside a relative clause belongs to that clause) and
resolves it with ``orbat.dates.resolve_date`` against the publication date;
relative offsets ("weeks earlier") are anchored on the last absolute date
written before them, "at the time" takes that date as is. ``infer`` then fills
state bounds from events of the same document: a leadership or membership ends
with the person's death or defection, a successor starts when the predecessor
died, a branch exists from its founding, a claim is dated by its attack.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from orbat.dates import DAY_TIMES, EASTER_FEASTS, WEEKDAYS, month_start_before, parse_partial, resolve_date
from orbat.facts.lexicon import ATTACK_NOUNS, ATTACK_VERBS, DIE_VERBS, KILL_VERBS, STATEMENT_NOUNS
from orbat.facts.state import DocState
from orbat.facts.syntax import clause_tokens
from orbat.model import EVENT_TYPES, TimeSpan

BOUND_WORDS = {"since", "until", "till", "through", "before", "after", "by", "from"}
JOINERS = {"or", "and", "to", "either", "between", "late", "early", "mid", "-"}
RELATIVE_WORDS = {"earlier", "later", "before", "after", "ago", "previously", "time"}
# "this month's bombing": the tagger may leave the deictic word out of the DATE it finds
DEICTIC_WORDS = {"this", "last", "next", "past", "previous", "coming"}
CALENDAR_UNITS = {"week", "weekend", "month", "year"}


def date_spans(state: DocState) -> list[Span]:
    """DATE entities, widened to the whole expression ("late 2013 or early 2014")."""
    if "date_spans" not in state.cache:
        state.cache["date_spans"] = _date_spans(state)
    return state.cache["date_spans"]


def _resolved(state: DocState, text: str, anchor: TimeSpan | None) -> TimeSpan | None:
    key = ("date", text, anchor)
    if key not in state.cache:
        state.cache[key] = resolve_date(text, state.published, anchor=anchor)
    return state.cache[key]


PLACE_NOUNS = {"market", "mosque", "square", "street", "road", "bridge", "camp", "school", "hospital", "hotel"}


def _names_a_place(ent: Span) -> bool:
    """ "the Monday Market", "Friday Mosque", "Tuesday Street": a weekday in a place's name."""
    if len(ent) != 1 or ent[0].lower_ not in WEEKDAYS or ent.end >= len(ent.doc):
        return False
    after = ent.doc[ent.end]
    return after.text[:1].isupper() and after.lower_ in PLACE_NOUNS


FEAST_WORDS = frozenset(name.split()[0] for name in EASTER_FEASTS)  # the words a feast's name opens with
FEAST_NAMES = ("easter", *(name for name in EASTER_FEASTS if " " in name))  # one of these is in any feast found


def _feasts(doc, text: str | None = None) -> list[Span]:
    """ "on Palm Sunday", "during Good Friday prayers", "on Easter Sunday": a moveable feast
    named in capitals (the tagger reads "Good Friday" as a Friday, "Palm Sunday" as no date)."""
    out: list[Span] = []
    low = (text if text is not None else doc.text).lower()  # (Doc.text rebuilds it word by word)
    if not any(name in low for name in FEAST_NAMES):
        return out  # (most texts name no feast: one scan of the text instead of every word)
    for t in doc:
        if t.lower_ not in FEAST_WORDS or not t.text[:1].isupper():
            continue  # (the cheap test first: this runs on every word)
        two = doc[t.i : t.i + 2]
        if len(two) == 2 and two[1].text[:1].isupper() and two.text.lower() in EASTER_FEASTS:
            end = two.end
        elif t.lower_ == "easter" and not (len(two) == 2 and two.text.lower() in EASTER_FEASTS) and (
            t.i == 0 or doc[t.i - 1].text.lower() not in {"good", "palm", "holy", "ash", "maundy"}
        ):
            end = t.i + 1
        else:
            continue
        if end < len(doc) and doc[end].like_num and len(doc[end].text) == 4:
            end += 1  # "on Easter Sunday 2019"
        out.append(doc[t.i : end])
    return out


def _dateline(state: DocState, ent: Span) -> bool:
    """ "August 1: The terrorist group ... has claimed ...": the report's own day opening its
    text, a dateline, not the date of what the sentence tells."""
    doc = ent.doc
    opens = all(t.is_space or t.text in {".", "\n"} for t in doc[state.sentence_start(ent.start) : ent.start])
    marks = {":", "-", "\u2013", "\u2014"}
    closed = ent[-1].text in marks  # "August 1 -" read as one date
    if not opens or not (closed or (ent.end < len(doc) and doc[ent.end].text in marks)):
        return False
    day = _resolved(state, (ent[:-1] if closed else ent).text, None)
    return day is not None and state.published is not None and day.start == day.end == state.published[:10]


def _date_spans(state: DocState) -> list[Span]:
    doc = state.sdoc
    feasts = _feasts(doc, state.cache.get("prepared_text"))
    dates = [
        e for e in doc.ents
        if e.label_ == "DATE" and not _names_a_place(e) and not _dateline(state, e)
        and not any(f.start < e.end and e.start < f.end for f in feasts)
    ] + feasts  # fmt: skip
    # "on Saturday night", "early on Tuesday morning" come as TIME: their day is a date
    dates += [doc[t.i : t.i + 1] for e in doc.ents if e.label_ == "TIME" for t in e if t.lower_ in WEEKDAYS]
    # "this morning", "tonight", "last night": the publication's day (or the one before)
    dates += [e for e in doc.ents if e.label_ == "TIME" and e.text.lower() in DAY_TIMES]
    dates.sort(key=lambda s: s.start)
    spans: list[Span] = []
    for n, ent in enumerate(dates):
        if spans and ent.start < spans[-1].end:
            continue  # joined to the one before ("late 2013 or early 2014")
        start, end = ent.start, ent.end
        if ent[0].lower_ in CALENDAR_UNITS and start > 0 and doc[start - 1].lower_ in DEICTIC_WORDS:
            start -= 1
        while start > state.sentence_start(ent.start) and (doc[start - 1].lower_ in JOINERS or doc[start - 1].like_num):
            start -= 1
        while start < ent.start and doc[start].lower_ in {"or", "and", "to", "-"}:
            start += 1
        for nxt in dates[n + 1 :]:
            gap = doc[end : nxt.start]
            if (
                len(gap) <= 2
                and all(t.lower_ in {"or", "and", "to", "-", "until", "through"} for t in gap)
                and len(gap) > 0
            ):
                end = nxt.end
            else:
                break
        spans.append(doc[start:end])
    return spans


def _resolve(state: DocState, span: Span, *, anchor: TimeSpan | None) -> TimeSpan | None:
    text = span.text
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ in BOUND_WORDS and head.i == span.start - 1:
        text = f"{head.text} {text}"
    return _resolved(state, text, anchor)


def date_between(state: DocState, start: int, end: int, on: set[int]) -> TimeSpan | None:
    """The first date written between tokens ``start`` and ``end`` in a phrase hung on one of
    the tokens ``on`` ("killed A in 2017 and B in 2019": 2017 for A), resolved; None if
    there is none."""
    for span in date_spans(state):
        if start <= span.start < end and span.root.dep_ == "pobj" and span.root.head.head.i in on:
            return _resolve(state, span, anchor=anchor_before(state, span.start))
    return None


def anchor_before(state: DocState, index: int) -> TimeSpan | None:
    """The last absolute date written before token ``index`` (the narrative's "now")."""
    best = None
    for span in date_spans(state):
        if span.start >= index:
            break
        if any(t.lower_ in RELATIVE_WORDS for t in span):
            continue
        found = _resolved(state, span.text, None)
        if found is not None:
            best = found
    return best


def _duration(span: Span) -> bool:
    """ "for five months": how long, not when; "two years after ...": how long before."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (span.root.dep_ == "pobj" and span.root.head.lower_ == "for") or (
        after is not None
        and after.lower_ in {"after", "before"}
        and all(t.lemma_.lower() in INTERVAL_UNITS or t.like_num or t.lower_ in {"a", "few", "several"} for t in span)
    )


INTERVAL_UNITS = frozenset({"year", "month", "week", "day", "hour"})


def _interval_before_head(state: DocState, pred: Token) -> TimeSpan | None:
    """ "The explosion occurred six years after Marawi was besieged": the clause after
    "after" happened that long before its head's event (dated by its own clause, else the
    report's)."""
    mark = next((c for c in pred.children if c.dep_ == "mark" and c.lower_ == "after"), None) if pred.dep_ == "advcl" else None
    if mark is None:
        return None
    head = pred.head
    # the parse hangs "six years" on the main verb, on "after" or on the clause's verb
    near = [*head.children, *mark.children, *pred.children]
    gap = next((c for c in near if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and c.i < mark.i), None)
    if gap is None or gap.lemma_.lower() not in INTERVAL_UNITS:
        return None
    text = " ".join(t.text for t in gap.subtree) + " earlier"
    head_time = clause_time(state, head, exclude={t.i for t in pred.subtree})
    written = clause_tokens(head) - {t.i for t in pred.subtree} - {gap.i}
    if head_time is None and any(s.root.i in written for s in date_spans(state)):
        return None  # the head's date is written but not read: no guess from the report's
    return _resolved(state, text, head_time if head_time is not None and head_time.start is not None else None)


def clause_time(
    state: DocState, pred: Token, *, extra: set[int] | None = None, exclude: set[int] | None = None
) -> TimeSpan | None:
    """The date of ``pred``'s own clause, or None (``exclude``: tokens whose dates are another
    event's, as "the deadliest since ... on August 25-26" after "claimed the attack"). Read
    once per clause and document: every family asks of the clauses it reads."""
    key = ("clause_time", pred.i, frozenset(extra or ()), frozenset(exclude or ()))
    if key not in state.cache:
        state.cache[key] = _clause_time(state, pred, extra=extra, exclude=exclude)
    return state.cache[key]


def _clause_time(state: DocState, pred: Token, *, extra: set[int] | None, exclude: set[int] | None) -> TimeSpan | None:
    own = (clause_tokens(pred) | (extra or set())) - (exclude or set())
    spans = date_spans(state)
    candidates = [s for s in spans if s.root.i in own]
    if not any(not _duration(s) for s in candidates) and (before_head := _interval_before_head(state, pred)) is not None:
        return before_head
    if not candidates:
        # "In an audio message released on June 23, X accepted ...": the date of the
        # message the event was read in
        framing = {t.i for c in pred.children if c.dep_ == "prep" and c.i < pred.i for t in c.subtree}
        # "... announced its allegiance in a statement released on September 13": the date of
        # the message it was made in, wherever the phrase stands
        framing |= {
            t.i for c in pred.children if c.dep_ == "prep" and c.lower_ in {"in", "through", "via"}
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in STATEMENT_NOUNS
            for t in o.subtree
        }  # fmt: skip
        candidates = [s for s in spans if s.root.i in framing]
    if not candidates and pred.dep_ == "relcl":
        # "since June, when al Shabaab overran a base": the date the clause describes
        dated = [s for s in spans if s.start <= pred.head.i < s.end]
        if dated:
            return _resolved(state, dated[0].text, anchor_before(state, dated[0].start))
    if not candidates and pred.pos_ == "NOUN":
        # "claimed the attack on the base that killed 70 soldiers on December 10": the date
        # of the relative clause that tells the event the noun names
        told = {i for c in pred.children if c.dep_ in {"relcl", "acl"} for i in clause_tokens(c)}
        # "... the ambush on army posts on Mount Chaambi in which 14 soldiers died on July 16":
        # a toll clause the parse hangs deeper in the noun's phrase
        told |= {
            i for c in pred.subtree
            if c.dep_ == "relcl" and c.lemma_.lower() in TOLL_VERBS
            for i in clause_tokens(c)
        }  # fmt: skip
        candidates = [s for s in spans if s.root.i in told]
    if not candidates and pred.pos_ == "VERB":
        # "killed in an IED blast that reportedly occurred in Paktika on Sunday night": the date
        # of the clause that tells the strike the killing happened in
        strikes = [x for o in _in_objects(pred) for x in (o, *(a for a in o.children if a.dep_ == "appos"))
                   if _is_attack_noun(x)]  # fmt: skip
        told = {i for o in strikes for c in o.children if c.dep_ in {"relcl", "acl"} for i in clause_tokens(c)}
        candidates = [s for s in spans if s.root.i in told]
    if not candidates and pred.dep_ == "advcl" and any(c.lower_ == "when" for c in pred.children):
        # "12 soldiers were killed when militants overran a base ... on Tuesday"
        main = clause_tokens(pred.head)
        candidates = [s for s in spans if s.root.i in main]
    if not candidates:
        sent = pred.sent
        text = sent.text.lower()
        if "at the time" in text and "at the time of" not in text:
            return anchor_before(state, sent.start)
        if any(state.sdoc[i].lower_ == "overnight" for i in own):
            night = _last_night(state)  # "killed in an overnight raid": the night before publication
            if night is not None:
                return night
        told = _event_told_before(state, pred)
        if told is not None:
            return told
        return _report_bound(state, pred, spans)
    # "besieged for five months in 2017": a duration ("for ...") dates nothing when a date is there
    dated = [s for s in candidates if not _duration(s)] or candidates
    dated = _outermost(dated)
    found = None
    for span in sorted(dated, key=lambda s: abs(s.root.i - pred.i)):
        found = _resolve(state, span, anchor=anchor_before(state, span.start))
        if found is not None:
            break  # "two years after ... in March 2019": the interval resolves to nothing
    return found


TOLD_BEFORE_SENTENCES = 3  # how far back "the strike" looks for the strike it names again
DEFINITE = {"the", "that", "this"}
TOLD_ATTACK_VERBS = ATTACK_VERBS.keys() | {"strike", "blow"}  # "a bomber struck", "blew himself up"


def _in_objects(pred: Token) -> list[Token]:
    """The objects of a clause's "in" or "during" ("killed in the strike", "died during a raid")."""
    return [o for p in pred.children if p.dep_ == "prep" and p.lower_ in {"in", "during"}
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


def _is_attack_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in ATTACK_NOUNS or lemma.endswith("strike"))


def _event_told_before(state: DocState, pred: Token) -> TimeSpan | None:
    """ "Two militants were killed in the strike": the date of the strike told shortly before
    ("there has been an airstrike on Sunday"), when the clause has none of its own."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in TOLL_VERBS | KILL_VERBS.keys() | DIE_VERBS.keys():
        return None
    named = next(
        (o for o in _in_objects(pred)
         if _is_attack_noun(o) and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in o.children)),
        None,
    )  # fmt: skip
    if named is None:
        return None
    first = state.sentence_starts[max(0, state.sentence_no(named.i) - TOLD_BEFORE_SENTENCES)]
    for tok in reversed(state.sdoc[first : pred.sent.start]):
        # "an airstrike on Sunday", "a bomber struck a market on Friday" ("many attacks in
        # 2015" is not the one)
        if (_is_attack_noun(tok) and tok.tag_ != "NNS") or (tok.pos_ == "VERB" and tok.lemma_.lower() in TOLD_ATTACK_VERBS):
            if tok.dep_ in {"relcl", "acl"} and _is_attack_noun(tok.head):
                continue  # "an airstrike on Sunday which targeted a vehicle": the strike tells it
            found = clause_time(state, tok)
            if found is not None and found.start is not None:
                return found
            return None  # the nearest strike told before is the one named again: undated
    return None


def _outermost(spans: list) -> list:
    """ "on Palm Sunday, the first day of the Holy Week leading up to Good Friday and Easter":
    a date inside the phrase that describes another date is not the clause's date."""
    roots = {s.root.i for s in spans}
    return [s for s in spans if not any(a.i in roots for a in s.root.ancestors)] or spans


# verbs of a toll clause that dates the event it hangs on ("that killed 70 soldiers on ...")
TOLL_VERBS = frozenset({"kill", "die", "wound", "injure", "leave", "claim"})

REPORT_VERBS = {
    "confirm",
    "announce",
    "say",
    "report",
    "claim",
    "state",
    "declare",
    "acknowledge",
    "deny",
    "tell",
}


def _last_night(state: DocState) -> TimeSpan | None:
    """The night before a dated report: its eve to its day."""
    found = parse_partial(state.published) if state.published else None
    if found is None or len(state.published or "") != 10:
        return None
    eve = found[0] - timedelta(days=1)
    return TimeSpan(start=eve.isoformat(), end=state.published, text="overnight")


def _report_bound(state: DocState, pred: Token, spans: list[Span]) -> TimeSpan | None:
    """ "X on Saturday confirmed that Y had been killed": it happened by that Saturday."""
    for anc in pred.ancestors:
        if anc.lemma_.lower() in REPORT_VERBS:
            own = clause_tokens(anc)
            dated = [s for s in spans if s.root.i in own]
            if dated:
                found = _resolve(state, dated[0], anchor=anchor_before(state, dated[0].start))
                if found is not None and found.end:
                    return TimeSpan(start=None, end=found.end, text=found.text)
            return None
    return None


def _starts_later(attack, claim) -> bool:
    """The claimed attack's first possible day falls after the claim's first, within it."""
    if attack is None or attack.time is None or claim.time is None:
        return False
    first, claimed_from = (parse_partial(t.start) if t.start else None for t in (attack.time, claim.time))
    claimed_by = parse_partial(claim.time.end) if claim.time.end else None
    if first is None or claimed_from is None or (claimed_by is not None and first[0] > claimed_by[1]):
        return False  # (an attack dated after its claim is another attack: nothing to move)
    return first[0] > claimed_from[0]


def recent_window(state: DocState) -> TimeSpan | None:
    """ "has claimed" in a news report: from the month before publication to publication."""
    found = parse_partial(state.published) if state.published else None
    if found is None:
        return None
    before = month_start_before(found[0])
    return TimeSpan(start=before.strftime("%Y-%m"), end=state.published, text=None)


def recent(state: DocState) -> TimeSpan | None:
    """An undated event reported as past: on or before the publication date."""
    return None if state.published is None else TimeSpan(start=None, end=state.published, text=None)


def infer(state: DocState) -> None:
    deaths = {state.arg(f, "person"): f for f in state.facts_of("death") if f.time}
    defections = [f for f in state.facts_of("defection") if f.time]
    for fact in state.facts_of("leadership") + state.facts_of("membership"):
        person, org = state.arg(fact, "person"), state.arg(fact, "organization")
        span = fact.time or TimeSpan()
        end = span.end
        if end is None and person in deaths:
            end = deaths[person].time.end  # type: ignore[union-attr]
        for d in defections:
            if end is None and state.arg(d, "member") == person and state.arg(d, "from") == org:
                end = d.time.end  # type: ignore[union-attr]
        if end != span.end:
            fact.time = TimeSpan(start=span.start, end=end, text=span.text)
    for fact in state.facts_of("succession"):
        succ, pred, org = (state.arg(fact, k) for k in ("successor", "predecessor", "organization"))
        start = deaths[pred].time.start if pred in deaths else None  # type: ignore[union-attr]
        for lead in state.facts_of("leadership"):
            if state.arg(lead, "person") == succ and state.arg(lead, "organization") == org and start:
                if lead.time is None or lead.time.start is None:
                    old = lead.time or TimeSpan()
                    lead.time = TimeSpan(start=start, end=old.end, text=old.text)
    foundings = {state.arg(f, "organization"): f for f in state.facts_of("founding") if f.time}
    for fact in state.facts_of("branch"):
        org = state.arg(fact, "organization")
        if fact.time is None and org in foundings:
            fact.time = TimeSpan(start=foundings[org].time.start, end=None)  # type: ignore[union-attr]
    by_id = {f.id: f for f in state.facts}
    for fact in state.facts_of("claim"):
        attack = by_id.get(str(fact.args.get("attack")))
        if attack is not None and attack.time is None and fact.time is not None:
            attack.time = fact.time  # an undated attack happened by the time it was claimed
        if attack is not None and attack.time is not None and (fact.time is None or fact.time.start is None):
            fact.time = TimeSpan(
                start=attack.time.start, end=(fact.time or attack.time).end, text=attack.time.text
            )
        elif _starts_later(attack, fact):
            # "has claimed this month's bombing": not claimed before the bombing
            fact.time = TimeSpan(start=attack.time.start, end=fact.time.end, text=fact.time.text)  # type: ignore[union-attr]
    for fact in state.facts:
        if fact.type in EVENT_TYPES and fact.time is None:
            fact.time = recent(state)  # reported as past: on or before publication
