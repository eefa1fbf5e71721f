"""Located events as a GeoJSON FeatureCollection (RFC 7946; ``orbat export --format
geojson``): one Point feature per event whose place has coordinates, its properties the
event's type, date bounds, parties, status, casualties and every source with its quote."""

from __future__ import annotations

from typing import Any, TextIO

from orbat.export.events import EventRecord, collect_events
from orbat.export.jsontext import dumps
from orbat.export.selection import as_slice


def _casualties(record: EventRecord, kind: str) -> dict[str, int | None] | None:
    low, high = record.casualties(kind)
    return None if low is None and high is None else {"min": low, "max": high}


def feature(record: EventRecord) -> dict[str, Any] | None:
    """The feature of one event, or None when its place has no coordinates."""
    place = record.place
    if place is None or place.geo is None:
        return None
    geo, fact = place.geo, record.fact
    return {
        "type": "Feature",
        "id": record.id,
        "geometry": {"type": "Point", "coordinates": [round(geo.lon, 6), round(geo.lat, 6)]},
        "properties": {
            "id": record.id,
            "type": record.type,
            "summary": record.summary,
            "start": record.start,
            "end": record.end,
            "time_text": fact.time.text if fact.time else None,
            "place": {
                "id": place.id,
                "name": place.name,
                "precision": geo.precision,
                "country": geo.country,
                "admin1": geo.admin1,
                "geonames_id": geo.geonames_id,
            },
            "perpetrators": [p.to_json() for p in record.actors],
            "associates": [p.to_json() for p in record.associates],
            "targets": [p.to_json() for p in record.acted_on],
            "claimants": [p.to_json() for p in record.claimants],
            "claims": [c.id for c in record.claims],
            "claim_media": record.claim_media,
            "status": record.status,
            "modality": fact.modality,
            "confidence": fact.confidence,
            "corroboration": len({s.doc for s in record.sources}),
            "method": fact.attrs.get("method"),
            "target_category": fact.attrs.get("target_category"),
            "killed": _casualties(record, "killed"),
            "wounded": _casualties(record, "wounded"),
            "sources": [s.to_json() for s in record.sources],
        },
    }


def feature_collection(source: Any) -> dict[str, Any]:
    data = as_slice(source)
    features = [f for r in collect_events(data) if (f := feature(r)) is not None]
    collection: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    if not data.filters.empty:
        collection["filters"] = data.filters.to_json()
    return collection


def write_geojson(source: Any, out: TextIO) -> int:
    """Write the located events of a store (or ``KBSlice``); returns the number of features."""
    collection = feature_collection(source)
    out.write(dumps(collection, indent=1) + "\n")
    return len(collection["features"])
