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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
from orbat.resolve.events import FactNode, cluster_facts, fact_id_tiers, merge_facts
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

    lines = group_lines(exts, clustering, node_entity, entities, reference=reference)
    facts = _resolve_facts(exts, clustering, node_entity, geos, lines)
    facts, fact_notes = apply_fact_curations(facts, curs)
    kb = KnowledgeBase(
        entities=sorted(entities, key=lambda e: e.id),
        facts=sorted(facts, key=lambda f: f.id),
    )
    return Resolution(kb, clustering, clusters, node_entity, notes + fact_notes)


def _initial_clusters(c: EntityClustering, *, reference) -> list[Cluster]:
    groups = sorted(c.uf.groups().values())
    descriptions = [describe(members, c, reference=reference) for members in groups]
    tiers = []
    for members, d in zip(groups, descriptions, strict=True):
        base = entity_base(d.type, ref=d.ref, name=d.name, geo=d.geo)
        first = c.nodes[members[0]]
        tiers.append([base, (*base, "#", first.doc, first.local_id)])
    ids = assign_ids("ent:", tiers)
    return [Cluster(members=list(m), id=i) for m, i in zip(groups, ids, strict=True)]


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


def group_lines(
    exts: Sequence[Extraction],
    c: EntityClustering,
    node_entity: dict[int, str],
    entities: Sequence[Entity],
    *,
    reference: Reference | None,
) -> dict[str, frozenset[str]]:
    """Each group entity with the groups it is a branch of, transitively: from the gazetteer's
    parents and from the documents' branch facts ("ISWAP, the Islamic State's province")."""
    parents: dict[str, set[str]] = {}
    if reference is not None:
        by_ref: dict[str, list[str]] = {}
        for e in entities:
            if e.ref:
                by_ref.setdefault(e.ref, []).append(e.id)
        for e in entities:
            if e.ref and reference.get_group(e.ref) is not None:
                for g in reference.ancestors(e.ref):
                    parents.setdefault(e.id, set()).update(by_ref.get(g.id, ()))
    for ext in exts:
        for f in ext.facts:
            if f.type != "branch" or f.modality == "denied":
                continue
            org, parent = (c.by_local.get((ext.doc_id, f.args.get(k) or "")) for k in ("organization", "parent"))
            if org is not None and parent is not None and node_entity.get(org) and node_entity.get(parent):
                parents.setdefault(node_entity[org], set()).add(node_entity[parent])
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


def _resolve_facts(
    exts: Sequence[Extraction],
    c: EntityClustering,
    node_entity: dict[int, str],
    geos: dict[str, Geo | None],
    lines: dict[str, frozenset[str]],
) -> list[Fact]:
    def entity_of(doc: str, value: str) -> str | None:
        node = c.by_local.get((doc, value))
        return node_entity.get(node) if node is not None else None

    def to_node(index: int, doc: str, fact: Fact, args: dict[str, str]) -> FactNode:
        location = entity_of(doc, fact.location) if fact.location else None
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
        described = frozenset(
            k for k, v in fact.args.items() if k in DESCRIBABLE and v and _described(c, doc, v)
        )
        target = fact.args.get("target") if fact.type == "attack" else None
        words = _target_words(c, doc, target) if target else frozenset()
        perp = args.get("perpetrator") if fact.type == "attack" and "perpetrator" not in described else None
        line = lines.get(perp, frozenset({perp})) if perp else frozenset()
        return FactNode(
            index, doc, fact.id, mapped, geos.get(location) if location else None, described, words, line
        )

    first: list[FactNode] = []
    claims: list[tuple[str, Fact]] = []
    for ext in exts:
        for fact in sorted(ext.facts, key=lambda f: natural_key(f.id)):
            if not fact.sources:
                continue  # a fact never exists without evidence
            if fact.type == "claim":
                claims.append((ext.doc_id, fact))
                continue
            args = {k: entity_of(ext.doc_id, v) or v for k, v in fact.args.items() if v}
            first.append(to_node(len(first), ext.doc_id, fact, args))
    merged_first, local_ids = _merge(first, geos)

    second: list[FactNode] = []
    for doc, fact in claims:
        args = {}
        for k, v in fact.args.items():
            if not v:
                continue
            if k == "attack":
                if (doc, v) in local_ids:
                    args[k] = local_ids[(doc, v)]
                continue
            args[k] = entity_of(doc, v) or v
        second.append(to_node(len(second), doc, fact, args))
    merged_claims, _ = _merge(second, geos)
    return merged_first + merged_claims


def _merge(
    nodes: list[FactNode], geos: dict[str, Geo | None]
) -> tuple[list[Fact], dict[tuple[str, str], str]]:
    clustering = cluster_facts(nodes)
    facts = [merge_facts([nodes[i] for i in members], geo_of=geos.get) for members in clustering.groups]
    ids = assign_ids("fact:", [fact_id_tiers(f) for f in facts])
    local: dict[tuple[str, str], str] = {}
    for fact, fid, members in zip(facts, ids, clustering.groups, strict=True):
        fact.id = fid
        for i in members:
            local[(nodes[i].doc, nodes[i].local_id)] = fid
    return facts, local
