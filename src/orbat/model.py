"""The data classes at orbat's boundaries.

Every step of the pipeline takes and returns these plain dataclasses:

    reader  -> Document
    extract -> Extraction (doc-local Entity + Fact, each fact with Evidence)
    resolve -> KnowledgeBase (global Entity + Fact, sources from many documents)

Nothing here does I/O. Field names follow the public JSONL contract
(``shared/spec/facts-jsonl.md``); ``to_json``/``from_json`` helpers convert to
and from plain dicts.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

ENTITY_TYPES = ("organization", "person", "location", "facility", "group_of_people", "other")

FACT_TYPES = (
    "attack",
    "claim",
    "statement",
    "pledge",
    "founding",
    "branch",
    "alliance",
    "leadership",
    "succession",
    "membership",
    "defection",
    "death",
    "capture",
    "identity",
)

MODALITIES = ("asserted", "claimed", "alleged", "reported", "hedged", "denied", "speculative")

# The args of each fact type, required first (spec table).
FACT_ARGS: dict[str, tuple[str, ...]] = {
    "attack": ("target", "perpetrator"),
    "claim": ("claimant", "attack"),
    "statement": ("speaker", "organization"),
    "pledge": ("pledger", "recipient"),
    "founding": ("organization",),
    "branch": ("organization", "parent"),
    "alliance": ("a", "b"),
    "leadership": ("person", "organization"),
    "succession": ("successor", "predecessor", "organization"),
    "membership": ("person", "organization"),
    "defection": ("member", "from", "to"),
    "death": ("person", "killer"),
    "capture": ("person", "captor"),
    "identity": ("a", "b"),
}

# Fact types that describe an event (time = when it happened) rather than a
# state (time = when it began and ended).
EVENT_TYPES = frozenset(
    {"attack", "claim", "statement", "pledge", "founding", "defection", "death", "capture"}
)
# types whose two args ("a", "b") may come in either order
SYMMETRIC_TYPES = frozenset({"alliance", "identity"})


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_hash(*parts: str, length: int = 16) -> str:
    """A stable short id from strings (used for document, entity and fact ids)."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Comment:
    """A reader comment kept apart from the article body. Never a source of facts."""

    text: str
    author: str | None = None
    published: str | None = None


@dataclass(slots=True)
class Document:
    """One article as read from an input, before any NLP.

    ``body`` is the article text only: no title, comments, tags or navigation.
    Fact offsets (``Evidence.start``/``end``) index into ``body``.
    """

    body: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, possibly partial ("2015-09-02", "2015-09")
    published_from: str | None = None  # how it was found: dateline, text, html-meta, record, feed, warc
    publisher: str | None = None
    author: str | None = None
    language: str | None = None
    comments: list[Comment] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # boilerplate removed (tags, navigation)
    source: str | None = None  # input path, "-" for stdin
    record: int | None = None  # position of the record in its input (0-based), None for one-doc files
    record_id: str | None = None  # the record's own id in its input (JSONL "id", a feed entry's guid)
    format: str | None = None  # the reader that produced it: text, html, jsonl, json, csv, feed, warc

    @property
    def sha256(self) -> str:
        return sha256_text(self.body)

    @property
    def id(self) -> str:
        return "doc:" + self.sha256[:16]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.id
        data["sha256"] = self.sha256
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["comments"] = [Comment(**c) for c in data.get("comments") or []]
        known["dropped"] = list(data.get("dropped") or [])
        return cls(**known)


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """Partial-ISO bounds. For events: when it happened. For states: began / ended."""

    start: str | None = None
    end: str | None = None
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> TimeSpan | None:
        if data is None:
            return None
        return cls(start=data.get("start"), end=data.get("end"), text=data.get("text"))


