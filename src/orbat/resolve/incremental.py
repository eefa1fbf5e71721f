"""Incremental resolution: fold new documents into a stored knowledge base in place.

    resolver = IncrementalResolver(reference)
    kb = resolver(extractions, curations)        # a full resolution, as ``resolve``
    kb, index = resolver.full(extractions, curations)  # the same, with its index
    resolver.update(store, new_doc_ids)           # in place; None: declined (resolve in full)

An update starts from the new documents' mentions and follows the resolution index
(``index.py``) one hop, not to a closure:

1. **entities**: the existing entities that share a blocking key with a new entity
   mention (``entity_keys``) are clustered with the new mentions by the ordinary rules
   (``cluster_nodes``), each through its *summary* (``index.entity_summary_record``: a
   proxy node per distinct mention, the identity links between them, a tally of names,
   refs and places for ``describe``) - so a new mention of a known group costs the number
   of distinct ways the group is named, not the size of its cluster. A stored entity the
   rules leave whole keeps its stored mentions and index rows (relabelled if its id
   changes: ``IndexDelta.kept``) and takes the new mentions joined to it. Where a summary
   cannot decide - the rules would join two stored entities or split one, an asserted
   identity link leaves the entity, or it has no summary - that entity is taken whole
   (its stored mentions re-read and clustered again), as every touched one was before
   (``_entity_step``; the rules re-run only on the part of the nodes such entities reach,
   ``_recluster``);
2. **facts**: the new facts, and the stored facts that name an entity whose id or place
   changed or that a moved line of parents can change (``line_moves``) (taken apart), are mapped to entity ids and compared with the *summaries* of the
   stored facts sharing one of their blocks (``events.block_keys``) in a compatible time
   bucket; a stored fact joined by them is merged from its *tally*
   (``fact_tally.FactTally``: what ``merge_facts`` reads of its mentions, mergeable) plus
   the new mentions, its stored mentions not read (``_fact_phase``; re-merged from all its
   mentions where the tally cannot decide, or where several stored facts join); then the
   same for claims, with the attacks' new ids;
3. ids come from content as always; an id key shared with an item outside the set is
   resolved with it (``ids.assign_ids`` groups); an outside fact whose id that changes is
   written again as it is under its new id (``_rename``), an outside entity is pulled into
   the update (a few rounds at most, then it declines);
4. everything replaced is written in one transaction (``Store.update_knowledge``), only if
   the stored knowledge base and index are still the ones resolved from the generation
   read, and stamped with the new generation; a touched entity that comes out as stored
   keeps its knowledge-base rows, and only the index rows that change are written (a summary
   that comes out as the one read is left out of the delta, ``index.unchanged_summaries``;
   the store leaves alone the other rows stored as they would be written again).

One update reads each index row, entity and fact at most once (``_Reads``); a pull-in
round that keeps the entity step reuses the first fact phase's seed states and
comparisons (``_Memo``). ``pipeline.fold_in`` runs an update (and a full resolution) under
``fewer_full_collections``: full garbage collections every 100 young ones instead of 10,
which at 10,000 stored documents were ~1.5 of ~5 CPU s of an update.

It declines (the caller resolves in full) when: the store keeps no index, or its index is
not of the current knowledge base, or other inputs changed than the new documents'
extractions; curations exist; a group with parents would be split; an entity id outside
the set would still change after ``PULL_IN_ROUNDS`` rounds of pulling such entities in.

Exactness: the rules compare only mentions that share a key, so everything a new mention
is compared with is in the set; a summary's proxies carry every distinct feature the rules
read (names, keys, type, ref, place, vague, bare), in the order of each one's earliest
mention, so the rules see what they would see in the stored mentions up to repetition
(what repetition can change: which of over ``MAX_HEADS`` refused clusters a block tries
first). What is *not* re-done is a change that travels further than one hop (a new
mention joins two clusters, and the merged cluster would now refuse or accept a third
that shares a key with only one of them), and a stored fact whose sliding-window
neighbours (blocks over ``LARGE_BLOCK`` facts) shift. docs/scale.md lists what tests
compare.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from orbat.model import ENTITY_TYPES, Entity, Evidence, Extraction, Fact, Geo, KnowledgeBase
from orbat.resolve.entities import (
    Cluster,
    EntityClustering,
    EntityDescription,
    EntityNode,
    IdentityLink,
    NameTally,
    build_nodes,
    cluster_nodes,
    describe_tally,
    entity_keys,
    natural_key,
    ref_names,
    tally,
    unclustered,
)
from orbat.resolve.events import (
    EVENTS,
    LARGE_BLOCK,
    Comparison,
    FactState,
    _guard,
    _merge_state,
    _state,
    block_keys,
    candidate_pairs,
    compare,
    fact_id_tiers,
    merge_facts,
    surely_apart,
)
from orbat.resolve.fact_tally import FactTally, fact_tally, merge_sources, merge_tally
from orbat.resolve.ids import assign_ids
from orbat.resolve.index import (
    ENTITY_SUMMARY,
    FACT_TALLY,
    KEY_FORMAT,
    SUMMARY_KINDS,
    IndexDelta,
    ResolutionIndex,
    add_entities,
    add_entity_summaries,
    add_facts,
    base_hash,
    block_key,
    build_index,
    entity_links,
    entity_node,
    entity_summary_record,
    fact_input,
    key_buckets,
    lines_below,
    lookup_keys,
    merging_perpetrators,
    summary_state,
    summary_tally,
    unchanged_summaries,
)
from orbat.resolve.line_moves import LineMoves, block_prefix, moved_lines, taken_apart
from orbat.resolve.resolver import (
    FactInput,
    PlacedFact,
    _entity,
    clusters_of,
    fact_inputs,
    fact_node,
    line_edge,
    lines_of,
    run,
    sort_extractions,
)
from orbat.resolve.unionfind import Link, UnionFind


class Declined(Exception):
    """The update cannot be exact here: resolve in full."""


@dataclass(frozen=True, slots=True)
class UpdateSummary:
    documents: int
    entity_nodes: int  # entity mentions clustered again (new ones included)
    fact_nodes: int  # fact mentions resolved again (new ones included)
    entities: int  # knowledge-base entities written (a touched entity that comes out as stored is not)
    facts: int  # knowledge-base facts written
    pulled: int = 0  # stored entities pulled in and facts renamed (their ids would change; a new item shares their first id key)
    summarized: int = 0  # stored entities compared by their summary, their stored mentions not re-read
    fact_mentions_read: int = 0  # stored mentions of joined facts read back (to merge or to place them)
    facts_by_tally: int = 0  # joined stored facts merged by their tally, their stored mentions not read


FULL_COLLECTION_EVERY = 100  # young-generation collections between full ones while folding in (CPython's default: 10)


@contextmanager
def fewer_full_collections(every: int = FULL_COLLECTION_EVERY) -> Iterator[None]:
    """Fold documents in with CPython's full (oldest-generation) garbage collections made
    ``every`` young-generation collections instead of 10; the thresholds before are restored after.

    Resolution allocates many objects that live for the whole step (index rows read,
    summaries, tallies, merged facts); with the default thresholds each full collection
    walks all of them again, and at 10,000 stored documents an update paid ~1.5 of ~5 CPU s
    for seven of them. Young collections (most cyclic garbage) are unchanged. Applied to
    the update and to a full resolution alike (``pipeline.fold_in``)."""
    before = gc.get_threshold()
    gc.set_threshold(before[0], before[1], max(before[2], every))
    try:
        yield
    finally:
        gc.set_threshold(*before)


class IncrementalResolver:
    """Full resolution, and - with ``incremental`` - a resolution index written by it and
    in-place updates (``orbat ingest --incremental``). Without ``incremental`` it is a
    plain full resolution: no index is written (the stored one is dropped), nothing is
    updated in place."""

    def __init__(self, reference=None, *, incremental: bool = True):
        self.reference = reference
        self.incremental = incremental
        self.declined: str | None = None  # why the last update declined
        self.last: UpdateSummary | None = None  # what the last update did

    def __call__(self, extractions: Iterable[Extraction], curations: list) -> KnowledgeBase:
        return run(extractions, curations, reference=self.reference).kb

    def full(self, extractions: Iterable[Extraction], curations: list) -> tuple[KnowledgeBase, ResolutionIndex | None]:
        keep = self.incremental and not curations
        res = run(extractions, curations, reference=self.reference, summaries=keep)
        return res.kb, (build_index(res) if keep else None)

    def update(self, store, new_doc_ids: list[str]) -> UpdateSummary | None:
        self.declined = None
        if not self.incremental:
            self.declined = "incremental resolution is off"
            return None
        self.last = None
        try:
            self.last = update(store, new_doc_ids, reference=self.reference)
            return self.last
        except Declined as exc:
            self.declined = str(exc)
            return None


class _PullIn(Exception):
    """Stored items outside the update whose ids the update would change (a new item shares
    their first id key, so all of them take a longer one): resolve them with the update."""

    def __init__(self, ids: set[str], prefix: str):
        super().__init__(f"{len(ids)} ids outside the update would change")
        self.ids = ids
        self.prefix = prefix


def _outside_ids(store, prefix: str, removed: set[str], tiers: list) -> tuple[list[str], dict[str, str]]:
    """``assign_ids`` over a set of items and the stored ones outside it sharing a first id
    key: the items' ids, and the outside ones that change (old id -> new)."""
    tiers = [[tuple(t) for t in item] for item in tiers]
    outside = [r for r in store.index_ids({base_hash(t) for t in tiers}) if r[0] not in removed]
    every = tiers + [[tuple(t) for t in r[2]] for r in outside]
    out = assign_ids(prefix, every)
    moved = {r[0]: new for r, new in zip(outside, out[len(tiers) :], strict=True) if r[0] != new}
    return out[: len(tiers)], moved


