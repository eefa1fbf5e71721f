"""Fact resolution: one event (or state) told by many documents becomes one fact.

Blocking -> scoring -> clustering again:

* blocks: facts of one type sharing their key-arg entities (for events, further split by
  month when a block is large), and events of one type in the same month and region;
* scoring: ``compare`` checks compatibility (same type, no conflicting key arg, overlapping
  time, nearby place, a denial never with an assertion, compatible role) and counts the
  positive evidence (each shared key arg, a shared narrow time, a shared place). Events
  need two pieces of evidence (one for events that happen once: a death, a founding, a
  defection); states - and pledges - need their key args;
* clustering: a guarded union-find over cluster summaries, so a cluster never holds two
  incompatible facts even through a chain.

``merge_facts`` then writes the merged fact: every source, the strongest modality, the
tightest time, the most precise place, figures per source and their range, and a
confidence that grows with independent documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from orbat.model import EVENT_TYPES, FACT_ARGS, Evidence, Fact, Geo, TimeSpan
from orbat.resolve.geo import places_apart, places_compatible, precision_rank
from orbat.resolve.timespans import coarse, day_bounds, intersect, lower, upper, widen, width_days
from orbat.resolve.unionfind import Link, UnionFind

# Strongest first. A denial is kept apart from every other modality.
MODALITY_ORDER = ("asserted", "reported", "alleged", "claimed", "hedged", "speculative", "denied")
EVENT_KEY_ARGS: dict[str, tuple[str, ...]] = {
    "attack": ("perpetrator",),
    "claim": ("claimant", "attack"),
    "statement": ("speaker",),
    "founding": ("organization",),
    "defection": ("member",),
    "death": ("person",),
    "capture": ("person",),
}
SYMMETRIC = frozenset({"identity", "alliance"})
# Facts merged as events (time and place must agree). A pledge is an event in the data model
# but merges like a state: the same pledger and recipient are one pledge, however dated.
EVENTS = EVENT_TYPES - {"pledge"}
HAPPENS_ONCE = frozenset({"death", "founding", "defection"})
NARROW_DAYS = 62  # a time this narrow (about two months) counts as evidence for an event
PLACE_MAX_KM = 50.0
LARGE_BLOCK = 60  # blocks larger than this are compared in a sliding window
WINDOW = 20
TOWN_WINDOW = 4
CONFIDENCE_CAP = 0.99
FIGURES = ("killed", "wounded")
COMPATIBLE_ATTRS = ("role",)
# Roles that name the same post: "ICE's emir" and "ICE's leader" are one leadership.
ROLE_CLASS = {"emir": "top", "amir": "top", "leader": "top", "caliph": "top"}
GENERIC_ROLES = frozenset({"leader", "other"})


def role_class(role: str) -> str:
    return ROLE_CLASS.get(role, role)


def most_specific_role(roles: list[str]) -> str | None:
    """The title to show for merged tenures: "emir" over the generic "leader"."""
    return min(roles, key=lambda r: (r in GENERIC_ROLES, roles.index(r))) if roles else None


def key_args(fact_type: str) -> tuple[str, ...]:
    if fact_type in EVENT_KEY_ARGS and fact_type in EVENTS:
        return EVENT_KEY_ARGS[fact_type]
    return FACT_ARGS.get(fact_type, ())[:2]


def is_entity_ref(value: str) -> bool:
    return value.startswith(("ent:", "fact:"))


@dataclass(slots=True)
class FactNode:
    """A doc-local fact whose args already point to knowledge-base entity ids."""

    index: int
    doc: str
    local_id: str
    fact: Fact
    geo: Geo | None  # the geo of its location entity
    described: frozenset[str] = frozenset()  # args naming no one ("gunmen", "four bombers")
    target_words: frozenset[str] = frozenset()  # content words of an attack's target ("mall", "cathedral")
    # the perpetrator and the groups it is a branch of ("ISWAP" -> {"ISWAP", "Islamic State"})
    perp_line: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class FactState:
    type: str
    denied: bool
    args: tuple[tuple[str, str], ...]  # known args (name, KB id), sorted
    roles: tuple[tuple[str, str], ...]  # compatible-only attrs ("role", "emir")
    time: TimeSpan | None
    location: str | None
    geo: Geo | None
    lo: date | None = None  # day bounds of ``time`` (computed once)
    hi: date | None = None
    argmap: dict[str, str] = field(default_factory=dict, compare=False)  # ``args`` as a dict
    method: str | None = None  # an attack's method (bombing, raid, ...)
    killed: int | None = None  # an attack's lowest death toll
    target_words: frozenset[str] = frozenset()
    perp_line: frozenset[str] = frozenset()  # see FactNode.perp_line

    @property
    def width(self) -> int | None:
        return None if self.lo is None or self.hi is None else (self.hi - self.lo).days


def _with_bounds(state: FactState) -> FactState:
    lo, hi = day_bounds(state.time)
    return replace(state, lo=lo, hi=hi, argmap=dict(state.args))


def _state(node: FactNode) -> FactState:
    f = node.fact
    args = _norm_args(f)
    if f.type in EVENTS and node.described:
        # "gunmen stormed the mall" and "al-Shabaab's attack on the mall": a described
        # perpetrator is compatible with a named one; it is neither evidence nor a conflict
        args = tuple((k, v) for k, v in args if k not in node.described)
    roles = tuple(sorted((k, role_class(str(f.attrs[k]))) for k in COMPATIBLE_ATTRS if f.attrs.get(k)))
    killed = f.attrs.get("killed")
    toll = killed.get("min") if isinstance(killed, dict) else None
    method = f.attrs.get("method") if f.attrs.get("method") not in (None, "other") else None
    state = FactState(f.type, f.modality == "denied", args, roles, f.time, f.location, node.geo)
    return _with_bounds(
        replace(
            state,
            method=method,
            killed=toll if isinstance(toll, int) else None,
            target_words=node.target_words,
            perp_line=node.perp_line if dict(args).get("perpetrator") else frozenset(),
        )
    )


def _norm_args(f: Fact) -> tuple[tuple[str, str], ...]:
    items = {k: v for k, v in f.args.items() if v}
    if f.type in SYMMETRIC and len(items) == 2 and all(k in items for k in ("a", "b")):
        a, b = sorted((items["a"], items["b"]))
        items = {"a": a, "b": b}
    return tuple(sorted(items.items()))


def _merge_state(a: FactState, b: FactState) -> FactState:
    args = dict(b.args)
    args.update(dict(a.args))
    perp_line = a.perp_line or b.perp_line
    pa, pb = a.argmap.get("perpetrator"), b.argmap.get("perpetrator")
    if pa and pb and pa != pb and pa in b.perp_line:
        args["perpetrator"], perp_line = pb, b.perp_line  # the branch, not the parent it belongs to
    roles = dict(b.roles)
    roles.update(dict(a.roles))
    time = intersect(a.time, b.time) if a.type in EVENTS else widen(a.time, b.time)
    if b.geo is not None and (a.geo is None or precision_rank(b.geo) < precision_rank(a.geo)):
        location, geo = b.location, b.geo
    else:
        location, geo = a.location or b.location, a.geo or b.geo
    merged = FactState(
        a.type, a.denied, tuple(sorted(args.items())), tuple(sorted(roles.items())), time, location, geo,
        method=a.method or b.method, killed=a.killed if a.killed is not None else b.killed,
        target_words=a.target_words | b.target_words, perp_line=perp_line,
    )
    return _with_bounds(merged)


@dataclass(frozen=True, slots=True)
class Comparison:
    compatible: bool
    evidence: int
    reason: str


def compare(a: FactState, b: FactState) -> Comparison:
    """Could two fact summaries be the same event/state, and how much says they are?"""
    if a.type != b.type:
        return Comparison(False, 0, "different types")
    if a.denied != b.denied:
        return Comparison(False, 0, "a denial never merges with an assertion")
    evidence = 0
    keys = key_args(a.type)
    aa, ba = a.argmap, b.argmap
    names = [n for n, _ in a.args] + [n for n, _ in b.args if n not in aa]
    for name in names:
        x, y = aa.get(name), ba.get(name)
        if x is None or y is None:
            if a.type not in EVENTS and name in keys:
                return Comparison(False, 0, f"state arg {name} known on one side only")
            continue
        if x == y:
            evidence += name in keys
        elif name == "perpetrator" and (x in b.perp_line or y in a.perp_line):
            evidence += 1  # "Islamic State" and its province ISWAP: one attacker, told at two levels
        elif name in keys or (a.type not in EVENTS and is_entity_ref(x) and is_entity_ref(y)):
            return Comparison(False, 0, f"different {name}")
    if a.roles != b.roles and a.roles and b.roles:
        br = dict(b.roles)
        for name, value in a.roles:
            if name in br and br[name] != value:
                return Comparison(False, 0, f"different {name} ({value} vs {br[name]})")
    if a.type not in EVENTS:
        return Comparison(True, evidence, "same state")
    if a.type == "attack" and (_stale(a, b) or _stale(b, a) or _both_recent_apart(a, b)):
        return Comparison(False, 0, "an undated report is of a recent attack, not of one months before")
    wa, wb = a.width, b.width
    if (a.lo is not None and b.hi is not None and a.lo > b.hi) or (
        b.lo is not None and a.hi is not None and b.lo > a.hi
    ):
        if not _next_day(a, b):
            return Comparison(False, 0, "times do not overlap")
    elif wa is not None and wb is not None and wa <= NARROW_DAYS and wb <= NARROW_DAYS:
        evidence += 1
    elif a.type == "attack" and not (a.location and b.location) and (_reported_next(a, b) or _reported_next(b, a)):
        evidence += 1  # told undated and placeless in a report of the next day or two: news of that attack
    if a.location and b.location:
        if a.location == b.location:
            evidence += 1
        elif a.geo is not None and b.geo is not None:
            ok, why = places_compatible(a.geo, b.geo, max_km=PLACE_MAX_KM)
            if not ok:
                return Comparison(False, 0, f"places incompatible: {why}")
            evidence += 1
    placeless = 0
    if a.type == "attack" and (a.location and b.location or _reported_together(a, b)):
        # in one place at one time: the same method, or death tolls within a third of each other
        # ("22 dead" and "20 killed" as the toll was revised), say it is one attack. Where one
        # report gives no place, only reports of the same week count, and one more is needed.
        if a.method and b.method and METHOD_FAMILY.get(a.method, a.method) == METHOD_FAMILY.get(b.method, b.method):
            evidence += 1  # ("a bombing" and "a suicide bombing": one method told at two levels)
        if a.killed and b.killed and abs(a.killed - b.killed) <= max(2, max(a.killed, b.killed) // 3):
            evidence += 1
        if a.target_words & b.target_words:
            evidence += 1  # "the Westgate mall" and "a shopping mall": one target
        placeless = 0 if a.location and b.location else 1
    need = (1 if a.type in HAPPENS_ONCE else 2) + placeless
    shared_key = any(aa.get(k) is not None and aa.get(k) == ba.get(k) for k in keys)
    if a.type in HAPPENS_ONCE and not shared_key:
        need = 2
    if evidence < need:
        return Comparison(False, evidence, "not enough shared evidence")
    return Comparison(True, evidence, "compatible")


def surely_apart(a: FactState, b: FactState) -> bool:
    """True only where ``compare(a, b)`` is sure to find the two incompatible, decided on
    what is cheap to read: type, denial, time (the rules on undated attacks included), a
    conflicting key arg, incompatible places, and an upper bound of the evidence
    ``compare`` could count against the evidence it needs. False
    means nothing (``compare`` decides). An incremental update asks this first of each new
    mention and each stored summary in its blocks (thousands, for the blocks of the groups
    most told of), and compares only the pairs it does not rule out: the same merges, fewer
    comparisons (``tests/resolve/test_events.py`` checks it against ``compare``).

    Every test here is one of ``compare``'s own: a rejection ``compare`` returns whenever it
    reaches it (for an event every earlier return is a rejection too), or the evidence it
    needs (``need``) against the most each of its sources could add (shared key args, a
    narrow time or a report of the next day, a place on both sides, an attack's method,
    toll and target where both are placed or reported together)."""
    if a.type != b.type or a.denied != b.denied:
        return True
    ftype = a.type
    if ftype not in EVENTS:
        return False  # states: the key args decide (compare is cheap there)
    # key args first (in the week's and month's blocks most pairs are of other attackers),
    # counting the evidence they give
    aa, ba = a.argmap, b.argmap
    keys = key_args(ftype)
    evidence = 0
    shared_key = False
    for name in keys:
        x, y = aa.get(name), ba.get(name)
        if x is not None and y is not None:
            if x == y:
                evidence += 1
                shared_key = True
            elif name == "perpetrator" and (x in b.perp_line or y in a.perp_line):
                evidence += 1
            else:
                return True  # another attacker, speaker, person...: "different {name}"
    if "perpetrator" not in keys:
        x, y = aa.get("perpetrator"), ba.get("perpetrator")
        if x is not None and y is not None and x != y and (x in b.perp_line or y in a.perp_line):
            evidence += 1
    alo, ahi, blo, bhi = a.lo, a.hi, b.lo, b.hi
    attack = ftype == "attack"
    if (alo is not None and bhi is not None and alo > bhi) or (blo is not None and ahi is not None and blo > ahi):
        if not _next_day(a, b):
            return True
    if attack and (_stale(a, b) or _stale(b, a) or _both_recent_apart(a, b)):
        return True
    # the most evidence compare could count
    placed = bool(a.location and b.location)
    if (
        alo is not None and ahi is not None and blo is not None and bhi is not None
        and (ahi - alo).days <= NARROW_DAYS and (bhi - blo).days <= NARROW_DAYS
    ) or (attack and not placed and (_reported_next(a, b) or _reported_next(b, a))):  # fmt: skip
        evidence += 1
    if placed:
        if a.location == b.location:
            evidence += 1
        elif a.geo is not None and b.geo is not None:
            if places_apart(a.geo, b.geo, max_km=PLACE_MAX_KM):
                return True  # "places incompatible"
            evidence += 1
    placeless = 0
    if attack and (placed or _reported_together(a, b)):
        if a.method and b.method and METHOD_FAMILY.get(a.method, a.method) == METHOD_FAMILY.get(b.method, b.method):
            evidence += 1
        if a.killed and b.killed and abs(a.killed - b.killed) <= max(2, max(a.killed, b.killed) // 3):
            evidence += 1
        if a.target_words & b.target_words:
            evidence += 1
        placeless = 0 if placed else 1
    need = (1 if ftype in HAPPENS_ONCE else 2) + placeless
    if ftype in HAPPENS_ONCE and not shared_key:
        need = 2
    return evidence < need


# methods one report may tell more precisely than another: explosives of any kind are one
METHOD_FAMILY = {"bombing": "explosive", "suicide_bombing": "explosive", "ied": "explosive"}

REPORTED_DAYS = 7


def _reported_together(a: FactState, b: FactState) -> bool:
    """Two attacks whose latest possible day (for an undated one: the day it was reported)
    falls within a week of each other."""
    return a.hi is not None and b.hi is not None and abs((a.hi - b.hi).days) <= REPORTED_DAYS


RECENT_DAYS = 31


def _stale(undated: FactState, dated: FactState) -> bool:
    """An attack a report tells without a date (known only to be before its publication)
    and a dated attack over a month before that: news of an undated attack is news of a
    recent one ("a suicide bomber blew himself up in a mosque in Sanaa", reported in
    September, is not the Sanaa mosque bombings of March)."""
    if undated.lo is not None or undated.hi is None or dated.hi is None or dated.lo is None:
        return False
    return dated.hi - dated.lo <= timedelta(days=NARROW_DAYS) and (undated.hi - dated.hi).days > RECENT_DAYS


def _both_recent_apart(a: FactState, b: FactState) -> bool:
    """Two attacks each told without a date, in reports over a month apart: each report's
    news is of a recent attack, so they are two."""
    if a.lo is not None or b.lo is not None or a.hi is None or b.hi is None:
        return False
    return abs((a.hi - b.hi).days) > RECENT_DAYS


def _reported_next(undated: FactState, dated: FactState) -> bool:
    """An attack told without a date in a report published the day a dated attack happened
    or the two days after ("ISIS-K claimed the bombing at the airport", reported the day
    after the airport bombing of Thursday)."""
    if undated.lo is not None or undated.hi is None or dated.lo is None or dated.hi is None:
        return False
    return (dated.hi - dated.lo).days <= 1 and 0 <= (undated.hi - dated.hi).days <= 2


def _next_day(a: FactState, b: FactState) -> bool:
    """Two attacks each dated to one day, a day apart: one told "late on Thursday", the other
    "on Friday" (night, time zones, a report's lag). Compatible, but no evidence by time."""
    if a.type != "attack" or None in (a.lo, a.hi, b.lo, b.hi):
        return False
    if a.width != 0 or b.width != 0:
        return False
    return abs((a.lo - b.lo).days) == 1


def _guard(a: FactState, b: FactState) -> str | None:
    result = compare(a, b)
    return None if result.compatible else result.reason


# --------------------------------------------------------------------------- blocking


def _months(span: TimeSpan | None) -> list[str]:
    if span is None:
        return []
    width = width_days(span)
    if width is None or width > NARROW_DAYS:
        return []
    lo, hi = lower(span.start), upper(span.end)
    if lo is None or hi is None:
        return []
    out, y, m = [], lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _region(state: FactState) -> str | None:
    if state.geo is not None:
        return state.geo.admin1 or state.geo.country or state.location
    return state.location


def block_keys(s: FactState) -> list[tuple]:
    """The blocks a fact summary is compared in (see ``candidate_pairs``)."""
    out: list[tuple] = []
    args = s.argmap
    keys = tuple((k, args[k]) for k in key_args(s.type) if k in args)
    if keys:
        out.append(("args", s.type, keys))
    if s.type in EVENTS:
        region = _region(s)
        for month in _months(s.time):
            out.append(("when-where", s.type, month, region))
        if s.type == "attack" and s.hi is not None and (s.method or s.killed or s.location or s.target_words):
            # reported the same week, with a method, a toll, a place or a target to compare
            # (any may be missing on one side): this week's and next week's block
            year, week, _ = s.hi.isocalendar()
            out.append(("reported", s.type, year, week))
            year, week, _ = (s.hi + timedelta(days=7)).isocalendar()
            out.append(("reported", s.type, year, week))
        if s.type == "attack" and s.geo is not None and s.geo.precision == "settlement":
            # one town, however loosely dated ("last week", "on Friday"): compare them
            town = s.geo.geonames_id or (round(s.geo.lat, 1), round(s.geo.lon, 1))
            out.append(("town", s.type, town))
    return out


def candidate_pairs(states: Sequence[FactState]) -> list[tuple[int, int]]:
    blocks: dict[tuple, list[int]] = {}
    for i, s in enumerate(states):
        for key in block_keys(s):
            blocks.setdefault(key, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for block, members in blocks.items():
        if block[0] in {"town", "reported"}:
            # every attack of a town: its nearest neighbours in time only (the loosely dated
            # ones sort where their bounds fall), so a busy town is not n^2 comparisons
            _window_pairs(members, states, pairs, window=TOWN_WINDOW)
        elif len(members) <= LARGE_BLOCK:
            _all_pairs(members, pairs)
        elif block[0] == "args" and block[1] in EVENTS:
            for sub in _split_by_month(members, states).values():
                _window_pairs(sub, states, pairs)
        else:
            _window_pairs(members, states, pairs)
    return sorted(pairs)


def _split_by_month(members: list[int], states: Sequence[FactState]) -> dict[str, list[int]]:
    subs: dict[str, list[int]] = {}
    for i in members:
        months = _months(states[i].time) or ["?"]
        for month in months:
            subs.setdefault(month, []).append(i)
    return subs


def _all_pairs(members: list[int], pairs: set[tuple[int, int]]) -> None:
    for x, i in enumerate(members):
        for j in members[x + 1 :]:
            pairs.add((i, j) if i < j else (j, i))


def _window_pairs(
    members: list[int], states: Sequence[FactState], pairs: set[tuple[int, int]], *, window: int = WINDOW
) -> None:
    """Sorted neighbourhood for a large block: order by what must agree (role, denial,
    time, place) and pair each fact with the next ``window`` only, so a block of n facts
    costs n * window comparisons, not n^2 / 2."""
    if len(members) <= min(LARGE_BLOCK, window + 1):
        _all_pairs(members, pairs)
        return

    def order(i: int) -> tuple:
        s = states[i]
        return (s.denied, s.roles, s.lo or date.min, s.hi or date.max, s.location or "", i)

    ordered_members = sorted(members, key=order)
    for x, i in enumerate(ordered_members):
        for j in ordered_members[x + 1 : x + 1 + window]:
            pairs.add((i, j) if i < j else (j, i))


# --------------------------------------------------------------------------- clustering


@dataclass(slots=True)
class FactClustering:
    nodes: list[FactNode]
    uf: UnionFind[FactState]
    groups: list[list[int]] = field(default_factory=list)


def cluster_facts(nodes: list[FactNode]) -> FactClustering:
    states = [_state(n) for n in nodes]
    uf: UnionFind[FactState] = UnionFind(list(states), merge_state=_merge_state, guard=_guard)
    scored = []
    for i, j in candidate_pairs(states):
        result = compare(states[i], states[j])
        if result.compatible:
            scored.append((-result.evidence, i, j, result.reason))
    for neg_evidence, i, j, _reason in sorted(scored):
        uf.union(Link(i, j, "fact", f"evidence {-neg_evidence}", doc=nodes[j].doc))
    groups = sorted(uf.groups().values())
    return FactClustering(nodes, uf, groups)


# --------------------------------------------------------------------------- merging


def modality_rank(modality: str) -> int:
    return MODALITY_ORDER.index(modality) if modality in MODALITY_ORDER else len(MODALITY_ORDER)


def merge_facts(members: Sequence[FactNode], *, geo_of: Callable[[str], Geo | None]) -> Fact:
    """One fact from compatible doc-local facts (``id`` is filled in later)."""
    ordered = sorted(
        members, key=lambda n: (modality_rank(n.fact.modality), -n.fact.confidence, n.doc, n.index)
    )
    best = ordered[0].fact
    ftype = best.type
    args: dict[str, str] = {}
    for name in sorted({k for n in members for k in n.fact.args}):
        named = [n for n in members if n.fact.args.get(name) and name not in n.described]
        votes = Counter(n.fact.args[name] for n in (named or members) if n.fact.args.get(name))
        if votes:
            # the most specific perpetrator first: a province over the group it belongs to
            lines = {n.fact.args[name]: n.perp_line for n in members if n.fact.args.get(name)} if name == "perpetrator" else {}
            args[name] = min(
                votes, key=lambda v: (not is_entity_ref(v), -sum(u in lines.get(v, ()) for u in votes), -votes[v], v)
            )
    time: TimeSpan | None = None
    for node in sorted(members, key=lambda n: (n.doc, n.index)):
        time = (intersect if ftype in EVENTS else widen)(time, node.fact.time)
    locations = Counter(n.fact.location for n in members if n.fact.location)
    location = (
        min(locations, key=lambda loc: (precision_rank(geo_of(loc)), -locations[loc], loc))
        if locations
        else None
    )
    attrs: dict[str, Any] = {}
    for node in ordered:
        for key, value in node.fact.attrs.items():
            if key not in FIGURES and key != "per_source" and value is not None and key not in attrs:
                attrs[key] = value
    attrs.update(_figures(members))
    roles = [str(n.fact.attrs["role"]) for n in ordered if n.fact.attrs.get("role")]
    if roles:
        attrs["role"] = most_specific_role(roles)
    attrs = dict(sorted(attrs.items()))
    sources = sorted(
        {
            (s.doc, s.start, s.end, s.quote, s.attributed_to or ""): s
            for n in members
            for s in n.fact.sources
        }.items()
    )
    return Fact(
        id="",
        type=ftype,
        args=args,
        time=time,
        location=location,
        attrs=attrs,
        modality=best.modality,
        confidence=combined_confidence(members),
        sources=[Evidence(s.doc, s.quote, s.start, s.end, s.attributed_to) for _, s in sources],
    )


def combined_confidence(members: Sequence[FactNode]) -> float:
    """Noisy-or over independent documents (the best mention of each), capped."""
    per_doc: dict[str, float] = {}
    for node in members:
        per_doc[node.doc] = max(per_doc.get(node.doc, 0.0), node.fact.confidence)
    return noisy_or(list(per_doc.values()))


def noisy_or(per_doc: Sequence[float]) -> float:
    """The confidence of a fact told by documents of these (best) confidences, capped; one
    document's own confidence when there is one."""
    if len(per_doc) == 1:
        return round(per_doc[0], 4)
    doubt = 1.0
    for value in per_doc:
        doubt *= 1.0 - min(max(value, 0.0), 1.0)
    return round(min(CONFIDENCE_CAP, 1.0 - doubt), 4)


def _figures(members: Sequence[FactNode]) -> dict[str, Any]:
    per_doc: dict[str, dict[str, Any]] = {}
    for node in sorted(members, key=lambda n: (n.doc, modality_rank(n.fact.modality), n.index)):
        entry = per_doc.setdefault(node.doc, {"doc": node.doc})
        for key in FIGURES:
            value = node.fact.attrs.get(key)
            if isinstance(value, dict) and key not in entry:
                entry[key] = {"min": value.get("min"), "max": value.get("max")}
        if node.fact.time is not None and "time" not in entry:
            entry["time"] = node.fact.time.to_json()
    return figures_of(per_doc)


def figures_of(per_doc: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The figures' ranges over the per-document entries ({"doc", figure..., "time"}), and the
    entries themselves (``per_source``) where the documents differ in figures or time."""
    out: dict[str, Any] = {}
    for key in FIGURES:
        values = [e[key] for e in per_doc.values() if key in e]
        if not values:
            continue
        mins = [v["min"] for v in values if v.get("min") is not None]
        maxes = [v.get("max") for v in values]
        out[key] = {
            "min": min(mins) if mins else None,
            "max": None if any(m is None for m in maxes) else max(maxes),
        }
    reported = [e for e in per_doc.values() if any(k in e for k in FIGURES)]
    times = {_time_key(e.get("time")) for e in per_doc.values()}
    if len(per_doc) > 1 and (len(reported) > 1 or len(times) > 1):
        out["per_source"] = [per_doc[d] for d in sorted(per_doc)]
    return out


def _time_key(value: dict | None) -> tuple | None:
    """A time entry compared whatever the order of its keys (a dict read back from JSON)."""
    return None if value is None else (value.get("start"), value.get("end"), value.get("text"))


def fact_id_tiers(fact: Fact) -> list[tuple[str, ...]]:
    """Id keys from general to specific (see ``orbat.resolve.ids.assign_ids``)."""
    keys = sorted(fact.args[k] for k in key_args(fact.type) if fact.args.get(k))
    base = (fact.type, *keys, coarse(fact.time), fact.location or "")
    time = fact.time or TimeSpan()
    detail = (
        *base,
        "|",
        time.start or "",
        time.end or "",
        fact.modality,
        *(str(fact.attrs.get(k, "")) for k in ("role", "kind", "cause", "method")),
        *sorted(f"{k}={v}" for k, v in fact.args.items()),
    )
    first = min(((s.doc, s.start) for s in fact.sources), default=("", 0))
    return [base, detail, (*detail, "|", first[0], str(first[1]))]
