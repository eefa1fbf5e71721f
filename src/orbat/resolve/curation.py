"""Analysts' curations, re-applied on every rebuild (in curation-id order).

Entity curations act on clusters before facts are resolved (so facts follow them):

* ``entity.merge`` (target, params ``{"other": id or name}``): force the two entities into
  one. The merged entity keeps the id that sorts first of the two (documented contract:
  a curation naming either id keeps finding it through the name ids, see below).
* ``entity.split`` (target, params ``{"names": [...]}``): the doc-local mentions whose
  own name is one of ``names`` leave the entity and form ONE new entity together; the
  rest keep the old id, the new entity gets a content id.
* ``entity.rename`` (target, params ``{"name": ...}``): new canonical name, the old one
  becomes an alias; the id does not change.

Fact curations act on resolved facts: ``fact.reject`` drops the fact (and a claim's
``attack`` arg that pointed to it); ``fact.confirm`` sets ``attrs["confirmed"]``,
``attrs["curated_by"]`` and confidence 1.0.

A target is an id or a name. Ids are matched exactly, then as the id the entity would
have under any of its names (``ids.name_id``: so curations survive a change of canonical
name), then names and aliases (normalised); among several matching entities the one whose
canonical name matches wins, then the smallest id. A one-word target also finds the
entity whose name ends with it ("Qadari").
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from orbat.model import Curation, Fact
from orbat.resolve.entities import Cluster, EntityClustering
from orbat.resolve.ids import name_id
from orbat.resolve.names import core_key
from orbat.resolve.unionfind import Link
from orbat.text import normalize_name

log = logging.getLogger(__name__)

ENTITY_ACTIONS = frozenset({"entity.merge", "entity.split", "entity.rename"})
FACT_ACTIONS = frozenset({"fact.reject", "fact.confirm"})


@dataclass(frozen=True, slots=True)
class CurationNote:
    """What happened to one curation in this rebuild."""

    curation: Curation
    applied: bool
    detail: str


def ordered(curations: Iterable[Curation]) -> list[Curation]:
    def key(c: Curation) -> tuple:
        return (
            c.id is None,
            c.id or 0,
            c.created or "",
            c.action,
            c.target,
            json.dumps(c.params, sort_keys=True, default=str),
        )

    return sorted(curations, key=key)


def label(curation: Curation) -> str:
    return (
        f"curation #{curation.id}"
        if curation.id is not None
        else f"curation {curation.action} {curation.target!r}"
    )


# --------------------------------------------------------------------------- entities


def find_cluster(
    target: str, clusters: Sequence[Cluster], c: EntityClustering, *, canonical: Callable[[Cluster], str]
) -> Cluster | None:
    for cluster in clusters:
        if cluster.id == target:
            return cluster
    if target.startswith("ent:"):
        for cluster in sorted(clusters, key=lambda x: x.id):
            types = {c.nodes[i].type for i in cluster.members}
            if any(name_id(t, n) == target for t in types for i in cluster.members for n in c.nodes[i].names):
                return cluster
        return None
    key = normalize_name(target)
    if not key:  # "", "--": no name at all (a cluster without a name must not match it)
        return None
    core = core_key(target)
    tests = (
        lambda cl: (
            key == normalize_name(cl.name or "")
            or any(normalize_name(n) == key for i in cl.members for n in c.nodes[i].names)
        ),
        lambda cl: any(core in c.nodes[i].keys for i in cl.members),
        lambda cl: (
            " " not in core and any(k.endswith(" " + core) for i in cl.members for k in c.nodes[i].keys)
        ),
    )
    for test in tests:
        matches = [cluster for cluster in clusters if test(cluster)]
        if matches:
            return min(matches, key=lambda x: (normalize_name(canonical(x)) != key, x.id))
    return None


def apply_entity_curations(
    clusters: list[Cluster],
    c: EntityClustering,
    curations: Sequence[Curation],
    *,
    canonical: Callable[[Cluster], str],
    new_id: Callable[[list[int], set[str]], str],
) -> tuple[list[Cluster], list[CurationNote]]:
    """Apply entity.* curations in order. ``canonical`` gives a cluster's current name;
    ``new_id(members, taken)`` a content id for a split-off part."""
    notes: list[CurationNote] = []
    clusters = list(clusters)
    for cur in curations:
        if cur.action not in ENTITY_ACTIONS:
            continue
        target = find_cluster(cur.target, clusters, c, canonical=canonical)
        if target is None:
            notes.append(CurationNote(cur, False, f"no entity matches {cur.target!r}"))
            continue
        if cur.action == "entity.merge":
            other_name = str(cur.params.get("other", ""))
            other = find_cluster(other_name, clusters, c, canonical=canonical) if other_name else None
            if other is None or other is target:
                notes.append(CurationNote(cur, False, f"no other entity matches {other_name!r}"))
                continue
            keep, drop = (target, other) if target.id <= other.id else (other, target)
            keep.members = keep.members + drop.members
            keep.name = keep.name or drop.name
            keep.merged = True
            keep.curations = sorted(
                {*keep.curations, *drop.curations, *([cur.id] if cur.id is not None else [])}
            )
            clusters.remove(drop)
            c.uf.union(
                Link(
                    target.members[0],
                    other.members[0],
                    "curation",
                    f"entity.merge by {label(cur)}",
                    curation=cur.id,
                ),
                force=True,
            )
            notes.append(CurationNote(cur, True, f"merged into {keep.id}"))
        elif cur.action == "entity.split":
            wanted = {
                core_key(n, entity_type=c.nodes[target.members[0]].type) for n in cur.params.get("names", [])
            }
            moving = [
                i
                for i in target.members
                if core_key(c.nodes[i].names[0], entity_type=c.nodes[i].type) in wanted
            ]
            if not moving or len(moving) == len(target.members):
                notes.append(CurationNote(cur, False, "nothing to split off"))
                continue
            target.members = [i for i in target.members if i not in set(moving)]
            marks = [cur.id] if cur.id is not None else []
            part = Cluster(members=moving, curations=marks)
            part.id = new_id(moving, {x.id for x in clusters})
            target.curations = sorted({*target.curations, *marks})
            clusters.append(part)
            notes.append(CurationNote(cur, True, f"split {len(moving)} mention(s) into {part.id}"))
        else:  # entity.rename
            name = str(cur.params.get("name", "")).strip()
            if not name:
                notes.append(CurationNote(cur, False, "no new name given"))
                continue
            target.name = name
            target.curations = sorted({*target.curations, *([cur.id] if cur.id is not None else [])})
            notes.append(CurationNote(cur, True, f"renamed {target.id} to {name!r}"))
    return clusters, notes


# --------------------------------------------------------------------------- facts


def apply_fact_curations(
    facts: list[Fact], curations: Sequence[Curation]
) -> tuple[list[Fact], list[CurationNote]]:
    by_id = {f.id: f for f in facts}
    rejected: set[str] = set()
    notes: list[CurationNote] = []
    for cur in curations:
        if cur.action not in FACT_ACTIONS:
            continue
        fact = by_id.get(cur.target)
        if fact is None or cur.target in rejected:
            notes.append(CurationNote(cur, False, f"no fact {cur.target!r}"))
            continue
        if cur.action == "fact.reject":
            rejected.add(fact.id)
            notes.append(CurationNote(cur, True, f"rejected {fact.id}"))
        else:
            fact.attrs["confirmed"] = True
            fact.attrs["curated_by"] = cur.author or label(cur)
            fact.confidence = 1.0
            notes.append(CurationNote(cur, True, f"confirmed {fact.id}"))
    kept = [f for f in facts if f.id not in rejected]
    for fact in kept:
        if fact.args.get("attack") in rejected:
            del fact.args["attack"]
    for note in notes:
        if not note.applied:
            log.info("curation not applied: %s (%s)", label(note.curation), note.detail)
    return kept, notes
