"""Distances and place compatibility for resolution."""

from __future__ import annotations

import math

from orbat.model import Geo
from orbat.places import EARTH_KM, haversine_km

KM_PER_DEGREE_OF_LATITUDE = math.pi * EARTH_KM / 180
COARSE = frozenset({"admin1", "country", "region"})
PRECISION_RANK = {"settlement": 0, "admin2": 1, "admin1": 2, "country": 3, "region": 4}


def geo_distance_km(a: Geo, b: Geo) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def is_coarse(geo: Geo) -> bool:
    return geo.precision in COARSE


def places_compatible(a: Geo, b: Geo, *, max_km: float) -> tuple[bool, str]:
    """Could two placed mentions be the same spot? Settlements within ``max_km``; a coarse
    place (admin1, country, region) contains a finer one in the same admin1 / country."""
    ok, why = _placed(a, b, max_km)
    if why is None:
        km = geo_distance_km(a, b)  # (told apart by latitude alone: the distance for the reason)
        why = f"{km:.0f} km apart"
    return ok, why


def places_apart(a: Geo, b: Geo, *, max_km: float) -> bool:
    """``not places_compatible(a, b, max_km=max_km)[0]``, without building its reason: for the
    many pairs an incremental update only needs to rule out (``events.surely_apart``)."""
    return not _placed(a, b, max_km)[0]


def _placed(a: Geo, b: Geo, max_km: float) -> tuple[bool, str | None]:
    """``places_compatible``'s answer and reason; the reason None for a pair of places further
    apart in latitude alone than ``max_km`` (no great-circle distance computed)."""
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True, f"same geonames_id {a.geonames_id}"
    if is_coarse(a) or is_coarse(b):
        coarse, other = (
            (a, b) if PRECISION_RANK.get(a.precision, 0) >= PRECISION_RANK.get(b.precision, 0) else (b, a)
        )
        if coarse.country and other.country and coarse.country != other.country:
            return False, f"different countries ({coarse.country} vs {other.country})"
        if coarse.precision == "admin1" and coarse.admin1 and other.admin1:
            same = coarse.admin1 == other.admin1
            return same, f"{'same' if same else 'different'} admin1 ({coarse.admin1} / {other.admin1})"
        if coarse.country and other.country:
            return True, f"within {coarse.country}"
    if abs(a.lat - b.lat) * KM_PER_DEGREE_OF_LATITUDE > max_km + 1.0:
        return False, None  # no shorter way between two latitudes than along a meridian
    km = geo_distance_km(a, b)
    return km <= max_km, f"{km:.0f} km apart"


def precision_rank(geo: Geo | None) -> int:
    return 9 if geo is None else PRECISION_RANK.get(geo.precision, 5)
