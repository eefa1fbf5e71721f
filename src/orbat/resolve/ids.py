"""Stable knowledge-base ids, computed from content (never from input order).

Entities: ``"ent:" + short_hash(type, "ref:" + ref)`` when linked to the gazetteer, else
``short_hash(type, normalised canonical name)`` (locations add their geonames id or rounded
coordinates). Facts: ``"fact:" + short_hash(type, sorted key-arg entity ids, year, location)``.
When two different clusters would get the same id, every one of them takes a longer,
more specific key (a "tier"); see ``assign_ids``.

After an ``entity.merge`` curation the merged entity keeps the id that sorts first among
the merged entities' ids (so a curation naming either id still finds it); after an
``entity.split`` the part left behind keeps its id and the split-off part gets a content id.
"""

from __future__ import annotations

from collections.abc import Sequence

from orbat.model import Geo, short_hash
from orbat.text import normalize_name


def entity_base(entity_type: str, *, ref: str | None, name: str, geo: Geo | None) -> tuple[str, ...]:
    if ref:
        return (entity_type, "ref:" + ref)
    parts = (entity_type, normalize_name(name))
    if geo is not None and entity_type in ("location", "facility"):
        where = str(geo.geonames_id) if geo.geonames_id is not None else f"{geo.lat:.1f},{geo.lon:.1f}"
        parts = (*parts, where)
    return parts


def name_id(entity_type: str, name: str) -> str:
    """The id an unlinked entity of this name would have: lets curations written against an
    older canonical name keep finding the entity."""
    return "ent:" + short_hash(entity_type, normalize_name(name))


def assign_ids(prefix: str, tiers: Sequence[Sequence[tuple[str, ...]]]) -> list[str]:
    """Ids for items described by increasingly specific key tiers: ``tiers[i][k]`` is item
    i's key at tier k. Each item takes the first tier at which no other item shares its
    key; the last tier is made unique by numbering the (sorted) remaining duplicates."""
    n = len(tiers)
    ids: list[str | None] = [None] * n
    pending = list(range(n))
    depth = max((len(t) for t in tiers), default=0)
    for level in range(depth):
        counts: dict[tuple[str, ...], int] = {}
        for i in pending:
            key = tiers[i][min(level, len(tiers[i]) - 1)]
            counts[key] = counts.get(key, 0) + 1
        still: list[int] = []
        for i in pending:
            key = tiers[i][min(level, len(tiers[i]) - 1)]
            if counts[key] == 1:
                ids[i] = prefix + short_hash(*key)
            else:
                still.append(i)
        pending = still
        if not pending:
            break
    groups: dict[tuple[str, ...], list[int]] = {}
    for i in pending:
        groups.setdefault(tiers[i][-1], []).append(i)
    for key, members in groups.items():
        for number, i in enumerate(members):
            ids[i] = prefix + short_hash(*key, str(number))
    return [str(i) for i in ids]
