"""The resolution index: what an incremental update needs to know about a resolution.

A full resolution (``resolver.run``) is summed up, beside its knowledge base, as:

- **nodes**: every doc-local entity and fact with the knowledge-base id it went to and
  what resolution read about it (an entity node's names, keys, ref, geo, identity links;
  a fact's doc-local form and what its document says of its args);
- **keys**: every block a knowledge-base item's nodes are compared in (``entity_keys``,
  ``events.block_keys``), and for facts a ``r|ID`` key per entity (or attack) they name.
  A fact's block key ends in a time bucket of its *summary*: ``|YYYY-Www`` for each ISO
  week an event's merged time can fall in (when at most ``NARROW_DAYS`` wide), else ``|*``
  (states, undated or wide events) - so a lookup by block and week finds only the facts
  whose time could overlap (``lookup_keys``). An attack's reported-week key (``("reported",
  "attack", year, week)``: every placed or dated attack of a week, of every group) goes on
  with ``~`` and its summary's perpetrator (``perp_token``, ``""`` for none), so a new
  attack of a known perpetrator reads only the week's attacks it could merge with;
- **entity summaries**: per knowledge-base entity, what the clustering rules and
  ``describe`` read of its mentions without the mentions themselves
  (``entity_summary_record``): one *proxy* node per distinct mention (type, names, keys,
  ref, geo, vague, bare - the earliest mention carrying it), the asserted identity links
  between its proxies, whether an asserted identity link leaves the cluster (``cross``),
  its first mention (for its id tiers) and its ``entities.NameTally``; kept as a node of
  kind ``entity_summary`` (doc ``""``, local id = kb id);
- **summaries**: per knowledge-base fact, the cluster state it was merged under
  (``events.FactState``: key args, tightest time, place, method, toll, perpetrator line),
  as a node of kind ``summary`` (doc ``""``, local id = kb id): what a new mention is
  compared with; and, for a fact of several mentions, its ``fact_tally.FactTally`` (what
  ``merge_facts`` reads of its mentions, mergeable), as a node of kind ``fact_tally``:
  what a new mention joining it is merged with (a fact of one mention is re-merged from
  that mention);
- **ids**: each item's id tiers (``ids.assign_ids``) under the hash of the first tier;
- **meta**: the group parents (``resolver.group_parents``) facts' perpetrator lines come from,
  and the format of the keys (``KEY_FORMAT``; an update declines on another).

Pure: the store writes the rows (``Store.replace_knowledge(..., index=...)``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from orbat.model import Fact, Geo, TimeSpan, short_hash
from orbat.resolve.entities import EntityClustering, EntityNode, IdentityLink, NameTally, entity_keys, tally
from orbat.resolve.events import (
    EVENTS,
    NARROW_DAYS,
    FactState,
    _state,
    block_keys,
    fact_id_tiers,
)
from orbat.resolve.fact_tally import FactTally, fact_tally
from orbat.resolve.resolver import FactInput, PlacedFact, Resolution
from orbat.resolve.timespans import day_bounds


@dataclass(frozen=True, slots=True)
class IndexNode:
    kind: str  # "entity" | "fact"
    doc: str
    local_id: str
    kb_id: str
    data: dict


@dataclass(slots=True)
class ResolutionIndex:
    nodes: list[IndexNode] = field(default_factory=list)
    keys: list[tuple[str, str]] = field(default_factory=list)  # (key, kb id)
    ids: list[tuple[str, str, list]] = field(default_factory=list)  # (kb id, base hash, tiers)
    meta: dict[str, object] = field(default_factory=dict)


@dataclass(slots=True)
class IndexDelta:
    """Index rows replacing those of the items in ``removed`` (and of the items written)."""

    index: ResolutionIndex
    removed: set[str]
    # stored items whose mention rows and keys stay (relabelled with the id each has now):
    # only their summary and id rows are replaced (facts keep their ids)
    kept: dict[str, str] = field(default_factory=dict)
    # node rows (kind, doc, local id) stored as they would be written again: neither
    # deleted nor written (``unchanged_summaries``)
    unchanged: set[tuple[str, str, str]] = field(default_factory=set)


SUMMARY_KINDS = ("entity_summary", "summary", "fact_tally")  # node kinds kept per kb item (doc "", local id = kb id)
# (``store.sqlite.SUMMARY_KINDS`` too: the store does not import the resolver)


def unchanged_summaries(
    index: ResolutionIndex, stored: dict[str, dict[str, dict]], moved: Iterable[str] = ()
) -> set[tuple[str, str, str]]:
    """Take out of ``index`` the summary rows (``SUMMARY_KINDS``) that equal the stored
    ones (``stored``: kind -> kb id -> the record read) and return their keys (kind, doc,
    local id), for ``IndexDelta.unchanged``: such a row is left as it is stored. Rows of
    the ids in ``moved`` (kept items whose ids change, and the ids they take) are always
    written again."""
    moved = set(moved)
    seen = Counter((n.kind, n.doc, n.local_id) for n in index.nodes)  # a key written twice: the last row wins
    same: set[tuple[str, str, str]] = set()
    nodes = []
    for n in index.nodes:
        key = (n.kind, n.doc, n.local_id)
        if (
            n.kind in stored and n.doc == "" and n.kb_id == n.local_id and n.kb_id not in moved and seen[key] == 1
            and stored[n.kind].get(n.local_id) == n.data
        ):  # fmt: skip
            same.add(key)
        else:
            nodes.append(n)
    index.nodes = nodes
    return same


def base_hash(tiers: list) -> str:
    return short_hash(*tiers[0])


# --------------------------------------------------------------------------- entities


def entity_record(node: EntityNode, identities: list[list]) -> dict:
    return {
        "type": node.type, "names": list(node.names), "keys": list(node.keys), "ref": node.ref,
        "geo": node.geo.to_json() if node.geo else None, "vague": node.vague, "bare": node.bare,
        "identities": identities,
    }  # fmt: skip


def entity_node(doc: str, local_id: str, data: dict) -> EntityNode:
    """The node an ``entity_record`` was made from (``index`` set by the caller)."""
    return EntityNode(
        -1, doc, local_id, data["type"], tuple(data["names"]), tuple(data["keys"]), data["ref"],
        Geo.from_json(data["geo"]), data["vague"], data["bare"],
    )  # fmt: skip


def identities_by_node(c: EntityClustering) -> dict[int, list[list]]:
    """Each identity link on the row of its ``a`` node: [b's local id, quote, modality, confidence]."""
    out: dict[int, list[list]] = {}
    for link in c.identities:
        out.setdefault(link.a, []).append([c.nodes[link.b].local_id, link.quote, link.modality, link.confidence])
    return out


def add_entities(index: ResolutionIndex, c: EntityClustering, node_entity: dict[int, str], nodes: list[int]) -> None:
    links = identities_by_node(c)
    for i in nodes:
        node, kb_id = c.nodes[i], node_entity[i]
        index.nodes.append(IndexNode("entity", node.doc, node.local_id, kb_id, entity_record(node, links.get(i, []))))
        index.keys += [("e|" + k, kb_id) for k in sorted(entity_keys(node))]


ENTITY_SUMMARY = "entity_summary"


def _proxy_key(record: dict) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"))


def entity_summary_record(
    members: list[int], c: EntityClustering, t: NameTally, links: list[IdentityLink], cross: bool
) -> dict:
    """An entity's summary (see the module's docstring) from its member nodes in ``c``
    (sorted), its tally and the asserted identity links inside it (``entity_links``)."""
    proxies: list[list] = []
    at: dict[str, int] = {}
    proxy_of: dict[int, int] = {}
    for i in members:
        node = c.nodes[i]
        record = entity_record(node, [])
        del record["identities"]
        key = _proxy_key(record)
        if key not in at:
            at[key] = len(proxies)
            proxies.append([node.doc, node.local_id, record])
        proxy_of[i] = at[key]
    between: list[list] = []  # the first link joining each two proxies
    seen: set[tuple[int, int]] = set()
    for link in sorted(links, key=lambda x: (x.doc, x.a, x.b)):
        pair = (proxy_of[link.a], proxy_of[link.b])
        if pair[0] != pair[1] and pair not in seen and pair[::-1] not in seen:
            seen.add(pair)
            between.append([*pair, link.doc, link.quote, link.modality, link.confidence])
    first = c.nodes[members[0]]
    return {
        "type": t.type, "first": [first.doc, first.local_id], "proxies": proxies, "links": between, "cross": cross,
        "names": sorted([n, k] for n, k in t.names.items()), "refs": sorted([r, k] for r, k in t.refs.items()),
        "geos": [[g.to_json(), k] for g, k in t.geos.items()], "asserted": t.asserted,
    }  # fmt: skip


def summary_tally(data: dict) -> NameTally:
    """The ``NameTally`` kept in an ``entity_summary_record``."""
    geos: Counter[Geo] = Counter()
    for g, k in data["geos"]:
        geos[Geo.from_json(g)] += k  # type: ignore[index]
    names, refs = Counter({n: k for n, k in data["names"]}), Counter({r: k for r, k in data["refs"]})
    return NameTally(data["type"], names, refs, geos, data["asserted"])


def entity_links(
    c: EntityClustering, node_entity: dict[int, str], outside: Iterable[int] = ()
) -> tuple[dict[str, list[IdentityLink]], set[str]]:
    """The asserted identity links inside each entity, and the entities such a link leaves
    (to another entity, or from a node in ``outside``: linked in its document to a node
    not clustered here)."""
    inside: dict[str, list[IdentityLink]] = {}
    cross: set[str] = set()
    for link in c.identities:
        a, b = node_entity.get(link.a), node_entity.get(link.b)
        if link.modality != "asserted":
            continue
        if a is not None and a == b:
            inside.setdefault(a, []).append(link)
        else:
            cross.update(e for e in (a, b) if e)
    cross.update(node_entity[i] for i in outside if i in node_entity)
    return inside, cross


def add_entity_summaries(index: ResolutionIndex, records: dict[str, dict]) -> None:
    for kb_id, record in sorted(records.items()):
        index.nodes.append(IndexNode(ENTITY_SUMMARY, "", kb_id, kb_id, record))


# --------------------------------------------------------------------------- facts


def fact_record(p: PlacedFact) -> dict:
    return {
        "phase": p.phase, "fact": p.item.fact.to_json(), "described": sorted(p.item.described),
        "words": sorted(p.item.target_words),
    }  # fmt: skip


def fact_input(doc: str, data: dict) -> FactInput:
    return FactInput(doc, Fact.from_json(data["fact"]), frozenset(data["described"]), frozenset(data["words"]))


def block_key(key: tuple) -> str:
    return "f|" + json.dumps(key, separators=(",", ":")) + "|"


def _weeks(lo: date, hi: date) -> list[str]:
    out, day = [], lo - timedelta(days=lo.weekday())
    while day <= hi:
        year, week, _ = day.isocalendar()
        out.append(f"{year:04d}-W{week:02d}")
        day += timedelta(days=7)
    return out


def _narrow(s: FactState) -> bool:
    return s.type in EVENTS and s.lo is not None and s.hi is not None and (s.hi - s.lo).days <= NARROW_DAYS


def time_buckets(s: FactState) -> list[str]:
    """The time buckets a fact summary is filed under (see the module's docstring)."""
    return _weeks(s.lo, s.hi) if _narrow(s) else ["*"]  # type: ignore[arg-type]


# ``meta["keys"]``: 2 = reported-week keys carry the summary's perpetrator; 3 = and the stored
# group parents hold the groups the gazetteer links a group with (``Reference.attack_line``)
KEY_FORMAT = 3
PERP = "~"  # between a reported-week key's time bucket and its perpetrator


def perp_token(perp: str | None) -> str:
    """A perpetrator as a reported-week key carries it (no ``|``: ``line_moves.block_prefix``
    cuts a key at its last one)."""
    return (perp or "").replace("%", "%25").replace("|", "%7C")


def _perp_of(s: FactState) -> str | None:
    return s.argmap.get("perpetrator") if s.type == "attack" else None


def key_buckets(s: FactState) -> tuple[list[str], str | None]:
    """What a fact's mention keys take from its summary: the time buckets, and (attacks) the
    perpetrator of its reported-week keys. When these change, the mention rows are written again."""
    return time_buckets(s), (perp_token(_perp_of(s)) if s.type == "attack" else None)


def merging_perpetrators(s: FactState, below: dict[str, set[str]]) -> set[str] | None:
    """The perpetrators of the stored attacks a new attack ``s`` could merge with, besides
    those with none: ``None`` (any) when it names none. ``compare`` finds two named
    perpetrators incompatible unless they are one, or one is in the other's line
    (``events.surely_apart``): so ``s``'s perpetrator, its line (``s.perp_line``), and the
    groups whose line holds it (``below``: group -> the groups whose line, as stored
    summaries are read now, holds it)."""
    perp = _perp_of(s)
    if perp is None:
        return None
    return {perp, *s.perp_line, *below.get(perp, ())}


def lines_below(lines: dict[str, frozenset[str]]) -> dict[str, set[str]]:
    """Each group -> the groups whose line holds it (``merging_perpetrators``)."""
    out: dict[str, set[str]] = {}
    for g, line in lines.items():
        for u in line:
            out.setdefault(u, set()).add(g)
    return out


MANY_PERPS = 16  # above this many merging perpetrators, a reported-week block is looked up whole


def lookup_keys(
    s: FactState, perps: set[str] | None = None
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Where to look for the summaries a new fact mention could merge with: exact keys
    (its blocks in the weeks its time could touch, a day either side for the next-day rule,
    and every block's ``*`` bucket), key prefixes (whole blocks of its key args, for an
    undated or wide event, whose time cannot rule anything out), and the key-args blocks of
    a dated event whose ``*`` bucket counts only while the block is small (a full resolution
    splits a large one by month, and a dated mention's month never holds the undated or
    wide ones; the caller decides by the block's size). In town and reported-week blocks,
    which a full resolution always compares in a sliding window over time order (nearest
    neighbours only), a dated event looks at its weeks only and an undated or wide one at
    the ``*`` bucket only. A reported-week key is looked up with each perpetrator in
    ``perps`` and with none (``merging_perpetrators``); with ``perps`` None, with any: the
    fourth list, key prefixes whose every key counts."""
    exact: list[str] = []
    prefixes: list[str] = []
    if_small: list[str] = []
    any_perp: list[str] = []
    narrow = _narrow(s)
    weeks = _weeks(s.lo - timedelta(days=1), s.hi + timedelta(days=1)) if narrow else []  # type: ignore[operator]
    # a perpetrator whose line holds many groups (the synthetic forest's roots; a caliphate's
    # provinces): one prefix per bucket, any perpetrator, instead of a key per group (``surely_apart``
    # then drops the incompatible ones as it would have dropped nothing else)
    tokens = None if perps is None or len(perps) > MANY_PERPS else sorted({"", *(perp_token(p) for p in perps)})
    for key in block_keys(s):
        k = block_key(key)
        if key[0] == "reported":
            buckets = weeks if narrow else ["*"]
            if tokens is None:
                any_perp += [k + b + PERP for b in buckets]
            else:
                exact += [k + b + PERP + t for b in buckets for t in tokens]
            continue
        windowed = key[0] == "town"
        if narrow and key[0] == "args":
            if_small.append(k)
        elif not (narrow and windowed):
            exact.append(k + "*")
        if narrow:
            exact += [k + w for w in weeks]
        elif s.type in EVENTS and not windowed:
            prefixes.append(k)
    return exact, prefixes, if_small, any_perp


def fact_keys(p: PlacedFact, summary: FactState | None = None, sizes: dict | None = None) -> list[str]:
    """A placed mention's keys: its blocks in its KB fact's time buckets, ``r|`` keys of
    what it names. ``sizes`` counts, per KB fact, its mentions in each key-args block of an
    event (a full resolution splits a block of over ``LARGE_BLOCK`` mentions by month)."""
    state = _state(p.node)
    buckets = time_buckets(summary) if summary is not None else ["*"]
    perp = PERP + perp_token(_perp_of(summary if summary is not None else state))
    blocks = block_keys(state)
    keys = [block_key(k) + b + (perp if k[0] == "reported" else "") for k in blocks for b in buckets]
    if sizes is not None:
        for k in blocks:
            if k[0] == "args" and k[1] in EVENTS:
                counts = sizes.setdefault(p.fact_id, {})
                counts[block_key(k)] = counts.get(block_key(k), 0) + 1
    named = [*p.node.fact.args.values(), p.node.fact.location]
    keys += ["r|" + v for v in named if v and v.startswith(("ent:", "fact:"))]
    return keys


def summary_record(phase: int, s: FactState, sizes: dict[str, int] | None = None) -> dict:
    return {
        "phase": phase, "sizes": sizes or {}, "type": s.type, "denied": s.denied, "args": [list(a) for a in s.args],
        "roles": [list(r) for r in s.roles], "time": s.time.to_json() if s.time else None,
        "location": s.location, "geo": s.geo.to_json() if s.geo else None, "method": s.method,
        "killed": s.killed, "target_words": sorted(s.target_words), "perp_line": sorted(s.perp_line),
    }  # fmt: skip


FACT_TALLY = "fact_tally"  # the node kind of a fact's ``FactTally`` (read only for facts a seed joins)


def summary_state(data: dict) -> FactState:
    """The ``FactState`` a ``summary_record`` was made from (as ``events._with_bounds`` of it)."""
    time = TimeSpan.from_json(data["time"])
    lo, hi = day_bounds(time)
    args = tuple(tuple(a) for a in data["args"])
    return FactState(
        data["type"], data["denied"], args, tuple(tuple(r) for r in data["roles"]), time, data["location"],
        Geo.from_json(data["geo"]), lo, hi, dict(args), data["method"], data["killed"],
        frozenset(data["target_words"]), frozenset(data["perp_line"]),
    )  # fmt: skip


def add_facts(
    index: ResolutionIndex,
    placed: list[PlacedFact],
    facts: list[Fact],
    summaries: dict[str, FactState],
    sizes: dict[str, dict[str, int]] | None = None,
    tallies: dict[str, FactTally] | None = None,
) -> None:
    """The index rows of facts and their placed mentions. ``sizes``: the block sizes of the
    mentions of each fact not in ``placed`` (kept stored mentions, ``IndexDelta.kept``);
    ``tallies``: each fact's tally of all its mentions (else made of ``placed``)."""
    sizes = {f: dict(v) for f, v in (sizes or {}).items()}
    if tallies is None:
        tallies = _tallies(placed)
    for p in placed:
        index.nodes.append(IndexNode("fact", p.node.doc, p.node.local_id, p.fact_id, fact_record(p)))
        index.keys += [(k, p.fact_id) for k in fact_keys(p, summaries.get(p.fact_id), sizes)]
    phases = {p.fact_id: p.phase for p in placed}
    for f in facts:
        tiers = [list(t) for t in fact_id_tiers(f)]
        index.ids.append((f.id, base_hash(tiers), tiers))
        if f.id in summaries:
            record = summary_record(phases.get(f.id, 1), summaries[f.id], sizes.get(f.id))
            index.nodes.append(IndexNode("summary", "", f.id, f.id, record))
            if f.id in tallies and tallies[f.id].mentions > 1:  # one mention: it is read back whole instead
                index.nodes.append(IndexNode(FACT_TALLY, "", f.id, f.id, tallies[f.id].to_json()))


def _tallies(placed: list[PlacedFact]) -> dict[str, FactTally]:
    by_fact: dict[str, list] = {}
    for p in placed:
        by_fact.setdefault(p.fact_id, []).append(p.node)
    return {f: fact_tally(nodes) for f, nodes in by_fact.items()}


def build_index(res: Resolution) -> ResolutionIndex:
    """The index of a full resolution without curations."""
    index = ResolutionIndex()
    c = res.entities
    add_entities(index, c, res.node_entity, list(range(len(c.nodes))))
    inside, cross = entity_links(c, res.node_entity)
    records = {}
    for cluster in res.clusters:
        tiers = [list(t) for t in cluster.tiers]
        index.ids.append((cluster.id, base_hash(tiers), tiers))
        t = tally(cluster.members, c, asserted=cluster.merged)
        records[cluster.id] = entity_summary_record(
            sorted(cluster.members), c, t, inside.get(cluster.id, []), cluster.id in cross
        )
    add_entity_summaries(index, records)
    add_facts(index, res.placed, res.kb.facts, res.summaries)
    index.meta["parents"] = {k: sorted(v) for k, v in sorted(res.parents.items())}
    index.meta["keys"] = KEY_FORMAT
    return index