def _ids_of(store, prefix: str, removed: set[str]):
    """``_outside_ids`` for entities: an outside id that would change is pulled in."""

    def ids(tiers: list) -> list[str]:
        out, moved = _outside_ids(store, prefix, removed, tiers)
        if moved:
            raise _PullIn(set(moved), prefix)
        return out

    return ids


class _Reads:
    """The store seen by one update: each index row, entity and fact read at most once (the
    store does not change until the update writes, and a pull-in round reads mostly what the
    round before it read), and the stored summaries' states kept for the next round.
    Everything else goes to the store."""

    def __init__(self, store):
        self.store = store
        self._keys: dict[str, list[str]] = {}
        self._kb_keys: dict[str, list[str]] = {}
        self._prefixes: dict[tuple[str, int], list[str]] = {}
        self._summaries: dict[tuple[str, str], dict | None] = {}
        self._nodes: dict[str, list] = {}
        self._placements: dict[tuple[str, tuple[str, str]], str | None] = {}
        self._entities: dict[str, Entity | None] = {}
        self._facts: dict[str, Fact | None] = {}
        self._states: dict[str, FactState] = {}

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    def index_lookup(self, keys: Iterable[str]) -> dict[str, list[str]]:
        keys = set(keys)
        if missing := keys - self._keys.keys():
            found = self.store.index_lookup(missing)
            self._keys.update((k, found.get(k, [])) for k in missing)
        return {k: self._keys[k] for k in sorted(keys) if self._keys[k]}

    def index_lookup_prefix(self, prefixes: Iterable[str], *, limit: int) -> dict[str, list[str]]:
        wanted = {(p, limit) for p in prefixes}
        if missing := wanted - self._prefixes.keys():
            found = self.store.index_lookup_prefix({p for p, _ in missing}, limit=limit)
            self._prefixes.update(((p, limit), found[p]) for p, _ in missing)
        return {p: self._prefixes[(p, limit)] for p, _ in sorted(wanted)}

    def index_summaries(self, kb_ids: Iterable[str], kind: str = "summary") -> dict[str, dict]:
        wanted = {(kind, i) for i in kb_ids}
        if missing := wanted - self._summaries.keys():
            found = self.store.index_summaries({i for _, i in missing}, kind=kind)
            self._summaries.update(((kind, i), found.get(i)) for _, i in missing)
        return {i: r for k, i in sorted(wanted) if (r := self._summaries[(k, i)]) is not None}

    def summaries_read(self, kind: str) -> dict[str, dict]:
        """The stored summaries of ``kind`` read so far (``index_summaries``), by kb id."""
        return {i: r for (k, i), r in self._summaries.items() if k == kind and r is not None}

    def index_nodes(self, kb_ids: Iterable[str]) -> list[tuple[str, str, str, str, dict]]:
        wanted = set(kb_ids)
        if missing := wanted - self._nodes.keys():
            self._nodes.update((i, []) for i in missing)
            for row in self.store.index_nodes(missing):
                self._nodes[row[3]].append(row)
        return [r for i in sorted(wanted) for r in self._nodes[i]]

    def index_keys(self, kb_ids: Iterable[str]) -> dict[str, list[str]]:
        wanted = set(kb_ids)
        if missing := wanted - self._kb_keys.keys():
            found = self.store.index_keys(missing)
            self._kb_keys.update((i, found.get(i, [])) for i in missing)
        return {i: self._kb_keys[i] for i in sorted(wanted)}

    def index_placements(self, kind: str, nodes: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        wanted = {(kind, n) for n in nodes}
        if missing := wanted - self._placements.keys():
            found = self.store.index_placements(kind, [n for _, n in missing])
            self._placements.update(((kind, n), found.get(n)) for _, n in missing)
        return {n: i for k, n in wanted if (i := self._placements[(k, n)]) is not None}

    def entities_by_id(self, entity_ids: Iterable[str]) -> dict[str, Entity]:
        wanted = set(entity_ids)
        if missing := wanted - self._entities.keys():
            found = self.store.entities_by_id(sorted(missing))
            self._entities.update((i, found.get(i)) for i in missing)
        return {i: e for i in sorted(wanted) if (e := self._entities[i]) is not None}

    def facts_by_id(self, fact_ids: Iterable[str]) -> list[Fact]:
        wanted = set(fact_ids)
        if missing := wanted - self._facts.keys():
            self._facts.update((i, None) for i in missing)
            self._facts.update((f.id, f) for f in self.store.facts_by_id(sorted(missing)))
        return [f for i in sorted(wanted) if (f := self._facts[i]) is not None]

    def summary_state(self, kb_id: str, record: dict) -> FactState:
        if kb_id not in self._states:
            self._states[kb_id] = summary_state(record)
        return self._states[kb_id]



def update(store, new_doc_ids: list[str], *, reference=None) -> UpdateSummary:
    if not hasattr(store, "index_generation") or not new_doc_ids:
        raise Declined("no index")
    with store.snapshot():
        gen, base = store.generation(), store.knowledge_generation()
        if store.index_generation() != base or gen - base != len(set(new_doc_ids)) or store.curations():
            raise Declined("the index is not of the stored knowledge base plus these documents")
        if store.index_meta("keys") != KEY_FORMAT:
            raise Declined("the index's keys are of another format")
        exts = sort_extractions(x for x in (store.get_extraction(d) for d in set(new_doc_ids)) if x is not None)
    # the index is read outside that snapshot: the write goes through only if the knowledge
    # base and index are still those of ``base`` (then nothing read from them has changed)
    return _update(_Reads(store), exts, gen, base, reference)


def _update(store, exts: list[Extraction], gen: int, base: int, reference) -> UpdateSummary:
    delta = ResolutionIndex()
    parents = {k: set(v) for k, v in (store.index_meta("parents") or {}).items()}

    # ---- entities: the new mentions and the clusters they share a key with
    fresh, _ = build_nodes(exts, reference=reference)
    keys = {"e|" + k for n in fresh for k in entity_keys(n)}
    touched = {i for ids in store.index_lookup(keys).values() for i in ids}
    pulled_facts: set[str] = set()
    steps: dict[frozenset[str], _EntityStep] = {}  # a round that pulls in facts only reuses its entity step
    base_touched = set(touched)
    for _round in range(PULL_IN_ROUNDS):
        try:
            return _update_from(
                store, exts, gen, base, reference, delta, parents, touched, pulled_facts, base_touched, steps
            )
        except _PullIn as pulled:
            # a stored entity or fact whose id the update would change (a new one shares its
            # first id key) is resolved with the update, as if a new mention had touched it
            have = touched if pulled.prefix == "ent:" else pulled_facts
            if pulled.ids <= have:
                break
            have |= pulled.ids
            delta = ResolutionIndex()
    raise Declined("an id outside the update would change")


PULL_IN_ROUNDS = 4  # an id collision pulls in its stored namesakes; a chain of them declines


def _update_from(
    store, exts, gen, base, reference, delta, parents, touched, pulled_facts, base_touched, steps
) -> UpdateSummary:
    step = steps.get(frozenset(touched))
    if step is None:
        fresh, _ = build_nodes(exts, reference=reference)
        identities = [
            (x.doc_id, f.args.get("a", ""), f.args.get("b", ""), f.sources[0].quote if f.sources else None, f.modality, f.confidence)
            for x in exts for f in x.facts if f.type == "identity"
        ]  # fmt: skip
        step = steps[frozenset(touched)] = _entity_step(store, fresh, identities, touched, reference)
    c, by_local, clusters = step.c, step.by_local, step.clusters
    entities: list[Entity] = []
    node_entity = {i: cluster.id for cluster in clusters for i in cluster.members}
    geos: dict[str, Geo | None] = {}
    for cluster, d in zip(clusters, step.descriptions, strict=True):
        entities.append(_entity(cluster, d))
        geos[cluster.id] = d.geo
        delta.ids.append((cluster.id, base_hash(cluster.tiers), [list(t) for t in cluster.tiers]))
    add_entities(delta, c, node_entity, step.written)
    inside, cross = entity_links(c, node_entity, step.outside)
    add_entity_summaries(delta, {
        cluster.id: entity_summary_record(cluster.members, c, t, inside.get(cluster.id, []), cluster.id in cross)
        for cluster, t in zip(clusters, step.tallies, strict=True)
    })  # fmt: skip
    before = store.entities_by_id(sorted(touched))
    went = step.went
    changed = {e for e, new in went.items() if new != {e} or before[e].geo != geos.get(e)}
    renamed = {e: next(iter(went[e])) for e in changed if len(went[e]) == 1}
    if (changed - set(renamed)) & (set(parents) | {p for v in parents.values() for p in v}):
        raise Declined("a group with parents was split")
    old_parents, parents = parents, _renamed(parents, renamed)
    new_parents = _parents_after(store, exts, entities, touched, parents, by_local, node_entity, reference)
    lines = lines_of(new_parents)
    line_delta = moved_lines(lines_of(old_parents), lines)
    delta.meta["parents"] = {k: sorted(v) for k, v in sorted(new_parents.items())}

    # ---- facts: mapping doc-local args to entity ids, inside the set or from the index
    def entity_lookup(items: list[FactInput]):
        wanted = {(i.doc, v) for i in items for v in (*i.fact.args.values(), i.fact.location) if v}
        known = {k: node_entity[by_local[k]] for k in wanted if k in by_local}
        stored = store.index_placements("entity", [k for k in wanted if k not in known])
        known.update((k, step.kept.get(v, v)) for k, v in stored.items())  # a kept entity's id now
        missing = {v for v in known.values() if v not in geos}
        geos.update({i: e.geo for i, e in store.entities_by_id(sorted(missing)).items()})
        return lambda doc, value: known.get((doc, value))

    def naming(ids: Iterable[str]) -> dict[str, set[str]]:
        return {k[2:]: set(v) for k, v in store.index_lookup({"r|" + e for e in ids}).items()}

    new_inputs = fact_inputs(exts, c)
    affected = {i for ids in naming(changed).values() for i in ids} | pulled_facts
    moves = LineMoves(lines)
    attacks_new = [i for i in new_inputs if i.fact.type != "claim"]
    if line_delta:
        seeds = _seed_states(attacks_new, entity_lookup, geos, lines, step.memo)
        perps = [
            (s.argmap.get("perpetrator"), {block_prefix(block_key(k)) for k in block_keys(s)})
            for s in seeds if s.type == "attack"
        ]  # fmt: skip
        def under(blocks: Iterable[str]) -> dict[str, set[str]]:
            found = store.index_lookup_prefix({b + "|" for b in blocks}, limit=_UNLIMITED)
            return {p[:-1]: set(ids) for p, ids in found.items()}

        affected |= taken_apart(line_delta, naming, store.index_keys, perps, under)
    first = _fact_phase(
        store, 1, attacks_new, affected, entity_lookup, geos, moves, None,
        memo=step.memo,
    )  # fmt: skip
    attacks = first.local
    gone = first.removed - {f.id for f in first.facts}  # attacks whose id changed: their claims move
    affected2 = affected | {i for ids in store.index_lookup({"r|" + f for f in gone}).values() for i in ids}
    cache: dict[tuple[str, str], str] = {}

    def prefetch(items: list[FactInput]) -> None:
        wanted = {(i.doc, i.fact.args["attack"]) for i in items if i.fact.args.get("attack")}
        cache.update(store.index_placements("fact", [k for k in wanted if k not in attacks]))

    def attack_of(doc: str, local: str) -> str | None:
        return attacks.get((doc, local)) or cache.get((doc, local))

    second = _fact_phase(
        store, 2, [i for i in new_inputs if i.fact.type == "claim"], affected2, entity_lookup, geos, moves,
        attack_of, prefetch,
    )  # fmt: skip
    facts = first.facts + second.facts
    kept_facts = {**first.kept, **second.kept}
    add_facts(
        delta, first.placed + second.placed, facts, {**first.summaries, **second.summaries}, kept_facts,
        {**first.tallies, **second.tallies},
    )  # fmt: skip
    removed = first.removed | second.removed
    # a touched entity that comes out as it was stored (most: a known group named again) keeps
    # its knowledge-base rows; its index rows are replaced (``IndexDelta.removed``), but a
    # summary row that comes out as the one read is left as it is (``unchanged_summaries``)
    same = {e.id for e in entities if before.get(e.id) == e}
    kept_ids = {**step.kept, **{f: f for f in kept_facts}}
    moved_ids = {i for old, new in kept_ids.items() if old != new for i in (old, new)}
    unchanged = unchanged_summaries(delta, {k: store.summaries_read(k) for k in SUMMARY_KINDS}, moved_ids)
    written = store.update_knowledge(
        sorted(touched - same), sorted(removed), [e for e in entities if e.id not in same], facts,
        index=IndexDelta(delta, touched | removed, kept_ids, unchanged),
        base_generation=base, generation=gen,
    )  # fmt: skip
    if not written:
        raise Declined("another process changed the knowledge base meanwhile")
    pulled = len(touched - base_touched) + len(pulled_facts) + first.renamed + second.renamed
    return UpdateSummary(
        len(exts), len(c.nodes), first.compared + second.compared, len(entities) - len(same), len(facts), pulled,
        len(step.kept),
        first.reread + second.reread, first.by_tally + second.by_tally,
    )  # fmt: skip


@dataclass(slots=True)
class _EntityStep:
    """The entity step of an update: the new mentions clustered with what stands for the
    stored entities they share a key with, and the entities that gives."""

    c: EntityClustering
    by_local: dict[tuple[str, str], int]
    clusters: list[Cluster]
    tallies: list[NameTally]  # per cluster
    descriptions: list[EntityDescription]  # per cluster
    went: dict[str, set[str]]  # stored entity -> the entities its mentions went to
    written: list[int]  # the nodes whose index rows are written
    outside: set[int]  # nodes with an asserted identity link to a node not clustered here
    kept: dict[str, str] = field(default_factory=dict)  # stored entity whose mention rows stay -> its id now
    memo: _Memo = field(default_factory=lambda: _Memo())  # the first fact phase's states and comparisons


def _entity_step(store, fresh, identities, touched, reference) -> _EntityStep:
    """The new mentions clustered with the touched entities: each by its *summary* (its
    proxy nodes and identity links, ``index.entity_summary_record``), or taken whole (its
    stored mentions re-read) where the summary cannot decide - it is missing, an asserted
    identity link leaves the entity, or the rules would join it with another stored entity
    or split it. An entity compared by its summary keeps its stored mentions (``kept``) and
    takes the new mentions the rules joined to it; its name and place come from its tally
    plus theirs. After ``SUMMARY_ROUNDS`` tries every touched entity is taken whole."""
    whole: set[str] = set()
    prior: EntityClustering | None = None  # the last try's clustering (``_recluster``)
    for _round in range(SUMMARY_ROUNDS):
        step = _try_entity_step(store, fresh, identities, touched, whole, reference, prior)
        if isinstance(step, _EntityStep):
            return step
        undecided, prior = step
        whole |= undecided
    step = _try_entity_step(store, fresh, identities, touched, set(touched), reference, prior)
    assert isinstance(step, _EntityStep)
    return step


SUMMARY_ROUNDS = 3  # tries at comparing by summaries, each taking whole what the last could not decide


def _try_entity_step(
    store, fresh, identities, touched, whole, reference, prior: EntityClustering | None = None
) -> _EntityStep | tuple[set[str], EntityClustering | None]:
    """One try of ``_entity_step`` with the entities in ``whole`` taken whole; or the
    entities whose summaries could not decide, and the clustering this try made (if it
    got that far; else ``prior``, that of an earlier try)."""
    records = store.index_summaries(touched - whole, kind=ENTITY_SUMMARY)
    undecided = {kb for kb in touched - whole if kb not in records or records[kb]["cross"]}
    if undecided:
        return undecided, prior
    old_rows = [r for r in store.index_nodes(whole) if r[0] == "entity"]
    entries: list[tuple[EntityNode, str | None, int]] = [(n, None, -1) for n in fresh]
    entries += [(entity_node(d, loc, data), None, -1) for _k, d, loc, _i, data in old_rows]
    for kb, record in sorted(records.items()):
        entries += [(entity_node(d, loc, data), kb, p) for p, (d, loc, data) in enumerate(record["proxies"])]
    entries.sort(key=lambda e: (e[0].doc, natural_key(e[0].local_id)))
    by_local: dict[tuple[str, str], int] = {}
    owner: dict[int, str] = {}  # proxy node -> the stored entity it stands for
    at: dict[tuple[str, int], int] = {}
    for i, (node, kb, p) in enumerate(entries):
        node.index = i
        by_local[(node.doc, node.local_id)] = i
        if kb is not None:
            owner[i], at[(kb, p)] = kb, i
    links = [
        IdentityLink(at[(kb, a)], at[(kb, b)], doc, quote, modality, confidence)
        for kb, record in records.items() for a, b, doc, quote, modality, confidence in record["links"]
    ]  # fmt: skip
    stored = [(d, loc, *link) for _k, d, loc, _i, data in old_rows for link in data["identities"]]
    outside = {
        by_local[(d, a)] for d, a, b, _q, modality, _c in stored if modality == "asserted" and (d, b) not in by_local
    }
    identities = sorted(identities + stored, key=lambda t: (t[0], natural_key(t[1])))
    nodes = [e[0] for e in entries]
    entity_of = {**owner, **{by_local[(d, loc)]: kb for _k, d, loc, kb, _data in old_rows}}
    c = None
    if prior is not None:
        c = _recluster(store, prior, nodes, by_local, identities, links, entity_of, whole, reference)
    if c is None:
        c = cluster_nodes(nodes, by_local, identities, reference=reference, links=links)
    groups = sorted(c.uf.groups().values())
    group_of: dict[str, int] = {}
    whole_nodes = {by_local[(d, loc)] for _k, d, loc, _i, _data in old_rows}
    for g, members in enumerate(groups):
        owners = {owner[i] for i in members if i in owner}
        split = {kb for kb in owners if group_of.setdefault(kb, g) != g}
        if split or len(owners) > 1 or (owners and any(i in whole_nodes for i in members)):
            undecided |= owners | split  # joined with another stored entity, or split
    if undecided:
        return undecided, c
    tallies = []
    for members in groups:
        kb = next((owner[i] for i in members if i in owner), None)
        rest = [i for i in members if i not in owner]
        parts = ([summary_tally(records[kb])] if kb else []) + ([tally(rest, c)] if rest else [])
        tallies.append(sum(parts[1:], parts[0]))
    descriptions = [describe_tally(t, reference=reference) for t in tallies]
    clusters = clusters_of(c, groups, descriptions, _ids_of(store, "ent:", touched))
    kept = {kb: clusters[g].id for kb, g in group_of.items()}
    went = {kb: {now} for kb, now in kept.items()}
    node_entity = {i: cluster.id for cluster in clusters for i in cluster.members}
    for _k, d, loc, old_id, _data in old_rows:
        went.setdefault(old_id, set()).add(node_entity[by_local[(d, loc)]])
    written = [i for i in range(len(entries)) if i not in owner]
    return _EntityStep(c, by_local, clusters, tallies, descriptions, went, written, outside, kept)


RECLUSTER_SHARE = 0.5  # ``_recluster`` re-runs the rules on at most this share of the nodes (else all)


def _recluster(
    store, prior: EntityClustering, nodes, by_local, identities, links, entity_of: dict[int, str], whole: set[str],
    reference,
) -> EntityClustering | None:
    """The clustering of ``nodes`` from an earlier try's (``prior``, over the same new
    mentions and stored entities, fewer of them taken whole), the rules re-run only on the
    part the entities now taken whole can reach; None where that part is most of the nodes
    (or ``prior`` does not fit: then cluster them all).

    The part is closed: every node sharing a key (``entity_keys``) or an identity link with
    one of it is in it, and with a node of a stored entity all the entity's nodes. The rules
    compare only nodes that share a key (a block of ``_link_*``: ref, place, name, fuzzy
    and transliteration blocks, the first and last words of person names) or an identity
    link, and a cluster's state is that of its members, so a closed part clusters the same
    alone as among the rest (with the same names for its refs, ``ref_names``), and so does
    the rest: its nodes are the same in both tries (new mentions and proxies of entities
    compared by their summaries; a proxy shares its keys with the mention it stands for,
    which is in the part when its entity is taken whole). The keys of stored entities
    come from the index (``e|`` keys: those of all their mentions, as of their proxies).
    Like the update as a whole (which stored entities a new mention touches), this relies
    on ``entity_keys`` naming every block the rules compare two nodes in."""
    n = len(nodes)
    members: dict[str, list[int]] = {}
    for i, kb in entity_of.items():
        members.setdefault(kb, []).append(i)
    fresh_keys: dict[str, list[int]] = {}
    for i in range(n):
        if i not in entity_of:
            for k in entity_keys(nodes[i]):
                fresh_keys.setdefault(k, []).append(i)
    partners: dict[int, list[int]] = {}
    for doc, a, b, *_rest in identities:
        if (doc, a) in by_local and (doc, b) in by_local:
            x, y = by_local[(doc, a)], by_local[(doc, b)]
            partners.setdefault(x, []).append(y)
            partners.setdefault(y, []).append(x)
    for link in links:
        partners.setdefault(link.a, []).append(link.b)
        partners.setdefault(link.b, []).append(link.a)
    part: set[int] = set()
    seen_keys: set[str] = set()
    todo = [i for kb in sorted(whole) for i in members.get(kb, ())]
    while todo:
        added = []
        for i in todo:
            for j in members.get(entity_of[i], [i]) if i in entity_of else [i]:
                if j not in part:
                    part.add(j)
                    added.append(j)
        if len(part) > RECLUSTER_SHARE * n:
            return None
        keys = {k for j in added for k in entity_keys(nodes[j])} - seen_keys
        seen_keys |= keys
        todo = [j for k in sorted(keys) for j in fresh_keys.get(k, ()) if j not in part]
        reached = {kb for ids in store.index_lookup({"e|" + k for k in keys}).values() for kb in ids}
        todo += [j for kb in sorted(reached) for j in members.get(kb, ())[:1] if j not in part]
        todo += [p for j in added for p in partners.get(j, ()) if p not in part]
    names = ref_names(nodes, reference)
    order = sorted(part)
    at = {i: k for k, i in enumerate(order)}
    sub_nodes = [replace(nodes[i], index=k) for k, i in enumerate(order)]
    sub = cluster_nodes(
        sub_nodes, {(m.doc, m.local_id): k for k, m in enumerate(sub_nodes)}, identities, reference=reference,
        links=[replace(link, a=at[link.a], b=at[link.b]) for link in links if link.a in at],
        group_names=names,
    )  # fmt: skip
    c = unclustered(nodes, by_local, identities, reference=reference, links=links, group_names=names)
    for group in sub.uf.groups().values():
        for k in group[1:]:
            c.uf.union(Link(order[group[0]], order[k], "recluster", ""), force=True)
    covered = len(part)
    for group in prior.uf.groups().values():
        now = [by_local.get((prior.nodes[i].doc, prior.nodes[i].local_id)) for i in group]
        inside = [i is not None and i in part for i in now]
        if all(inside):
            continue
        if any(inside) or None in now:
            return None  # not the same nodes outside the part: cluster them all
        covered += len(now)
        for i in now[1:]:
            c.uf.union(Link(now[0], i, "recluster", ""), force=True)  # type: ignore[arg-type]
    return c if covered == n else None


@dataclass(slots=True)
class _Phase:
    facts: list[Fact]
    placed: list[PlacedFact]
    summaries: dict[str, FactState]
    removed: set[str]  # stored KB facts replaced (taken apart or joined)
    local: dict[tuple[str, str], str]  # (doc, local fact id) -> KB fact id, for what was written
    compared: int  # mentions and summaries compared
    kept: dict[str, dict[str, int]]  # joined stored facts whose stored mention rows stay -> their block sizes
    tallies: dict[str, FactTally]  # per fact written: the tally of all its mentions
    reread: int  # stored mentions of joined facts read back
    by_tally: int  # joined stored facts merged by their tally
    renamed: int  # stored facts outside the update written again under a new id (``_rename``)


_COUNTED = 4 * LARGE_BLOCK  # key rows read to tell a large key-args block (a fact has a row per time bucket)
_UNLIMITED = 1 << 62  # every key row under a prefix (a reported week's attacks of any perpetrator)


@dataclass(slots=True)
class _Memo:
    """What a fact phase computed that a later pull-in round with the same entity step
    computes again: each seed's state and each comparison, by (doc, local id) of a seed and
    ("", kb id) of a stored summary. Only for the first phase (claims' states depend on the
    attacks' ids, which a round can change)."""

    states: dict[tuple[str, str], FactState] = field(default_factory=dict)
    compared: dict[tuple[tuple[str, str], tuple[str, str]], Comparison] = field(default_factory=dict)


def _fact_phase(
    store, phase, seeds, affected, entity_lookup, geos, moves: LineMoves, attack_of, prefetch=None, *,
    memo: _Memo | None = None,
) -> _Phase:
    """One phase of fact resolution against cluster summaries.

    The seeds (new mentions, and the mentions of the stored facts in ``affected``, which
    are taken apart) are compared with each other by the ordinary blocking, and with the
    *summaries* of the stored facts that share a block with them in a compatible time
    bucket (``index.lookup_keys``); the guarded union-find joins them by evidence as a full
    resolution does. A group of seeds joined to one stored fact is merged from that fact's
    tally plus the seeds' (``_tally_groups``, ``fact_tally.merge_tally``): its stored
    mentions are not read, and when it keeps its id and time buckets their index rows stay
    (``_Phase.kept``); if its id or buckets change they are read only to be written again.
    Where the tally cannot decide (no tally, a time fold whose order matters) or a group
    joins several stored facts, their stored mentions are read back for ``merge_facts``.
    Every other stored fact is left alone. Stored summaries are compared with their
    perpetrators' lines as they are now (``moves``)."""
    lines = moves.lines
    rows = [r for r in store.index_nodes(affected) if r[0] == "fact" and r[4]["phase"] == phase]
    taken = {r[3] for r in rows}
    items = seeds + [fact_input(d, data) for _k, d, _loc, _i, data in rows]
    items.sort(key=lambda it: (it.doc, natural_key(it.fact.id)))  # the order a full resolution unites in
    if prefetch is not None:
        prefetch(items)
    entity_of = entity_lookup(items)
    seed_nodes = [fact_node(n, it, _args(it, entity_of, attack_of), entity_of, geos, lines) for n, it in enumerate(items)]
    memo = memo or _Memo()  # the second phase: for this call only
    states = [memo.states.get((n.doc, n.local_id)) or _state(n) for n in seed_nodes]
    memo.states.update(((n.doc, n.local_id), st) for n, st in zip(seed_nodes, states, strict=True))

    # the stored summaries each seed could merge with (an attack's reported-week blocks: those
    # of the perpetrators it could merge with, and of none; of any when it names none)
    below = lines_below(lines)
    # per seed: exact keys, whole-block prefixes, key-args blocks counted only while small, and
    # reported-week prefixes of any perpetrator (``lookup_keys``)
    wanted = [lookup_keys(s, merging_perpetrators(s, below)) for s in states]
    exact = store.index_lookup({k for ex, _, sm, _ in wanted for k in (*ex, *(p + "*" for p in sm))})
    whole = store.index_lookup_prefix({p for _, pr, _, _ in wanted for p in pr}, limit=LARGE_BLOCK)
    any_perp = store.index_lookup_prefix({p for *_, ap in wanted for p in ap}, limit=_UNLIMITED)
    # a dated seed's key-args block holding over LARGE_BLOCK stored facts: a full resolution
    # compares it by month, never with the undated or wide facts (``*``)
    counted = store.index_lookup_prefix({p for _, _, sm, _ in wanted for p in sm}, limit=_COUNTED)
    large = {p for p, ids in counted.items() if len(set(ids)) > LARGE_BLOCK}
    seeded: dict[str, int] = {}  # mentions of each key-args block among the seeds
    for s in states:
        for k in block_keys(s):
            if k[0] == "args" and k[1] in EVENTS:
                seeded[block_key(k)] = seeded.get(block_key(k), 0) + 1
    wanted = [(ex + [p + "*" for p in sm if p not in large], pr, ap) for ex, pr, sm, ap in wanted]
    records = store.index_summaries(
        {i for ex, _, _ in wanted for k in ex for i in exact.get(k, ())}
        | {i for ids in whole.values() if len(ids) <= LARGE_BLOCK for i in ids}
        | {i for ids in any_perp.values() for i in ids}
    )

    def small(prefix: str) -> bool:
        """A full resolution compares the block's mentions all with all (else by month)."""
        ids = whole[prefix]
        if len(ids) > LARGE_BLOCK:
            return False
        stored = sum(records[i]["sizes"].get(prefix, 0) for i in set(ids) - taken if i in records)
        return stored + seeded.get(prefix, 0) <= LARGE_BLOCK

    per_seed: list[set[str]] = []
    for ex, pr, ap in wanted:
        found = {i for k in ex for i in exact.get(k, ())}
        for p in ap:
            found.update(any_perp[p])
        for p in pr:
            if small(p):  # a large block: its undated/wide facts (``*``) only, as its month split does
                found.update(whole[p])
        per_seed.append(found - taken)
    stored = sorted(i for i, r in records.items() if r["phase"] == phase)
    at = {fid: len(states) + n for n, fid in enumerate(stored)}
    every = states + [moves.state(store.summary_state(fid, records[fid])) for fid in stored]
    names = [(it.doc, it.fact.id) for it in items] + [("", fid) for fid in stored]

    pairs = set(candidate_pairs(states))
    for i, found in enumerate(per_seed):
        # the summaries ``compare`` is sure to refuse (``surely_apart``: another attacker,
        # another time, too little evidence possible) are left out: a week's blocks and those
        # of the groups most told of hold thousands of stored facts, nearly all of them apart
        s = states[i]
        pairs.update((i, j) for f in found if (j := at.get(f)) is not None and not surely_apart(s, every[j]))
    scored = []
    for i, j in pairs:
        key = (names[i], names[j])
        result = memo.compared.get(key)
        if result is None:
            result = memo.compared[key] = compare(every[i], every[j])
        if result.compatible:
            scored.append((-result.evidence, i, j))
    uf: UnionFind[FactState] = UnionFind(list(every), merge_state=_merge_state, guard=_guard)
    for neg, i, j in sorted(scored):
        uf.union(Link(i, j, "fact", f"evidence {-neg}"))
    # the groups holding a seed (a summary alone stays as it is), by their smallest member (the root):
    # ``uf.groups()`` less the walk over every stored summary
    groups = [sorted(uf.members(r)) for r in range(len(states)) if uf.find(r) == r]
    joins = [[stored[i - len(states)] for i in g if i >= len(states)] for g in groups]
    joined = {f for j in joins for f in j}

    # a group that joins one stored fact is merged from that fact's tally plus its seeds
    # (the stored mentions stay unread) where the tally decides; the rest are re-merged
    # from all their mentions
    by_tally = _tally_groups(store, groups, joins, seed_nodes)
    reread = {f for g, j in enumerate(joins) if g not in by_tally for f in j}
    old = [r for r in store.index_nodes(reread) if r[0] == "fact"]
    old_items = [fact_input(d, data) for _k, d, _loc, _i, data in old]
    if prefetch is not None:
        prefetch(old_items)
    entity_of = entity_lookup(items + old_items)
    _load_geos(store, geos, {loc for t in by_tally.values() for loc in t.tally.locations})
    group_of: dict[tuple[str, str], int] = {}
    for g, members in enumerate(groups):
        for i in members:
            if i < len(states):
                group_of[(items[i].doc, items[i].fact.id)] = g
            else:
                group_of[("", stored[i - len(states)])] = g
    for (_k, d, loc, kb, _data) in old:
        group_of[(d, loc)] = group_of[("", kb)]
    everything = sorted(items + old_items, key=lambda it: (it.doc, natural_key(it.fact.id)))
    nodes = [fact_node(n, it, _args(it, entity_of, attack_of), entity_of, geos, lines) for n, it in enumerate(everything)]
    members_of: list[list[int]] = [[] for _ in groups]
    for n, it in enumerate(everything):
        members_of[group_of[(it.doc, it.fact.id)]].append(n)
    facts, tallies = [], []
    for g, m in enumerate(members_of):
        if g in by_tally:
            fact = merge_tally(by_tally[g].tally, by_tally[g].sources, geo_of=geos.get, lines=lines)
            assert fact is not None  # decided in _tally_groups
            facts.append(fact)
            tallies.append(by_tally[g].tally)
        else:
            facts.append(merge_facts([nodes[i] for i in m], geo_of=geos.get))
            tallies.append(fact_tally([nodes[i] for i in m]))
    removed = taken | joined
    ids, renamed = _outside_ids(store, "fact:", removed, [fact_id_tiers(f) for f in facts])
    stored_mentions = {(d, loc) for _k, d, loc, _i, _data in old}
    placed, local, summaries, kept = [], {}, {}, {}
    moved: dict[str, str] = {}  # a fact merged by its tally whose stored mention rows must be written again -> its id now
    for g, (fact, fid, m, members) in enumerate(zip(facts, ids, members_of, groups, strict=True)):
        fact.id = fid
        summaries[fid] = uf.state(members[0])
        if joins[g] == [fid] and key_buckets(summaries[fid]) == key_buckets(every[at[fid]]):
            # one stored fact joined under its id, in the same time buckets (and, for an
            # attack, with the same perpetrator for its reported-week keys): its stored
            # mentions' index rows are still right (they name no changed entity, or it would
            # have been taken apart), so they stay
            kept[fid] = records[fid]["sizes"]
        elif g in by_tally:
            moved[joins[g][0]] = fid
        for i in m:
            key = (nodes[i].doc, nodes[i].local_id)
            local[key] = fid
            if fid not in kept or key not in stored_mentions:
                placed.append(PlacedFact(phase, nodes[i], fid, everything[i]))
    if moved:  # their stored mentions are read after all, to be placed under the new id or time buckets
        rows = [r for r in store.index_nodes(moved) if r[0] == "fact"]
        again = [(kb, fact_input(d, data)) for _k, d, _loc, kb, data in rows]
        if prefetch is not None:
            prefetch([it for _kb, it in again])
        entity_of = entity_lookup([it for _kb, it in again])
        for kb, it in again:
            node = fact_node(-1, it, _args(it, entity_of, attack_of), entity_of, geos, lines)
            local[(it.doc, it.fact.id)] = moved[kb]
            placed.append(PlacedFact(phase, node, moved[kb], it))
        old += rows
    tally_of = dict(zip(ids, tallies, strict=True))
    if renamed:
        again = _rename(store, phase, renamed, entity_lookup, geos, moves, attack_of, prefetch)
        facts += again.facts
        placed += again.placed
        summaries.update(again.summaries)
        tally_of.update(again.tallies)
        local.update(again.local)
        removed |= set(renamed)
    return _Phase(
        facts, placed, summaries, removed, local, len(every), kept, tally_of, len(old), len(by_tally), len(renamed)
    )


@dataclass(slots=True)
class _Renamed:
    facts: list[Fact]
    placed: list[PlacedFact]
    summaries: dict[str, FactState]
    tallies: dict[str, FactTally]
    local: dict[tuple[str, str], str]


def _rename(store, phase, renamed: dict[str, str], entity_lookup, geos, moves: LineMoves, attack_of, prefetch):
    """Stored facts outside the update whose ids change (a new fact shares the first key of
    their ids, so all take a longer one), written again as they are under their new ids:
    their mentions are read to be placed (and merged, as a full resolution merges them) under
    the new id, their summaries kept. Nothing else about them changes - they name no changed
    entity and no new mention joined them, or they would be in the update. (Claims naming a
    renamed attack follow it: the claims phase takes them apart.)"""
    rows = [r for r in store.index_nodes(renamed) if r[0] == "fact"]
    if any(r[4]["phase"] != phase for r in rows):
        raise _PullIn(set(renamed), "fact:")
    items = sorted(
        ((kb, fact_input(d, data)) for _k, d, _loc, kb, data in rows), key=lambda p: (p[1].doc, natural_key(p[1].fact.id))
    )
    if prefetch is not None:
        prefetch([it for _kb, it in items])
    entity_of = entity_lookup([it for _kb, it in items])
    out = _Renamed([], [], {}, {}, {})
    members: dict[str, list] = {}
    for n, (kb, it) in enumerate(items):
        node = fact_node(n, it, _args(it, entity_of, attack_of), entity_of, geos, moves.lines)
        members.setdefault(kb, []).append(node)
        out.local[(it.doc, it.fact.id)] = renamed[kb]
        out.placed.append(PlacedFact(phase, node, renamed[kb], it))
    records = store.index_summaries(renamed)
    for kb, new in sorted(renamed.items()):
        fact = merge_facts(members[kb], geo_of=geos.get)
        fact.id = new
        out.facts.append(fact)
        out.summaries[new] = moves.state(store.summary_state(kb, records[kb]))
        out.tallies[new] = fact_tally(members[kb])
    return out


def _seed_states(items: list[FactInput], entity_lookup, geos, lines, memo: _Memo) -> list[FactState]:
    """The states of new mentions, kept in ``memo`` for the fact phase."""
    entity_of = entity_lookup(items)
    out = []
    for it in items:
        key = (it.doc, it.fact.id)
        if key not in memo.states:
            memo.states[key] = _state(fact_node(-1, it, _args(it, entity_of, None), entity_of, geos, lines))
        out.append(memo.states[key])
    return out


@dataclass(frozen=True, slots=True)
class _ByTally:
    tally: FactTally  # of the stored fact's mentions and the group's seeds
    sources: list[Evidence]


def _tally_groups(store, groups, joins, seed_nodes) -> dict[int, _ByTally]:
    """The groups (by index) that join exactly one stored fact whose tally, plus the group's
    seeds, decides the merged fact (``fact_tally.merge_tally``)."""
    single = {g: j[0] for g, j in enumerate(joins) if len(j) == 1}
    if not single:
        return {}
    kept = store.index_summaries(set(single.values()), kind=FACT_TALLY)  # none in an index written before tallies
    stored = {f.id: f for f in store.facts_by_id(sorted(kept))}
    out: dict[int, _ByTally] = {}
    for g, fid in single.items():
        if fid not in kept or fid not in stored:
            continue
        seeds = [seed_nodes[i] for i in groups[g] if i < len(seed_nodes)]
        t = FactTally.from_json(kept[fid])
        t.add(fact_tally(seeds))
        sources = merge_sources(stored[fid].sources, [s for n in seeds for s in n.fact.sources])
        if t.time_ok and sources is not None:
            out[g] = _ByTally(t, sources)
    return out


def _load_geos(store, geos: dict[str, Geo | None], ids: set[str]) -> None:
    """The geos of the entities in ``ids`` not in ``geos`` yet (stored places a tally names)."""
    missing = sorted(i for i in ids if i not in geos)
    if missing:
        found = store.entities_by_id(missing)
        geos.update({i: found[i].geo if i in found else None for i in missing})


def _renamed(parents: dict[str, set[str]], ids: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for k, v in parents.items():
        out.setdefault(ids.get(k, k), set()).update(ids.get(p, p) for p in v)
    return out


def _parents_after(store, exts, entities, touched, parents, by_local, node_entity, reference) -> dict[str, set[str]]:
    """``resolver.group_parents`` after the update: the stored parents, the gazetteer's for
    groups new to the store (and for the groups already there whose line holds them), new
    branch facts."""
    out = {k: set(v) for k, v in parents.items()}

    def present(ref: str) -> list[str]:
        keys = {f"e|ref|{t}|{ref}" for t in ENTITY_TYPES}
        return [e.id for e in entities if e.ref == ref] + [i for ids in store.index_lookup(keys).values() for i in ids]

    for e in entities:
        if e.id in touched or not e.ref or reference is None or reference.get_group(e.ref) is None:
            continue
        out.setdefault(e.id, set()).update(i for g in reference.attack_line(e.ref) for i in present(g.id))
        for below in reference.attack_line_below(e.ref):
            for i in present(below.id):
                out.setdefault(i, set()).add(e.id)
    for x in exts:
        for f in x.facts:
            edge = line_edge(f)
            if edge is not None:
                org, parent = (by_local.get((x.doc_id, local)) for local in edge)
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

