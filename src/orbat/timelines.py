"""Leaders and relations of an organisation over time, from resolved facts.

Pure functions over lists of ``Fact`` (no store, no I/O). Dates are partial ISO
strings ("2015", "2015-08", "2015-08-11"); an uncertain bound is a pair
``(min, max)``: a tenure whose start is ``("2013-09", "2014-04")`` began at the
earliest in September 2013 and at the latest in April 2014.

How a tenure's bounds are found:
  * the leadership fact's own ``time`` (start / end as stated);
  * an unknown end is the person's death, capture or defection from the group
    (the first such event after the start);
  * a succession fact links predecessor and successor: the successor's start is
    no earlier than the predecessor's end, the predecessor's end no later than
    the successor's start; where one side is unknown it is taken to be the other
    side's bound (the successor took over when the predecessor went);
  * among top leaders (emir ~ leader ~ amir), a later tenure with a known start
    closes an earlier open one.
Between a top leader's known end and the next one's known start the post is
reported as a ``Gap`` ("vacant or unknown").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from orbat.dates import month_start_before, parse_partial
from orbat.model import Fact
from orbat.text import normalize_name

# --------------------------------------------------------------------------- partial dates

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_MONTHS = [calendar.month_name[i] for i in range(13)]


@lru_cache(maxsize=65536)
def _bounds(date: str) -> tuple[str, str] | None:
    parsed = parse_partial(date)
    return (parsed[0].isoformat(), parsed[1].isoformat()) if parsed else None


def lower(date: str | None) -> str | None:
    """The first day a partial ISO date can mean: "2015-08" -> "2015-08-01" (None if not a date)."""
    bounds = _bounds(date) if date else None
    return bounds[0] if bounds else None


def upper(date: str | None) -> str | None:
    """The last day a partial ISO date can mean: "2015-02" -> "2015-02-28" (None if not a date)."""
    bounds = _bounds(date) if date else None
    return bounds[1] if bounds else None


def overlaps(start: str | None, end: str | None, on_start: str | None, on_end: str | None) -> bool:
    """Whether [start, end] (None = unbounded) can overlap [on_start, on_end]."""
    lo, hi = lower(start), upper(end)
    qlo, qhi = lower(on_start), upper(on_end)
    if hi is not None and qlo is not None and hi < qlo:
        return False
    return not (lo is not None and qhi is not None and lo > qhi)


def span_text(lo: str | None, hi: str | None) -> str | None:
    """ "2013-09..2014-04" for an uncertain bound, "2015-04" for a known one, None if unknown."""
    if lo is None and hi is None:
        return None
    if lo == hi or hi is None:
        return lo if hi is None and lo else (lo or hi)
    if lo is None:
        return f"..{hi}"
    return f"{lo}..{hi}"


def human_date(date: str | None) -> str:
    """ "2015-04" -> "April 2015", "2015-04-12" -> "12 April 2015", "2015" -> "2015"."""
    if not date:
        return "an unknown date"
    m = _PARTIAL.match(date)
    if not m:
        return date
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not month:
        return year
    name = _MONTHS[int(month)] if 1 <= int(month) <= 12 else month
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"


def human_span(lo: str | None, hi: str | None) -> str:
    if lo and hi and lo != hi:
        return f"between {human_date(lo)} and {human_date(hi)}"
    return human_date(lo or hi)


def _max_lower(a: str | None, b: str | None) -> str | None:
    """Of two lower bounds, the later one (None = unbounded)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (lower(a) or "") >= (lower(b) or "") else b


