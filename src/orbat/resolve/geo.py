"""Distances and place compatibility for resolution."""

from __future__ import annotations

from orbat.model import Geo
from orbat.places import haversine_km

COARSE = frozenset({"admin1", "country", "region"})
PRECISION_RANK = {"settlement": 0, "admin2": 1, "admin1": 2, "country": 3, "region": 4}


def geo_distance_km(a: Geo, b: Geo) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def is_coarse(geo: Geo) -> bool:
    return geo.precision in COARSE


def places_compatible(a: Geo, b: Geo, *, max_km: float) -> tuple[bool, str]:
    """Could two placed mentions be the same spot? Settlements within ``max_km``; a coarse
    place (admin1, country, region) contains a finer one in the same admin1 / country."""
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
    km = geo_distance_km(a, b)
    return km <= max_km, f"{km:.0f} km apart"


def precision_rank(geo: Geo | None) -> int:
    return 9 if geo is None else PRECISION_RANK.get(geo.precision, 5)
