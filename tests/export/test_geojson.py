"""The GeoJSON FeatureCollection: located events as points [lon, lat] with their
parties, status, casualties and sources."""

from __future__ import annotations

import io
import json

from orbat.export import write_geojson


def _collection(store) -> dict:
    out = io.StringIO()
    count = write_geojson(store, out)
    data = json.loads(out.getvalue())
    assert count == len(data["features"])
    return data


def test_the_claimed_attack_at_magaramkent(seed_store):
    data = _collection(seed_store)
    assert data["type"] == "FeatureCollection"
    attacks = [f for f in data["features"] if f["properties"]["type"] == "attack"]
    assert len(attacks) == 1
    feature = attacks[0]
    lon, lat = feature["geometry"]["coordinates"]
    assert feature["geometry"]["type"] == "Point"
    assert 41.4 < lat < 41.8 and 48.1 < lon < 48.5  # Magaramkent, southern Dagestan
    props = feature["properties"]
    assert props["place"]["admin1"] == "Dagestan" and props["place"]["country"] == "RU"
    assert (props["start"], props["end"]) == ("2015-08", "2015-09-02")
    assert props["status"] == "unverified" and props["modality"] == "claimed"
    assert [p["name"] for p in props["perpetrators"]] == ["Islamic State Caucasus Province"]
    assert [p["name"] for p in props["claimants"]] == ["Islamic State Caucasus Province"]
    assert props["claim_media"] == ["statement"] and len(props["claims"]) == 1
    assert props["killed"] == {"min": 1, "max": None} and props["wounded"]["min"] == 1
    sources = props["sources"]
    assert sources and all(s["doc"].startswith("doc:") and s["quote"] for s in sources)
    assert any("Magharamakint" in s["quote"] for s in sources)
    assert sources[0]["published"] == "2015-09-02"


def test_only_located_events_and_in_time_order(kb_store):
    features = _collection(kb_store)["features"]
    located = {f["properties"]["place"]["name"] for f in features}
    assert {"Magaramkent", "Kizlyar", "Moscow"} <= located
    assert not {"Leego", "Janaale"} & located  # places the gazetteer could not place are no features
    assert all(f["id"] == f["properties"]["id"] for f in features)
    starts = [f["properties"]["start"] or "9999" for f in features]
    assert starts == sorted(starts)
    moscow = next(f for f in features if f["properties"]["place"]["name"] == "Moscow")
    assert moscow["properties"]["method"] == "suicide_bombing" and moscow["properties"]["killed"]["min"] == 37
    assert abs(moscow["geometry"]["coordinates"][0] - 37.6) < 0.1  # longitude first
