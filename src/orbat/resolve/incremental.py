"""Incremental resolution: fold new documents into a stored knowledge base in place.

    resolver = IncrementalResolver(reference)
    kb = resolver(extractions, curations)        # a full resolution, as ``resolve``
    kb, index = resolver.full(extractions, curations)  # the same, with its index
    resolver.update(store, new_doc_ids)           # in place; None: declined (resolve in full)

An update starts from the new documents' mentions and follows the resolution index
(``index.py``) one hop, not to a closure:

1. **entities**: the existing entities that share a blocking key with a new entity
   mention (``entity_keys``) are taken whole, with the new mentions, and clustered again
   by the ordinary rules (``cluster_nodes``) - so a new mention of a known group costs the
   size of that group's cluster, never the store's;
2. **facts**: the new facts, and the stored facts that name an entity whose id or place
   changed, are mapped to entity ids; the stored facts sharing one of their blocks
   (``events.block_keys``) are taken whole and resolved again with them; then the same
   for claims, with the attacks' new ids;
3. ids come from content as always; an id key shared with an item outside the set is
   resolved with it (``ids.assign_ids`` groups), and when that would change the outside
   item's id the update declines;
4. everything replaced is written in one transaction (``Store.update_knowledge``), only if
   the stored knowledge base and index are still the ones resolved from the generation
   read, and stamped with the new generation.

It declines (the caller resolves in full) when: the store keeps no index, or its index is
not of the current knowledge base, or other inputs changed than the new documents'
extractions; curations exist; the update would change a group's line of parents (a new
branch fact, a new gazetteer group); an id outside the set would change.

Exactness: the rules compare only mentions that share a key, so everything a new mention
is compared with is in the set; what is *not* re-done is a change that travels further
than one hop (a new mention joins two clusters, and the merged cluster would now refuse
or accept a third that shares a key with only one of them), and a stored fact whose
sliding-window neighbours (blocks over ``LARGE_BLOCK`` facts) shift. docs/scale.md
lists what tests compare.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from orbat.model import ENTITY_TYPES, Entity, Extraction, Geo, KnowledgeBase
from orbat.resolve.entities import EntityNode, build_nodes, cluster_nodes, describe, entity_keys, natural_key
from orbat.resolve.events import _state, block_keys
from orbat.resolve.ids import assign_ids
from orbat.resolve.index import (
    IndexDelta,
    ResolutionIndex,
    add_entities,
    add_facts,
    base_hash,
    build_index,
    entity_node,
    fact_input,
)
from orbat.resolve.resolver import (
    FactInput,
    _entity,
    _initial_clusters,
    fact_inputs,
    fact_node,
    lines_of,
    resolve_facts,
    run,
    sort_extractions,
)


class Declined(Exception):
    """The update cannot be exact here: resolve in full."""


@dataclass(frozen=True, slots=True)
class UpdateSummary:
    documents: int
    entity_nodes: int  # entity mentions clustered again (new ones included)
    fact_nodes: int  # fact mentions resolved again (new ones included)
    entities: int  # knowledge-base entities written
    facts: int  # knowledge-base facts written


class IncrementalResolver:
    """The default resolver: full resolution with an index, and in-place updates."""

    def __init__(self, reference=None):
        self.reference = reference
        self.declined: str | None = None  # why the last update declined

    def __call__(self, extractions: Iterable[Extraction], curations: list) -> KnowledgeBase:
        return run(extractions, curations, reference=self.reference).kb

    def full(self, extractions: Iterable[Extraction], curations: list) -> tuple[KnowledgeBase, ResolutionIndex | None]:
        res = run(extractions, curations, reference=self.reference)
        return res.kb, (None if curations else build_index(res))

    def update(self, store, new_doc_ids: list[str]) -> UpdateSummary | None:
        self.declined = None
        try:
            return update(store, new_doc_ids, reference=self.reference)
        except Declined as exc:
            self.declined = str(exc)
            return None


def _ids_of(store, prefix: str, removed: set[str]):
    """``assign_ids`` over a set of items and the stored ones outside it sharing a first id key."""

    def ids(tiers: list) -> list[str]:
        tiers = [[tuple(t) for t in item] for item in tiers]
        outside = [r for r in store.index_ids({base_hash(t) for t in tiers}) if r[0] not in removed]
        every = tiers + [[tuple(t) for t in r[2]] for r in outside]
        out = assign_ids(prefix, every)
        if out[len(tiers) :] != [r[0] for r in outside]:
            raise Declined("an id outside the update would change")
        return out[: len(tiers)]

    return ids


def update(store, new_doc_ids: list[str], *, reference=None) -> UpdateSummary:
    if not hasattr(store, "index_generation") or not new_doc_ids:
        raise Declined("no index")
    with store.snapshot():
        gen, base = store.generation(), store.knowledge_generation()
        if store.index_generation() != base or gen - base != len(set(new_doc_ids)) or store.curations():
            raise Declined("the index is not of the stored knowledge base plus these documents")
        exts = sort_extractions(x for x in (store.get_extraction(d) for d in set(new_doc_ids)) if x is not None)
    # the index is read outside that snapshot: the write goes through only if the knowledge
    # base and index are still those of ``base`` (then nothing read from them has changed)
    return _update(store, exts, gen, base, reference)


def _update(store, exts: list[Extraction], gen: int, base: int, reference) -> UpdateSummary:
    delta = ResolutionIndex()
    parents = {k: set(v) for k, v in (store.index_meta("parents") or {}).items()}

    # ---- entities: the new mentions and the clusters they share a key with
    fresh, _ = build_nodes(exts, reference=reference)
    keys = {"e|" + k for n in fresh for k in entity_keys(n)}
    touched = {i for ids in store.index_lookup(keys).values() for i in ids}
    old_rows = [r for r in store.index_nodes(touched) if r[0] == "entity"]
    nodes = [(n.doc, n.local_id, n) for n in fresh] + [(d, loc, entity_node(d, loc, data)) for _k, d, loc, _i, data in old_rows]
    nodes.sort(key=lambda x: (x[0], natural_key(x[1])))
    by_local: dict[tuple[str, str], int] = {}
    ordered: list[EntityNode] = []
    for doc, local, node in nodes:
        node.index = len(ordered)
        by_local[(doc, local)] = node.index
        ordered.append(node)
    identities = [
        (x.doc_id, f.args.get("a", ""), f.args.get("b", ""), f.sources[0].quote if f.sources else None, f.modality, f.confidence)
        for x in exts for f in x.facts if f.type == "identity"
    ]  # fmt: skip
    identities += [(d, loc, *link) for _k, d, loc, _i, data in old_rows for link in data["identities"]]
    identities.sort(key=lambda t: (t[0], natural_key(t[1])))
    c = cluster_nodes(ordered, by_local, identities, reference=reference)
    clusters = _initial_clusters(c, reference=reference, ids_of=_ids_of(store, "ent:", touched))
    entities: list[Entity] = []
    node_entity: dict[int, str] = {}
    geos: dict[str, Geo | None] = {}
    for cluster in clusters:
        d = describe(cluster.members, c, reference=reference)
        entities.append(_entity(cluster, d))
        geos[cluster.id] = d.geo
        for i in cluster.members:
            node_entity[i] = cluster.id
        delta.ids.append((cluster.id, base_hash(cluster.tiers), [list(t) for t in cluster.tiers]))
    add_entities(delta, c, node_entity, list(range(len(ordered))))
    before = store.entities_by_id(sorted(touched))
    went: dict[str, set[str]] = {}
    for _k, d, loc, old_id, _data in old_rows:
        went.setdefault(old_id, set()).add(node_entity[by_local[(d, loc)]])
    changed = {e for e, new in went.items() if new != {e} or before[e].geo != geos.get(e)}
    renamed = {e: next(iter(went[e])) for e in changed if len(went[e]) == 1}
    if (changed - set(renamed)) & (set(parents) | {p for v in parents.values() for p in v}):
        raise Declined("a group with parents was split")
    old_parents, parents = parents, _renamed(parents, renamed)
    new_parents = _parents_after(store, exts, entities, touched, parents, by_local, node_entity, reference)
    lines, old_lines = lines_of(new_parents), lines_of(old_parents)
    moved = {e for e in set(lines) | set(old_lines) if lines.get(e, {e}) != old_lines.get(e, {e})}
    delta.meta["parents"] = {k: sorted(v) for k, v in sorted(new_parents.items())}

    # ---- facts: mapping doc-local args to entity ids, inside the set or from the index
    def entity_lookup(items: list[FactInput]):
        wanted = {(i.doc, v) for i in items for v in (*i.fact.args.values(), i.fact.location) if v}
        known = {k: node_entity[by_local[k]] for k in wanted if k in by_local}
        known.update(store.index_placements("entity", [k for k in wanted if k not in known]))
        missing = {v for v in known.values() if v not in geos}
        geos.update({i: e.geo for i, e in store.entities_by_id(sorted(missing)).items()})
        return lambda doc, value: known.get((doc, value))

    new_inputs = fact_inputs(exts, c)
    affected = {i for ids in store.index_lookup({"r|" + e for e in changed | moved}).values() for i in ids}

    def scope(phase: int, seeds: list[FactInput], seed_ids: set[str], attack_of=None):
        """The seeds, the stored facts of ``seed_ids`` and of the blocks the seeds fall in."""
        rows = [r for r in store.index_nodes(seed_ids) if r[4]["phase"] == phase]
        items = seeds + [fact_input(d, data) for _k, d, _loc, _i, data in rows]
        entity_of = entity_lookup(items)
        keys = set()
        for n, item in enumerate(items):
            args = _args(item, entity_of, attack_of)
            state = _state(fact_node(n, item, args, entity_of, geos, lines))
            keys |= {"f|" + json.dumps(k, separators=(",", ":")) for k in block_keys(state)}
        found = {i for ids in store.index_lookup(keys).values() for i in ids}
        more = [r for r in store.index_nodes(found - seed_ids) if r[4]["phase"] == phase]
        removed = {r[3] for r in rows + more}
        everything = seeds + [fact_input(d, data) for _k, d, _loc, _i, data in rows + more]
        everything.sort(key=lambda i: (i.doc, natural_key(i.fact.id)))
        return everything, removed

    first_seeds = [i for i in new_inputs if i.fact.type != "claim"]
    items1, removed1 = scope(1, first_seeds, affected)
    facts1, placed1 = resolve_facts(items1, entity_lookup(items1), geos, lines, tiers=_ids_of(store, "fact:", removed1))
    attacks = {(p.node.doc, p.node.local_id): p.fact_id for p in placed1}
    claim_seeds = [i for i in new_inputs if i.fact.type == "claim"]
    affected2 = affected | {i for ids in store.index_lookup({"r|" + f for f in removed1}).values() for i in ids}

    def attack_of(doc: str, local: str) -> str | None:
        if (doc, local) in attacks:
            return attacks[(doc, local)]
        return store.index_placements("fact", [(doc, local)]).get((doc, local))

    items2, removed2 = scope(2, claim_seeds, affected2, attack_of)
    facts2, placed2 = resolve_facts(
        items2, entity_lookup(items2), geos, lines, attack_of=attack_of, tiers=_ids_of(store, "fact:", removed2)
    )
    facts = facts1 + facts2
    add_facts(delta, placed1 + placed2, facts)
    written = store.update_knowledge(
        sorted(touched), sorted(removed1 | removed2), entities, facts,
        index=IndexDelta(delta, touched | removed1 | removed2), base_generation=base, generation=gen,
    )  # fmt: skip
    if not written:
        raise Declined("another process changed the knowledge base meanwhile")
    return UpdateSummary(len(exts), len(ordered), len(items1) + len(items2), len(entities), len(facts))


def _renamed(parents: dict[str, set[str]], ids: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for k, v in parents.items():
        out.setdefault(ids.get(k, k), set()).update(ids.get(p, p) for p in v)
    return out


def _parents_after(store, exts, entities, touched, parents, by_local, node_entity, reference) -> dict[str, set[str]]:
    """``resolver.group_parents`` after the update: the stored parents, the gazetteer's for
    groups new to the store (and for their descendants already there), new branch facts."""
    out = {k: set(v) for k, v in parents.items()}

    def present(ref: str) -> list[str]:
        keys = {f"e|ref|{t}|{ref}" for t in ENTITY_TYPES}
        return [e.id for e in entities if e.ref == ref] + [i for ids in store.index_lookup(keys).values() for i in ids]

    for e in entities:
        if e.id in touched or not e.ref or reference is None or reference.get_group(e.ref) is None:
            continue
        out.setdefault(e.id, set()).update(i for g in reference.ancestors(e.ref) for i in present(g.id))
        todo = [e.ref]
        while todo:
            for child in reference.children(todo.pop()):
                todo.append(child.id)
                for i in present(child.id):
                    out.setdefault(i, set()).add(e.id)
    for x in exts:
        for f in x.facts:
            if f.type == "branch" and f.modality != "denied":
                org, parent = (by_local.get((x.doc_id, f.args.get(k) or "")) for k in ("organization", "parent"))
                if org is not None and parent is not None:
                    out.setdefault(node_entity[org], set()).add(node_entity[parent])
    return out


def _args(item: FactInput, entity_of, attack_of) -> dict[str, str]:
    """A fact's args mapped as ``resolve_facts`` maps them (for its blocks)."""
    args = {}
    for k, v in item.fact.args.items():
        if not v:
            continue
        if k == "attack" and item.fact.type == "claim":
            attack = attack_of(item.doc, v) if attack_of else None
            if attack:
                args[k] = attack
            continue
        args[k] = entity_of(item.doc, v) or v
    return args