def _min_upper(a: str | None, b: str | None) -> str | None:
    """Of two upper bounds, the earlier one (None = unbounded)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (upper(a) or "") <= (upper(b) or "") else b


def _consistent(lo: str | None, hi: str | None) -> bool:
    return lo is None or hi is None or (lower(lo) or "") <= (upper(hi) or "")


# --------------------------------------------------------------------------- roles

ROLE_CLASSES = ("leader", "wali", "deputy", "spokesman", "commander", "founder", "other")
# The top leadership post: every title here is the same post.
_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("deputy", ("deputy", "naib", "vice", "second in command")),
    ("spokesman", ("spokesman", "spokesperson", "spokeswoman", "spokesmen", "press")),
    ("wali", ("wali", "governor")),
    ("commander", ("commander", "military chief", "field commander", "qaid")),
    ("founder", ("founder", "co founder")),
    ("leader", ("emir", "amir", "ameer", "leader", "chief", "head", "caliph", "commander of the faithful")),
)
# Posts held by one person at a time: a later holder closes an open tenure.
EXCLUSIVE_ROLES = frozenset({"leader"})


def role_class(role: str | None) -> str:
    """The post a role title names: emir ~ amir ~ leader -> "leader"; "wali", "deputy",
    "spokesman", "commander", "founder"; anything else "other". No role: "leader"."""
    if not role:
        return "leader"
    norm = f" {normalize_name(role)} "
    if norm.strip() in ROLE_CLASSES:
        return norm.strip()
    for cls, words in _ROLE_WORDS:
        if any(f" {w} " in norm for w in words):
            return cls
    return "other"


# --------------------------------------------------------------------------- tenures


@dataclass(slots=True)
class Tenure:
    """One person holding one post in one organisation, with uncertain bounds."""

    person: str
    organization: str
    role: str  # the title as written (first seen), e.g. "emir"
    role_class: str
    start_min: str | None = None
    start_max: str | None = None
    end_min: str | None = None
    end_max: str | None = None
    start_from: str | None = None  # "stated" | "announced" | "predecessor" | "succession" | "reported"
    ended_by: str | None = None  # "stated" | "death" | "capture" | "defection" | "successor" | "former"
    start_fact: str | None = None  # the fact that gave the start bound
    end_fact: str | None = None  # the fact that gave the end bound
    ended: bool = False  # an end is known to have happened (even without a date)
    predecessor: str | None = None  # person id
    successor: str | None = None
    facts: list[str] = field(default_factory=list)  # supporting fact ids, leadership first

    @property
    def start(self) -> str | None:
        return span_text(self.start_min, self.start_max)

    @property
    def end(self) -> str | None:
        return span_text(self.end_min, self.end_max)

    def possibly_on(self, on_start: str, on_end: str | None = None) -> bool:
        """The tenure may cover some day of [on_start, on_end] (partial ISO)."""
        return overlaps(self.start_min, self.end_max, on_start, on_end or on_start)

    def certainly_on(self, on_start: str, on_end: str | None = None) -> bool:
        """The tenure covers every day of [on_start, on_end]: it had surely begun
        and surely not ended."""
        on_end = on_end or on_start
        start_hi, end_lo = upper(self.start_max), lower(self.end_min)
        qlo, qhi = lower(on_start), upper(on_end)
        if qlo is None or qhi is None or start_hi is None or end_lo is None:
            return False  # an unknown start or an open end: nobody knows it held that day
        return start_hi <= qlo and end_lo > qhi

    def sort_key(self) -> tuple[str, str]:
        """Order of tenures: by earliest start (unknown first), then by end."""
        return (lower(self.start_min) or "", lower(self.end_min) or lower(self.end_max) or "9999")


@dataclass(slots=True)
class Gap:
    """A stretch between two holders of a post when it was vacant or unknown."""

    organization: str
    role_class: str
    after: str  # person id of the previous holder
    before: str  # person id of the next holder
    start: str  # the previous tenure's latest end (partial ISO)
    end: str  # the next tenure's earliest start
    after_reason: str | None = None  # how the previous tenure ended

    def possibly_on(self, on_start: str, on_end: str | None = None) -> bool:
        on_end = on_end or on_start
        lo, hi = upper(self.start), lower(self.end)
        qlo, qhi = lower(on_start), upper(on_end)
        return bool(lo and hi and qlo and qhi and lo < qhi and hi > qlo)

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        names = names or {}
        prev = names.get(self.after, self.after)
        nxt = names.get(self.before, self.before)
        what = {
            "death": "death",
            "capture": "capture",
            "defection": "defection",
        }.get(self.after_reason or "", "tenure")
        ended = f"{_last_word(prev)}'s {what}" if what != "tenure" else f"{_last_word(prev)}'s tenure ended"
        return (
            f"vacant or unknown after {ended} in {human_date(self.start)} "
            f"until {_last_word(nxt)} appears in {human_date(self.end)}"
        )


def _last_word(name: str) -> str:
    """ "Aliaskhab Kebekov" -> "Kebekov" (how reporting names a person on second mention)."""
    parts = name.split()
    if len(parts) >= 2 and not name.lower().startswith(("abu ", "al ", "al-")):
        return parts[-1]
    return name


@dataclass(slots=True)
class Leadership:
    """All tenures of one organisation, and the gaps between them."""

    organization: str
    tenures: list[Tenure] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    def on(self, date: str, *, role: str | None = None) -> tuple[list[Tenure], list[Gap]]:
        """Tenures that may cover ``date``, and the gaps that may cover it."""
        cls = role_class(role) if role else None
        tenures = [t for t in self.tenures if (cls is None or t.role_class == cls) and t.possibly_on(date)]
        gaps = [g for g in self.gaps if (cls is None or g.role_class == cls) and g.possibly_on(date)]
        return tenures, gaps


_FATE_TYPES = ("death", "capture", "defection")


def _arg(fact: Fact, name: str) -> str | None:
    value = fact.args.get(name)
    return value if isinstance(value, str) else None


def leadership(
    org: str, facts: Iterable[Fact], *, published: Mapping[str, str | None] | None = None
) -> Leadership:
    """The tenures of organisation ``org`` (an entity id) from ``facts``: its leadership
    and succession facts and the death / capture / defection facts of the people in them.
    Facts about other organisations are ignored.

    ``published`` maps document ids to publication dates: what a document reports had
    happened by the day it was published, so an undated death ends a tenure no later than
    its first report, and a tenure of unknown start began no later than its first report."""
    facts = list(facts)
    published = published or {}
    tenures: dict[tuple[str, str], Tenure] = {}

    def tenure_for(person: str, role: str | None) -> Tenure:
        cls = role_class(role)
        key = (person, cls)
        if key not in tenures:
            tenures[key] = Tenure(person=person, organization=org, role=role or cls, role_class=cls)
        return tenures[key]

    # 1. stated tenures
    for fact in sorted(facts, key=lambda f: f.id):
        if fact.type != "leadership" or _arg(fact, "organization") != org or not _arg(fact, "person"):
            continue
        role = fact.attrs.get("role")
        if fact.attrs.get("among") and role:
            role = f"one of the {role}s"  # "four ISIS leaders": not the one top post (class "other")
        t = tenure_for(fact.args["person"], role)
        t.facts.append(fact.id)
        if fact.time is not None:
            if fact.time.start:
                lo = _max_lower(t.start_min, fact.time.start)
                hi = _min_upper(t.start_max, fact.time.start)
                if _consistent(lo, hi):
                    t.start_min, t.start_max, t.start_from, t.start_fact = lo, hi, "stated", fact.id
            if fact.time.end:
                lo = _max_lower(t.end_min, fact.time.end)
                hi = _min_upper(t.end_max, fact.time.end)
                if _consistent(lo, hi):
                    t.end_min, t.end_max, t.ended_by, t.ended = lo, hi, "stated", True
                    t.end_fact = fact.id
        if fact.attrs.get("begins") and t.start_from is None:
            # "the group named X its new leader": the tenure began with the announcement
            when = _dated(fact.attrs["begins"]) or reported_by(fact, published)
            if when:
                # news of an appointment is news of the last weeks: from the month before the
                # report to the report
                t.start_min, t.start_max = _month_before(when), when
                t.start_from, t.start_fact = "announced", fact.id
        if fact.attrs.get("former") and not t.ended:
            # "its former leader X": the tenure had ended by the report
            when = _dated(fact.attrs["former"]) or reported_by(fact, published)
            t.ended, t.ended_by, t.end_fact = True, t.ended_by or "former", fact.id
            if when:
                t.end_max = _min_upper(t.end_max, when)

    # 2. successions
    links: list[tuple[Tenure, Tenure, Fact]] = []
    for fact in sorted(facts, key=lambda f: f.id):
        if fact.type != "succession" or _arg(fact, "organization") != org:
            continue
        succ_id, pred_id = _arg(fact, "successor"), _arg(fact, "predecessor")
        if not succ_id or not pred_id:
            continue
        role = fact.attrs.get("role") or _only_role(tenures, succ_id) or _only_role(tenures, pred_id)
        succ, pred = tenure_for(succ_id, role), tenure_for(pred_id, role)
        succ.facts.append(fact.id)
        pred.facts.append(fact.id)
        succ.predecessor, pred.successor = pred_id, succ_id
        if fact.time is not None and (fact.time.start or fact.time.end):
            when_lo = fact.time.start or fact.time.end
            when_hi = fact.time.end or fact.time.start
            if succ.start_from not in ("stated",):
                succ.start_min, succ.start_max, succ.start_from = when_lo, when_hi, "succession"
                succ.start_fact = fact.id
            # "X replaced Y on DATE": Y's tenure ended then
            lo, hi = _max_lower(pred.end_min, when_lo), _min_upper(pred.end_max, when_hi)
            if pred.ended_by in (None, "successor", "former") and _consistent(lo, hi):
                pred.end_min, pred.end_max = lo, hi
                pred.ended, pred.ended_by, pred.end_fact = True, "successor", fact.id
            else:
                pred.end_max = _min_upper(pred.end_max, when_hi)
        links.append((pred, succ, fact))

    # 3. fates end open tenures (and name how a stated end came about)
    for t in tenures.values():
        _apply_fate(t, facts, published)

    # 4. succession bounds, both ways
    for _ in range(2):
        for pred, succ, _fact in links:
            _bound_succession(pred, succ)

    # 5. a tenure of unknown start began no later than its first report
    by_id = {f.id: f for f in facts}
    for t in tenures.values():
        if t.start_min is None and t.start_max is None:
            stated = [i for i in t.facts if by_id[i].type == "leadership"]
            known = [(r, i) for r, i in ((_evidenced_by(by_id[i], published), i) for i in stated) if r]
            if known:
                # held by the first report; not shown as held before the earliest evidence of it
                first, fid = min(known, key=lambda d: upper(d[0]) or "")
                t.start_max = first
                t.start_from, t.start_fact = "reported", fid
                if not t.ended and not (t.end_min or t.end_max):
                    # a post told as current and never seen ending: not held before the
                    # earliest evidence of it (a retrospective report, of a dead or replaced
                    # leader, says nothing of when he began)
                    t.start_min = first

    # 6. among top leaders, a later holder closes an earlier open tenure
    by_class: dict[str, list[Tenure]] = {}
    for t in tenures.values():
        by_class.setdefault(t.role_class, []).append(t)
    for cls, group in by_class.items():
        if cls not in EXCLUSIVE_ROLES:
            continue
        dated = sorted((t for t in group if _orderable(t)), key=Tenure.sort_key)
        for prev, nxt in zip(dated, dated[1:], strict=False):
            if prev.end_max is None and nxt.person != prev.person:
                prev.end_max = nxt.start_max or nxt.start_min
                prev.ended_by, prev.ended = prev.ended_by or "successor", True
                prev.end_fact = prev.end_fact or nxt.start_fact
        # a holder known only from an earlier report, never seen leaving, is presumed gone by
        # the time a later holder is known to have taken the post
        for prev in group:
            if prev.start_from != "reported" or prev.end_max is not None or prev.ended:
                continue
            later = [
                t for t in dated
                if t.person != prev.person and (lower(t.start_min) or "") > (upper(prev.start_max) or "9999")
            ]
            if later:
                first = min(later, key=Tenure.sort_key)
                prev.end_max = first.start_max or first.start_min
                prev.ended_by, prev.ended, prev.end_fact = "successor", True, first.start_fact

    # a tenure cannot end before it began
    for t in tenures.values():
        start_max = _min_upper(t.start_max, t.end_max)
        if t.start_max is not None and _consistent(t.start_min, start_max):
            t.start_max = start_max
        end_min = _max_lower(t.end_min, t.start_min)
        if t.end_min is not None and _consistent(end_min, t.end_max):
            t.end_min = end_min

    ordered = sorted(tenures.values(), key=lambda t: (t.role_class, t.sort_key(), t.person))
    return Leadership(organization=org, tenures=ordered, gaps=_gaps(org, ordered, links))


def _month_before(date: str) -> str:
    """The first day of the month before a date: "2020-09-02" -> "2020-08-01"."""
    found = parse_partial(date)
    return month_start_before(found[0]).isoformat() if found else date


def _dated(value: object) -> str | None:
    """An attribute that holds a date ("begins": "2020-11-22"), or None (``True``)."""
    return value if isinstance(value, str) and lower(value) else None


def _orderable(t: Tenure) -> bool:
    """A tenure whose start is known well enough to order it among its post's holders."""
    return bool(t.start_min or t.start_max) and t.start_from != "reported"


