"""The resolution step end to end: extractions + curations -> KnowledgeBase.

sort extractions (by doc id: input order never matters)
-> entities: cluster doc-local entities (entities.py), give ids (ids.py),
   apply entity curations (curation.py)
-> facts: map args to entity ids, cluster and merge (events.py) - attacks first,
   then claims, whose ``attack`` arg points to the merged attack's id
-> fact curations -> KnowledgeBase (entities and facts sorted by id)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from orbat.model import Curation, Entity, Extraction, Fact, Geo, KnowledgeBase, short_hash
from orbat.resolve.curation import CurationNote, apply_entity_curations, apply_fact_curations, ordered
from orbat.resolve.entities import (
    Cluster,
    EntityClustering,
    EntityDescription,
    cluster_entities,
    describe,
    natural_key,
)
from orbat.resolve.events import FactNode, FactState, cluster_facts, fact_id_tiers, merge_facts
from orbat.resolve.ids import assign_ids, entity_base
from orbat.text import normalize_name

if TYPE_CHECKING:
    from orbat.reference import Reference


@dataclass(slots=True)
class Resolution:
    """Everything resolution worked out, kept for explanations."""

    kb: KnowledgeBase
    entities: EntityClustering
    clusters: list[Cluster]
    node_entity: dict[int, str]  # entity node index -> KB entity id
    notes: list[CurationNote]
    placed: list[PlacedFact] = field(default_factory=list)  # every doc-local fact and its KB fact
    parents: dict[str, set[str]] = field(default_factory=dict)  # group entity -> its parents
    # each KB fact's cluster summary (the union-find state it was merged under); filled
    # only when asked (``run(..., summaries=True)``: the resolution index keeps them)
    summaries: dict[str, FactState] = field(default_factory=dict)


def sort_extractions(extractions: Iterable[Extraction]) -> list[Extraction]:
    """By document id; duplicates of one id by their content (total, input-independent)."""
    items = list(extractions)
    ids = [e.doc_id for e in items]
    if len(set(ids)) == len(ids):
        return sorted(items, key=lambda e: e.doc_id)
    return sorted(items, key=lambda e: (e.doc_id, json.dumps(e.to_json(), sort_keys=True, default=str)))


def run(
    extractions: Iterable[Extraction],
    curations: Iterable[Curation] = (),
    *,
    reference: Reference | None = None,
    summaries: bool = False,
) -> Resolution:
    exts = sort_extractions(extractions)
    curs = ordered(curations)
    identities = [
        (
            ext.doc_id,
            f.args.get("a", ""),
            f.args.get("b", ""),
            f.sources[0].quote if f.sources else None,
            f.modality,
            f.confidence,
        )
        for ext in exts
        for f in ext.facts
        if f.type == "identity"
    ]
    clustering = cluster_entities(exts, identities, reference=reference)
    clusters = _initial_clusters(clustering, reference=reference)

    def canonical(cluster: Cluster) -> str:
        return (
            cluster.name
            or describe(cluster.members, clustering, reference=reference, asserted=cluster.merged).name
        )

    def new_id(members: list[int], taken: set[str]) -> str:
        d = describe(members, clustering, reference=reference)
        base = entity_base(d.type, ref=d.ref, name=d.name, geo=d.geo)
        candidate = "ent:" + short_hash(*base)
        if candidate in taken:
            first = clustering.nodes[min(members)]
            candidate = "ent:" + short_hash(*base, "#", first.doc, first.local_id)
        return candidate

    clusters, notes = apply_entity_curations(clusters, clustering, curs, canonical=canonical, new_id=new_id)

    entities: list[Entity] = []
    node_entity: dict[int, str] = {}
    geos: dict[str, Geo | None] = {}
    for cluster in clusters:
        d = describe(cluster.members, clustering, reference=reference, asserted=cluster.merged)
        entities.append(_entity(cluster, d))
        geos[cluster.id] = d.geo
        for i in cluster.members:
            node_entity[i] = cluster.id

    parents = group_parents(exts, clustering, node_entity, entities, reference=reference)
    states: dict[str, FactState] | None = {} if summaries else None
    facts, placed = _resolve_facts(exts, clustering, node_entity, geos, lines_of(parents), states)
    facts, fact_notes = apply_fact_curations(facts, curs)
    kb = KnowledgeBase(
        entities=sorted(entities, key=lambda e: e.id),
        facts=sorted(facts, key=lambda f: f.id),
    )
    return Resolution(kb, clustering, clusters, node_entity, notes + fact_notes, placed, parents, states or {})


def _initial_clusters(
    c: EntityClustering, *, reference, ids_of: Callable[[list], list[str]] = lambda t: assign_ids("ent:", t)
) -> list[Cluster]:
    groups = sorted(c.uf.groups().values())
    descriptions = [describe(members, c, reference=reference) for members in groups]
    return clusters_of(c, groups, descriptions, ids_of)


def clusters_of(
    c: EntityClustering, groups: list[list[int]], descriptions: list[EntityDescription], ids_of: Callable[[list], list[str]]
) -> list[Cluster]:
    """Clusters with ids for groups of nodes (sorted) described as given."""
    tiers = []
    for members, d in zip(groups, descriptions, strict=True):
        base = entity_base(d.type, ref=d.ref, name=d.name, geo=d.geo)
        first = c.nodes[members[0]]
        tiers.append([base, (*base, "#", first.doc, first.local_id)])
    ids = ids_of(tiers)
    return [Cluster(members=list(m), id=i, tiers=t) for m, i, t in zip(groups, ids, tiers, strict=True)]


def _entity(cluster: Cluster, d: EntityDescription) -> Entity:
    name, aliases = d.name, list(d.aliases)
    if cluster.name and cluster.name != name:
        aliases = [a for a in aliases if a.casefold() != cluster.name.casefold()]
        aliases.insert(0, name)
        name = cluster.name
    return Entity(id=cluster.id, type=d.type, name=name, aliases=aliases, ref=d.ref, geo=d.geo)


DESCRIBABLE = frozenset({"perpetrator"})


def _described(c: EntityClustering, doc: str, local: str) -> bool:
    """A doc-local entity that names no one: "gunmen", "four suicide bombers", "a militant"."""
    index = c.by_local.get((doc, local))
    if index is None:
        return False
    node = c.nodes[index]
    return node.vague or (node.type == "group_of_people" and not node.ref)


_TARGET_STOP = frozenset(
    """the a an of in on at and or to for its his her their this that some several two three four five
    people civilians soldiers troops forces police members group base""".split()
)


def _target_words(c: EntityClustering, doc: str, target: str) -> frozenset[str]:
    """The content words of an attack's target, as named in its document."""
    index = c.by_local.get((doc, target))
    names = c.nodes[index].names if index is not None else (target,)
    words = {w for n in names for w in normalize_name(n).split() if len(w) > 2 and w not in _TARGET_STOP}
    return frozenset(words)


