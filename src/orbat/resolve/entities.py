"""Entity resolution across documents: blocking -> scoring -> clustering.

Every doc-local entity of every extraction is a *node*. Candidate pairs come from blocks
(the gazetteer ref, the geonames id, the exact core name key, a coarse name signature for
fuzzy matching, asserted identity facts, a lone surname); each is scored or checked by a
rule and joined in a guarded union-find (different types or different gazetteer refs never
merge; places far apart never merge). No step compares all names with all names.

Rules, in the order they are applied (each order is sorted, so input order never matters):

1. ``ref``: nodes linked to the same gazetteer group (by the extractor, or here through
   ``Reference.lookup_group`` on their names) are one entity.
2. ``geonames``: places with the same geonames id.
3. ``name``: the same core key (transliterated, lower case, no "the", no Arabic article).
   An unlinked organisation whose name is a strict prefix of a linked group's name is not
   that group ("al Qaeda" vs "al Qaeda in the Arabian Peninsula"); a name two groups share
   links no unlinked node to either.
4. ``fuzzy``: spelling variants of names of two words or more (rapidfuzz): every word
   within an edit or two of its counterpart, the last one (surname, nisba) within one
   ("Suleimanov" / "Suleymanov", "Muhammad" / "Mohammed") - so the distinguishing nisba of
   "Abu Muhammad al Adnani" never lets it join "Abu Muhammad al Qadari", nor "Suleiman"
   join "Suleimanov".
5. ``identity``: an asserted identity fact joins its two entities (hedged ones do not).
6. ``surname``: a one-word person name joins the one person cluster whose multi-word name
   ends with it; when two or more clusters do, it stays apart (ambiguous).

Short common-noun descriptions of a person ("a police officer", "the commander") are never
joined across documents by name: they are too vague to be one entity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from orbat.model import Entity, Extraction, Geo
from orbat.resolve.geo import geo_distance_km, is_coarse, precision_rank
from orbat.resolve.names import (
    core_tokens,
    is_bare_kunya_or_nisba,
    is_kunya,
    is_strict_prefix,
    is_vague_description,
    looks_legal,
    translit_key,
    translit_variants,
)
from orbat.resolve.unionfind import Link, UnionFind

FUZZY_MIN_RATIO = 85.0  # whole-name similarity (rapidfuzz ratio, 0..100)
FUZZY_BLOCK_LIMIT = 60  # larger fuzzy blocks are skipped (too generic to be informative)
PLACE_MERGE_KM = 50.0
MAX_HEADS = 8  # clusters tried per block before a member starts its own
_FUZZY_TYPES = frozenset({"person", "organization", "group_of_people"})
_VAGUE_TYPES = frozenset({"person", "other"})
_DIGITS = re.compile(r"\d")


@dataclass(slots=True)
class EntityNode:
    """One doc-local entity."""

    index: int
    doc: str
    local_id: str
    type: str
    names: tuple[str, ...]  # surface names, the extraction's canonical name first
    keys: tuple[str, ...]  # distinct core keys of those names
    ref: str | None
    geo: Geo | None
    vague: bool = False  # a short description ("a police officer"): never joined by name
    bare: bool = False  # only a kunya or a nisba ("Abu Muhammad", "al-Masri"): never joined by name alone


@dataclass(frozen=True, slots=True)
class ClusterState:
    type: str
    ref: str | None
    geo: Geo | None


@dataclass(slots=True)
class Cluster:
    """A resolved entity before it is written out: its member nodes and curated overrides."""

    members: list[int]
    id: str = ""
    name: str | None = None  # set by an entity.rename curation
    merged: bool = False  # joined by an entity.merge curation (an asserted identity)
    curations: list[int] = field(default_factory=list)
    tiers: list[tuple[str, ...]] = field(default_factory=list)  # id keys, general to specific (ids.assign_ids)


@dataclass(slots=True)
class IdentityLink:
    a: int
    b: int
    doc: str
    quote: str | None
    modality: str
    confidence: float


@dataclass(slots=True)
class EntityClustering:
    nodes: list[EntityNode]
    by_local: dict[tuple[str, str], int]
    uf: UnionFind[ClusterState]
    identities: list[IdentityLink]
    group_names: dict[str, str]  # ref -> gazetteer name, where known
    asserted_partners: dict[int, list[int]] = field(default_factory=dict)  # asserted identity links


# --------------------------------------------------------------------------- nodes


def natural_key(local_id: str) -> tuple[str, int, str]:
    match = re.match(r"^(\D*)(\d+)$", local_id)
    if match:
        return (match.group(1), int(match.group(2)), "")
    return (local_id, -1, local_id)


def build_nodes(
    extractions: Sequence[Extraction], *, reference=None
) -> tuple[list[EntityNode], dict[tuple[str, str], int]]:
    nodes: list[EntityNode] = []
    by_local: dict[tuple[str, str], int] = {}
    for extraction in extractions:
        for ent in sorted(extraction.entities, key=lambda e: natural_key(e.id)):
            if (extraction.doc_id, ent.id) in by_local:
                continue
            names = tuple(dict.fromkeys(n for n in (ent.name, *ent.aliases) if n and n.strip()))
            keys = tuple(
                dict.fromkeys(k for k in (" ".join(core_tokens(n, entity_type=ent.type)) for n in names) if k)
            )
            ref = ent.ref or _lookup_ref(ent, names, reference)
            names = names or (ent.id,)
            keys = keys or (f"\x00{extraction.doc_id}:{ent.id}",)  # nameless: matches nothing
            bare = ent.type == "person" and all(is_bare_kunya_or_nisba(n) for n in names)
            vague = (
                ent.type in _VAGUE_TYPES and not ref and not bare and all(is_vague_description(n) for n in names)
            )
            node = EntityNode(
                len(nodes), extraction.doc_id, ent.id, ent.type, names, keys, ref, ent.geo, vague, bare
            )
            by_local[(extraction.doc_id, ent.id)] = node.index
            nodes.append(node)
    return nodes, by_local


def _lookup_ref(ent: Entity, names: tuple[str, ...], reference) -> str | None:
    if reference is None or ent.type != "organization" or not names:
        return None
    group = reference.lookup_group(names[0])
    if group is not None:
        return group.id
    found = {g.id for g in (reference.lookup_group(n) for n in names[1:]) if g is not None}
    return found.pop() if len(found) == 1 else None


def group_name(ref: str, reference) -> str | None:
    if reference is None:
        return None
    getter = getattr(reference, "get_group", None)
    group = getter(ref) if getter else None
    if group is None and hasattr(reference, "force"):
        group = reference.force(ref)
    return group.name if group is not None else None


def group_aliases(ref: str, reference) -> list[str]:
    if reference is None:
        return []
    group = reference.get_group(ref) if hasattr(reference, "get_group") else None
    if group is None and hasattr(reference, "force"):
        group = reference.force(ref)
    if group is None:
        return []
    return [*getattr(group, "aliases", ()), *getattr(group, "acronyms", ())]


# --------------------------------------------------------------------------- guards


def _merge_state(a: ClusterState, b: ClusterState) -> ClusterState:
    geo = a.geo
    if b.geo is not None and (geo is None or _geo_order(b.geo) < _geo_order(geo)):
        geo = b.geo
    return ClusterState(a.type, a.ref or b.ref, geo)


def _geo_order(geo: Geo) -> tuple:
    return (precision_rank(geo), geo.geonames_id or 0, geo.lat, geo.lon)


def guard(a: ClusterState, b: ClusterState) -> str | None:
    """Why two clusters must not merge, or None."""
    if a.type != b.type:
        return f"different types ({a.type} vs {b.type})"
    if a.ref and b.ref and a.ref != b.ref:
        return f"different gazetteer refs ({a.ref} vs {b.ref})"
    if a.geo is not None and b.geo is not None:
        if a.geo.geonames_id is not None and a.geo.geonames_id == b.geo.geonames_id:
            return None
        if is_coarse(a.geo) or is_coarse(b.geo):
            if a.geo.country and b.geo.country and a.geo.country != b.geo.country:
                return f"places in different countries ({a.geo.country} vs {b.geo.country})"
        else:
            km = geo_distance_km(a.geo, b.geo)
            if km > PLACE_MERGE_KM:
                return f"places {km:.0f} km apart"
    return None


# --------------------------------------------------------------------------- scoring


def name_similarity(a: str, b: str) -> float | None:
    """The rapidfuzz ratio of two core keys of two words or more, when they are spelling
    variants word by word: the last word (surname, nisba) at most one edit apart, the
    others at most two ("Muhammad" / "Mohammed"), numbers equal. Else None."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or len(ta) < 2:
        return None
    for n, (x, y) in enumerate(zip(ta, tb, strict=True)):
        if x == y:
            continue
        if _DIGITS.search(x) or _DIGITS.search(y) or x[0] != y[0]:
            return None
        allowed = 1 if n == len(ta) - 1 or min(len(x), len(y)) < 5 else 2
        if Levenshtein.distance(x, y, score_cutoff=allowed) > allowed:
            return None
    score = fuzz.ratio(a, b)
    return score if score >= FUZZY_MIN_RATIO else None


