"""What the rules may consult besides the parse: reference data and the gazetteer.

Both are optional (tests build tiny extractors without them); lookups go
through here so that a missing piece degrades to "not linked" instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from orbat.model import Geo

# the most look-ups each cache holds; a full cache starts again empty (a batch over a news
# archive meets names without end, and most repeat within a stretch of it)
CACHE_SIZE = 50_000
_UNSET = object()


@dataclass
class Resources:
    reference: Any | None = None  # orbat.reference.Reference
    places: Any | None = None  # orbat.places.Gazetteer
    _geo_cache: dict[tuple[str, tuple[str, ...]], tuple[str, Geo] | None] = field(
        default_factory=dict, repr=False
    )
    _group_cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def group(self, name: str) -> Any | None:
        """The reference group a name stands for (unambiguous), or None; cached per name
        (the reference data does not change under an extractor)."""
        if self.reference is None or not name.strip():
            return None
        found = self._group_cache.get(name, _UNSET)
        if found is _UNSET:
            if len(self._group_cache) >= CACHE_SIZE:
                self._group_cache.clear()
            found = self._group_cache[name] = self.reference.lookup_group(name)
        return found

    def group_by_id(self, group_id: str) -> Any | None:
        if self.reference is None:
            return None
        return self.reference.get_group(group_id)

    def branch_in_country(self, parent_id: str, region: str) -> Any | None:
        """The one reference branch of ``parent_id`` whose home is the country ``region``
        names ("the Islamic State's branch in Afghanistan": its Khorasan province), or None."""
        ref = self.reference
        vocab = getattr(ref, "force_vocabulary", None)
        if vocab is None:
            return None
        wanted = region.strip().lower()
        codes = {
            code
            for table in (vocab.country_names, vocab.demonyms)
            for code, names in table.items()
            if any(n.lower() == wanted for n in names)
        }
        if len(codes) != 1:
            return None
        (code,) = codes
        found = [g for g in ref.groups if g.parent == parent_id and g.countries[:1] == (code,)]
        return found[0] if len(found) == 1 else None

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
            if len(self._geo_cache) >= CACHE_SIZE:
                self._geo_cache.clear()
            place = self.places.geocode(name, context=list(context))
            self._geo_cache[key] = None if place is None else (place.name, place.geo)
        return self._geo_cache[key]

    def capital(self, country: str) -> tuple[str, Geo] | None:
        """(name, Geo) of the capital of the country a name or demonym names ("Malian")."""
        if self.places is None or not hasattr(self.places, "capital"):
            return None
        key = ("capital of", (country,))
        if key not in self._geo_cache:
            if len(self._geo_cache) >= CACHE_SIZE:
                self._geo_cache.clear()
            place = self.places.capital(country)
            self._geo_cache[key] = None if place is None else (place.name, place.geo)
        return self._geo_cache[key]
