"""What the rules may consult besides the parse: reference data and the gazetteer.

Both are optional (tests build tiny extractors without them); lookups go
through here so that a missing piece degrades to "not linked" instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from orbat.model import Geo


@dataclass
class Resources:
    reference: Any | None = None  # orbat.reference.Reference
    places: Any | None = None  # orbat.places.Gazetteer
    _geo_cache: dict[tuple[str, tuple[str, ...]], tuple[str, Geo] | None] = field(
        default_factory=dict, repr=False
    )

    def group(self, name: str) -> Any | None:
        """The reference group a name stands for (unambiguous), or None."""
        if self.reference is None or not name.strip():
            return None
        return self.reference.lookup_group(name)

    def group_by_id(self, group_id: str) -> Any | None:
        if self.reference is None:
            return None
        return self.reference.get_group(group_id)

    def force(self, force_id: str) -> Any | None:
        if self.reference is None or not hasattr(self.reference, "force"):
            return None
        return self.reference.force(force_id)

    def role(self, term: str) -> Any | None:
        if self.reference is None or not hasattr(self.reference, "role_for"):
            return None
        return self.reference.role_for(term)

    def geocode(self, name: str, context: tuple[str, ...]) -> tuple[str, Geo] | None:
        """(gazetteer name, Geo) for a place name, cached per (name, context)."""
        if self.places is None:
            return None
        key = (name, context)
        if key not in self._geo_cache:
            place = self.places.geocode(name, context=list(context))
            self._geo_cache[key] = None if place is None else (place.name, place.geo)
        return self._geo_cache[key]

    def capital(self, country: str) -> tuple[str, Geo] | None:
        """(name, Geo) of the capital of the country a name or demonym names ("Malian")."""
        if self.places is None or not hasattr(self.places, "capital"):
            return None
        key = ("capital of", (country,))
        if key not in self._geo_cache:
            place = self.places.capital(country)
            self._geo_cache[key] = None if place is None else (place.name, place.geo)
        return self._geo_cache[key]
