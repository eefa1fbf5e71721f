"""Events (attacks, claims, deaths, ...) filtered by group, type, time, country, distance and status."""

from __future__ import annotations

from typing import Any

from orbat.model import EVENT_TYPES, FACT_TYPES, Fact
from orbat.places import haversine_km
from orbat.query.answers import Events, NotFound, QueryError
from orbat.query.view import StoreView, check_date, sort_key
from orbat.timelines import (
    lower,
    overlaps,
    upper,
)

# --------------------------------------------------------------------------- events

STATUSES = ("claimed", "unverified", "confirmed")
_CLAIMISH = ("claimed", "alleged", "reported")


def _statuses(fact: Fact, claims: list[Fact], confirmed: set[str]) -> set[str]:
    """Which of claimed / unverified / confirmed a fact is.

    claimed: a party claims it (modality claimed, or a claim fact points at it);
    confirmed: asserted by two or more documents, or confirmed by an analyst;
    unverified: claimed or attributed, not verified, and no independent source asserts it.
    """
    out: set[str] = set()
    curated = fact.id in confirmed or fact.attrs.get("confirmed") is True
    if curated or (fact.modality == "asserted" and fact.corroboration >= 2):
        out.add("confirmed")
    is_claim = fact.type == "claim" or fact.modality in _CLAIMISH or bool(claims)
    if fact.modality == "claimed" or fact.type == "claim" or claims:
        out.add("claimed")
    verified = fact.attrs.get("verified")
    if verified is None and claims:
        verified = True if any(c.attrs.get("verified") is True for c in claims) else None
    independent = fact.modality == "asserted" and fact.type != "claim"
    if is_claim and verified is not True and not independent and "confirmed" not in out:
        out.add("unverified")
    return out


def _status_label(statuses: set[str], fact: Fact) -> str:
    for label in ("confirmed", "unverified", "claimed"):
        if label in statuses:
            return label
    return fact.modality


def _geocode(view: StoreView, place: str, gazetteer: Any | None) -> tuple[float, float]:
    """A place's coordinates: a location in the knowledge base first, then the gazetteer."""
    for ent in view.store.find_entities(place):
        if ent.geo is not None:
            return ent.geo.lat, ent.geo.lon
    if gazetteer is None:
        try:
            from orbat.places import Gazetteer
        except ImportError as exc:  # pragma: no cover - places.py is part of orbat
            raise QueryError(f"cannot geocode {place!r}: no gazetteer") from exc
        gazetteer = Gazetteer()
    found = gazetteer.geocode(place)
    if found is None:
        raise NotFound(f"cannot place {place!r} (not in the knowledge base or the gazetteer)")
    geo = getattr(found, "geo", None) or found
    return float(geo.lat), float(geo.lon)


def events(
    store: Any,
    *,
    group: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    near: str | None = None,
    km: float | None = None,
    status: str | None = None,
    limit: int | None = None,
    gazetteer: Any | None = None,
) -> Events:
    """Events (attacks, claims, statements, pledges, foundings, defections, deaths,
    captures) filtered by group (any role), type, date window (partial ISO, overlap),
    country (ISO alpha-2 of the location), distance from a place, and status
    (claimed | unverified | confirmed). Ordered by time."""
    since = check_date(since, "--since")
    until = check_date(until, "--until")
    if status is not None and status not in STATUSES:
        raise QueryError(f"--status must be one of {', '.join(STATUSES)}, not {status!r}")
    if type is not None:
        types = tuple(t.strip() for t in type.split(",") if t.strip())
        bad = [t for t in types if t not in FACT_TYPES]
        if bad:
            raise QueryError(f"unknown fact type {bad[0]!r} (one of {', '.join(FACT_TYPES)})")
    else:
        types = tuple(t for t in FACT_TYPES if t in EVENT_TYPES)
    if near is not None and km is None:
        km = 50.0
    view = StoreView(store)

    location_ids: set[str] | None = None
    if country or near:
        places = view.places()
        if country:
            cc = country.strip().upper()
            places = [p for p in places if p.geo and (p.geo.country or "").upper() == cc]
        if near:
            lat, lon = _geocode(view, near, gazetteer)
            places = [
                p for p in places if p.geo and haversine_km(lat, lon, p.geo.lat, p.geo.lon) <= (km or 0)
            ]
        location_ids = {p.id for p in places}

    window = {"since": lower(since), "until": upper(until)}
    if group is not None:
        ent = view.resolve(group, prefer=("organization", "group_of_people"))
        candidates = view.facts_for([ent.id], types=types, **window)
    elif location_ids is not None:
        candidates = view.facts_at(sorted(location_ids), types=types, **window)
    else:
        candidates = view.facts_of(types, **window)

    selected: list[Fact] = []
    for fact in candidates:
        if fact.type not in types:
            continue
        if location_ids is not None and fact.location not in location_ids:
            continue
        if since or until:
            if fact.time is None or not (fact.time.start or fact.time.end):
                continue
            if not overlaps(fact.time.start or fact.time.end, fact.time.end or fact.time.start, since, until):
                continue
        selected.append(fact)

    # claims pointing at the selected facts, for status
    claims: dict[str, list[Fact]] = {}
    if selected:
        wanted = [f.id for f in selected if f.type != "claim"]
        for claim in view.facts_for(wanted, types=("claim",)) if wanted else []:
            target = claim.args.get("attack")
            if target:
                claims.setdefault(target, []).append(claim)
    confirmed = view.confirmed()

    chosen: list[tuple[Fact, set[str]]] = []
    for fact in sorted(selected, key=sort_key):
        st = _statuses(fact, claims.get(fact.id, []), confirmed)
        if status is not None and status not in st:
            continue
        chosen.append((fact, st))
        if limit is not None and len(chosen) >= limit:
            break
    view.preload([f for f, _st in chosen])
    out = [view.item(fact, status=_status_label(st, fact)) for fact, st in chosen]
    filters = {
        "group": group,
        "type": type,
        "since": since,
        "until": until,
        "country": country,
        "near": near,
        "km": km if near else None,
        "status": status,
    }
    return Events(filters={k: v for k, v in filters.items() if v is not None}, events=out)