def _fuzzy_block(key: str) -> tuple[str, ...]:
    tokens = key.split()
    return (str(len(tokens)), "".join(t[0] for t in tokens), tokens[-1][:3])


# --------------------------------------------------------------------------- clustering


def cluster_entities(
    extractions: Sequence[Extraction],
    identities: Iterable[tuple[str, str, str, str | None, str, float]],
    *,
    reference=None,
) -> EntityClustering:
    """Cluster every doc-local entity. ``identities`` are identity facts as
    (doc, local a, local b, quote, modality, confidence)."""
    nodes, by_local = build_nodes(extractions, reference=reference)
    return cluster_nodes(nodes, by_local, identities, reference=reference)


def cluster_nodes(
    nodes: list[EntityNode],
    by_local: dict[tuple[str, str], int],
    identities: Iterable[tuple[str, str, str, str | None, str, float]],
    *,
    reference=None,
    links: Sequence[IdentityLink] = (),
    group_names: dict[str, str] | None = None,
) -> EntityClustering:
    """``cluster_entities`` over nodes already built (sorted by document, then local id).
    ``links``: identity links between nodes given by index (a stored cluster's summary);
    ``group_names``: the names of refs (``unclustered``), where the nodes are part of a
    larger set whose names they are to use."""
    clustering = unclustered(nodes, by_local, identities, reference=reference, links=links, group_names=group_names)
    _link_refs(clustering)
    _link_geonames(clustering)
    _link_names(clustering)
    _link_fuzzy(clustering)
    _link_translit(clustering)
    _link_identities(clustering)
    _link_short_forms(clustering)
    _link_surnames(clustering)
    return clustering