def _only_role(tenures: Mapping[tuple[str, str], Tenure], person: str) -> str | None:
    roles = [t.role for (p, _cls), t in tenures.items() if p == person]
    return roles[0] if len(roles) == 1 else None


def _evidenced_by(fact: Fact, published: Mapping[str, str | None]) -> str | None:
    """The earliest day a post is known held: the day of the clause it was told in (``seen``,
    "said Secretary-General X yesterday"), else its first report."""
    seen, reported = fact.attrs.get("seen"), reported_by(fact, published)
    if seen and lower(seen) and (reported is None or (upper(seen) or "") <= (upper(reported) or "")):
        return seen
    return reported


def reported_by(fact: Fact, published: Mapping[str, str | None]) -> str | None:
    """The earliest publication date among a fact's sources (None if none known)."""
    dates = [published.get(s.doc) for s in fact.sources]
    known = [d for d in dates if d and lower(d)]
    return min(known, key=lambda d: upper(d) or "") if known else None


def _apply_fate(t: Tenure, facts: list[Fact], published: Mapping[str, str | None]) -> None:
    events = []
    for fact in facts:
        if fact.type in ("death", "capture") and _arg(fact, "person") == t.person:
            events.append(fact)
        elif fact.type == "defection" and _arg(fact, "member") == t.person:
            if _arg(fact, "from") in (None, t.organization):
                events.append(fact)
    start_lo = lower(t.start_min or t.start_max)
    candidates = []
    for fact in events:
        ev_lo = fact.time.start if fact.time else None
        ev_hi = (fact.time.end or fact.time.start) if fact.time else None
        if not ev_lo and not ev_hi:
            ev_hi = reported_by(fact, published)  # undated: no later than its first report
        if start_lo and ev_hi and (upper(ev_hi) or "") < start_lo:
            continue  # happened before the tenure began (another post, or a data conflict)
        candidates.append((lower(ev_lo) or "9999", fact, ev_lo, ev_hi))
    if not candidates:
        return
    candidates.sort(key=lambda c: (c[0], c[1].id))
    _key, fact, ev_lo, ev_hi = candidates[0]
    if t.ended_by == "stated":
        # a stated end: the fate explains it when their dates can agree
        if overlaps(ev_lo, ev_hi, t.end_min, t.end_max):
            lo, hi = _max_lower(t.end_min, ev_lo), _min_upper(t.end_max, ev_hi)
            if _consistent(lo, hi):
                t.end_min, t.end_max = lo, hi
            t.ended_by, t.end_fact = fact.type, fact.id
            t.facts.append(fact.id)
        return
    t.end_min = _max_lower(t.end_min, ev_lo)
    t.end_max = _min_upper(t.end_max, ev_hi)
    t.ended_by, t.ended, t.end_fact = fact.type, True, fact.id
    t.facts.append(fact.id)


