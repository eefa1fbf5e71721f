"""Why two names or ids are (or are not) one entity in the knowledge base."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from orbat.model import Curation, Extraction
from orbat.resolve.curation import find_cluster
from orbat.resolve.entities import EntityClustering
from orbat.resolve.names import core_tokens, is_strict_prefix
from orbat.resolve.resolver import Resolution, run
from orbat.text import normalize_name

if TYPE_CHECKING:
    from orbat.reference import Reference


@dataclass(frozen=True, slots=True)
class MergeStep:
    """One link in the chain that joined two mentions."""

    rule: str  # document | ref | geonames | name | fuzzy | identity | surname | curation
    detail: str
    a: str  # the names on either side of the link
    b: str
    doc: str | None = None
    quote: str | None = None
    curation: int | None = None


@dataclass(frozen=True, slots=True)
class MergeExplanation:
    a: str
    b: str
    same: bool
    a_id: str | None  # the KB entity ids the two resolve to (None: not found)
    b_id: str | None
    steps: list[MergeStep] = field(default_factory=list)  # how they were joined
    blockers: list[str] = field(default_factory=list)  # why they were not

    @property
    def summary(self) -> str:
        if self.a_id is None or self.b_id is None:
            return self.blockers[0] if self.blockers else "not found"
        if self.same:
            return "same entity: " + "; ".join(f"{s.rule} ({s.detail})" for s in self.steps)
        return "different entities: " + "; ".join(self.blockers)


def explain_merge(
    extractions: Iterable[Extraction],
    curations: Iterable[Curation],
    a: str,
    b: str,
    *,
    reference: Reference | None = None,
) -> MergeExplanation:
    """Are ``a`` and ``b`` (KB ids or names) one entity after resolution, and why (not)?"""
    resolution = run(extractions, curations, reference=reference)
    return explain(resolution, a, b)


def _nodes_for(resolution: Resolution, target: str) -> list[int]:
    """The mentions of the entity a target (KB id or name) stands for, found as curation
    targets are (``curation.find_cluster``)."""
    names = {e.id: e.name for e in resolution.kb.entities}
    cluster = find_cluster(
        target, resolution.clusters, resolution.entities, canonical=lambda cl: names.get(cl.id, "")
    )
    if cluster is None:
        return []
    c = resolution.entities
    key, core = normalize_name(target), " ".join(core_tokens(target))

    def closeness(i: int) -> int:
        node = c.nodes[i]
        if target in node.names:
            return 0
        if any(normalize_name(n) == key for n in node.names):
            return 1
        if core in node.keys:
            return 2
        return 3 if any(k.endswith(" " + core) for k in node.keys) else 4

    return sorted(cluster.members, key=lambda i: (closeness(i), i))


def explain(resolution: Resolution, a: str, b: str) -> MergeExplanation:
    c = resolution.entities
    na, nb = _nodes_for(resolution, a), _nodes_for(resolution, b)
    ida = resolution.node_entity[na[0]] if na else None
    idb = resolution.node_entity[nb[0]] if nb else None
    if ida is None or idb is None:
        missing = [x for x, nodes in ((a, na), (b, nb)) if not nodes]
        return MergeExplanation(a, b, False, ida, idb, [], [f"no entity named {m!r}" for m in missing])
    if ida == idb:
        both = _named_together(c, na, a, b)
        if both is not None:
            return MergeExplanation(a, b, True, ida, idb, [both], [])
        chain = c.uf.path(na[0], nb[0]) or []
        steps = [_step(c, link) for link in chain]
        return MergeExplanation(a, b, True, ida, idb, steps, [])
    return MergeExplanation(a, b, False, ida, idb, [], _blockers(resolution, ida, idb, na, nb))


def _named_together(c: EntityClustering, nodes: list[int], a: str, b: str) -> MergeStep | None:
    """A mention that carries both names: one document said they are one (an alias
    construction such as "X, also known as Y"), before any cross-document rule."""
    ka, kb = normalize_name(a), normalize_name(b)
    if ka == kb:  # spellings of one name: the name rule explains them
        return None
    for i in nodes:
        keys = {normalize_name(n) for n in c.nodes[i].names}
        if ka in keys and kb in keys:
            node = c.nodes[i]
            return MergeStep("document", f"both names of one mention in {node.doc}", a, b, node.doc)
    return None


def _name(c: EntityClustering, i: int) -> str:
    return c.nodes[i].names[0] if c.nodes[i].names else c.nodes[i].local_id


def _step(c: EntityClustering, link) -> MergeStep:
    return MergeStep(
        link.rule, link.detail, _name(c, link.a), _name(c, link.b), link.doc, link.quote, link.curation
    )


def _blockers(resolution: Resolution, ida: str, idb: str, na: list[int], nb: list[int]) -> list[str]:
    c = resolution.entities
    members_a = {i for i, e in resolution.node_entity.items() if e == ida}
    members_b = {i for i, e in resolution.node_entity.items() if e == idb}
    out: list[str] = []
    ta, tb = c.nodes[na[0]].type, c.nodes[nb[0]].type
    if ta != tb:
        out.append(f"guard: different types ({ta} vs {tb}) never merge")
    refs_a = {c.nodes[i].ref for i in members_a if c.nodes[i].ref}
    refs_b = {c.nodes[i].ref for i in members_b if c.nodes[i].ref}
    if refs_a and refs_b and refs_a != refs_b:
        out.append(
            f"guard: different gazetteer refs ({', '.join(sorted(refs_a))} vs {', '.join(sorted(refs_b))})"
        )
    for link, reason in c.uf.refused:
        if (link.a in members_a and link.b in members_b) or (link.a in members_b and link.b in members_a):
            out.append(f"guard fired on {link.rule} link ({link.detail}): {reason}")
    if c.uf.find(na[0]) == c.uf.find(nb[0]):
        marks = sorted(
            {n.curation.id for n in resolution.notes if n.applied and n.curation.action == "entity.split"},
            key=str,
        )
        out.append(f"split apart by curation {', '.join(f'#{m}' for m in marks)}".strip())
    for link in c.identities:
        if link.modality != "asserted" and (
            (link.a in members_a and link.b in members_b) or (link.a in members_b and link.b in members_a)
        ):
            out.append(
                f"only a {link.modality} identity (confidence {link.confidence}) in {link.doc}: {link.quote!r};"
                " hedged identities stay identity facts and never merge"
            )
    out.extend(_name_guards(c, members_a, members_b, refs_a, refs_b, ta == tb == "person"))
    if not out:
        out.append("no shared gazetteer ref, name key, similar spelling, asserted identity or curation")
    return list(dict.fromkeys(out))


def _name_guards(c, members_a, members_b, refs_a, refs_b, persons: bool) -> list[str]:
    out: list[str] = []
    names_a = sorted({n for i in members_a for n in c.nodes[i].names})
    names_b = sorted({n for i in members_b for n in c.nodes[i].names})
    for x in names_a:
        for y in names_b:
            tx, ty = core_tokens(x), core_tokens(y)
            if persons and len(tx) >= 3 and len(ty) >= 3 and tx[:-1] == ty[:-1] and tx[-1] != ty[-1]:
                out.append(f"guard: same kunya/first names but different last name or nisba ({x!r} vs {y!r})")
            if not refs_a and refs_b and is_strict_prefix(x, y):
                out.append(f"guard: unlinked name {x!r} is a strict prefix of gazetteer-linked {y!r}")
            if not refs_b and refs_a and is_strict_prefix(y, x):
                out.append(f"guard: unlinked name {y!r} is a strict prefix of gazetteer-linked {x!r}")
    if persons:
        lone = [x for x in names_a + names_b if len(core_tokens(x)) == 1]
        for x in lone:
            out.extend(
                f"guard fired: {reason}"
                for link, reason in c.uf.refused
                if link.rule == "surname" and normalize_name(x).split()[-1] in link.detail
            )
    return out