def ref_names(nodes: Iterable[EntityNode], reference=None) -> dict[str, str]:
    """Each ref's name: the gazetteer's, else the longest name of its first node."""
    names: dict[str, str] = {}
    for node in nodes:
        if node.ref and node.ref not in names:
            names[node.ref] = group_name(node.ref, reference) or max(node.names, key=lambda n: (len(n), n))
    return names


def unclustered(
    nodes: list[EntityNode],
    by_local: dict[tuple[str, str], int],
    identities: Iterable[tuple[str, str, str, str | None, str, float]],
    *,
    reference=None,
    links: Sequence[IdentityLink] = (),
    group_names: dict[str, str] | None = None,
) -> EntityClustering:
    """The ``EntityClustering`` ``cluster_nodes`` starts from: every node its own cluster,
    the identity links between them (``identities`` doc-local, ``links`` by index)."""
    uf: UnionFind[ClusterState] = UnionFind(
        [ClusterState(n.type, n.ref, n.geo) for n in nodes], merge_state=_merge_state, guard=guard
    )
    names = ref_names(nodes, reference) if group_names is None else group_names
    identity_links = [
        IdentityLink(by_local[(doc, a)], by_local[(doc, b)], doc, quote, modality, confidence)
        for doc, a, b, quote, modality, confidence in identities
        if (doc, a) in by_local and (doc, b) in by_local
    ] + list(links)
    clustering = EntityClustering(nodes, by_local, uf, identity_links, names)
    for link in identity_links:
        if link.modality == "asserted":
            clustering.asserted_partners.setdefault(link.a, []).append(link.b)
            clustering.asserted_partners.setdefault(link.b, []).append(link.a)
    return clustering


