"""Entities and their relations as GraphML (``orbat export --format graphml``), written by
networkx: a directed multigraph, one node per entity (an attack's target given as text
is a node of type ``text``), one edge per fact between two of them, keyed by the fact id
(labelled as in ``orbat.export.relations``, listed in ``docs/exports.md``).

GraphML holds no lists and XML 1.0 cannot carry most control characters: aliases are a
JSON array in one string, and a character XML cannot hold becomes U+FFFD."""

from __future__ import annotations

import io
import json
import re
from typing import Any, TextIO

import networkx as nx

from orbat.export.relations import relation_ends
from orbat.export.selection import KBSlice, as_slice
from orbat.model import short_hash

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    """``value`` with every character XML 1.0 cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Attributes GraphML can hold: no None, strings made XML-safe."""
    return {k: xml_text(v) if isinstance(v, str) else v for k, v in attrs.items() if v is not None}


def _node_id(data: KBSlice, graph: nx.MultiDiGraph, value: str) -> str:
    ent = data.entity(value)
    if ent is not None:
        if ent.id not in graph:
            geo = ent.geo
            graph.add_node(ent.id, **_clean({
                "type": ent.type, "name": ent.name, "aliases": json.dumps(ent.aliases, ensure_ascii=False),
                "ref": ent.ref, "lat": geo.lat if geo else None, "lon": geo.lon if geo else None,
                "country": geo.country if geo else None,
            }))  # fmt: skip
        return ent.id
    node = "text:" + short_hash(value)
    if node not in graph:
        graph.add_node(node, **_clean({"type": "text", "name": value, "aliases": "[]"}))
    return node


def build_graph(source: Any) -> nx.MultiDiGraph:
    """The slice's entities (all of them) and the relations between them."""
    data = as_slice(source)
    graph = nx.MultiDiGraph()
    for ent_id in data.entities:
        _node_id(data, graph, ent_id)
    for fact in data.facts:
        ends = relation_ends(fact)
        for src_arg, dst_arg, label in ends:
            src, dst = fact.args.get(src_arg), fact.args.get(dst_arg)
            if fact.type == "claim":  # the claimant to the target of the attack it claims
                attack = data.fact(fact.args.get("attack"))
                dst = attack.args.get("target") if attack is not None else None
            if not src or not dst:
                continue
            first = fact.sources[0] if fact.sources else None
            time = fact.time
            attrs = {
                "relation": fact.type, "label": label, "fact": fact.id,
                "start": time.start if time else None, "end": time.end if time else None,
                "confidence": fact.confidence, "modality": fact.modality,
                "corroboration": fact.corroboration,
                "role": fact.attrs.get("role") or fact.attrs.get("kind"),
                "organization": fact.args.get("organization") if fact.type == "succession" else None,
                "location": fact.location, "quote": first.quote if first else None,
                "doc": first.doc if first else None,
            }  # fmt: skip
            key = fact.id if len(ends) == 1 else f"{fact.id}#{dst_arg}"
            graph.add_edge(_node_id(data, graph, src), _node_id(data, graph, dst), key=key, **_clean(attrs))
    return graph


def write_graphml(source: Any, out: TextIO) -> int:
    """Write the graph of a store (or ``KBSlice``); returns the number of edges."""
    graph = build_graph(source)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    out.write(buffer.getvalue().decode("utf-8"))
    if not buffer.getvalue().endswith(b"\n"):
        out.write("\n")
    return graph.number_of_edges()