def group_parents(
    exts: Sequence[Extraction],
    c: EntityClustering,
    node_entity: dict[int, str],
    entities: Sequence[Entity],
    *,
    reference: Reference | None,
) -> dict[str, set[str]]:
    """Each group entity's direct parents: from the gazetteer's parents and linked groups
    (``Reference.attack_line``) and from the documents' branch facts ("ISWAP, the Islamic State's province"); ``lines_of`` follows
    them transitively."""
    parents: dict[str, set[str]] = {}
    if reference is not None:
        by_ref: dict[str, list[str]] = {}
        for e in entities:
            if e.ref:
                by_ref.setdefault(e.ref, []).append(e.id)
        for e in entities:
            if e.ref and reference.get_group(e.ref) is not None:
                for g in reference.attack_line(e.ref):
                    parents.setdefault(e.id, set()).update(by_ref.get(g.id, ()))
    for ext in exts:
        for f in ext.facts:
            edge = line_edge(f)
            if edge is None:
                continue
            org, parent = (c.by_local.get((ext.doc_id, local)) for local in edge)
            if org is not None and parent is not None and node_entity.get(org) and node_entity.get(parent):
                parents.setdefault(node_entity[org], set()).add(node_entity[parent])
    return parents


def line_edge(f: Fact) -> tuple[str, str] | None:
    """The (group, parent) doc-local ids a branch fact puts in a line of groups, unless it is
    denied. (A pledge between groups would fit the same line - "the ADF, which pledged
    allegiance to IS" - but every group a new pledge moves takes its stored attacks apart:
    at 1e5 documents an update of 100 articles went from ~12 s to out of memory.)"""
    if f.type != "branch" or f.modality == "denied":
        return None
    return f.args.get("organization") or "", f.args.get("parent") or ""


