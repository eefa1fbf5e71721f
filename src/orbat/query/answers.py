"""What the queries answer: errors and the answer dataclasses, each carrying evidence."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from orbat.errors import OrbatError
from orbat.model import Entity

# --------------------------------------------------------------------------- errors


class QueryError(OrbatError):
    """A question could not be answered as asked (bad date, unknown filter, ...)."""


class NotFound(QueryError):
    """No entity or fact goes by that name or id."""


class Ambiguous(QueryError):
    """A name matches several entities; ``candidates`` lists them."""

    def __init__(self, name: str, candidates: list[Entity]):
        self.name = name
        self.candidates = candidates
        listed = "; ".join(f"{e.name} ({e.type}, {e.id})" for e in candidates[:10])
        super().__init__(f"{name!r} is ambiguous: {listed} — use an id")


# --------------------------------------------------------------------------- answer types


@dataclass(frozen=True, slots=True)
class Ref:
    """An entity named in an answer."""

    id: str
    name: str
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where a statement was read."""

    doc: str
    title: str | None
    published: str | None
    quote: str
    attributed_to: str | None = None


@dataclass(slots=True)
class FactItem:
    """One fact, rendered: a summary line, its time, place and sources."""

    id: str
    type: str
    summary: str
    start: str | None
    end: str | None
    time_text: str | None
    location: Ref | None
    modality: str
    confidence: float
    corroboration: int
    args: dict[str, Ref | str]
    attrs: dict[str, Any]
    sources: list[Source]
    status: str | None = None  # events only: confirmed | unverified | claimed | reported | asserted


@dataclass(slots=True)
class Leader:
    """One tenure: who held which post, from when to when (uncertain bounds)."""

    person: Ref
    organization: Ref
    role: str
    role_class: str
    start: str | None
    end: str | None
    start_min: str | None
    start_max: str | None
    end_min: str | None
    end_max: str | None
    ended_by: str | None
    predecessor: Ref | None
    successor: Ref | None
    certain: bool | None  # with ``on``: surely in post that day (False: possibly)
    facts: list[str]
    sources: list[Source]
    likely: bool | None = None  # with ``on``: the most recent holder known to have taken this post by then
    start_from: str | None = None  # how the start is known: stated, announced, succession, predecessor, reported
    start_fact: str | None = None  # the fact that gave the start bound
    end_fact: str | None = None  # the fact that gave the end bound


@dataclass(slots=True)
class Vacancy:
    """A stretch when a post was vacant or its holder unknown."""

    organization: Ref
    role_class: str
    after: Ref
    before: Ref
    start: str
    end: str
    text: str


@dataclass(slots=True)
class Leaders:
    organization: Ref
    on: str | None
    role: str | None
    leaders: list[Leader]
    gaps: list[Vacancy]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Identity:
    """A possible (or stated) identity with another entity, not merged."""

    other: Ref
    modality: str
    fact: str
    sources: list[Source]


@dataclass(slots=True)
class SourceCount:
    doc: str
    title: str | None
    published: str | None
    facts: int


@dataclass(slots=True)
class Profile:
    entity: Ref
    aliases: list[str]
    roles: list[Leader]
    memberships: list[FactItem]
    defections: list[FactItem]
    fate: list[FactItem]
    identities: list[Identity]
    relations: list[FactItem]  # pledges, branches, alliances (for groups)
    activity: list[FactItem]  # other facts: attacks, claims, statements, ...
    sources: list[SourceCount]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Timeline:
    entity: Ref
    entries: list[FactItem]  # dated, in order
    undated: list[FactItem]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Events:
    filters: dict[str, Any]
    events: list[FactItem]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Node:
    id: str
    name: str
    type: str


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    kind: str  # branch | alliance | pledge | defection
    subkind: str | None
    start: str | None
    end: str | None
    label: str | None
    facts: list[str]
    sources: list[Source]


@dataclass(slots=True)
class Graph:
    on: str | None
    nodes: list[Node]
    edges: list[Edge]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def to_dot(self) -> str:
        def q(text: str) -> str:
            return json.dumps(text, ensure_ascii=False)

        style = {
            "branch": "solid",
            "alliance": "dashed",
            "pledge": "dotted",
            "defection": "bold",
        }
        lines = ["digraph orbat {", "  rankdir=LR;", "  node [shape=box];"]
        for node in self.nodes:
            shape = "box" if node.type == "organization" else "ellipse"
            lines.append(f"  {q(node.id)} [label={q(node.name)}, shape={shape}];")
        for edge in self.edges:
            label = edge.kind + (f" ({edge.subkind})" if edge.subkind and edge.subkind != edge.kind else "")
            if edge.label:
                label += f": {edge.label}"
            extra = ", dir=none" if edge.kind == "alliance" else ""
            lines.append(
                f"  {q(edge.source)} -> {q(edge.target)}"
                f" [label={q(label)}, style={style.get(edge.kind, 'solid')}{extra}];"
            )
        lines.append("}")
        return "\n".join(lines) + "\n"


@dataclass(slots=True)
class Hit:
    kind: str  # document | entity
    id: str
    title: str
    snippet: str
    published: str | None = None
    type: str | None = None


@dataclass(slots=True)
class SearchResults:
    text: str
    hits: list[Hit]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