def _star(uf: UnionFind, members: list[int], rule: str, detail: str, *, doc: str | None = None) -> None:
    """Join each member to the first earlier cluster of the block that the guards allow
    (so a refused pair does not keep two compatible later members apart)."""
    heads = [members[0]]
    for other in members[1:]:
        for head in heads[:MAX_HEADS]:
            if uf.union(Link(head, other, rule, detail, doc=doc)):
                break
        else:
            heads.append(other)


def _link_refs(c: EntityClustering) -> None:
    groups: dict[tuple[str, str], list[int]] = {}
    for node in c.nodes:
        if node.ref:
            groups.setdefault((node.type, node.ref), []).append(node.index)
    for (_, ref), members in sorted(groups.items()):
        _star(c.uf, members, "ref", f"shared gazetteer ref {ref!r}")


def _link_geonames(c: EntityClustering) -> None:
    groups: dict[tuple[str, int], list[int]] = {}
    for node in c.nodes:
        if node.geo is not None and node.geo.geonames_id is not None:
            groups.setdefault((node.type, node.geo.geonames_id), []).append(node.index)
    for (_, gid), members in sorted(groups.items()):
        _star(c.uf, members, "geonames", f"same geonames_id {gid}")


def _link_names(c: EntityClustering) -> None:
    groups: dict[tuple[str, str], list[int]] = {}
    for node in c.nodes:
        if node.vague:
            continue
        for key in node.keys:
            groups.setdefault((node.type, key), []).append(node.index)
    for (etype, key), members in sorted(groups.items()):
        if len(members) < 2:
            continue
        detail = f"same name key {key!r}"
        bare = [i for i in members if c.nodes[i].bare]
        if bare:
            # "Abu Muhammad", "al-Masri": many men carry it; joined only by an alias statement
            # or in-document coreference (which already made them one node per document).
            members = [i for i in members if not c.nodes[i].bare]
            other = members[0] if members else next((j for j in bare if c.nodes[j].doc != c.nodes[bare[0]].doc), None)
            if other is not None:
                c.uf.refused.append(
                    (
                        Link(bare[0], other, "name", detail),
                        f"{c.nodes[bare[0]].names[0]!r} is only a kunya or a nisba: it joins another "
                        "mention only through an alias statement or in-document coreference",
                    )
                )
            if len(members) < 2:
                continue
        refs = sorted({c.nodes[i].ref for i in members if c.nodes[i].ref})
        unlinked = [i for i in members if not c.nodes[i].ref]
        if len(refs) > 1:
            # A name two gazetteer groups share: unlinked mentions stay apart from both.
            if len(unlinked) > 1:
                _star(c.uf, unlinked, "name", detail)
            for i in unlinked[:1]:
                linked = next(j for j in members if c.nodes[j].ref)
                c.uf.refused.append((Link(i, linked, "name", detail), f"name shared by groups {refs}"))
            continue
        if refs and etype == "organization" and unlinked:
            full = c.group_names.get(refs[0], "")
            if is_strict_prefix(key, full):
                linked = [i for i in members if c.nodes[i].ref]
                if len(unlinked) > 1:
                    _star(c.uf, unlinked, "name", detail)
                if len(linked) > 1:
                    _star(c.uf, linked, "name", detail)
                c.uf.refused.append(
                    (
                        Link(unlinked[0], linked[0], "name", detail),
                        f"unlinked name {key!r} is a strict prefix of gazetteer group {full!r}",
                    )
                )
                continue
        _star(c.uf, members, "name", detail)