def lines_of(parents: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    lines: dict[str, frozenset[str]] = {}
    for start in parents:
        seen, todo = {start}, [start]
        while todo:
            for p in parents.get(todo.pop(), ()):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        lines[start] = frozenset(seen)
    return lines


@dataclass(frozen=True, slots=True)
class FactInput:
    """A doc-local fact with what resolution reads about it from its document."""

    doc: str
    fact: Fact  # args and location still doc-local
    described: frozenset[str]  # args naming no one (``_described``)
    target_words: frozenset[str]  # an attack's target words (``_target_words``)


@dataclass(frozen=True, slots=True)
class PlacedFact:
    """Where resolution put a doc-local fact: its phase (1: all but claims, 2: claims),
    the node it compared, and the knowledge-base fact it went to."""

    phase: int
    node: FactNode
    fact_id: str
    item: FactInput


def fact_inputs(exts: Sequence[Extraction], c: EntityClustering) -> list[FactInput]:
    """Every fact with evidence, by document and local id (the order resolution uses)."""
    out: list[FactInput] = []
    for ext in exts:
        for fact in sorted(ext.facts, key=lambda f: natural_key(f.id)):
            if not fact.sources:
                continue  # a fact never exists without evidence
            doc = ext.doc_id
            described = frozenset(
                k for k, v in fact.args.items() if k in DESCRIBABLE and v and _described(c, doc, v)
            )
            target = fact.args.get("target") if fact.type == "attack" else None
            words = _target_words(c, doc, target) if target else frozenset()
            out.append(FactInput(doc, fact, described, words))
    return out


EntityOf = Callable[[str, str], "str | None"]  # (doc, local entity id) -> KB entity id


def _resolve_facts(
    exts: Sequence[Extraction],
    c: EntityClustering,
    node_entity: dict[int, str],
    geos: dict[str, Geo | None],
    lines: dict[str, frozenset[str]],
    summaries: dict[str, FactState] | None = None,
) -> tuple[list[Fact], list[PlacedFact]]:
    def entity_of(doc: str, value: str) -> str | None:
        node = c.by_local.get((doc, value))
        return node_entity.get(node) if node is not None else None

    return resolve_facts(fact_inputs(exts, c), entity_of, geos, lines, summaries=summaries)


def resolve_facts(
    inputs: Sequence[FactInput],
    entity_of: EntityOf,
    geos: dict[str, Geo | None],
    lines: dict[str, frozenset[str]],
    attack_of: EntityOf | None = None,
    tiers: FactIds = lambda t: assign_ids("fact:", t),
    summaries: dict[str, FactState] | None = None,
) -> tuple[list[Fact], list[PlacedFact]]:
    """Cluster and merge facts: attacks and the rest first, then claims, whose ``attack``
    arg points to the merged attack (``attack_of``: where an attack resolved elsewhere went).
    ``tiers`` gives the merged facts their ids from their id tiers (``assign_ids``);
    ``summaries``, where given, receives each merged fact's cluster state by id."""

    def to_node(index: int, item: FactInput, args: dict[str, str]) -> FactNode:
        return fact_node(index, item, args, entity_of, geos, lines)

    first: list[FactNode] = []
    first_items: list[FactInput] = []
    claims: list[FactInput] = []
    for item in inputs:
        if item.fact.type == "claim":
            claims.append(item)
            continue
        args = {k: entity_of(item.doc, v) or v for k, v in item.fact.args.items() if v}
        first.append(to_node(len(first), item, args))
        first_items.append(item)
    merged_first, local_ids, placed_first = _merge(first, first_items, geos, 1, tiers, summaries)

    second: list[FactNode] = []
    for item in claims:
        args = {}
        for k, v in item.fact.args.items():
            if not v:
                continue
            if k == "attack":
                attack = local_ids.get((item.doc, v)) or (attack_of(item.doc, v) if attack_of else None)
                if attack:
                    args[k] = attack
                continue
            args[k] = entity_of(item.doc, v) or v
        second.append(to_node(len(second), item, args))
    merged_claims, _, placed_claims = _merge(second, claims, geos, 2, tiers, summaries)
    return merged_first + merged_claims, placed_first + placed_claims


def fact_node(
    index: int,
    item: FactInput,
    args: dict[str, str],
    entity_of: EntityOf,
    geos: dict[str, Geo | None],
    lines: dict[str, frozenset[str]],
) -> FactNode:
    """The node resolution compares for a doc-local fact whose args are mapped to ``args``."""
    fact = item.fact
    location = entity_of(item.doc, fact.location) if fact.location else None
    mapped = Fact(
        id=fact.id,
        type=fact.type,
        args=args,
        time=fact.time,
        location=location,
        attrs=dict(fact.attrs),
        modality=fact.modality,
        confidence=fact.confidence,
        sources=list(fact.sources),
    )
    perp = args.get("perpetrator") if fact.type == "attack" and "perpetrator" not in item.described else None
    line = lines.get(perp, frozenset({perp})) if perp else frozenset()
    return FactNode(
        index, item.doc, fact.id, mapped, geos.get(location) if location else None,
        item.described, item.target_words, line,
    )  # fmt: skip


FactIds = Callable[[list[list[tuple[str, ...]]]], list[str]]


def _merge(
    nodes: list[FactNode],
    items: list[FactInput],
    geos: dict[str, Geo | None],
    phase: int,
    ids_of: FactIds,
    summaries: dict[str, FactState] | None = None,
) -> tuple[list[Fact], dict[tuple[str, str], str], list[PlacedFact]]:
    clustering = cluster_facts(nodes)
    facts = [merge_facts([nodes[i] for i in members], geo_of=geos.get) for members in clustering.groups]
    ids = ids_of([fact_id_tiers(f) for f in facts])
    local: dict[tuple[str, str], str] = {}
    placed: list[PlacedFact] = []
    for fact, fid, members in zip(facts, ids, clustering.groups, strict=True):
        fact.id = fid
        if summaries is not None:
            summaries[fid] = clustering.uf.state(members[0])
        for i in members:
            local[(nodes[i].doc, nodes[i].local_id)] = fid
            placed.append(PlacedFact(phase, nodes[i], fid, items[i]))
    return facts, local, placed