def _bound_succession(pred: Tenure, succ: Tenure) -> None:
    # the successor began no earlier than the predecessor ended
    if succ.start_from in (None, "predecessor"):
        if pred.end_min or pred.end_max:
            succ.start_min = pred.end_min or pred.end_max
            succ.start_max = _min_upper(pred.end_max, succ.end_max) or pred.end_max
            succ.start_from = "predecessor"
    else:
        lo = _max_lower(succ.start_min, pred.end_min)
        if _consistent(lo, succ.start_max):
            succ.start_min = lo
    # the predecessor ended no later than the successor began
    if pred.end_min is None and pred.end_max is None:
        if succ.start_min or succ.start_max:
            pred.end_min = succ.start_min or succ.start_max
            pred.end_max = succ.start_max or succ.start_min
            pred.ended_by, pred.ended = pred.ended_by or "successor", True
    else:
        hi = _min_upper(pred.end_max, succ.start_max)
        if _consistent(pred.end_min, hi):
            pred.end_max = hi


def _gaps(org: str, tenures: list[Tenure], links: list[tuple[Tenure, Tenure, Fact]]) -> list[Gap]:
    pairs: list[tuple[Tenure, Tenure]] = [(p, s) for p, s, _f in links]
    for cls in EXCLUSIVE_ROLES:
        dated = sorted(
            (t for t in tenures if t.role_class == cls and _orderable(t)),
            key=Tenure.sort_key,
        )
        pairs += list(zip(dated, dated[1:], strict=False))
    gaps: dict[tuple[str, str, str], Gap] = {}
    for prev, nxt in pairs:
        end = prev.end_max or prev.end_min
        start = nxt.start_min or nxt.start_max
        if not end or not start or prev.person == nxt.person:
            continue
        if (upper(end) or "") < (lower(start) or ""):
            key = (prev.person, nxt.person, prev.role_class)
            gaps[key] = Gap(
                organization=org,
                role_class=prev.role_class,
                after=prev.person,
                before=nxt.person,
                start=end,
                end=start,
                after_reason=prev.ended_by,
            )
    return sorted(gaps.values(), key=lambda g: (g.role_class, lower(g.start) or ""))