def _link_fuzzy(c: EntityClustering) -> None:
    first_node: dict[tuple[str, str], int] = {}
    for node in c.nodes:
        if node.type in _FUZZY_TYPES and not node.vague:
            for key in node.keys:
                first_node.setdefault((node.type, key), node.index)
    blocks: dict[tuple[str, ...], list[str]] = {}
    for etype, key in first_node:
        if len(key.split()) >= 2 and len(key) >= 6:
            blocks.setdefault((etype, *_fuzzy_block(key)), []).append(key)
    joined: dict[int, set[str]] = {}  # root -> the keys fuzzy links gave it (complete linkage)
    for block, keys in sorted(blocks.items()):
        if len(keys) < 2 or len(keys) > FUZZY_BLOCK_LIMIT:
            continue
        etype = block[0]
        keys.sort()
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                score = name_similarity(a, b)
                if score is None:
                    continue
                na, nb = first_node[(etype, a)], first_node[(etype, b)]
                if etype == "organization" and _prefix_conflict(c, na, nb, a, b):
                    continue
                ra, rb = c.uf.find(na), c.uf.find(nb)
                if ra == rb:
                    continue
                group_a, group_b = joined.get(ra, set()) | {a}, joined.get(rb, set()) | {b}
                link = Link(na, nb, "fuzzy", f"similar names {a!r} ~ {b!r} ({score:.0f}/100)")
                far = next(
                    ((x, y) for x in group_a for y in group_b if x != y and name_similarity(x, y) is None),
                    None,
                )
                if far is not None:
                    # No chains of one-letter steps: every pair of spellings must be close.
                    c.uf.refused.append((link, f"{far[0]!r} and {far[1]!r} are not spelling variants"))
                    continue
                if c.uf.union(link):
                    joined[c.uf.find(na)] = group_a | group_b


def _prefix_conflict(c: EntityClustering, na: int, nb: int, a: str, b: str) -> bool:
    for x, y, key in ((na, nb, a), (nb, na, b)):
        ref = c.uf.state(y).ref
        if not c.uf.state(x).ref and ref and is_strict_prefix(key, c.group_names.get(ref, "")):
            return True
    return False


def _link_translit(c: EntityClustering) -> None:
    """Transliteration variants of a name of two words or more ("Yahya al-Sinwar" / "Yehia
    Sinwar", "Hasan" / "Hassan", "Mullah Akhtar Mohammad Mansour" / "Akhtar Muhammad
    Mansoor"): the same consonant skeleton word by word, compatible vowels (``names``)."""
    blocks: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for node in c.nodes:
        if node.type not in _FUZZY_TYPES or node.vague or node.bare or node.ref:
            continue
        for name in node.names:
            if len(core_tokens(name, entity_type=node.type)) < 2:
                continue
            key = translit_key(name, entity_type=node.type)
            if len(key.replace(" ", "")) >= 5:
                blocks.setdefault((node.type, key), []).append((name, node.index))
    for (etype, key), items in sorted(blocks.items()):
        if len({i for _n, i in items}) < 2 or len(items) > FUZZY_BLOCK_LIMIT:
            continue
        items.sort(key=lambda x: (x[1], x[0]))
        for k, (name_a, a) in enumerate(items):
            for name_b, b in items[k + 1 :]:
                if c.uf.find(a) == c.uf.find(b):
                    continue
                if not translit_variants(name_a, name_b, entity_type=etype):
                    c.uf.refused.append(
                        (
                            Link(a, b, "transliteration", f"same skeleton {key!r}"),
                            f"{name_a!r} and {name_b!r} differ in a vowel no transliteration changes",
                        )
                    )
                    continue
                link = Link(a, b, "transliteration", f"transliteration variants {name_a!r} ~ {name_b!r}")
                far = _far_pair(c, a, b, etype)
                if far is not None:
                    # no chains of small steps: every two spellings must be variants of each other
                    c.uf.refused.append((link, f"{far[0]!r} and {far[1]!r} are not spelling variants"))
                    continue
                c.uf.union(link)


def _far_pair(c: EntityClustering, a: int, b: int, etype: str) -> tuple[str, str] | None:
    """Two mentions of the clusters of ``a`` and ``b`` none of whose multi-word names are
    close spellings or transliteration variants of each other, as a pair of their names;
    or None. A mention's names are one man's by its document's word ("Dhuqub, also known as
    Abdihakim Mohamed Ibrahim"): one of them close to the other mention's is enough."""
    def close(x: str, y: str) -> bool:
        return x == y or name_similarity(x, y) is not None or translit_variants(x, y, entity_type=etype)

    def name_sets(root: int) -> list[tuple[str, ...]]:
        """Each mention's multi-word names, in member order, a set told twice kept once."""
        found = (tuple(sorted(k for k in c.nodes[i].keys if " " in k)) for i in sorted(c.uf.members(root)))
        return list(dict.fromkeys(names for names in found if names))

    names_b = name_sets(b)
    for names_i in name_sets(a):
        for names_j in names_b:
            if not any(close(x, y) for x in names_i for y in names_j):
                return (names_i[0], names_j[0])
    return None


