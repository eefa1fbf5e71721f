"""GraphML: entities and relations load back with networkx, with their attributes."""

from __future__ import annotations

import io
import json

import networkx as nx

from orbat.export import write_graphml


def _graph(store) -> nx.MultiDiGraph:
    out = io.StringIO()
    count = write_graphml(store, out)
    graph = nx.read_graphml(io.BytesIO(out.getvalue().encode("utf-8")), force_multigraph=True)
    assert graph.number_of_edges() == count
    return graph


def _edges(graph):
    name = nx.get_node_attributes(graph, "name")
    return {(name[u], d["label"], name[v]): d for u, v, d in graph.edges(data=True)}


def test_seed_graph_has_the_expected_edges(seed_store):
    graph = _graph(seed_store)
    edges = _edges(graph)
    lead = edges[("Magomed Suleimanov", "leads", "Caucasus Emirate")]
    assert (lead["relation"], lead["start"], lead["end"]) == ("leadership", "2015-06", "2015-08")
    assert lead["fact"].startswith("fact:") and 0 < lead["confidence"] <= 1 and lead["role"] == "emir"
    assert edges[("Islamic State Caucasus Province", "branch-of", "Islamic State")]["role"] == "province"
    assert ("Caucasus Emirate", "linked-to", "al-Qaeda") in edges
    assert ("Rustam Asilderov", "defected-to", "Islamic State") in edges
    assert ("Aliaskhab Kebekov", "succeeded", "Doku Umarov") in edges
    assert edges[("Russian forces", "killed", "Magomed Suleimanov")]["start"] == "2015-08"
    attack = edges[("Islamic State Caucasus Province", "attacked", "barracks of the Russian army")]
    assert attack["modality"] == "claimed" and "Magharamakint" in attack["quote"]
    claim = edges[("Islamic State Caucasus Province", "claimed-attack-on", "barracks of the Russian army")]
    assert claim["relation"] == "claim" and claim["fact"] != attack["fact"]


def test_node_attributes(seed_store):
    graph = _graph(seed_store)
    nodes = {d["name"]: d for _n, d in graph.nodes(data=True)}
    assert nodes["Caucasus Emirate"]["type"] == "organization" and nodes["Caucasus Emirate"]["ref"] == "caucasus-emirate"
    assert "Abu Usman Gimrinsky" in json.loads(nodes["Magomed Suleimanov"]["aliases"])
    place = next(d for d in nodes.values() if d.get("country") == "RU" and d["type"] == "location"
                 and abs(d["lat"] - 41.6) < 0.1)  # fmt: skip
    assert abs(place["lon"] - 48.3) < 0.1