@dataclass(frozen=True, slots=True)
class Geo:
    lat: float
    lon: float
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    geonames_id: int | None = None
    precision: str = "settlement"  # settlement | admin2 | admin1 | country | region

    def to_json(self) -> dict[str, Any]:
        # spelled out rather than ``asdict`` (which deep-copies field by field): the same
        # keys in the same order, called for every placed entity mention an update summarises
        return {
            "lat": self.lat, "lon": self.lon, "country": self.country, "admin1": self.admin1,
            "geonames_id": self.geonames_id, "precision": self.precision,
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Geo | None:
        return None if data is None else cls(**data)


@dataclass(slots=True)
class Entity:
    """A person, group, place, ... In an Extraction ids are doc-local ("e1");
    in the KnowledgeBase they are global ("ent:" + hash)."""

    id: str
    type: str  # one of ENTITY_TYPES
    name: str  # canonical: the fullest real name known (legal name over kunya)
    aliases: list[str] = field(default_factory=list)
    ref: str | None = None  # id in orbat's reference data (group gazetteer), e.g. "islamic-state"
    geo: Geo | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # body offsets (doc-local only)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": "entity",
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
        }
        if self.ref is not None:
            data["ref"] = self.ref
        if self.geo is not None:
            data["geo"] = self.geo.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            type=data["type"],
            name=data["name"],
            aliases=list(data.get("aliases") or []),
            ref=data.get("ref"),
            geo=Geo.from_json(data.get("geo")),
            mentions=[tuple(m) for m in data.get("mentions") or []],
        )


@dataclass(slots=True)
class Evidence:
    """Where a fact was read: the exact quote of ``Document.body[start:end]``."""

    doc: str  # document id
    quote: str
    start: int
    end: int
    attributed_to: str | None = None  # who says it, when the text attributes it

    def to_json(self) -> dict[str, Any]:
        # Spelled out rather than ``asdict``: called for every source of every fact written
        # (``asdict`` deep-copies field by field, ~40 us a call, a tenth of an update's time).
        return {"doc": self.doc, "quote": self.quote, "start": self.start, "end": self.end, "attributed_to": self.attributed_to}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Evidence:
        return cls(**{k: data.get(k) for k in ("doc", "quote", "start", "end", "attributed_to")})


@dataclass(slots=True)
class Fact:
    """A typed statement with its provenance.

    ``args`` maps an arg name of ``FACT_ARGS[type]`` to an entity id (doc-local
    in an Extraction, global in the KnowledgeBase), or to another fact id for
    ``claim.attack``. ``attrs`` holds the type's attributes (role, method,
    killed {min,max}, cause, kind, medium, verified, accepted_by, ...).
    """

    id: str
    type: str
    args: dict[str, str]
    time: TimeSpan | None = None
    location: str | None = None  # entity id of a location/facility
    attrs: dict[str, Any] = field(default_factory=dict)
    modality: str = "asserted"
    confidence: float = 0.8
    sources: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "fact",
            "id": self.id,
            "type": self.type,
            "args": dict(self.args),
            "time": self.time.to_json() if self.time else None,
            "location": self.location,
            "attrs": dict(self.attrs),
            "modality": self.modality,
            "confidence": self.confidence,
            "corroboration": self.corroboration,
            "sources": [s.to_json() for s in self.sources],
        }

    @property
    def corroboration(self) -> int:
        """How many distinct documents support this fact."""
        return len({s.doc for s in self.sources})

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fact:
        return cls(
            id=data["id"],
            type=data["type"],
            args=dict(data.get("args") or {}),
            time=TimeSpan.from_json(data.get("time")),
            location=data.get("location"),
            attrs=dict(data.get("attrs") or {}),
            modality=data.get("modality", "asserted"),
            confidence=float(data.get("confidence", 0.8)),
            sources=[Evidence.from_json(s) for s in data.get("sources") or []],
        )


@dataclass(slots=True)
class Extraction:
    """What one document says: the pure output of extraction for one Document."""

    doc_id: str
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    extractor_version: str = ""

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "extractor_version": self.extractor_version,
            "entities": [dict(e.to_json(), mentions=[list(m) for m in e.mentions]) for e in self.entities],
            "facts": [f.to_json() for f in self.facts],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            doc_id=data["doc_id"],
            extractor_version=data.get("extractor_version", ""),
            entities=[Entity.from_json(e) for e in data.get("entities") or []],
            facts=[Fact.from_json(f) for f in data.get("facts") or []],
        )


@dataclass(slots=True)
class KnowledgeBase:
    """The resolved, global view: entities and facts merged across documents."""

    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Curation:
    """An analyst's override, re-applied on every rebuild.

    action: fact.reject | fact.confirm | entity.merge | entity.split | entity.rename
    target: the fact or entity id (or name) acted on; ``params`` the rest.
    """

    action: str
    target: str
    params: dict[str, Any] = field(default_factory=dict)
    author: str | None = None
    created: str | None = None  # ISO timestamp
    id: int | None = None