def _link_short_forms(c: EntityClustering) -> None:
    """A short form of a person's name ("Hafiz Saeed", "Sirajuddin Haqqani") joins the one
    cluster whose longer name it fits: the same first and last word, its words in order among
    the long name's ("Hafiz Muhammad Saeed"). When two clusters fit, it stays apart."""
    groups = c.uf.groups()
    longs: list[tuple[tuple[str, ...], int]] = []
    for root, members in groups.items():
        if c.uf.states[root].type != "person":
            continue
        for key in {k for i in members for k in c.nodes[i].keys if not c.nodes[i].vague}:
            tokens = tuple(key.split())
            if len(tokens) >= 3:
                longs.append((tokens, root))
    by_ends: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = {}
    for tokens, root in longs:
        by_ends.setdefault((tokens[0], tokens[-1]), []).append((tokens, root))
    for root, members in sorted(groups.items()):
        if c.uf.states[root].type != "person" or any(c.nodes[i].bare or c.nodes[i].vague for i in members):
            continue
        keys = {k for i in members for k in c.nodes[i].keys}
        shorts = sorted(k for k in keys if 2 <= len(k.split()) < 3 and not is_kunya(k))
        for short in shorts:
            tokens = tuple(short.split())
            fits = sorted(
                {
                    c.uf.find(r)
                    for long, r in by_ends.get((tokens[0], tokens[-1]), ())
                    if c.uf.find(r) != c.uf.find(root) and _subsequence(tokens, long)
                }
            )
            if len(fits) == 1:
                c.uf.union(Link(members[0], fits[0], "short_form", f"{short!r} is the short form of a longer name"))
                break
            if len(fits) > 1:
                c.uf.refused.append(
                    (
                        Link(members[0], fits[0], "short_form", f"short form {short!r}"),
                        f"ambiguous: {len(fits)} longer names fit {short!r}",
                    )
                )


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(any(t == x for x in it) for t in short)


def _link_identities(c: EntityClustering) -> None:
    for link in sorted(c.identities, key=lambda x: (x.doc, x.a, x.b)):
        if link.modality != "asserted":
            continue
        c.uf.union(Link(link.a, link.b, "identity", "asserted identity fact", doc=link.doc, quote=link.quote))


def _link_surnames(c: EntityClustering) -> None:
    groups = c.uf.groups()
    endings: dict[str, set[int]] = {}
    lone: list[tuple[str, int]] = []
    for root, members in groups.items():
        if c.uf.states[root].type != "person":
            continue
        if all(c.nodes[i].vague for i in members):
            continue
        if all(c.nodes[i].bare for i in members):
            c.uf.refused.append(
                (
                    Link(members[0], members[0], "surname", f"lone name {c.nodes[members[0]].names[0]!r}"),
                    "only a kunya or a nisba: joins a person only through an alias statement",
                )
            )
            continue
        keys = {k for i in members for k in c.nodes[i].keys}
        multi = [k for k in keys if " " in k]
        if multi:
            for k in multi:
                endings.setdefault(k.rsplit(" ", 1)[1], set()).add(root)
        elif len(keys) == 1:
            lone.append((next(iter(keys)), root))
    for token, root in sorted(lone):
        owners = sorted(endings.get(token, ()))
        if not owners:
            continue
        if len(owners) == 1:
            target = _first_with_ending(c, groups[owners[0]], token)
            c.uf.union(
                Link(root, target, "surname", f"lone name {token!r}: the only person cluster ending in it")
            )
        else:
            c.uf.refused.append(
                (
                    Link(root, owners[0], "surname", f"lone name {token!r}"),
                    f"ambiguous: {len(owners)} person clusters end in {token!r}",
                )
            )


def _first_with_ending(c: EntityClustering, members: list[int], token: str) -> int:
    for i in members:
        if any(k.endswith(" " + token) for k in c.nodes[i].keys):
            return i
    return members[0]


# --------------------------------------------------------------------------- keys