# --------------------------------------------------------------------------- relations


@dataclass(slots=True)
class Relation:
    """One relation of an organisation to another entity, valid over [start, end]."""

    kind: str  # "parent" | "branch" | "ally" | "pledged_to" | "pledge_from" | "defected_to" | "defected_from"
    organization: str
    other: str
    subkind: str | None = None  # branch kind (province, wing, ...), alliance kind (linked, rival, ...)
    start: str | None = None
    end: str | None = None
    fact: str = ""
    modality: str = "asserted"

    def valid_on(self, on_start: str, on_end: str | None = None) -> bool:
        return overlaps(self.start, self.end, on_start, on_end or on_start)


_RELATION_ARGS: dict[str, tuple[tuple[str, str, str], ...]] = {
    # fact type -> (arg holding the org, arg holding the other side, relation kind)
    "branch": (("organization", "parent", "parent"), ("parent", "organization", "branch")),
    "alliance": (("a", "b", "ally"), ("b", "a", "ally")),
    "pledge": (("pledger", "recipient", "pledged_to"), ("recipient", "pledger", "pledge_from")),
    "defection": (("from", "to", "defected_to"), ("to", "from", "defected_from")),
}


def relation_span(fact: Fact) -> tuple[str | None, str | None]:
    """When a relation holds: a state's own start/end; an event (pledge, defection)
    from when it happened on."""
    if fact.time is None:
        return None, None
    if fact.type in ("pledge", "defection"):
        return fact.time.start or fact.time.end, None
    return fact.time.start, fact.time.end


