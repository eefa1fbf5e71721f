"""The resolution index: what an incremental update needs to know about a resolution.

A full resolution (``resolver.run``) is summed up, beside its knowledge base, as:

- **nodes**: every doc-local entity and fact with the knowledge-base id it went to and
  what resolution read about it (an entity node's names, keys, ref, geo, identity links;
  a fact's doc-local form and what its document says of its args);
- **keys**: every block a knowledge-base item's nodes are compared in (``entity_keys``,
  ``events.block_keys``), and for facts a ``r|ID`` key per entity (or attack) they name;
- **ids**: each item's id tiers (``ids.assign_ids``) under the hash of the first tier;
- **meta**: the group parents (``resolver.group_parents``) facts' perpetrator lines come from.

Pure: the store writes the rows (``Store.replace_knowledge(..., index=...)``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from orbat.model import Fact, Geo, short_hash
from orbat.resolve.entities import EntityClustering, EntityNode, entity_keys
from orbat.resolve.events import _state, block_keys, fact_id_tiers
from orbat.resolve.resolver import FactInput, PlacedFact, Resolution


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


# --------------------------------------------------------------------------- facts


def fact_record(p: PlacedFact) -> dict:
    return {
        "phase": p.phase, "fact": p.item.fact.to_json(), "described": sorted(p.item.described),
        "words": sorted(p.item.target_words),
    }  # fmt: skip


def fact_input(doc: str, data: dict) -> FactInput:
    return FactInput(doc, Fact.from_json(data["fact"]), frozenset(data["described"]), frozenset(data["words"]))


def fact_keys(p: PlacedFact) -> list[str]:
    keys = ["f|" + json.dumps(k, separators=(",", ":")) for k in block_keys(_state(p.node))]
    named = [*p.node.fact.args.values(), p.node.fact.location]
    keys += ["r|" + v for v in named if v and v.startswith(("ent:", "fact:"))]
    return keys


def add_facts(index: ResolutionIndex, placed: list[PlacedFact], facts: list[Fact]) -> None:
    for p in placed:
        index.nodes.append(IndexNode("fact", p.node.doc, p.node.local_id, p.fact_id, fact_record(p)))
        index.keys += [(k, p.fact_id) for k in fact_keys(p)]
    for f in facts:
        tiers = [list(t) for t in fact_id_tiers(f)]
        index.ids.append((f.id, base_hash(tiers), tiers))


def build_index(res: Resolution) -> ResolutionIndex:
    """The index of a full resolution without curations."""
    index = ResolutionIndex()
    c = res.entities
    add_entities(index, c, res.node_entity, list(range(len(c.nodes))))
    for cluster in res.clusters:
        tiers = [list(t) for t in cluster.tiers]
        index.ids.append((cluster.id, base_hash(tiers), tiers))
    add_facts(index, res.placed, res.kb.facts)
    index.meta["parents"] = {k: sorted(v) for k, v in sorted(res.parents.items())}
    return index