def entity_keys(node: EntityNode) -> set[str]:
    """Every block in which the rules above may compare ``node`` with another node: two
    nodes sharing none are never compared (``orbat.resolve.incremental`` follows these)."""
    t = node.type
    keys = {f"ref|{t}|{node.ref}"} if node.ref else set()
    if node.geo is not None and node.geo.geonames_id is not None:
        keys.add(f"geo|{t}|{node.geo.geonames_id}")
    if node.vague:
        return keys
    for key in node.keys:
        keys.add(f"name|{t}|{key}")
        tokens = key.split()
        if t in _FUZZY_TYPES and len(tokens) >= 2 and len(key) >= 6:
            keys.add("fuzzy|" + "|".join((t, *_fuzzy_block(key))))
        if t == "person":
            keys.add(f"end|{tokens[-1]}")  # lone surnames and the names ending in them
            keys.add(f"ends|{tokens[0]}|{tokens[-1]}")  # short forms and the long names they fit
    if t in _FUZZY_TYPES and not node.bare and not node.ref:
        for name in node.names:
            if len(core_tokens(name, entity_type=t)) >= 2:
                skeleton = translit_key(name, entity_type=t)
                if len(skeleton.replace(" ", "")) >= 5:
                    keys.add(f"translit|{t}|{skeleton}")
    return keys


# --------------------------------------------------------------------------- describing a cluster


@dataclass(frozen=True, slots=True)
class EntityDescription:
    type: str
    name: str
    aliases: list[str]
    ref: str | None
    geo: Geo | None


@dataclass(slots=True)
class NameTally:
    """What ``describe`` reads of a set of nodes: how many of them carry each name, ref and
    place, and whether they are known to be one entity by an asserted identity. Tallies of
    two sets add up (``+``), so a stored cluster's tally can take new mentions without its
    stored mentions (``orbat.resolve.index`` keeps one per entity)."""

    type: str
    names: Counter[str]
    refs: Counter[str]
    geos: Counter[Geo]
    asserted: bool = False

    def __add__(self, other: NameTally) -> NameTally:
        return NameTally(
            self.type, self.names + other.names, self.refs + other.refs, self.geos + other.geos,
            self.asserted or other.asserted,
        )  # fmt: skip


def tally(members: Sequence[int], c: EntityClustering, *, asserted: bool = False) -> NameTally:
    """The ``NameTally`` of a set of nodes. ``asserted``: see ``describe``."""
    nodes = [c.nodes[i] for i in members]
    counts: Counter[str] = Counter()
    for node in nodes:
        counts.update(node.names)
    member_set = set(members)
    asserted = (
        asserted
        or any(partner in member_set for i in members for partner in c.asserted_partners.get(i, ()))
        or any(
            any(looks_legal(n) for n in node.names) and any(is_kunya(n) for n in node.names) for node in nodes
        )
    )
    refs = Counter(n.ref for n in nodes if n.ref)
    geos = Counter(n.geo for n in nodes if n.geo is not None)
    return NameTally(nodes[0].type, counts, refs, geos, asserted)


def describe(
    members: Sequence[int], c: EntityClustering, *, reference=None, asserted: bool = False
) -> EntityDescription:
    """Canonical name, aliases, ref and geo of a set of nodes. ``asserted``: the nodes are
    known to be one entity by an asserted identity (a curation) beyond ``c.identities``."""
    return describe_tally(tally(members, c, asserted=asserted), reference=reference)


def describe_tally(t: NameTally, *, reference=None) -> EntityDescription:
    """``describe`` from the nodes' tally."""
    etype, counts, refs, asserted = t.type, t.names, t.refs, t.asserted
    ref = min(refs, key=lambda r: (-refs[r], r)) if refs else None

    def rank(name: str) -> tuple:
        legal = etype == "person" and asserted and looks_legal(name)
        return (not legal, -len(core_tokens(name, entity_type=etype)), -counts[name], -len(name), name)

    name = (group_name(ref, reference) if ref else None) or min(counts, key=rank)
    seen = {name.casefold()}
    aliases: list[str] = []
    for alias in sorted(counts, key=lambda n: (-counts[n], n)):
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias)
    for alias in group_aliases(ref, reference) if ref else ():
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias)
    geos = t.geos
    geo = min(geos, key=lambda g: (precision_rank(g), -geos[g], *_geo_order(g))) if geos else None
    return EntityDescription(etype, name, aliases, ref, geo)