def relations(org: str, facts: Iterable[Fact], *, on: str | None = None) -> list[Relation]:
    """The parents, branches, allies, pledges and defections of ``org``, optionally only
    those that may hold on date ``on``. Ordered by start."""
    found: list[Relation] = []
    for fact in facts:
        for mine, theirs, kind in _RELATION_ARGS.get(fact.type, ()):
            if _arg(fact, mine) != org or not _arg(fact, theirs):
                continue
            if fact.type == "defection" and kind == "defected_to" and not _arg(fact, "to"):
                continue
            start, end = relation_span(fact)
            rel = Relation(
                kind=kind,
                organization=org,
                other=fact.args[theirs],
                subkind=fact.attrs.get("kind"),
                start=start,
                end=end,
                fact=fact.id,
                modality=fact.modality,
            )
            if on is None or rel.valid_on(on):
                found.append(rel)
    return sorted(found, key=lambda r: (lower(r.start) or "", r.kind, r.other, r.fact))


__all__ = [
    "EXCLUSIVE_ROLES",
    "Gap",
    "Leadership",
    "ROLE_CLASSES",
    "Relation",
    "Tenure",
    "human_date",
    "human_span",
    "leadership",
    "lower",
    "overlaps",
    "relation_span",
    "relations",
    "reported_by",
    "role_class",
    "span_text",
    "upper",
]
